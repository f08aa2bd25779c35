//! Self-checks of the generated approval documents (framework note D.11): the
//! model must give `build` what a Decree 30 decision and submission need.

use crate::diagnostic::Msg;
use crate::legal::{citations, signature, vi};
use crate::model::manifest::Signer;
use crate::model::{Date, Model, OrgLevel};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::section_or_manifest;
use crate::source::Span;
use unicode_normalization::UnicodeNormalization;

crate::declare_rules! {
    /// ## What it checks
    /// An architecture with `status: approved` declares its `decision` in the
    /// manifest, with a signer's name and title, so that the generated decision
    /// has all nine main components of Decree 30/2020 (Art. 8.2): national
    /// motto, issuing agency, number and symbol, place and date, type and
    /// summary, content, position and name of the signer, seal, recipients.
    ///
    /// ## Why
    /// A draft may leave the number, the date and the signature blank; an
    /// approved decision may not.
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Art. 8.2.
    ///
    /// ## Example
    /// Fails: `status: approved` with no `decision:` block.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Kiến trúc có `status: approved` khai báo quyết định (`decision`) trong tệp khai
    /// báo chung, với họ tên và chức vụ người ký, để quyết định được sinh ra có đủ chín
    /// thành phần chính theo khoản 2 Điều 8 Nghị định 30/2020: quốc hiệu và tiêu ngữ,
    /// tên cơ quan ban hành, số và ký hiệu, địa danh và thời gian ban hành, tên loại và
    /// trích yếu nội dung, nội dung, chức vụ và họ tên người có thẩm quyền, dấu, nơi nhận.
    ///
    /// ### Vì sao
    /// Bản dự thảo có thể để trống số, ngày và chữ ký; quyết định đã ban hành thì không.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, khoản 2 Điều 8.
    ///
    /// ### Ví dụ
    /// Không đạt: `status: approved` mà không có phần `decision:`.
    DEC_COMPONENTS = ("FW1-DEC-001", Error, "approved decision has every Decree 30 component", "quyết định đã ban hành có đủ các thành phần theo Nghị định 30/2020", Stated, "Decree 30/2020/NĐ-CP Art. 8.2");

    /// ## What it checks
    /// The decision is numbered `<n>/QĐ-UBND` and the submission `<n>/TTr-STTTT`,
    /// with numbers below 10 written with a leading zero (`05/QĐ-UBND`).
    ///
    /// ## Why
    /// The number and symbol identify the document for the whole year; the
    /// type codes are fixed by Decree 30 (QĐ, TTr — there is no ASCII "QD").
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, II.3 and Phụ lục III; observed in
    /// 383/QĐ-UBND (Thừa Thiên Huế), 503/QĐ-UBND (Bắc Giang), 151/TTr-STTTT (Gia Lai).
    ///
    /// ## Example
    /// Fails: `number: 2791/QD-UBND` or `number: 5/QĐ-UBND`. Passes: `2791/QĐ-UBND`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Quyết định được đánh số `<n>/QĐ-UBND` và tờ trình `<n>/TTr-STTTT`, số nhỏ hơn 10
    /// viết thêm số 0 ở trước (`05/QĐ-UBND`).
    ///
    /// ### Vì sao
    /// Số và ký hiệu xác định văn bản trong cả năm; chữ viết tắt tên loại văn bản do
    /// Nghị định 30 quy định (QĐ, TTr — không có dạng "QD" không dấu).
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.3 và Phụ lục III; thực tế tại
    /// 383/QĐ-UBND (Thừa Thiên Huế), 503/QĐ-UBND (Bắc Giang), 151/TTr-STTTT (Gia Lai).
    ///
    /// ### Ví dụ
    /// Không đạt: `number: 2791/QD-UBND` hoặc `number: 5/QĐ-UBND`. Đạt: `2791/QĐ-UBND`.
    DEC_NUMBER = ("FW1-DEC-002", Error, "number and symbol follow the pattern", "số, ký hiệu văn bản đúng mẫu", Stated, "Decree 30/2020/NĐ-CP Phụ lục I II.3, Phụ lục III");

    /// ## What it checks
    /// The căn cứ of the decision can include the instruments of the declared
    /// framework version: for 1.0, Công văn 1178/BTTTT-THH (21/4/2015) and
    /// Công văn 2384/BTTTT-THH (28/7/2015). The decision (or, before it exists,
    /// the submission) must not be dated before them.
    ///
    /// ## Why
    /// `build` cites the instruments in force on the decision's date; a
    /// decision dated before the framework it applies has a wrong date.
    ///
    /// ## Basis
    /// Practice of the 1.0 decisions (Thừa Thiên Huế 383, Bắc Giang 503, Gia Lai 796).
    ///
    /// ## Example
    /// Fails: `decision: { date: 2015-03-01, … }` with `framework: "1.0"`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Phần căn cứ của quyết định có thể gồm các văn bản ban hành phiên bản khung kiến
    /// trúc đã khai báo: với phiên bản 1.0 là Công văn 1178/BTTTT-THH (21/4/2015) và
    /// Công văn 2384/BTTTT-THH (28/7/2015). Ngày của quyết định (hoặc, khi chưa có
    /// quyết định, ngày của tờ trình) không được trước ngày các văn bản đó.
    ///
    /// ### Vì sao
    /// Lệnh `build` viện dẫn các văn bản có hiệu lực vào ngày ký quyết định; một quyết
    /// định đề ngày trước cả khung kiến trúc mà nó áp dụng là bị ghi sai ngày.
    ///
    /// ### Căn cứ
    /// Thực tiễn các quyết định phê duyệt theo khung 1.0 (Thừa Thiên Huế 383, Bắc Giang
    /// 503, Gia Lai 796).
    ///
    /// ### Ví dụ
    /// Không đạt: `decision: { date: 2015-03-01, … }` với `framework: "1.0"`.
    DEC_FRAMEWORK_BASIS = ("FW1-DEC-003", Warning, "căn cứ include the framework of the declared version", "căn cứ có văn bản ban hành Khung Kiến trúc của phiên bản khai báo", Stated, "practice: 383/QĐ-UBND, 503/QĐ-UBND, 796/QĐ-UBND");

    /// ## What it checks
    /// Where the model cites a legal instrument of the curated table with a
    /// date (a declared `regulations` entry, a review's source document, or
    /// text such as "Luật Công nghệ thông tin ngày 29/6/2016"), the date is the
    /// instrument's real date.
    ///
    /// ## Why
    /// Real decisions cited Luật Giao dịch điện tử as 2015 (it is 29/11/2005)
    /// and Luật Công nghệ thông tin as 2016 (29/6/2006). Text in the model is
    /// printed in the documents.
    ///
    /// ## Basis
    /// Framework note D.11 and I.10; dates from the codified law (Bộ pháp điển).
    ///
    /// ## Example
    /// Fails: a description saying "theo Luật Công nghệ thông tin ngày 29/6/2016".
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Khi mô hình viện dẫn một văn bản quy phạm pháp luật có trong bảng đối chiếu kèm
    /// ngày ban hành (văn bản nguồn của một ý kiến thẩm định, hoặc đoạn văn như "Luật
    /// Công nghệ thông tin ngày 29/6/2016"), ngày đó phải là ngày ban hành thật của văn bản.
    ///
    /// ### Vì sao
    /// Có quyết định thực tế đã viện dẫn Luật Giao dịch điện tử là năm 2015 (thực ra là
    /// 29/11/2005) và Luật Công nghệ thông tin là năm 2016 (thực ra là 29/6/2006). Văn
    /// bản trong mô hình được in nguyên vào các văn bản được sinh ra.
    ///
    /// ### Căn cứ
    /// Ghi chú D.11 và I.10 của khung; ngày ban hành theo Bộ pháp điển.
    ///
    /// ### Ví dụ
    /// Không đạt: một đoạn mô tả ghi "theo Luật Công nghệ thông tin ngày 29/6/2016".
    DEC_BASIS_DATES = ("FW1-DEC-004", Warning, "cited instruments carry their real dates", "văn bản được viện dẫn đúng ngày ban hành", Inferred, "curated citation table (framework note D.11)");

    /// ## What it checks
    /// The signer agrees with the authority (Decree 30/2020, Art. 13): a
    /// decision of the People's Committee is signed "TM. ỦY BAN NHÂN DÂN /
    /// CHỦ TỊCH" or "… / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; a decision of the chairman
    /// "CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; the department's submission
    /// "GIÁM ĐỐC" or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
    ///
    /// ## Why
    /// A collective body signs "thay mặt" (TM.), a head-led body does not; a
    /// deputy always signs "ký thay" (KT.) for the head.
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Art. 13; Phụ lục I, II.7.
    ///
    /// ## Example
    /// Fails: `authority: people-committee` with `signer: { title: PHÓ CHỦ TỊCH, mode: TM. }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Thể thức ký phù hợp với thẩm quyền ban hành (Điều 13 Nghị định 30/2020): quyết
    /// định của Ủy ban nhân dân ký "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" hoặc "… / KT. CHỦ
    /// TỊCH / PHÓ CHỦ TỊCH"; quyết định của Chủ tịch ký "CHỦ TỊCH" hoặc "KT. CHỦ TỊCH /
    /// PHÓ CHỦ TỊCH"; tờ trình của Sở ký "GIÁM ĐỐC" hoặc "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
    ///
    /// ### Vì sao
    /// Cơ quan làm việc theo chế độ tập thể ký "thay mặt" (TM.), cơ quan làm việc theo
    /// chế độ thủ trưởng thì không; cấp phó luôn ký "ký thay" (KT.) người đứng đầu.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I mục II.7.
    ///
    /// ### Ví dụ
    /// Không đạt: `authority: people-committee` với `signer: { title: PHÓ CHỦ TỊCH, mode: TM. }`.
    DEC_SIGNATURE = ("FW1-DEC-005", Error, "signature block agrees with the authority", "thể thức ký phù hợp với thẩm quyền ban hành", Stated, "Decree 30/2020/NĐ-CP Art. 13");

    /// ## What it checks
    /// A declared decision is proposed by a declared submission (the line
    /// "Theo đề nghị của Giám đốc Sở … tại Tờ trình số …") dated no later than
    /// the decision.
    ///
    /// ## Why
    /// The decision cites the submission by number and date; a submission dated
    /// after the decision it proposes is a typo in one of the two dates.
    ///
    /// ## Basis
    /// Practice: Đà Nẵng 7303/QĐ-UBND, Gia Lai 796/QĐ-UBND.
    ///
    /// ## Example
    /// Fails: `submission.date: 2018-09-30` with `decision.date: 2018-09-28`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Quyết định đã khai báo được đề nghị bởi một tờ trình đã khai báo (dòng "Theo đề
    /// nghị của Giám đốc Sở … tại Tờ trình số …") có ngày không muộn hơn ngày quyết định.
    ///
    /// ### Vì sao
    /// Quyết định viện dẫn tờ trình theo số và ngày; một tờ trình đề ngày sau quyết
    /// định mà nó đề nghị là bị gõ nhầm một trong hai ngày.
    ///
    /// ### Căn cứ
    /// Thực tiễn: Đà Nẵng 7303/QĐ-UBND, Gia Lai 796/QĐ-UBND.
    ///
    /// ### Ví dụ
    /// Không đạt: `submission.date: 2018-09-30` với `decision.date: 2018-09-28`.
    DEC_SUBMISSION_FIRST = ("FW1-DEC-006", Warning, "submission dated before the decision", "tờ trình có ngày trước quyết định", Stated, "practice: 7303/QĐ-UBND, 796/QĐ-UBND");

    /// ## What it checks
    /// Text printed in the documents is Vietnamese Unicode (TCVN 6909:2001):
    /// no text typed in a legacy font encoding (TCVN3/ABC, VNI), which shows as
    /// "Së Th«ng tin", and no control or private-use characters.
    ///
    /// ## Why
    /// Decree 30 requires Unicode text per TCVN 6909:2001. Names pasted from
    /// old documents often keep their legacy encoding and print as garbage.
    /// (The rest of the Decree 30 layout — A4, margins, font, page numbers — is
    /// fixed by the generator and tested with it.)
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, I.4.
    ///
    /// ## Example
    /// Fails: `name: "Së Th«ng tin vµ TruyÒn th«ng"`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Văn bản được in vào các tài liệu là tiếng Việt Unicode (TCVN 6909:2001): không
    /// có chữ gõ theo bảng mã phông cũ (TCVN3/ABC, VNI), hiện ra thành "Së Th«ng tin",
    /// và không có ký tự điều khiển hay ký tự dùng riêng.
    ///
    /// ### Vì sao
    /// Nghị định 30 yêu cầu văn bản dùng bộ mã Unicode theo TCVN 6909:2001. Tên sao
    /// chép từ văn bản cũ thường vẫn giữ bảng mã cũ và bị in ra thành chữ vô nghĩa.
    /// (Các yêu cầu thể thức khác của Nghị định 30 — khổ A4, lề, phông chữ, số trang —
    /// do bộ sinh văn bản bảo đảm và được kiểm thử cùng với nó.)
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I mục I.4.
    ///
    /// ### Ví dụ
    /// Không đạt: `name: "Së Th«ng tin vµ TruyÒn th«ng"`.
    DEC_UNICODE = ("FW1-DEC-007", Error, "document text is Unicode (TCVN 6909:2001)", "văn bản dùng bộ mã Unicode (TCVN 6909:2001)", Stated, "Decree 30/2020/NĐ-CP Phụ lục I, I.4");

    /// ## What it checks
    /// The responsibilities (Điều 2, tổ chức thực hiện) assign duties to the
    /// architecture's maintainer (Sở TT&TT), to the Sở Kế hoạch và Đầu tư and
    /// the Sở Tài chính (funding), and to at least one district-level People's
    /// Committee; and each agency has one entry (a second would assign its
    /// duties twice; give entries an `id` to waive this for one of them).
    ///
    /// ## Why
    /// A submission was sent back for lacking "a task list with the
    /// responsibility of each agency"; approved decisions assign these four.
    ///
    /// ## Basis
    /// Phú Thọ 808/QĐ-UBND, Vĩnh Phúc 2795/QĐ-UBND, Đà Nẵng 7303/QĐ-UBND.
    ///
    /// ## Example
    /// Fails: `responsibilities` naming only `so-tttt`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Phần phân công trách nhiệm (Điều 2, tổ chức thực hiện) giao nhiệm vụ cho cơ
    /// quan chủ trì kiến trúc (Sở TT&TT), cho Sở Kế hoạch và Đầu tư và Sở Tài chính
    /// (bố trí kinh phí), và cho ít nhất một Ủy ban nhân dân cấp huyện.
    ///
    /// ### Vì sao
    /// Đã có tờ trình bị trả lại vì thiếu "danh mục nhiệm vụ kèm trách nhiệm của từng
    /// cơ quan"; các quyết định đã được phê duyệt đều phân công bốn đối tượng này.
    ///
    /// ### Căn cứ
    /// Phú Thọ 808/QĐ-UBND, Vĩnh Phúc 2795/QĐ-UBND, Đà Nẵng 7303/QĐ-UBND.
    ///
    /// ### Ví dụ
    /// Không đạt: `responsibilities` chỉ nêu `so-tttt`.
    DEC_IMPLEMENTATION = ("FW1-DEC-008", Warning, "implementation article assigns the key agencies", "điều khoản tổ chức thực hiện phân công các cơ quan chủ yếu", Stated, "practice: 808/QĐ-UBND, 2795/QĐ-UBND, 7303/QĐ-UBND");
}

