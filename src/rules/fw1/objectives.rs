//! Objectives, review comments and document content: what ministry reviewers
//! most often send an architecture back for (vague objectives, comments not
//! taken in), and what the generated documents would print as a placeholder.

use crate::diagnostic::Msg;
use crate::legal::vi;
use crate::model::manifest::DraftState;
use crate::model::{AppKind, Model, Objective, Resolution, Scope};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::section_or_manifest;
use unicode_normalization::UnicodeNormalization;

crate::declare_rules! {
    /// ## What it checks
    /// Every objective (mục tiêu) has a `metric` (chỉ tiêu), a numeric `target`
    /// with its `unit`, and a `deadline` inside the architecture's period.
    ///
    /// ## Why
    /// Reviewers send back architectures whose objectives cannot be measured; the
    /// decision prints an objective without metric or target with the red mark
    /// "[chưa có chỉ tiêu đo được]" and the report's targets table with
    /// "(chưa xác định)".
    ///
    /// ## Basis
    /// Nghị định 64/2007/NĐ-CP, Art. 25.3 (the plan states specific
    /// objectives); review of the Bà Rịa – Vũng Tàu draft (06/8/2018), which
    /// asked to "xác định mục tiêu cụ thể hơn". Inferred.
    ///
    /// ## Example
    /// Fails: `{ id: mt-dvc, name: Nâng tỷ lệ hồ sơ trực tuyến, target: 50 }`
    /// (no metric, unit or deadline). Passes: `metric: Tỷ lệ hồ sơ nộp trực
    /// tuyến, target: 50, unit: "%", deadline: 2025`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi mục tiêu đều có chỉ tiêu (`metric`), giá trị cần đạt bằng số (`target`) kèm đơn
    /// vị tính (`unit`), và thời hạn hoàn thành (`deadline`) nằm trong giai đoạn của kiến trúc.
    ///
    /// ### Vì sao
    /// Cơ quan thẩm định thường trả lại những kiến trúc có mục tiêu không đo được; quyết định
    /// in mục tiêu thiếu chỉ tiêu hoặc giá trị cần đạt kèm dấu đỏ "[chưa có chỉ tiêu đo được]",
    /// còn bảng chỉ tiêu trong báo cáo ghi "(chưa xác định)".
    ///
    /// ### Căn cứ
    /// Nghị định 64/2007/NĐ-CP, khoản 3 Điều 25 (kế hoạch phải nêu mục tiêu cụ thể); ý kiến
    /// thẩm định đối với dự thảo của tỉnh Bà Rịa – Vũng Tàu (ngày 06/8/2018) đề nghị "xác định
    /// mục tiêu cụ thể hơn". Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: mt-dvc, name: Nâng tỷ lệ hồ sơ trực tuyến, target: 50 }` (thiếu chỉ
    /// tiêu, đơn vị tính và thời hạn). Đạt:
    /// `metric: Tỷ lệ hồ sơ nộp trực tuyến, target: 50, unit: "%", deadline: 2025`.
    OBJ_MEASURABLE = ("FW1-OBJ-001", Warning, "objective has a metric, a target with its unit and a deadline", "mục tiêu có chỉ tiêu, giá trị cần đạt kèm đơn vị và thời hạn", Inferred, "Decree 64/2007/NĐ-CP Art. 25.3; review practice (Bà Rịa – Vũng Tàu, 2018)");

    /// ## What it checks
    /// An objective with a metric records its `baseline` (value and year), so
    /// that progress can be judged against where the province starts.
    ///
    /// ## Why
    /// A target of 80% means little without today's figure; approved plans give
    /// the current state next to each target.
    ///
    /// ## Basis
    /// Nghị định 64/2007/NĐ-CP, Art. 25.3 (current status and objectives). Inferred.
    ///
    /// ## Example
    /// Passes: `baseline: { value: 30, year: 2020 }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mục tiêu đã có chỉ tiêu thì ghi giá trị hiện trạng (`baseline`, gồm số liệu và năm), để
    /// đánh giá được mức độ tiến triển so với điểm xuất phát của tỉnh.
    ///
    /// ### Vì sao
    /// Chỉ tiêu đạt 80% ít có ý nghĩa nếu không biết con số hiện nay; các kế hoạch đã được phê
    /// duyệt đều nêu hiện trạng bên cạnh từng chỉ tiêu.
    ///
    /// ### Căn cứ
    /// Nghị định 64/2007/NĐ-CP, khoản 3 Điều 25 (hiện trạng và mục tiêu). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Đạt: `baseline: { value: 30, year: 2020 }`.
    OBJ_BASELINE = ("FW1-OBJ-002", Info, "objective records its baseline", "mục tiêu có giá trị hiện trạng", Inferred, "Decree 64/2007/NĐ-CP Art. 25.3");

    /// ## What it checks
    /// An objective is not vague: its name or metric contains a figure, or it
    /// has a `target`; and wording such as "nâng cao", "đẩy mạnh", "tăng
    /// cường", "từng bước", "hoàn thiện" comes with a target. Matching is on
    /// NFC text, case-insensitive, and also without diacritics ("nang cao").
    /// The help rewrites the objective in measurable form from its own words.
    ///
    /// ## Why
    /// "Nâng cao chất lượng dịch vụ công" cannot be checked at the end of the
    /// period; reviewers ask for "Đến năm 2025, …% … đạt …".
    ///
    /// ## Basis
    /// Review of the Bà Rịa – Vũng Tàu draft (06/8/2018: "xác định mục tiêu
    /// cụ thể hơn"); Nghị định 64/2007/NĐ-CP, Art. 25.3. Inferred.
    ///
    /// ## Example
    /// Fails: `name: Đẩy mạnh ứng dụng công nghệ thông tin` with no target.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mục tiêu không được diễn đạt chung chung: tên hoặc chỉ tiêu có chứa con số, hoặc mục
    /// tiêu có `target`; các cụm từ như "nâng cao", "đẩy mạnh", "tăng cường", "từng bước",
    /// "hoàn thiện" phải đi kèm giá trị cần đạt. Việc so khớp thực hiện trên văn bản đã chuẩn
    /// hóa NFC, không phân biệt chữ hoa, chữ thường, và nhận ra cả cách viết không dấu ("nang
    /// cao"). Phần gợi ý viết lại mục tiêu ở dạng đo được từ chính câu chữ của mục tiêu đó.
    ///
    /// ### Vì sao
    /// Mục tiêu "Nâng cao chất lượng dịch vụ công" không thể đánh giá được khi kết thúc giai
    /// đoạn; cơ quan thẩm định yêu cầu viết theo dạng "Đến năm 2025, …% … đạt …".
    ///
    /// ### Căn cứ
    /// Ý kiến thẩm định đối với dự thảo của tỉnh Bà Rịa – Vũng Tàu (ngày 06/8/2018: "xác định
    /// mục tiêu cụ thể hơn"); Nghị định 64/2007/NĐ-CP, khoản 3 Điều 25. Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: `name: Đẩy mạnh ứng dụng công nghệ thông tin` mà không có `target`.
    OBJ_VAGUE = ("FW1-OBJ-003", Warning, "objective is worded measurably", "mục tiêu được diễn đạt đo được", Inferred, "review practice (Bà Rịa – Vũng Tàu, 2018); Decree 64/2007/NĐ-CP Art. 25.3");

    /// ## What it checks
    /// Every review comment (ý kiến góp ý, thẩm định) is handled: not
    /// `resolution: pending`, and an accepted or explained comment has a
    /// `response` saying what changed or why not. An architecture past
    /// `status: draft` records at least one review comment.
    ///
    /// ## Why
    /// A submission was sent back because it did not show how the ministry's
    /// comments were taken in; the submission's comment table prints a pending
    /// comment as "CHƯA XỬ LÝ" and a missing response as "–".
    ///
    /// ## Basis
    /// Review of the Bà Rịa – Vũng Tàu draft (06/8/2018): the submission
    /// "chưa làm rõ được việc tiếp thu và chỉnh sửa … theo ý kiến thẩm định
    /// của Bộ Thông tin và Truyền thông". Stated.
    ///
    /// ## Example
    /// Fails: `resolution: pending`. Passes: `resolution: accepted` with
    /// `response: Đã bổ sung …`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi ý kiến góp ý, ý kiến thẩm định đều được xử lý: không còn `resolution: pending`, và
    /// ý kiến đã tiếp thu hoặc đã giải trình có `response` nêu rõ đã chỉnh sửa nội dung gì hoặc
    /// vì sao không chỉnh sửa. Kiến trúc đã qua giai đoạn dự thảo (không còn `status: draft`)
    /// phải ghi nhận ít nhất một ý kiến góp ý.
    ///
    /// ### Vì sao
    /// Đã có hồ sơ bị trả lại vì không thể hiện được việc tiếp thu ý kiến của Bộ; bảng tổng hợp
    /// ý kiến kèm tờ trình in ý kiến chưa xử lý là "CHƯA XỬ LÝ" và ghi "–" ở chỗ còn thiếu nội
    /// dung tiếp thu, giải trình.
    ///
    /// ### Căn cứ
    /// Ý kiến thẩm định đối với dự thảo của tỉnh Bà Rịa – Vũng Tàu (ngày 06/8/2018): hồ sơ
    /// "chưa làm rõ được việc tiếp thu và chỉnh sửa … theo ý kiến thẩm định của Bộ Thông tin
    /// và Truyền thông".
    ///
    /// ### Ví dụ
    /// Không đạt: `resolution: pending`. Đạt: `resolution: accepted` kèm
    /// `response: Đã bổ sung …`.
    REV_PENDING = ("FW1-REV-001", Warning, "review comments are handled and answered", "ý kiến góp ý được xử lý và có nội dung tiếp thu, giải trình", Stated, "review practice (Bà Rịa – Vũng Tàu, 2018)");

    /// ## What it checks
    /// Nothing the generated documents print is a placeholder for a missing
    /// value that no other rule reports: no objectives ("(chưa xác định mục
    /// tiêu)"), no solutions ("(chưa xác định giải pháp)"), no phases or no
    /// tasks (the submission's roadmap and funding sentence), applications but
    /// none shared or none specialised ("(chưa khai báo)" in the decision's list
    /// of components). Other placeholders belong to other rules: a missing
    /// layer to FW1-MOD-003, the LGSP to FW1-LGSP-001, responsibilities to
    /// FW1-DEC-008, an objective's metric or target to FW1-OBJ-001, a pending
    /// comment to FW1-REV-001, a system's security level to FW1-SEC-001, a
    /// task's budget to FW1-RM-002 (`tests/documents_placeholders.rs`).
    ///
    /// ## Why
    /// `check`, `build` and the documents must agree: a model that checks clean
    /// must not produce a decision with blanks.
    ///
    /// ## Basis
    /// Framework note D.11 (the documents are generated from the model);
    /// Nghị định 30/2020/NĐ-CP, Art. 8.2 (content of the document). Inferred.
    ///
    /// ## Example
    /// Fails: a model with no `solutions`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các văn bản được sinh ra không in chỗ để trống thay cho thông tin còn thiếu mà chưa có
    /// quy tắc nào khác báo: không có mục tiêu ("(chưa xác định mục tiêu)"), không có giải pháp
    /// ("(chưa xác định giải pháp)"), không có giai đoạn hoặc không có nhiệm vụ (câu về lộ
    /// trình và nguồn kinh phí trong tờ trình), có ứng dụng nhưng không có ứng dụng dùng chung
    /// hoặc không có ứng dụng chuyên ngành ("(chưa khai báo)" trong danh mục thành phần của
    /// quyết định). Các chỗ để trống khác do quy tắc khác kiểm tra: thiếu một khối của khung
    /// kiến trúc thuộc FW1-MOD-003, nền tảng LGSP thuộc FW1-LGSP-001, trách nhiệm của các cơ
    /// quan thuộc FW1-DEC-008, chỉ tiêu hoặc giá trị cần đạt của mục tiêu thuộc FW1-OBJ-001, ý
    /// kiến góp ý chưa xử lý thuộc FW1-REV-001, cấp độ an toàn hệ thống thông tin thuộc
    /// FW1-SEC-001, kinh phí của nhiệm vụ thuộc FW1-RM-002 (`tests/documents_placeholders.rs`).
    ///
    /// ### Vì sao
    /// Lệnh `check`, lệnh `build` và các văn bản phải thống nhất với nhau: mô hình đã qua kiểm
    /// tra mà không có phát hiện nào thì không được sinh ra quyết định còn chỗ để trống.
    ///
    /// ### Căn cứ
    /// Ghi chú D.11 của khung (các văn bản được sinh ra từ mô hình); Nghị định 30/2020/NĐ-CP,
    /// khoản 2 Điều 8 (nội dung của văn bản). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: mô hình không có `solutions`.
    DOC_PLACEHOLDER = ("FW1-DOC-001", Warning, "documents print no placeholder", "văn bản không có nội dung để trống", Inferred, "framework note D.11; Decree 30/2020/NĐ-CP Art. 8.2");
}

