//! Core checks that hold for every framework version: reading the folder, the
//! YAML itself, the schema and references. They are emitted by the loader,
//! the schema validator and the id index; here they are documented.

crate::declare_rules! {
    /// ## What it checks
    /// The architecture folder has a manifest, `kientruc.yaml`, at its top.
    ///
    /// ## Why
    /// The manifest says which framework version the model follows, names the
    /// province and carries the approval documents' metadata. Without it no rule
    /// pack can be chosen.
    ///
    /// ## Example
    /// A folder with `business/actors.yaml` but no `kientruc.yaml` fails.
    /// Run `kientruc init DIR --province NAME` to create one.
    MISSING_MANIFEST = ("LOAD-001", Error, "missing manifest kientruc.yaml", "thiếu tệp khai báo chung kientruc.yaml", Tool, "kientruc model format");

    /// ## What it checks
    /// The architecture folder holds at least one `*.yaml` or `*.yml` file.
    ///
    /// ## Why
    /// An empty folder is almost always a wrong path.
    ///
    /// ## Example
    /// `kientruc check empty/` fails with this code and exit code 1.
    EMPTY_FOLDER = ("LOAD-002", Error, "no YAML files in the folder", "thư mục không có tệp YAML", Tool, "kientruc model format");

    /// ## What it checks
    /// Every model file can be read.
    ///
    /// ## Why
    /// A file that cannot be read (permissions, a broken link) silently drops
    /// part of the architecture.
    ///
    /// ## Example
    /// A model file without read permission fails.
    UNREADABLE_FILE = ("LOAD-003", Error, "file cannot be read", "không đọc được tệp", Tool, "kientruc model format");

    /// ## What it checks
    /// A model file that is a symbolic link resolves to a file inside the
    /// architecture folder.
    ///
    /// ## Why
    /// CI runs the check on contributors' branches. A link such as
    /// `secrets.yaml -> /proc/self/environ` would otherwise print the target's
    /// content (tokens included) in the error snippets. The target is never
    /// read; the finding names only the link.
    ///
    /// ## Example
    /// `business/actors.yaml -> ../../shared/actors.yaml` fails; copy the file
    /// into the folder. `actors.yaml -> business/actors-2025.yaml` passes.
    LINK_OUTSIDE = ("LOAD-004", Error, "symbolic link leads outside the architecture folder", "liên kết tượng trưng trỏ ra ngoài thư mục kiến trúc", Tool, "kientruc model format");

    /// ## What it checks
    /// Every `*.yaml` entry of the folder is a regular file, not a named pipe
    /// (FIFO), socket or device.
    ///
    /// ## Why
    /// Reading a FIFO blocks forever and a device such as `/dev/zero` never ends;
    /// either would hang a CI job. Such entries are refused from their metadata,
    /// before they are opened.
    ///
    /// ## Example
    /// A FIFO made with `mkfifo model.yaml` fails.
    SPECIAL_FILE = ("LOAD-005", Error, "not a regular file", "không phải tệp thông thường", Tool, "kientruc model format");

    /// ## What it checks
    /// The file is well-formed YAML.
    ///
    /// ## Why
    /// Nothing else can be checked in a file that does not parse.
    ///
    /// ## Example
    /// ```yaml
    /// applications:
    ///   - id: lgsp
    ///     name: "Nền tảng LGSP   # unclosed quote
    /// ```
    YAML_SYNTAX = ("YAML-001", Error, "YAML syntax error", "lỗi cú pháp YAML", Tool, "YAML 1.2");

    /// ## What it checks
    /// No mapping has the same key twice.
    ///
    /// ## Why
    /// Most YAML tools silently keep the last value, so half of what the author
    /// wrote disappears without a word. Both places are shown.
    ///
    /// ## Example
    /// ```yaml
    /// - id: lgsp
    ///   name: Nền tảng LGSP
    ///   name: Nền tảng tích hợp   # duplicate
    /// ```
    YAML_DUPLICATE_KEY = ("YAML-002", Error, "duplicate key", "khóa bị trùng", Tool, "YAML 1.2, section 3.2.1.1");

    /// ## What it checks
    /// Indentation uses spaces, not tabs.
    ///
    /// ## Why
    /// YAML forbids tabs in indentation; editors show them at different widths.
    ///
    /// ## Example
    /// A line indented with a tab character fails; indent with spaces.
    YAML_TAB = ("YAML-003", Error, "tab used for indentation", "dùng ký tự tab để thụt lề", Tool, "YAML 1.2, section 6.1");

    /// ## What it checks
    /// Every file is valid UTF-8 (a byte order mark and CRLF line ends are accepted).
    ///
    /// ## Why
    /// Vietnamese text must be Unicode (TCVN 6909:2001); a file saved in a legacy
    /// code page (TCVN3, VNI) shows broken diacritics in every generated document.
    ///
    /// ## Example
    /// A file saved as Windows-1258 fails; save it as UTF-8.
    YAML_ENCODING = ("YAML-004", Error, "file is not valid UTF-8", "tệp không phải UTF-8 hợp lệ", Stated, "TCVN 6909:2001 (TT 39/2017/TT-BTTTT)");

    /// ## What it checks
    /// Anchors (`&name`) and aliases (`*name`) are not used, unless allowed with
    /// `--allow-aliases`.
    ///
    /// ## Why
    /// Aliases hide content from reviewers reading a diff, and a small file with
    /// nested aliases can expand to billions of nodes ("billion laughs").
    ///
    /// ## Example
    /// ```yaml
    /// security: &sec { level: 3 }
    /// other: *sec
    /// ```
    YAML_ALIAS = ("YAML-005", Error, "anchors and aliases are not allowed", "không cho phép neo (anchor) và bí danh (alias)", Tool, "kientruc model format");

    /// ## What it checks
    /// A file stays within the loader's limits: nesting depth, alias expansion
    /// and file size.
    ///
    /// ## Why
    /// The limits keep a hostile or broken file from exhausting memory or the stack.
    /// No real architecture comes near them.
    ///
    /// ## Example
    /// A list nested 10,000 levels deep fails.
    YAML_LIMIT = ("YAML-006", Error, "resource limit exceeded", "vượt giới hạn tài nguyên", Tool, "kientruc loader limits");

    /// ## What it checks
    /// No git merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) are left in a file.
    ///
    /// ## Why
    /// A half-resolved merge produces confusing YAML errors; this says plainly what happened.
    ///
    /// ## Example
    /// A file still holding `<<<<<<< HEAD` fails.
    YAML_CONFLICT = ("YAML-007", Error, "merge-conflict markers left in the file", "còn dấu xung đột khi hợp nhất (merge) trong tệp", Tool, "git");

    /// ## What it checks
    /// A file holds one YAML document.
    ///
    /// ## Why
    /// Tools disagree on what to do with a second document; put it in another file.
    ///
    /// ## Example
    /// A file with a second `---` followed by content fails.
    YAML_MULTI_DOC = ("YAML-009", Error, "more than one YAML document in a file", "một tệp có nhiều hơn một tài liệu YAML", Tool, "kientruc model format");

    /// ## What it checks
    /// Mapping keys are plain text.
    ///
    /// ## Why
    /// Complex keys (`? [a, b]`) have no meaning in the model.
    ///
    /// ## Example
    /// `? [a, b]: x` fails.
    YAML_COMPLEX_KEY = ("YAML-010", Error, "mapping key is not plain text", "khóa của ánh xạ không phải văn bản thuần", Tool, "kientruc model format");

    /// ## What it checks
    /// Only the YAML core schema's tags (`!!str`, `!!int` …) are used.
    ///
    /// ## Why
    /// Custom tags (`!include`) are tool-specific and would be read differently elsewhere.
    ///
    /// ## Example
    /// `name: !custom Quảng Nam` fails.
    YAML_TAG = ("YAML-011", Error, "unsupported YAML tag", "thẻ YAML không được hỗ trợ", Tool, "YAML 1.2 core schema");

    /// ## What it checks
    /// No bidirectional control character (U+202A–U+202E, U+2066–U+2069) appears
    /// anywhere in a model file: values, keys or comments.
    ///
    /// ## Why
    /// These invisible characters make text display in another order than it is
    /// stored, so a reviewer can approve something other than what the file says
    /// ("Trojan Source", CVE-2021-42574). Vietnamese text never needs them. Each
    /// is reported at its exact place (at most 100 per file).
    ///
    /// ## Example
    /// `name: "Sở Y tế\u202E"` (a right-to-left override pasted from the web)
    /// fails; delete the character.
    YAML_BIDI = ("YAML-012", Error, "bidirectional control character", "ký tự điều khiển hướng văn bản", Tool, "Unicode UAX #9; CVE-2021-42574");

    /// ## What it checks
    /// Every field is one the model defines.
    ///
    /// ## Why
    /// A misspelt field (`hosted_in` for `hosted_on`) is otherwise silently
    /// ignored, and the relation it meant to record is lost.
    ///
    /// ## Example
    /// ```yaml
    /// - id: lgsp
    ///   hosted_in: [tt-du-lieu]   # did you mean `hosted_on`?
    /// ```
    SCHEMA_UNKNOWN_FIELD = ("SCH-001", Error, "unknown field", "trường không xác định", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Every value has the type its field expects (text, number, list, mapping).
    ///
    /// ## Why
    /// A single id where a list is expected, or a number written as text, changes meaning.
    ///
    /// ## Example
    /// `hosted_on: tt-du-lieu` where a list is expected: write `hosted_on: [tt-du-lieu]`.
    SCHEMA_TYPE = ("SCH-002", Error, "wrong type", "sai kiểu dữ liệu", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Values of enumerated fields (kinds, statuses, resolutions) are among the allowed ones.
    ///
    /// ## Why
    /// Rules depend on these values; an unknown kind would escape every check.
    ///
    /// ## Example
    /// `kind: lgsp` fails; the kind is `integration-platform`.
    SCHEMA_ENUM = ("SCH-003", Error, "value not allowed", "giá trị không được phép", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Numbers are within their legal range: an online service level is 1 to 4
    /// (Decree 43/2011/NĐ-CP, Art. 3.4), a security level 1 to 5 (Decree 85/2016/NĐ-CP).
    ///
    /// ## Why
    /// A level outside the legal scale has no meaning and breaks the level-based rules.
    ///
    /// ## Example
    /// `level: 5` on a service fails.
    SCHEMA_RANGE = ("SCH-004", Error, "value out of range", "giá trị nằm ngoài phạm vi cho phép", Stated, "Decree 43/2011/NĐ-CP Art. 3.4; Decree 85/2016/NĐ-CP Art. 7-11");

    /// ## What it checks
    /// Required fields are present (every element's `id` and `name`, a task's `lead`, …).
    ///
    /// ## Why
    /// Reviewers send back architectures whose tasks have no responsible agency.
    ///
    /// ## Example
    /// A task without `lead` fails.
    SCHEMA_REQUIRED = ("SCH-005", Error, "missing required field", "thiếu trường bắt buộc", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Text fields follow their format: ids are lower-case ASCII words joined by
    /// `-`, dates are `YYYY-MM-DD`, names are not empty.
    ///
    /// ## Why
    /// Stable, plain ids make references and git diffs reliable.
    ///
    /// ## Example
    /// `id: Sở_TTTT` fails; write `id: so-tttt`.
    SCHEMA_FORMAT = ("SCH-006", Error, "value does not match the expected format", "giá trị không đúng định dạng", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Other schema constraints (list lengths, uniqueness).
    ///
    /// ## Why
    /// See the field's description in the schema.
    ///
    /// ## Example
    /// An empty `duties` list fails.
    SCHEMA_OTHER = ("SCH-007", Error, "schema constraint not met", "không thỏa mãn ràng buộc của lược đồ", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Values the schema's pattern accepts are also meaningful, e.g. a date that exists.
    ///
    /// ## Why
    /// `2019-02-30` matches the date pattern but is not a date.
    ///
    /// ## Example
    /// `date: 2019-02-30` fails.
    SCHEMA_VALUE = ("SCH-008", Error, "invalid value", "giá trị không hợp lệ", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Every reference (`owner`, `hosted_on`, `uses`, `depends_on`, `delivers`,
    /// `lead`, `about` …) names a declared element or a national system of the
    /// built-in catalogue.
    ///
    /// ## Why
    /// A dangling reference breaks the dependency graph, the task table and the
    /// assignment of responsibilities in the approval decision.
    ///
    /// ## Example
    /// ```yaml
    /// tasks:
    ///   - id: nang-cap-lgsp
    ///     lead: so-ttt     # did you mean `so-tttt`?
    /// ```
    REF_UNRESOLVED = ("REF-001", Error, "reference to an undeclared element", "tham chiếu tới phần tử chưa khai báo", Stated, "Framework 1.0 §II.4.1 (relations between components); D.1 FW1-MOD-002");

    /// ## What it checks
    /// A reference points at an element of a kind its field allows: `hosted_on`
    /// at infrastructure, `lead` at an organization, `uses` at a database.
    ///
    /// ## Why
    /// An application "hosted on" a database, or a task "led by" an application,
    /// is a modelling mistake that would corrupt the graph and the documents.
    ///
    /// ## Example
    /// `hosted_on: [csdl-ho-tich]` fails: `csdl-ho-tich` is a database.
    REF_WRONG_KIND = ("REF-002", Error, "reference to an element of the wrong kind", "tham chiếu tới phần tử sai loại", Inferred, "Framework 1.0 §II.4.1 (component relations)");

    /// ## What it checks
    /// Every id is declared once in the whole model.
    ///
    /// ## Why
    /// References must be unambiguous. Both places are shown.
    ///
    /// ## Example
    /// Two files both declaring `id: lgsp` fail.
    REF_DUPLICATE_ID = ("REF-003", Error, "duplicate id", "mã định danh bị trùng", Stated, "D.1 FW1-MOD-002");

    /// ## What it checks
    /// Waivers in the manifest are still valid on the day of the check
    /// (`--today` fixes the day for reproducible runs).
    ///
    /// ## Why
    /// A waiver is a time-limited exception. When it expires the finding it
    /// covered comes back as an error, with the waiver shown beside it.
    ///
    /// ## Example
    /// ```yaml
    /// waivers:
    ///   - rule: FW1-DVC-003
    ///     element: dvc-cap-phep-xay-dung
    ///     reason: Hệ thống xác thực tập trung đưa vào vận hành quý II/2019
    ///     approved_by: Giám đốc Sở TT&TT
    ///     expires: 2019-06-30
    /// ```
    WAIVER_EXPIRED = ("WVR-001", Error, "waiver expired", "miễn trừ đã hết hạn", Tool, "kientruc waivers");

    /// ## What it checks
    /// Every waiver matches at least one finding.
    ///
    /// ## Why
    /// A waiver that matches nothing is stale (the problem was fixed) or
    /// misspelt (the problem is still reported); either way it should go.
    ///
    /// ## Example
    /// A waiver for `FW1-LGSP-003` on an element that passes the rule.
    WAIVER_UNUSED = ("WVR-002", Warning, "waiver matches no finding", "miễn trừ không khớp với phát hiện nào", Tool, "kientruc waivers");

    /// ## What it checks
    /// Rule codes named in the manifest (`rules:` settings and waivers) exist.
    ///
    /// ## Why
    /// A misspelt code silently does nothing.
    ///
    /// ## Example
    /// `rules: { FW1-LGSP-09: off }` fails: did you mean `FW1-LGSP-001`?
    UNKNOWN_RULE = ("CFG-001", Error, "unknown rule code", "mã quy tắc không tồn tại", Tool, "kientruc configuration");
}