fn components(cx: &Context, sink: &mut Sink) {
    let Some(m) = &cx.model.manifest else { return };
    match &m.decision {
        None if m.architecture.status.value == crate::model::manifest::DraftState::Approved => {
            sink.report(
                Some(m.architecture.status.span),
                None,
                Msg::new(
                    "the architecture is approved but the manifest declares no `decision`: the decision would have no number, date or signer",
                    "kiến trúc đã được phê duyệt nhưng tệp khai báo chưa có `decision`: quyết định sẽ thiếu số, ngày và người ký",
                ),
                Msg::new(
                    "add `decision: { number: …/QĐ-UBND, date: YYYY-MM-DD, authority: people-committee, signer: { name: …, title: …, mode: … } }`",
                    "thêm `decision: { number: …/QĐ-UBND, date: YYYY-MM-DD, authority: people-committee, signer: { name: …, title: …, mode: … } }`",
                ),
            )
            .in_field("decision");
        }
        None => {}
        Some(d) => blank_signer(&d.signer, "decision", sink),
    }
    if let Some(s) = &m.submission {
        blank_signer(&s.signer, "submission", sink);
    }
}

fn blank_signer(signer: &Signer, document: &str, sink: &mut Sink) {
    for (value, en, vi_, key) in [
        (
            &signer.name,
            "the signer's full name is empty",
            "họ tên người ký đang để trống",
            "name",
        ),
        (
            &signer.title,
            "the signer's title is empty",
            "chức vụ người ký đang để trống",
            "title",
        ),
    ] {
        if vi::normalize(value).is_empty() {
            sink.report(
                Some(value.span),
                None,
                Msg::new(en, vi_),
                Msg::new(
                    "Decree 30 requires the position and full name of the signer (Art. 8.2)",
                    "Nghị định 30 yêu cầu ghi chức vụ, họ tên người ký (Điều 8.2)",
                ),
            )
            .in_field(format!("{document}.signer.{key}"));
        }
    }
}