/// Lower-cased text without diacritics (đ → d), with, for each byte of the
/// folded text, the byte offset of the NFC char it came from.
fn fold(nfc: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut origin = Vec::new();
    for (i, c) in nfc.char_indices() {
        let lower: String = c.to_lowercase().collect();
        for d in lower.nfd() {
            let d = match d {
                'đ' => 'd',
                d if ('\u{300}'..='\u{36f}').contains(&d) => continue,
                d => d,
            };
            out.push(d);
            origin.extend(std::iter::repeat_n(i, d.len_utf8()));
        }
    }
    (out, origin)
}

/// Vague verbs, folded. Each is matched as whole words.
const VAGUE: &[&str] = &[
    "nang cao",
    "day manh",
    "tang cuong",
    "tung buoc",
    "hoan thien",
];

/// The first vague phrase in `text`, as written (NFC), and the text after it.
fn vague_phrase(text: &str) -> Option<(String, String)> {
    let nfc: String = text.nfc().collect();
    let (folded, origin) = fold(&nfc);
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut best: Option<(usize, usize)> = None;
    for phrase in VAGUE {
        let mut from = 0;
        while let Some(pos) = folded[from..].find(phrase) {
            let start = from + pos;
            let end = start + phrase.len();
            from = end;
            let whole = !is_word(folded[..start].chars().next_back())
                && !is_word(folded[end..].chars().next());
            if whole {
                if best.is_none_or(|(s, _)| start < s) {
                    best = Some((start, end));
                }
                break;
            }
        }
    }
    let (start, end) = best?;
    let s = *origin.get(start)?;
    let last = *origin.get(end - 1)?;
    let e = last + nfc[last..].chars().next().map_or(0, char::len_utf8);
    Some((nfc[s..e].to_owned(), nfc[e..].trim().to_owned()))
}

