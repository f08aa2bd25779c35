//! Core codes that hold for every framework version: reading the folder, the
//! YAML itself, the schema, references, settings and waivers. They are emitted
//! by the loader, the schema validator, the id index and the final settings pass.

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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Thư mục kiến trúc có tệp khai báo chung `kientruc.yaml` ở cấp trên cùng.
    ///
    /// ### Vì sao
    /// Tệp khai báo chung cho biết mô hình theo phiên bản khung kiến trúc nào, tên
    /// tỉnh và các thông tin của văn bản phê duyệt. Thiếu tệp này thì không chọn
    /// được bộ quy tắc nào để kiểm tra.
    ///
    /// ### Ví dụ
    /// Một thư mục có `business/actors.yaml` nhưng không có `kientruc.yaml` là lỗi.
    /// Chạy `kientruc init DIR --province NAME` để tạo tệp này.
    MISSING_MANIFEST = ("LOAD-001", Error, "missing manifest kientruc.yaml", "thiếu tệp khai báo chung kientruc.yaml", Tool, "kientruc model format");

    /// ## What it checks
    /// The architecture folder holds at least one `*.yaml` or `*.yml` file.
    ///
    /// ## Why
    /// An empty folder is almost always a wrong path.
    ///
    /// ## Example
    /// `kientruc check empty/` fails with this code and exit code 1.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Thư mục kiến trúc có ít nhất một tệp `*.yaml` hoặc `*.yml`.
    ///
    /// ### Vì sao
    /// Thư mục trống gần như luôn là do chỉ sai đường dẫn.
    ///
    /// ### Ví dụ
    /// `kientruc check empty/` báo lỗi này và kết thúc với mã thoát 1.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi tệp của mô hình đều đọc được.
    ///
    /// ### Vì sao
    /// Một tệp không đọc được (do quyền truy cập, do liên kết hỏng) làm mất một
    /// phần kiến trúc mà không ai hay.
    ///
    /// ### Ví dụ
    /// Một tệp mô hình không có quyền đọc là lỗi.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Một tệp của mô hình là liên kết tượng trưng thì phải trỏ tới một tệp nằm
    /// trong thư mục kiến trúc.
    ///
    /// ### Vì sao
    /// CI chạy việc kiểm tra trên nhánh của người đóng góp. Một liên kết như
    /// `secrets.yaml -> /proc/self/environ` sẽ in nội dung của tệp đích (kể cả
    /// mã truy cập) ra đoạn trích trong thông báo lỗi. Công cụ không bao giờ đọc
    /// tệp đích; phát hiện chỉ nêu tên liên kết.
    ///
    /// ### Ví dụ
    /// `business/actors.yaml -> ../../shared/actors.yaml` bị báo lỗi; hãy chép
    /// tệp vào thư mục. `actors.yaml -> business/actors-2025.yaml` đạt.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi mục `*.yaml` trong thư mục là tệp thông thường, không phải đường ống
    /// có tên (FIFO), socket hay thiết bị.
    ///
    /// ### Vì sao
    /// Đọc một FIFO sẽ chờ mãi, còn một thiết bị như `/dev/zero` thì không bao
    /// giờ hết dữ liệu; cả hai đều làm treo công việc CI. Các mục này bị từ chối
    /// ngay từ thông tin của tệp, trước khi mở.
    ///
    /// ### Ví dụ
    /// Một FIFO tạo bằng `mkfifo model.yaml` bị báo lỗi.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Tệp được viết đúng cú pháp YAML.
    ///
    /// ### Vì sao
    /// Tệp không phân tích được thì không kiểm tra được gì khác trong đó.
    ///
    /// ### Ví dụ
    /// ```yaml
    /// applications:
    ///   - id: lgsp
    ///     name: "Nền tảng LGSP   # unclosed quote
    /// ```
    /// Dấu nháy kép mở ra nhưng không được đóng lại.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Trong cùng một phần tử, không có khóa nào xuất hiện hai lần.
    ///
    /// ### Vì sao
    /// Phần lớn công cụ YAML lặng lẽ giữ giá trị sau cùng, nên một nửa những gì
    /// người viết khai báo bị mất mà không có cảnh báo nào. Công cụ chỉ ra cả hai chỗ.
    ///
    /// ### Ví dụ
    /// ```yaml
    /// - id: lgsp
    ///   name: Nền tảng LGSP
    ///   name: Nền tảng tích hợp   # duplicate
    /// ```
    /// Khóa `name` bị khai báo hai lần.
    YAML_DUPLICATE_KEY = ("YAML-002", Error, "duplicate key", "khóa bị trùng", Tool, "YAML 1.2, section 3.2.1.1");

    /// ## What it checks
    /// Indentation uses spaces, not tabs.
    ///
    /// ## Why
    /// YAML forbids tabs in indentation; editors show them at different widths.
    ///
    /// ## Example
    /// A line indented with a tab character fails; indent with spaces.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Thụt lề bằng dấu cách, không bằng ký tự tab.
    ///
    /// ### Vì sao
    /// YAML không cho phép dùng tab để thụt lề; mỗi trình soạn thảo lại hiển thị tab
    /// với độ rộng khác nhau.
    ///
    /// ### Ví dụ
    /// Một dòng thụt lề bằng ký tự tab là lỗi; hãy thụt lề bằng dấu cách.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi tệp đều là UTF-8 hợp lệ (chấp nhận dấu thứ tự byte BOM và kiểu xuống dòng CRLF).
    ///
    /// ### Vì sao
    /// Văn bản tiếng Việt phải dùng bộ mã Unicode (TCVN 6909:2001); một tệp lưu
    /// theo bảng mã cũ (TCVN3, VNI) sẽ bị lỗi dấu trong mọi văn bản được sinh ra.
    ///
    /// ### Căn cứ
    /// TCVN 6909:2001, áp dụng theo Thông tư 39/2017/TT-BTTTT.
    ///
    /// ### Ví dụ
    /// Một tệp lưu theo bảng mã Windows-1258 là lỗi; hãy lưu lại dưới dạng UTF-8.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Không dùng neo (`&name`) và bí danh (`*name`), trừ khi cho phép bằng tùy chọn
    /// `--allow-aliases`.
    ///
    /// ### Vì sao
    /// Bí danh che khuất nội dung với người thẩm định khi đọc phần thay đổi, và một
    /// tệp nhỏ có bí danh lồng nhau có thể bung ra thành hàng tỷ nút ("billion laughs").
    ///
    /// ### Ví dụ
    /// ```yaml
    /// security: &sec { level: 3 }
    /// other: *sec
    /// ```
    /// Giá trị của `other` được lấy lại từ neo `sec`: đây là lỗi.
    YAML_ALIAS = ("YAML-005", Error, "anchors and aliases are not allowed", "không cho phép dùng neo và bí danh của YAML", Tool, "kientruc model format");

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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi tệp nằm trong giới hạn của bộ đọc: độ sâu lồng nhau, mức bung bí danh và
    /// kích thước tệp.
    ///
    /// ### Vì sao
    /// Các giới hạn này ngăn một tệp hỏng hoặc có chủ đích xấu làm cạn bộ nhớ hay
    /// ngăn xếp. Không kiến trúc thực tế nào chạm tới các giới hạn đó.
    ///
    /// ### Ví dụ
    /// Một danh sách lồng nhau sâu 10.000 cấp là lỗi.
    YAML_LIMIT = ("YAML-006", Error, "resource limit exceeded", "vượt giới hạn tài nguyên", Tool, "kientruc loader limits");

    /// ## What it checks
    /// No git merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) are left in a file.
    ///
    /// ## Why
    /// A half-resolved merge produces confusing YAML errors; this says plainly what happened.
    ///
    /// ## Example
    /// A file still holding `<<<<<<< HEAD` fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Trong tệp không còn sót dấu xung đột khi hợp nhất của git (`<<<<<<<`, `=======`, `>>>>>>>`).
    ///
    /// ### Vì sao
    /// Một lần hợp nhất giải quyết dở dang gây ra các lỗi YAML khó hiểu; quy tắc này
    /// nói thẳng điều đã xảy ra.
    ///
    /// ### Ví dụ
    /// Một tệp còn dòng `<<<<<<< HEAD` là lỗi.
    YAML_CONFLICT = ("YAML-007", Error, "merge-conflict markers left in the file", "còn dấu xung đột khi gộp nhánh git trong tệp", Tool, "git");

    /// ## What it checks
    /// A file holds one YAML document.
    ///
    /// ## Why
    /// Tools disagree on what to do with a second document; put it in another file.
    ///
    /// ## Example
    /// A file with a second `---` followed by content fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi tệp chỉ chứa một tài liệu YAML.
    ///
    /// ### Vì sao
    /// Các công cụ xử lý tài liệu thứ hai theo những cách khác nhau; hãy đưa nó sang
    /// một tệp khác.
    ///
    /// ### Ví dụ
    /// Một tệp có dòng `---` thứ hai rồi tiếp tục nội dung là lỗi.
    YAML_MULTI_DOC = ("YAML-009", Error, "more than one YAML document in a file", "một tệp có nhiều hơn một tài liệu YAML", Tool, "kientruc model format");

    /// ## What it checks
    /// Mapping keys are plain text.
    ///
    /// ## Why
    /// Complex keys (`? [a, b]`) have no meaning in the model.
    ///
    /// ## Example
    /// `? [a, b]: x` fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Khóa là một giá trị chữ đơn giản.
    ///
    /// ### Vì sao
    /// Khóa phức hợp (`? [a, b]`) không có nghĩa gì trong mô hình.
    ///
    /// ### Ví dụ
    /// `? [a, b]: x` là lỗi.
    YAML_COMPLEX_KEY = ("YAML-010", Error, "mapping key is not plain text", "khóa không phải giá trị chữ đơn giản", Tool, "kientruc model format");

    /// ## What it checks
    /// Only the YAML core schema's tags (`!!str`, `!!int` …) are used.
    ///
    /// ## Why
    /// Custom tags (`!include`) are tool-specific and would be read differently elsewhere.
    ///
    /// ## Example
    /// `name: !custom Quảng Nam` fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Chỉ dùng các thẻ của lược đồ lõi YAML (`!!str`, `!!int` …).
    ///
    /// ### Vì sao
    /// Thẻ tự định nghĩa (`!include`) phụ thuộc vào từng công cụ và sẽ được đọc khác
    /// nhau ở nơi khác.
    ///
    /// ### Ví dụ
    /// `name: !custom Quảng Nam` là lỗi.
    YAML_TAG = ("YAML-011", Error, "unsupported YAML tag", "thẻ YAML không được hỗ trợ", Tool, "YAML 1.2 core schema");

    /// ## What it checks
    /// Every text value and every key is in Unicode NFC: Vietnamese letters are
    /// precomposed (`ệ` is one character), not a base letter followed by
    /// combining marks (`e` + U+0323 + U+0302). Each such text is reported at
    /// its place, with its NFC form in the help.
    ///
    /// ## Why
    /// Decomposed letters look identical on screen but compare, sort and search
    /// differently: a name typed twice in the two forms is two different names,
    /// and "did you mean" cannot find it. Some macOS tools and old converters
    /// write them; TCVN 6909:2001 text in state documents uses precomposed letters.
    ///
    /// ## Basis
    /// TCVN 6909:2001 (Thông tư 39/2017/TT-BTTTT); Unicode Standard Annex #15.
    ///
    /// ## Example
    /// `name: Việt Nam` typed as `Vie` + U+0323 + U+0302 + `t Nam` is a warning;
    /// retyped with a Vietnamese keyboard in Unicode (dựng sẵn) it passes.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi giá trị chữ và mọi khóa đều ở dạng chuẩn Unicode NFC: chữ tiếng Việt
    /// là chữ dựng sẵn (`ệ` là một ký tự), không phải chữ cái gốc kèm các dấu
    /// được lưu rời (`e` + U+0323 + U+0302). Mỗi đoạn chữ như vậy được báo tại
    /// đúng vị trí của nó, phần gợi ý ghi dạng NFC.
    ///
    /// ### Vì sao
    /// Chữ bị tách dấu trông giống hệt trên màn hình nhưng so sánh, sắp xếp và
    /// tìm kiếm khác đi: một tên gõ hai lần theo hai dạng là hai tên khác nhau, và
    /// công cụ không gợi ý được tên đúng. Một số công cụ trên macOS và các trình
    /// chuyển mã cũ tạo ra dạng này; văn bản nhà nước theo TCVN 6909:2001 dùng
    /// chữ dựng sẵn.
    ///
    /// ### Căn cứ
    /// TCVN 6909:2001 (Thông tư 39/2017/TT-BTTTT); Phụ lục số 15 của chuẩn Unicode.
    ///
    /// ### Ví dụ
    /// `name: Việt Nam` gõ thành `Vie` + U+0323 + U+0302 + `t Nam` bị cảnh báo;
    /// gõ lại bằng bộ gõ tiếng Việt ở bảng mã Unicode dựng sẵn thì đạt.
    YAML_NOT_NFC = ("YAML-012", Warning, "text not in Unicode NFC", "văn bản không ở dạng chuẩn Unicode NFC", Stated, "TCVN 6909:2001 (TT 39/2017/TT-BTTTT)");

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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Không có ký tự điều khiển hướng văn bản (U+202A–U+202E, U+2066–U+2069) ở
    /// bất cứ đâu trong tệp của mô hình: giá trị, khóa hay chú thích.
    ///
    /// ### Vì sao
    /// Các ký tự vô hình này làm văn bản hiển thị theo thứ tự khác với thứ tự
    /// được lưu, nên người thẩm định có thể duyệt một nội dung khác với nội dung
    /// thật của tệp ("Trojan Source", CVE-2021-42574). Văn bản tiếng Việt không
    /// bao giờ cần đến chúng. Mỗi ký tự được báo đúng vị trí (tối đa 100 lần mỗi tệp).
    ///
    /// ### Ví dụ
    /// `name: "Sở Y tế\u202E"` (ký tự đảo chiều phải sang trái dán từ trang web)
    /// bị báo lỗi; hãy xóa ký tự đó.
    YAML_BIDI = ("YAML-013", Error, "bidirectional control character", "ký tự điều khiển hướng văn bản", Tool, "Unicode UAX #9; CVE-2021-42574");

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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi trường đều là trường mà mô hình có định nghĩa.
    ///
    /// ### Vì sao
    /// Một trường viết sai (`hosted_in` thay cho `hosted_on`) nếu không báo sẽ bị bỏ
    /// qua lặng lẽ, và quan hệ mà người viết muốn ghi nhận bị mất.
    ///
    /// ### Ví dụ
    /// ```yaml
    /// - id: lgsp
    ///   hosted_in: [tt-du-lieu]   # did you mean `hosted_on`?
    /// ```
    /// Công cụ gợi ý trường đúng là `hosted_on`.
    SCHEMA_UNKNOWN_FIELD = ("SCH-001", Error, "unknown field", "trường không xác định", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Every value has the type its field expects (text, number, list, mapping).
    ///
    /// ## Why
    /// A single id where a list is expected, or a number written as text, changes meaning.
    ///
    /// ## Example
    /// `hosted_on: tt-du-lieu` where a list is expected: write `hosted_on: [tt-du-lieu]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi giá trị có đúng loại mà trường của nó yêu cầu (văn bản, số, danh sách,
    /// nhóm các cặp khóa–giá trị).
    ///
    /// ### Vì sao
    /// Viết một mã định danh đơn lẻ ở chỗ cần một danh sách, hay viết số dưới dạng
    /// văn bản, làm thay đổi ý nghĩa.
    ///
    /// ### Ví dụ
    /// `hosted_on: tt-du-lieu` trong khi trường này cần một danh sách: hãy viết
    /// `hosted_on: [tt-du-lieu]`.
    SCHEMA_TYPE = ("SCH-002", Error, "wrong type", "sai kiểu dữ liệu", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Values of enumerated fields (kinds, statuses, resolutions) are among the allowed ones.
    ///
    /// ## Why
    /// Rules depend on these values; an unknown kind would escape every check.
    ///
    /// ## Example
    /// `kind: lgsp` fails; the kind is `integration-platform`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Giá trị của các trường có danh mục giá trị cố định (loại, trạng thái, kết quả
    /// xử lý) nằm trong danh mục cho phép.
    ///
    /// ### Vì sao
    /// Các quy tắc dựa vào những giá trị này; một loại không có trong danh mục sẽ lọt
    /// qua mọi kiểm tra.
    ///
    /// ### Ví dụ
    /// `kind: lgsp` là lỗi; loại đúng là `integration-platform`.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các giá trị số nằm trong phạm vi pháp luật quy định: mức độ dịch vụ công trực
    /// tuyến từ 1 đến 4 (Nghị định 43/2011/NĐ-CP, khoản 4 Điều 3), cấp độ an toàn hệ
    /// thống thông tin từ 1 đến 5 (Nghị định 85/2016/NĐ-CP).
    ///
    /// ### Vì sao
    /// Một mức ngoài thang đo của pháp luật không có ý nghĩa và làm hỏng các quy tắc
    /// dựa trên mức độ, cấp độ.
    ///
    /// ### Căn cứ
    /// Nghị định 43/2011/NĐ-CP, khoản 4 Điều 3; Nghị định 85/2016/NĐ-CP, Điều 7 đến Điều 11.
    ///
    /// ### Ví dụ
    /// `level: 5` trên một dịch vụ công là lỗi.
    SCHEMA_RANGE = ("SCH-004", Error, "value out of range", "giá trị nằm ngoài phạm vi cho phép", Stated, "Decree 43/2011/NĐ-CP Art. 3.4; Decree 85/2016/NĐ-CP Art. 7-11");

    /// ## What it checks
    /// Required fields are present (every element's `id` and `name`, a task's `lead`, …).
    ///
    /// ## Why
    /// Reviewers send back architectures whose tasks have no responsible agency.
    ///
    /// ## Example
    /// A task without `lead` fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có đủ các trường bắt buộc (`id` và `name` của mọi phần tử, `lead` của một nhiệm vụ, …).
    ///
    /// ### Vì sao
    /// Cơ quan thẩm định trả lại những bản kiến trúc có nhiệm vụ không ghi cơ quan chủ trì.
    ///
    /// ### Ví dụ
    /// Một nhiệm vụ không có `lead` là lỗi.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các trường văn bản theo đúng định dạng: mã định danh gồm các từ chữ thường
    /// không dấu nối với nhau bằng `-`, ngày viết theo dạng `YYYY-MM-DD`, tên không
    /// được để trống.
    ///
    /// ### Vì sao
    /// Mã định danh ổn định, đơn giản giúp việc tham chiếu và so sánh thay đổi trên
    /// git đáng tin cậy.
    ///
    /// ### Ví dụ
    /// `id: Sở_TTTT` là lỗi; hãy viết `id: so-tttt`.
    SCHEMA_FORMAT = ("SCH-006", Error, "value does not match the expected format", "giá trị không đúng định dạng", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Other schema constraints (list lengths, uniqueness).
    ///
    /// ## Why
    /// See the field's description in the schema.
    ///
    /// ## Example
    /// An empty `duties` list fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các ràng buộc khác của lược đồ (độ dài danh sách, giá trị không trùng nhau).
    ///
    /// ### Vì sao
    /// Xem phần mô tả của trường trong lược đồ.
    ///
    /// ### Ví dụ
    /// Một danh sách `duties` trống là lỗi.
    SCHEMA_OTHER = ("SCH-007", Error, "schema constraint not met", "không thỏa mãn ràng buộc của lược đồ", Tool, "schemas/model.schema.json");

    /// ## What it checks
    /// Values the schema's pattern accepts are also meaningful, e.g. a date that exists.
    ///
    /// ## Why
    /// `2019-02-30` matches the date pattern but is not a date.
    ///
    /// ## Example
    /// `date: 2019-02-30` fails.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Giá trị khớp với mẫu của lược đồ cũng phải có nghĩa, ví dụ ngày phải có thật.
    ///
    /// ### Vì sao
    /// `2019-02-30` khớp với mẫu ngày nhưng không phải là một ngày có thật.
    ///
    /// ### Ví dụ
    /// `date: 2019-02-30` là lỗi.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi tham chiếu (`owner`, `hosted_on`, `uses`, `depends_on`, `delivers`,
    /// `lead`, `about` …) đều trỏ tới một phần tử đã khai báo hoặc một hệ thống quốc
    /// gia có trong danh mục dựng sẵn.
    ///
    /// ### Vì sao
    /// Một tham chiếu treo làm đứt sơ đồ phụ thuộc, bảng nhiệm vụ và việc phân công
    /// trách nhiệm trong quyết định phê duyệt.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (quan hệ giữa các thành phần); D.1 FW1-MOD-002.
    ///
    /// ### Ví dụ
    /// ```yaml
    /// tasks:
    ///   - id: nang-cap-lgsp
    ///     lead: so-ttt     # did you mean `so-tttt`?
    /// ```
    /// Không có cơ quan nào mang mã `so-ttt`; công cụ gợi ý `so-tttt`.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Tham chiếu trỏ tới phần tử đúng loại mà trường đó cho phép: `hosted_on` trỏ
    /// tới hạ tầng kỹ thuật, `lead` trỏ tới một cơ quan, `uses` trỏ tới một cơ sở dữ liệu.
    ///
    /// ### Vì sao
    /// Một ứng dụng "được triển khai trên" một cơ sở dữ liệu, hay một nhiệm vụ "do một
    /// ứng dụng chủ trì", là sai sót khi lập mô hình, làm hỏng sơ đồ và các văn bản.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (quan hệ giữa các thành phần).
    ///
    /// ### Ví dụ
    /// `hosted_on: [csdl-ho-tich]` là lỗi: `csdl-ho-tich` là một cơ sở dữ liệu.
    REF_WRONG_KIND = ("REF-002", Error, "reference to an element of the wrong kind", "tham chiếu tới phần tử sai loại", Inferred, "Framework 1.0 §II.4.1 (component relations)");

    /// ## What it checks
    /// Every id is declared once in the whole model.
    ///
    /// ## Why
    /// References must be unambiguous. Both places are shown.
    ///
    /// ## Example
    /// Two files both declaring `id: lgsp` fail.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi mã định danh chỉ được khai báo một lần trong toàn bộ mô hình.
    ///
    /// ### Vì sao
    /// Tham chiếu phải rõ ràng, không thể hiểu hai cách. Công cụ chỉ ra cả hai chỗ khai báo.
    ///
    /// ### Căn cứ
    /// D.1 FW1-MOD-002.
    ///
    /// ### Ví dụ
    /// Hai tệp cùng khai báo `id: lgsp` là lỗi.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các miễn trừ trong tệp khai báo chung còn hiệu lực vào ngày kiểm tra (tùy chọn
    /// `--today` cố định ngày kiểm tra để các lần chạy cho cùng kết quả).
    ///
    /// ### Vì sao
    /// Miễn trừ là ngoại lệ có thời hạn. Khi hết hạn, phát hiện mà nó che đi quay lại
    /// thành lỗi, kèm theo chỗ khai báo miễn trừ.
    ///
    /// ### Ví dụ
    /// ```yaml
    /// waivers:
    ///   - rule: FW1-DVC-003
    ///     element: dvc-cap-phep-xay-dung
    ///     reason: Hệ thống xác thực tập trung đưa vào vận hành quý II/2019
    ///     approved_by: Giám đốc Sở TT&TT
    ///     expires: 2019-06-30
    /// ```
    /// Kiểm tra sau ngày 30/6/2019 thì miễn trừ này đã hết hạn.
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi miễn trừ khớp với ít nhất một phát hiện.
    ///
    /// ### Vì sao
    /// Một miễn trừ không khớp với phát hiện nào thì hoặc đã lỗi thời (vấn đề đã được
    /// khắc phục), hoặc bị viết sai (vấn đề vẫn bị báo); trường hợp nào cũng nên bỏ đi.
    ///
    /// ### Ví dụ
    /// Một miễn trừ cho `FW1-LGSP-003` trên một phần tử đã đạt quy tắc đó.
    WAIVER_UNUSED = ("WVR-002", Warning, "waiver matches no finding", "miễn trừ không khớp với phát hiện nào", Tool, "kientruc waivers");

    /// ## What it checks
    /// Rule codes named in the manifest (`rules:` settings and waivers) exist.
    ///
    /// ## Why
    /// A misspelt code silently does nothing.
    ///
    /// ## Example
    /// `rules: { FW1-LGSP-09: off }` fails: did you mean `FW1-LGSP-001`?
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các mã quy tắc ghi trong tệp khai báo chung (phần thiết lập `rules:` và các miễn
    /// trừ) đều tồn tại.
    ///
    /// ### Vì sao
    /// Một mã viết sai sẽ không có tác dụng gì mà không ai hay.
    ///
    /// ### Ví dụ
    /// `rules: { FW1-LGSP-09: off }` là lỗi: có phải ý bạn là `FW1-LGSP-001`?
    UNKNOWN_RULE = ("CFG-001", Error, "unknown rule code", "mã quy tắc không tồn tại", Tool, "kientruc configuration");
}