/// Which document a number belongs to: its type code and issuer code.
struct Pattern {
    type_code: &'static str,
    issuer: &'static str,
    doc_en: &'static str,
    doc_vi: &'static str,
}

const DECISION: Pattern = Pattern {
    type_code: "QĐ",
    issuer: "UBND",
    doc_en: "decision",
    doc_vi: "quyết định",
};
const SUBMISSION: Pattern = Pattern {
    type_code: "TTr",
    issuer: "STTTT",
    doc_en: "submission",
    doc_vi: "tờ trình",
};

/// Folds Đ to D and upper-cases, to recognise "QD-UBND" or "TTR-STTTT".
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'Đ' | 'đ' => 'D',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// `Ok` if `number` matches; otherwise the corrected form, when one is clear.
fn check_number(number: &str, p: &Pattern) -> Result<(), Option<String>> {
    let number: String = number.trim().nfc().collect();
    let symbol = format!("{}-{}", p.type_code, p.issuer);
    let Some((n, sym)) = number.split_once('/') else {
        return Err(None);
    };
    let digits_ok = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    let value: Option<u32> = if digits_ok { n.parse().ok() } else { None };
    let canonical_n = value.filter(|v| *v > 0).map(|v| format!("{v:02}"));
    let sym_ok = sym == symbol;
    let sym_fixable = fold(sym) == fold(&symbol);
    match (&canonical_n, sym_ok) {
        (Some(c), true) if c == n => Ok(()),
        (Some(c), _) if sym_ok || sym_fixable => Err(Some(format!("{c}/{symbol}"))),
        _ => Err(None),
    }
}