/// `text` without the vague verbs it starts with: "Từng bước hoàn thiện hạ
/// tầng" → "hạ tầng".
fn strip_vague(text: &str) -> String {
    let mut rest: String = text.nfc().collect();
    while let Some((phrase, after)) = vague_phrase(&rest) {
        if !rest.starts_with(&phrase) || after.is_empty() {
            break;
        }
        rest = after;
    }
    rest
}

fn has_figure(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

fn period(model: &Model) -> Option<(u16, u16)> {
    let p = &model.manifest.as_ref()?.architecture.period;
    Some((p.from.value, p.to.value))
}

/// A measurable rewrite of `o` from its own words: the name line and the fields it needs.
fn rewrite(o: &Objective, model: &Model) -> (String, String) {
    let name = vi::normalize(&o.name);
    let subject = lower_first(&strip_vague(&name));
    let subject = measure_of(&subject);
    let year = o
        .deadline
        .as_ref()
        .map(|d| d.value)
        .or(period(model).map(|p| p.1))
        .unwrap_or(2025);
    let unit = o.unit.as_deref().map(str::trim).unwrap_or("%").to_owned();
    let target = o
        .target
        .as_ref()
        .map(|t| vi::number(t.value, 2))
        .unwrap_or_else(|| "100".into());
    let shown = if unit == "%" {
        format!("{target}%")
    } else {
        format!("{target} {unit}")
    };
    let metric = o
        .metric
        .as_ref()
        .map(|m| vi::normalize(m))
        .unwrap_or_else(|| vi::capitalize(&subject));
    let line = format!("Đến năm {year}, {} đạt {shown}", lower_first(&metric));
    let fields = format!(
        "`metric: \"{metric}\"`, `target: {target}`, `unit: \"{unit}\"`, `deadline: {year}`"
    );
    (line, fields)
}

/// What measures `subject`: "tỷ lệ …" unless it already names a measure;
/// "nâng tỷ lệ hồ sơ" → "tỷ lệ hồ sơ"; quality is measured by satisfaction.
fn measure_of(subject: &str) -> String {
    let (folded, _) = fold(subject);
    let mut s = subject;
    for verb in ["nang ", "tang ", "giam "] {
        if folded.starts_with(verb) {
            // The verb is one word of ASCII length once folded; skip it as written.
            s = s.split_once(' ').map_or(s, |(_, rest)| rest);
            break;
        }
    }
    let (folded, _) = fold(s);
    if ["ty le ", "so ", "chi so ", "muc do ", "muc "]
        .iter()
        .any(|m| folded.starts_with(m))
    {
        s.to_owned()
    } else if folded.starts_with("chat luong ") {
        format!("mức độ hài lòng của người dân, doanh nghiệp về {s}")
    } else {
        format!("tỷ lệ {s}")
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        // Keep acronyms such as "CNTT" or "LGSP".
        Some(c) if !chars.clone().next().is_some_and(char::is_uppercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_owned(),
    }
}

fn measurable(cx: &Context, sink: &mut Sink) {
    let period = period(cx.model);
    for o in &cx.model.objectives {
        let id = o.id.as_str();
        let mut missing: Vec<(&str, &str)> = Vec::new();
        if o.metric
            .as_ref()
            .is_none_or(|m| vi::normalize(m).is_empty())
        {
            missing.push(("`metric` (what is measured)", "`metric` (chỉ tiêu đo)"));
        }
        if o.target.as_ref().is_none_or(|t| !t.value.is_finite()) {
            missing.push(("a numeric `target`", "giá trị `target` bằng số"));
        }
        if o.unit.as_deref().is_none_or(|u| u.trim().is_empty()) {
            missing.push(("`unit`", "đơn vị `unit`"));
        }
        if o.deadline.is_none() {
            missing.push(("`deadline`", "thời hạn `deadline`"));
        }
        if !missing.is_empty() {
            let (line, fields) = rewrite(o, cx.model);
            let en: Vec<&str> = missing.iter().map(|m| m.0).collect();
            let vi_: Vec<&str> = missing.iter().map(|m| m.1).collect();
            sink.report(
                Some(o.id.span),
                Some(id),
                crate::msg_args!(
                    "objective `{0}` has no {1}",
                    "mục tiêu `{0}` chưa có {2}",
                    id,
                    en.join(", "),
                    vi_.join(", ")
                ),
                crate::msg_args!(
                    "state it measurably, e.g. \"{0}\": {1}",
                    "nêu mục tiêu đo được, ví dụ \"{0}\": {1}",
                    line,
                    fields
                ),
            );
        }
        if let (Some(d), Some((from, to))) = (&o.deadline, period)
            && !(from..=to).contains(&d.value)
        {
            sink.report(
                Some(d.span),
                Some(id),
                crate::msg_args!(
                    "objective `{0}` is due in {1}, outside the architecture's period {2}–{3}",
                    "mục tiêu `{0}` có thời hạn năm {1}, ngoài thời kỳ của kiến trúc {2}–{3}",
                    id,
                    d.value,
                    from,
                    to
                ),
                crate::msg_args!(
                    "set a deadline between {0} and {1}, e.g. `deadline: {1}`",
                    "đặt thời hạn trong khoảng {0}–{1}, ví dụ `deadline: {1}`",
                    from,
                    to
                ),
            );
        }
    }
}

fn baseline(cx: &Context, sink: &mut Sink) {
    for o in cx.model.objectives.iter().filter(|o| o.baseline.is_none()) {
        let id = o.id.as_str();
        let Some(metric) = &o.metric else { continue };
        let year = period(cx.model).map_or(2020, |p| p.0.saturating_sub(1));
        let unit = o.unit.as_deref().unwrap_or("%");
        sink.report(
            Some(metric.span),
            Some(id),
            crate::msg_args!("objective `{0}` has no baseline", "mục tiêu `{0}` chưa có giá trị hiện trạng", id),
            crate::msg_args!("where it is known, record the value of \"{0}\" at the start: `baseline: {{ value: …, year: {1} }}` (in {2})", "nếu đã biết, ghi giá trị hiện trạng của \"{0}\": `baseline: {{ value: …, year: {1} }}` (đơn vị {2})", vi::normalize(metric), year, unit),
        );
    }
}

fn vague(cx: &Context, sink: &mut Sink) {
    for o in &cx.model.objectives {
        let id = o.id.as_str();
        let name = vi::normalize(&o.name);
        let metric = o.metric.as_ref().map(|m| vi::normalize(m));
        let has_target = o.target.as_ref().is_some_and(|t| t.value.is_finite());
        let figure = has_figure(&name) || metric.as_deref().is_some_and(has_figure);
        let phrase = vague_phrase(&name)
            .or_else(|| metric.as_deref().and_then(vague_phrase))
            .map(|p| p.0);
        let (en, vi_) = match (&phrase, figure || has_target) {
            (Some(p), _) if !has_target => (
                format!("objective `{id}` says \"{p}\" with nothing measurable"),
                format!("mục tiêu `{id}` dùng cụm \"{p}\" nhưng không có chỉ tiêu đo được"),
            ),
            (_, false) => (
                format!("objective `{id}` has no figure at all"),
                format!("mục tiêu `{id}` không có con số nào"),
            ),
            _ => continue,
        };
        let (line, fields) = rewrite(o, cx.model);
        sink.report(
            Some(o.name.span),
            Some(id),
            Msg::new(en, vi_),
            crate::msg_args!(
                "rewrite it measurably, e.g. `name: \"{0}\"` with {1}",
                "viết lại thành mục tiêu đo được, ví dụ `name: \"{0}\"` kèm {1}",
                line,
                fields
            ),
        );
    }
}

fn reviews(cx: &Context, sink: &mut Sink) {
    if let Some(m) = &cx.model.manifest
        && m.architecture.status.value != DraftState::Draft
        && cx.model.reviews.is_empty()
    {
        sink.report(
            Some(m.architecture.status.span),
            None,
            Msg::new(
                "the architecture is submitted but records no review comment: the submission would say \"Dự thảo Kiến trúc chưa ghi nhận ý kiến góp ý, thẩm định nào\"",
                "kiến trúc đã trình nhưng chưa ghi nhận ý kiến góp ý nào: tờ trình sẽ ghi \"Dự thảo Kiến trúc chưa ghi nhận ý kiến góp ý, thẩm định nào\"",
            ),
            Msg::new(
                "record the comments of the consultation and the appraisal in `reviews:`, each with `resolution:` and `response:`",
                "ghi các ý kiến góp ý, thẩm định vào `reviews:`, mỗi ý kiến có `resolution:` và `response:`",
            ),
        );
    }
    for r in &cx.model.reviews {
        let id = r.id.as_str();
        let answered = r
            .response
            .as_ref()
            .is_some_and(|s| !vi::normalize(s).is_empty());
        match r.resolution.value {
            Resolution::Pending => {
                sink.report(
                    Some(r.resolution.span),
                    Some(id),
                    crate::msg_args!("review comment `{0}` is still pending: the submission marks it \"CHƯA XỬ LÝ\"", "ý kiến góp ý `{0}` chưa được xử lý: tờ trình ghi \"CHƯA XỬ LÝ\"", id),
                    Msg::new(
                        "record how it was handled: `resolution: accepted` with `response:` saying what changed, or `resolution: explained` with `response:` saying why not",
                        "ghi nhận kết quả xử lý: `resolution: accepted` (tiếp thu) kèm `response:` nêu nội dung đã chỉnh sửa, hoặc `resolution: explained` (giải trình) kèm `response:` nêu lý do",
                    ),
                );
            }
            Resolution::Accepted | Resolution::Explained if !answered => {
                let (en, vi_) = if r.resolution.value == Resolution::Accepted {
                    ("what was changed", "nội dung đã tiếp thu, chỉnh sửa")
                } else {
                    ("why it was not taken in", "lý do giải trình")
                };
                sink.report(
                    Some(r.resolution.span),
                    Some(id),
                    crate::msg_args!("review comment `{0}` is handled but has no response: the submission prints \"–\"", "ý kiến góp ý `{0}` đã xử lý nhưng chưa có nội dung trả lời: tờ trình ghi \"–\"", id),
                    crate::msg_args!("add `response:` saying {0}", "thêm `response:` nêu {1}", en, vi_),
                );
            }
            _ => {}
        }
    }
}

fn placeholders(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    if model.manifest.is_none() {
        return;
    }
    let mut report =
        |section: &str, shown: &str, en: &str, vi_: &str, fix_en: &str, fix_vi: &str| {
            sink.report(
                section_or_manifest(model, section),
                None,
                crate::msg_args!(
                    "{0}: the documents would print \"{1}\"",
                    "{2}: văn bản sẽ ghi \"{1}\"",
                    en,
                    shown,
                    vi_
                ),
                Msg::new(fix_en.to_owned(), fix_vi.to_owned()),
            );
        };
    if model.objectives.is_empty() {
        report(
            "objectives",
            "(chưa xác định mục tiêu)",
            "the model declares no objectives",
            "mô hình chưa khai báo mục tiêu",
            "add `objectives:` with measurable targets, e.g. `{ id: mt-dvc, name: …, metric: …, target: 50, unit: \"%\", deadline: 2025 }`",
            "thêm `objectives:` có chỉ tiêu đo được, ví dụ `{ id: mt-dvc, name: …, metric: …, target: 50, unit: \"%\", deadline: 2025 }`",
        );
    }
    if model.solutions.is_empty() {
        report(
            "solutions",
            "(chưa xác định giải pháp)",
            "the model declares no solutions",
            "mô hình chưa khai báo giải pháp",
            "add `solutions:` (policy, funding, human resources …), e.g. `{ id: gp-nhan-luc, name: …, kind: human-resources }`",
            "thêm `solutions:` (cơ chế chính sách, tài chính, nhân lực …), ví dụ `{ id: gp-nhan-luc, name: …, kind: human-resources }`",
        );
    }
    if model.phases.is_empty() {
        report(
            "phases",
            "chưa khai báo",
            "the model declares no roadmap phases",
            "mô hình chưa khai báo giai đoạn của lộ trình",
            "add `phases:`, e.g. `{ id: gd-2021-2025, name: Giai đoạn 2021 - 2025, from: 2021, to: 2025 }`",
            "thêm `phases:`, ví dụ `{ id: gd-2021-2025, name: Giai đoạn 2021 - 2025, from: 2021, to: 2025 }`",
        );
    }
    if model.tasks.is_empty() {
        report(
            "tasks",
            "Tổng kinh phí dự kiến: chưa xác định",
            "the model declares no tasks",
            "mô hình chưa khai báo nhiệm vụ",
            "add `tasks:` with lead, years and budget",
            "thêm `tasks:` có cơ quan chủ trì, thời gian và kinh phí",
        );
    }
    let apps = |scope: Scope| {
        model
            .applications
            .iter()
            .any(|a| a.scope.value == scope && a.kind.value != AppKind::IntegrationPlatform)
    };
    // Missing layers are FW1-MOD-003's and a missing LGSP FW1-LGSP-001's; an
    // application list without one of the two scopes is only seen here.
    if !model.applications.is_empty() {
        for (scope, en, vi_, kind) in [
            (Scope::Shared, "shared", "dùng chung", "shared"),
            (
                Scope::Specialised,
                "specialised",
                "chuyên ngành",
                "specialised",
            ),
        ] {
            if !apps(scope) {
                report(
                    "applications",
                    "(chưa khai báo)",
                    &format!("the decision's list of components has no {en} applications"),
                    &format!("danh mục thành phần của quyết định chưa có ứng dụng {vi_}"),
                    &format!("declare the {en} applications with `scope: {kind}`"),
                    &format!("khai báo các ứng dụng {vi_} với `scope: {kind}`"),
                );
            }
        }
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &OBJ_MEASURABLE,
        check: measurable,
    },
    Rule {
        meta: &OBJ_BASELINE,
        check: baseline,
    },
    Rule {
        meta: &OBJ_VAGUE,
        check: vague,
    },
    Rule {
        meta: &REV_PENDING,
        check: reviews,
    },
    Rule {
        meta: &DOC_PLACEHOLDER,
        check: placeholders,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_wording_with_and_without_diacritics() {
        let found = |s: &str| vague_phrase(s).map(|p| p.0);
        assert_eq!(
            found("Nâng cao chất lượng dịch vụ công"),
            Some("Nâng cao".into())
        );
        assert_eq!(found("NANG CAO chat luong"), Some("NANG CAO".into()));
        assert_eq!(
            found("Từng bước hoàn thiện hạ tầng"),
            Some("Từng bước".into())
        );
        assert_eq!(strip_vague("Từng bước hoàn thiện hạ tầng số"), "hạ tầng số");
        assert_eq!(
            found("Cải cách – “hoàn thiện” thể chế"),
            Some("hoàn thiện".into())
        );
        // Decomposed input (NFD) is the same text.
        let nfd: String = "Đẩy mạnh ứng dụng".nfd().collect();
        assert_eq!(found(&nfd), Some("Đẩy mạnh".into()));
        assert_eq!(
            vague_phrase("Tăng cường ứng dụng CNTT").map(|p| p.1),
            Some("ứng dụng CNTT".into())
        );
        // Whole words only: "nâng cấp" is not "nâng cao".
        assert_eq!(found("Nâng cấp trung tâm dữ liệu"), None);
        assert_eq!(found("tăng cường độ"), Some("tăng cường".into()));
        assert_eq!(found("hoàn thiệnx"), None);
    }

    #[test]
    fn rewrites_name_a_measure() {
        assert_eq!(
            measure_of("nâng tỷ lệ hồ sơ trực tuyến"),
            "tỷ lệ hồ sơ trực tuyến"
        );
        assert_eq!(measure_of("hạ tầng kỹ thuật"), "tỷ lệ hạ tầng kỹ thuật");
        assert_eq!(
            measure_of("chất lượng dịch vụ công"),
            "mức độ hài lòng của người dân, doanh nghiệp về chất lượng dịch vụ công"
        );
        assert_eq!(measure_of("số dịch vụ công"), "số dịch vụ công");
    }

    #[test]
    fn first_letter_lowered_but_not_acronyms() {
        assert_eq!(lower_first("Tỷ lệ hồ sơ"), "tỷ lệ hồ sơ");
        assert_eq!(lower_first("CNTT"), "CNTT");
        assert_eq!(lower_first(""), "");
    }
}