fn number(cx: &Context, sink: &mut Sink) {
    let Some(m) = &cx.model.manifest else { return };
    let items = [
        (m.decision.as_ref().map(|d| &d.number), DECISION),
        (m.submission.as_ref().map(|s| &s.number), SUBMISSION),
    ];
    for ((number, p), field) in items
        .into_iter()
        .zip(["decision.number", "submission.number"])
    {
        let Some(number) = number else { continue };
        if let Err(fix) = check_number(number, &p) {
            let help = match fix {
                Some(f) => crate::msg_args!("write `{0}`", "viết là `{0}`", f),
                None => crate::msg_args!(
                    "a {0} is numbered `<n>/{1}-{2}`, numbers below 10 with a leading zero (Decree 30/2020, Phụ lục I, II.3)",
                    "số, ký hiệu {3} theo mẫu `<số>/{1}-{2}`, số nhỏ hơn 10 thêm số 0 phía trước (Nghị định 30/2020, Phụ lục I, II.3)",
                    p.doc_en,
                    p.type_code,
                    p.issuer,
                    p.doc_vi
                ),
            };
            sink.report(
                Some(number.span),
                None,
                crate::msg_args!(
                    "the {0} number `{1}` does not follow `<n>/{2}-{3}`",
                    "số, ký hiệu {4} `{1}` không đúng mẫu `<số>/{2}-{3}`",
                    p.doc_en,
                    number.as_str(),
                    p.type_code,
                    p.issuer,
                    p.doc_vi
                ),
                help,
            )
            .in_field(field);
        }
    }
}

fn framework_basis(cx: &Context, sink: &mut Sink) {
    let Some(m) = &cx.model.manifest else { return };
    let dated = m
        .decision
        .as_ref()
        .map(|d| (&d.date, "decision", "quyết định"))
        .or_else(|| {
            m.submission
                .as_ref()
                .map(|s| (&s.date, "submission", "tờ trình"))
        });
    let Some((date, en, vi_)) = dated else { return };
    for key in citations::framework_instruments(m.framework.value) {
        let Some(inst) = citations::by_key(key) else {
            continue;
        };
        if !inst.applies(m.framework.value, date.value) {
            sink.report(
                Some(date.span),
                None,
                crate::msg_args!("the {0} is dated {1}, before {2} of {3}: its căn cứ cannot cite the framework it applies", "{4} ghi ngày {5}, trước {2} ngày {3}: phần căn cứ không thể viện dẫn văn bản ban hành Khung Kiến trúc", en, date.value, inst.short(), vi::date_short(inst.date), vi_, vi::date_short(date.value)),
                Msg::new(
                    "check the date, or the declared `framework` version",
                    "kiểm tra lại ngày, hoặc phiên bản `framework` đã khai báo",
                ),
            )
            .in_field(format!("{en}.date"));
        }
    }
}

/// One piece of model text that the documents print, with where it is.
struct Printed<'a> {
    text: &'a str,
    span: Option<Span>,
    element: Option<&'a str>,
    /// The element's field the text is in, when it is an element's.
    field: Option<&'static str>,
}

/// Names the field of an element's text and labels the element's id when
/// the finding points elsewhere (at its description, say).
fn label_owner(d: &mut crate::diagnostic::Diagnostic, cx: &Context, p: &Printed) {
    let Some(field) = p.field else { return };
    d.in_field(field);
    if let Some(&(kind, id_span)) = p.element.and_then(|id| cx.index.ids.get(id))
        && Some(id_span) != p.span
        && id_span.file == p.span.map_or(id_span.file, |s| s.file)
    {
        d.also_at(id_span, crate::rules::query::in_this(kind));
    }
}

/// Every name and free text of the model that the documents print.
fn collect<'a>(model: &'a Model, extras: &'a crate::model::Extras) -> Vec<Printed<'a>> {
    let mut out = Vec::new();
    for e in model.elements() {
        out.push(Printed {
            text: e.name.as_str(),
            span: Some(e.name.span),
            element: Some(e.id.as_str()),
            field: Some("name"),
        });
    }
    macro_rules! descriptions {
        ($($section:ident),*) => {$(
            for e in &model.$section {
                if let Some(d) = &e.description {
                    // The description itself when its place is known, else the element.
                    let span = e.spans.value("description").unwrap_or(e.id.span);
                    out.push(Printed { text: d, span: Some(span), element: Some(e.id.as_str()), field: Some("description") });
                }
            }
        )*};
    }
    descriptions!(
        organizations,
        actors,
        channels,
        services,
        applications,
        databases,
        catalogs,
        exchanges,
        infrastructure,
        controls,
        objectives,
        phases,
        tasks,
        solutions,
        standards,
        reviews
    );
    for o in &model.objectives {
        if let Some(metric) = &o.metric {
            out.push(Printed {
                text: metric,
                span: Some(metric.span),
                element: Some(o.id.as_str()),
                field: Some("metric"),
            });
        }
    }
    for p in &model.phases {
        if let Some(focus) = &p.focus {
            out.push(Printed {
                text: focus,
                span: Some(p.spans.value("focus").unwrap_or(p.id.span)),
                element: Some(p.id.as_str()),
                field: Some("focus"),
            });
        }
    }
    for r in &model.reviews {
        out.push(Printed {
            text: &r.comment,
            span: Some(r.comment.span),
            element: Some(r.id.as_str()),
            field: Some("comment"),
        });
        if let Some(resp) = &r.response {
            out.push(Printed {
                text: resp,
                span: Some(resp.span),
                element: Some(r.id.as_str()),
                field: Some("response"),
            });
        }
    }
    for r in &extras.responsibilities {
        for d in &r.duties {
            out.push(Printed {
                text: d,
                span: Some(r.agency.span),
                element: None,
                field: None,
            });
        }
    }
    if let Some(m) = &model.manifest {
        let a = &m.architecture;
        out.push(Printed {
            text: &a.name,
            span: Some(a.name.span),
            element: None,
            field: None,
        });
        out.push(Printed {
            text: &a.province.name,
            span: Some(a.province.name.span),
            element: None,
            field: None,
        });
        for s in [
            m.decision.as_ref().map(|d| &d.signer),
            m.submission.as_ref().map(|s| &s.signer),
        ]
        .into_iter()
        .flatten()
        {
            out.push(Printed {
                text: &s.name,
                span: Some(s.name.span),
                element: None,
                field: None,
            });
            out.push(Printed {
                text: &s.title,
                span: Some(s.title.span),
                element: None,
                field: None,
            });
        }
        for t in [&a.note, &a.update_process, &a.province.place]
            .into_iter()
            .flatten()
        {
            out.push(Printed {
                text: t,
                span: model.manifest_span,
                element: None,
                field: None,
            });
        }
    }
    out
}

/// A date written after a citation: "ngày 29 tháng 6 năm 2006", "ngày 29/6/2006" or "29/06/2006".
fn parse_date_after(text: &str) -> Option<Date> {
    let t = text.trim_start();
    let t = t.strip_prefix(',').unwrap_or(t).trim_start();
    let t = t.strip_prefix("ngày").unwrap_or(t).trim_start();
    let number = |s: &str| -> Option<(u32, usize)> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        if end == 0 || end > 4 {
            return None;
        }
        Some((s[..end].parse().ok()?, end))
    };
    let (day, n) = number(t)?;
    let rest = &t[n..];
    let (month, year) = if let Some(r) = rest.strip_prefix('/') {
        let (month, n) = number(r)?;
        let (year, _) = number(r[n..].strip_prefix('/')?)?;
        (month, year)
    } else {
        let r = rest.trim_start().strip_prefix("tháng")?.trim_start();
        let (month, n) = number(r)?;
        let r = r[n..].trim_start().strip_prefix("năm")?.trim_start();
        let (year, _) = number(r)?;
        (month, year)
    };
    Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
}

/// Instruments of the table cited in `text` with a date other than theirs.
/// What each instrument looks like in running text, lower-cased once per process.
fn needles() -> &'static [(&'static citations::Instrument, String)] {
    static NEEDLES: std::sync::OnceLock<Vec<(&'static citations::Instrument, String)>> =
        std::sync::OnceLock::new();
    NEEDLES.get_or_init(|| {
        citations::INSTRUMENTS
            .iter()
            .map(|inst| {
                let needle = match inst.kind {
                    citations::Kind::Law => format!("luật {}", inst.title.to_lowercase()),
                    citations::Kind::Numbered => inst.number.to_lowercase(),
                };
                (inst, needle)
            })
            .collect()
    })
}

fn wrong_citations(text: &str) -> Vec<(&'static citations::Instrument, Date)> {
    // A citation with a wrong date needs an instrument and a date: most names
    // and descriptions have neither and are skipped without allocating.
    // Numbered instruments carry a '/', laws the word "luật".
    let may_cite = text.contains('/') || text.contains("uật") || text.contains("UẬT");
    if !may_cite || !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let hay: String = text.nfc().collect::<String>().to_lowercase();
    let mut out = Vec::new();
    for (inst, needle) in needles() {
        let inst = *inst;
        let mut from = 0;
        while let Some(pos) = hay[from..].find(needle.as_str()) {
            let after = from + pos + needle.len();
            if let Some(d) = parse_date_after(&hay[after..])
                && d != inst.date
            {
                out.push((inst, d));
            }
            from = after;
        }
    }
    out
}

fn basis_dates(cx: &Context, sink: &mut Sink) {
    fn wrong<'s>(
        sink: &'s mut Sink,
        inst: &citations::Instrument,
        found: Date,
        span: Option<Span>,
        element: Option<&str>,
    ) -> &'s mut crate::diagnostic::Diagnostic {
        sink.report(
            span,
            element,
            crate::msg_args!(
                "{0} is dated {1}, not {2}",
                "{0} ban hành {3}, không phải {4}",
                inst.short(),
                vi::date_short(inst.date),
                vi::date_short(found),
                vi::date_long(inst.date),
                vi::date_long(found)
            ),
            crate::msg_args!("write {0}", "sửa thành {0}", vi::date_long(inst.date)),
        )
    }
    for r in &cx.model.reviews {
        if let Some(inst) = citations::by_number(&r.document.number)
            && inst.date != r.document.date.value
        {
            wrong(
                sink,
                inst,
                r.document.date.value,
                Some(r.document.date.span),
                Some(r.id.as_str()),
            )
            .in_field("document.date");
        }
    }
    for r in &cx.model.regulations {
        let Some(date) = &r.date else { continue };
        let inst = r
            .number
            .as_ref()
            .and_then(|n| citations::by_number(n))
            .or_else(|| law_named(&r.name));
        if let Some(inst) = inst
            && inst.date != date.value
        {
            wrong(sink, inst, date.value, Some(date.span), Some(r.id.as_str()));
        }
    }
    for p in collect(cx.model, cx.extras) {
        for (inst, found) in wrong_citations(p.text) {
            let d = wrong(sink, inst, found, p.span, p.element);
            label_owner(d, cx, &p);
        }
    }
}

/// The law of the table a regulation's name names: "Luật Công nghệ thông tin".
fn law_named(name: &str) -> Option<&'static citations::Instrument> {
    let name = vi::normalize(name).to_lowercase();
    needles()
        .iter()
        .find(|(inst, needle)| {
            inst.kind == citations::Kind::Law
                && name.starts_with(needle.as_str())
                && name[needle.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|(inst, _)| *inst)
}

fn signature_agreement(cx: &Context, sink: &mut Sink) {
    let Some(m) = &cx.model.manifest else { return };
    let at = |s: &Signer| s.mode.as_ref().map_or(s.title.span, |m| m.span);
    if let Some(d) = &m.decision
        && let (_, Some(problem)) = signature::decision(d.authority.value, &d.signer)
    {
        sink.report(Some(at(&d.signer)), None, problem.message, problem.help)
            .in_field("decision.signer");
    }
    if let Some(s) = &m.submission
        && let (_, Some(problem)) = signature::submission(&s.signer)
    {
        sink.report(Some(at(&s.signer)), None, problem.message, problem.help)
            .in_field("submission.signer");
    }
}

fn submission_first(cx: &Context, sink: &mut Sink) {
    let Some(m) = &cx.model.manifest else { return };
    let Some(d) = &m.decision else { return };
    match &m.submission {
        None => {
            sink.report(
                Some(d.number.span),
                None,
                Msg::new(
                    "the decision is declared but no `submission` proposes it",
                    "đã khai báo quyết định nhưng chưa khai báo tờ trình (`submission`) đề nghị ban hành",
                ),
                Msg::new(
                    "add `submission: { number: …/TTr-STTTT, date: …, signer: … }`: the decision cites it in \"Theo đề nghị của …\"",
                    "thêm `submission: { number: …/TTr-STTTT, date: …, signer: … }`: quyết định viện dẫn tờ trình tại dòng \"Theo đề nghị của …\"",
                ),
            )
            .in_field("submission");
        }
        Some(s) if s.date.value > d.date.value => {
            let report = sink.report(
                Some(s.date.span),
                None,
                crate::msg_args!(
                    "the submission is dated {0}, after the decision it proposes ({1})",
                    "tờ trình ghi ngày {2}, sau ngày của quyết định ({3})",
                    s.date.value,
                    d.date.value,
                    vi::date_short(s.date.value),
                    vi::date_short(d.date.value)
                ),
                Msg::new(
                    "one of the two dates is wrong: the submission comes first",
                    "một trong hai ngày bị sai: tờ trình phải có trước quyết định",
                ),
            );
            report.in_field("submission.date");
            report.secondary.push(crate::diagnostic::Label {
                span: d.date.span,
                text: Some(Msg::new("the decision's date", "ngày của quyết định")),
            });
        }
        Some(_) => {}
    }
}

/// Characters of the legacy TCVN3 (ABC) and VNI encodings that never occur in
/// Vietnamese Unicode text: "Së Th«ng tin vµ TruyÒn th«ng".
const LEGACY: &[char] = &[
    '«', '»', 'µ', '¸', '¶', '·', '¹', '¨', '©', 'ª', '®', '¬', '±', '²', '³', '´', '¼', '½', '¾',
    '¿', '¡', '¢', '£', '¤', '¥', '¦', '§', 'Ä', 'Å', 'Æ', 'Ç', 'Ë', 'Î', 'Ï', 'Ñ', 'Ö', '×', 'Ø',
    'Þ', 'ß', 'ä', 'å', 'æ', 'ç', 'ë', 'î', 'ï', 'ñ', 'ö', '÷', 'ø', 'û', 'ü', 'þ', 'ÿ', 'Ò', 'Ó',
];

fn unicode_problem(text: &str) -> Option<(&'static str, &'static str)> {
    // Plain ASCII can only fail by a control character; most ids and codes are ASCII.
    let bad_ascii = |b: u8| b.is_ascii_control() && !matches!(b, b'\n' | b'\t' | b'\r');
    if text.is_ascii() && !text.bytes().any(bad_ascii) {
        return None;
    }
    if text.chars().any(|c| {
        ('\u{E000}'..='\u{F8FF}').contains(&c)
            || c == '\u{FFFD}'
            || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    }) {
        return Some((
            "contains control, replacement or private-use characters",
            "chứa ký tự điều khiển, ký tự thay thế hoặc ký tự vùng dùng riêng",
        ));
    }
    let legacy = text.chars().filter(|c| LEGACY.contains(c)).count();
    (legacy >= 2).then_some((
        "looks typed in a legacy font encoding (TCVN3/ABC or VNI), not Unicode",
        "có vẻ được gõ bằng bộ mã cũ (TCVN3/ABC hoặc VNI), không phải Unicode",
    ))
}

fn unicode(cx: &Context, sink: &mut Sink) {
    for p in collect(cx.model, cx.extras) {
        if let Some((en, vi_)) = unicode_problem(p.text) {
            let shown: String = p.text.chars().take(40).collect();
            let d = sink.report(
                p.span,
                p.element,
                crate::msg_args!("the text `{0}` {1}", "đoạn văn bản `{0}` {2}", shown, en, vi_),
                Msg::new(
                    "retype it in Unicode, or convert it (e.g. with UniKey's converter) from TCVN3/VNI to Unicode",
                    "gõ lại bằng Unicode, hoặc chuyển mã (ví dụ bằng công cụ chuyển mã của UniKey) từ TCVN3/VNI sang Unicode",
                ),
            );
            label_owner(d, cx, &p);
        }
    }
}

fn implementation(cx: &Context, sink: &mut Sink) {
    let Some(m) = &cx.model.manifest else { return };
    let assigned = |id: &str| {
        cx.extras
            .responsibilities
            .iter()
            .any(|r| r.agency.as_str() == id)
    };
    let span = section_or_manifest(cx.model, "responsibilities");
    let mut missing: Vec<(String, String, String)> = Vec::new();
    let maintainer = m.architecture.maintainer.as_str();
    if !assigned(maintainer) {
        missing.push((
            format!("the maintainer `{maintainer}` (Sở TT&TT)"),
            format!("đơn vị duy trì kiến trúc `{maintainer}` (Sở TT&TT)"),
            "publish, guide, monitor and update the architecture".into(),
        ));
    }
    for (needle, en, vi_, duty) in [
        (
            "kế hoạch và đầu tư",
            "the Department of Planning and Investment",
            "Sở Kế hoạch và Đầu tư",
            "balance and integrate funding for the architecture's tasks",
        ),
        (
            "tài chính",
            "the Department of Finance",
            "Sở Tài chính",
            "allocate recurrent funding for the tasks",
        ),
    ] {
        let found = cx.model.organizations.iter().find(|o| {
            o.level.value == OrgLevel::Department
                && vi::normalize(&o.name).to_lowercase().contains(needle)
        });
        if !found.is_some_and(|o| assigned(o.id.as_str())) {
            missing.push((en.into(), vi_.into(), duty.into()));
        }
    }
    let district = cx
        .model
        .organizations
        .iter()
        .any(|o| matches!(o.level.value, OrgLevel::District) && assigned(o.id.as_str()));
    if !district {
        missing.push((
            "the district-level People's Committees".into(),
            "Ủy ban nhân dân cấp huyện".into(),
            "build their systems in compliance with the architecture".into(),
        ));
    }
    // One agency, one paragraph of Điều 2: a second entry for it is a split or a copy.
    let mut first: std::collections::HashMap<&str, &crate::model::Responsibility> =
        std::collections::HashMap::new();
    for r in &cx.extras.responsibilities {
        let agency = r.agency.as_str();
        let Some(earlier) = first.get(agency).copied() else {
            first.insert(agency, r);
            continue;
        };
        let d = sink.report(
            Some(r.agency.span),
            r.id.as_ref().map(|id| id.as_str()),
            crate::msg_args!("`{0}` has a second responsibilities entry: the decision would assign its duties twice", "`{0}` có hai mục phân công trách nhiệm: quyết định sẽ giao nhiệm vụ cho cơ quan này hai lần", agency),
            Msg::new(
                "merge the duties into one entry for the agency",
                "gộp các nhiệm vụ vào một mục cho cơ quan này",
            ),
        );
        d.secondary.push(crate::diagnostic::Label {
            span: earlier.agency.span,
            text: Some(Msg::new("first entry", "mục thứ nhất")),
        });
    }
    for (en, vi_, duty) in missing {
        sink.report(
            span,
            None,
            crate::msg_args!(
                "the implementation article assigns no duties to {0}",
                "điều khoản tổ chức thực hiện chưa phân công nhiệm vụ cho {1}",
                en,
                vi_
            ),
            crate::msg_args!(
                "add a `responsibilities` entry for it (e.g. to {0})",
                "thêm một mục `responsibilities` cho {1}",
                duty,
                vi_
            ),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &DEC_COMPONENTS,
        check: components,
    },
    Rule {
        meta: &DEC_NUMBER,
        check: number,
    },
    Rule {
        meta: &DEC_FRAMEWORK_BASIS,
        check: framework_basis,
    },
    Rule {
        meta: &DEC_BASIS_DATES,
        check: basis_dates,
    },
    Rule {
        meta: &DEC_SIGNATURE,
        check: signature_agreement,
    },
    Rule {
        meta: &DEC_SUBMISSION_FIRST,
        check: submission_first,
    },
    Rule {
        meta: &DEC_UNICODE,
        check: unicode,
    },
    Rule {
        meta: &DEC_IMPLEMENTATION,
        check: implementation,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(check_number("2791/QĐ-UBND", &DECISION), Ok(()));
        assert_eq!(check_number("05/QĐ-UBND", &DECISION), Ok(()));
        assert_eq!(
            check_number("5/QĐ-UBND", &DECISION),
            Err(Some("05/QĐ-UBND".into()))
        );
        assert_eq!(
            check_number("2791/QD-UBND", &DECISION),
            Err(Some("2791/QĐ-UBND".into()))
        );
        // Decomposed Đ is the same letter.
        assert_eq!(check_number("2791/Q\u{110}-UBND", &DECISION), Ok(()));
        assert_eq!(
            check_number("168/TTR-STTTT", &SUBMISSION),
            Err(Some("168/TTr-STTTT".into()))
        );
        assert_eq!(check_number("168/TTr-STTTT", &SUBMISSION), Ok(()));
        assert_eq!(check_number("168/BC-STTTT", &SUBMISSION), Err(None));
        assert_eq!(check_number("0/QĐ-UBND", &DECISION), Err(None));
        assert_eq!(check_number("QĐ-UBND", &DECISION), Err(None));
    }

    #[test]
    fn dates_after_citations() {
        assert_eq!(
            parse_date_after(" ngày 29 tháng 6 năm 2016;"),
            Date::parse("2016-06-29")
        );
        assert_eq!(
            parse_date_after(" ngày 29/06/2006"),
            Date::parse("2006-06-29")
        );
        assert_eq!(parse_date_after(", 24/4/2015"), Date::parse("2015-04-24"));
        assert_eq!(parse_date_after(" về Chính phủ điện tử"), None);
        let wrong = wrong_citations(
            "Căn cứ Luật Công nghệ thông tin ngày 29/6/2016 và Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005",
        );
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].0.key, "luat-cntt-2006");
        assert_eq!(
            wrong_citations("Công văn 1178/BTTTT-THH ngày 24/4/2015").len(),
            1
        );
        assert!(wrong_citations("Công văn 1178/BTTTT-THH ngày 21/4/2015").is_empty());
    }

    #[test]
    fn legacy_encodings() {
        assert!(unicode_problem("Së Th«ng tin vµ TruyÒn th«ng").is_some());
        assert!(unicode_problem("Sở Thông tin và Truyền thông").is_none());
        assert!(
            unicode_problem("Bản quyền © 2018").is_none(),
            "one symbol is not an encoding problem"
        );
        assert!(unicode_problem("a\u{0007}b").is_some());
    }
}
