//! The submission (Tờ trình) of the Sở TT&TT (framework note E.4), with the
//! table of how every review comment was taken in (bảng tổng hợp tiếp thu,
//! giải trình ý kiến): the seeds show a submission sent back for lacking it.

use super::common::*;
use crate::documents::budget;
use crate::legal::signature::{self, Block};
use crate::legal::{citations, vi};
use crate::model::{Model, Resolution};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Submission {
    pub page: Page,
    /// "Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam."
    pub recipient: String,
    pub sections: Vec<Part>,
    pub comments: CommentTable,
    pub request: Part,
    pub recipients: Vec<String>,
    pub signature: Block,
}

/// A numbered part of the submission: heading, paragraphs, bullet items.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CommentTable {
    pub heading: String,
    pub intro: String,
    /// "Còn 2 ý kiến chưa xử lý …", when any is pending.
    pub pending_note: Option<String>,
    pub table: Table,
}

pub fn build(input: &Input) -> Submission {
    let model = input.model;
    let names = Names::new(model);
    let facts = Facts::new(model, &names);
    let submission = model.manifest.as_ref().and_then(|m| m.submission.as_ref());

    let header = Header {
        parent: Some(format!("UBND TỈNH {}", vi::upper(&facts.province))),
        agency: vec![facts.maintainer_upper()],
        number: Some(number_line(
            submission.map(|s| s.number.as_str()),
            "TTr-STTTT",
        )),
        place_date: Some(place_date(&facts, submission.map(|s| s.date.value))),
    };
    let summary = format!("Về việc phê duyệt {}", facts.architecture);
    let page = page(input, &facts, header, "TỜ TRÌNH", summary);

    let curated = citations::bases(facts.framework, facts.basis_date);
    let mut bases_items: Vec<String> = curated.iter().map(|i| format!("{};", i.cite())).collect();
    bases_items.extend(declared_bases(model, &curated, facts.basis_date));
    let totals = budget::totals(model);
    let reviews = &model.reviews;
    let count = |r: Resolution| reviews.iter().filter(|x| x.resolution.value == r).count();
    let (accepted, explained, pending) = (
        count(Resolution::Accepted),
        count(Resolution::Explained),
        count(Resolution::Pending),
    );

    let sections = vec![
        Part {
            heading: "I. CĂN CỨ PHÁP LÝ".into(),
            paragraphs: Vec::new(),
            items: bases_items,
        },
        Part {
            heading: "II. SỰ CẦN THIẾT".into(),
            paragraphs: vec![format!(
                "Kiến trúc Chính quyền điện tử tỉnh là cơ sở để các cơ quan nhà nước trên địa bàn tỉnh {} triển khai ứng dụng công nghệ thông tin một cách đồng bộ, thống nhất theo Khung Kiến trúc Chính phủ điện tử Việt Nam; bảo đảm khả năng kết nối, liên thông, tích hợp, chia sẻ và sử dụng lại thông tin, cơ sở hạ tầng; tránh đầu tư trùng lặp; là căn cứ để lập, thẩm định và giám sát các dự án, nhiệm vụ ứng dụng công nghệ thông tin.",
                facts.province
            )],
            items: Vec::new(),
        },
        Part {
            heading: "III. QUÁ TRÌNH XÂY DỰNG".into(),
            paragraphs: vec![drafting_summary(
                reviews.len(),
                accepted,
                explained,
                pending,
            )],
            items: consultation(model, &names),
        },
        Part {
            heading: "IV. NỘI DUNG CHÍNH CỦA KIẾN TRÚC".into(),
            paragraphs: main_contents(model, &totals),
            items: objectives(model).into_iter().map(|o| o.text).collect(),
        },
    ];

    let comments = CommentTable {
        heading: "V. TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý".into(),
        intro: "Bảng tổng hợp ý kiến góp ý, thẩm định và kết quả tiếp thu, giải trình:".into(),
        pending_note: (pending > 0).then(|| {
            format!("Còn {pending} ý kiến chưa được xử lý (đánh dấu “CHƯA XỬ LÝ” trong bảng); Sở sẽ hoàn thiện trước khi trình ký.")
        }),
        table: comment_table(model, &names),
    };

    let request = Part {
        heading: "VI. ĐỀ XUẤT, KIẾN NGHỊ".into(),
        paragraphs: vec![format!(
            "{} kính trình {} xem xét, phê duyệt {} (kèm theo dự thảo Quyết định phê duyệt và hồ sơ Kiến trúc)./.",
            facts.maintainer,
            facts.committee(),
            facts.architecture
        )],
        items: Vec::new(),
    };

    let signature = match submission {
        Some(s) => signature::submission(&s.signer).0,
        None => signature::unsigned(&["GIÁM ĐỐC"]),
    };

    Submission {
        page,
        recipient: format!("Kính gửi: {}.", facts.committee()),
        sections,
        comments,
        request,
        recipients: vec!["Như trên;".into(), "Lưu: VT.".into()],
        signature,
    }
}

/// Words a document's name starts with, which its number and date follow.
const TYPE_WORDS: &[&str] = &[
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Thông tư",
    "Công văn",
    "Kế hoạch",
    "Quy chế",
    "Quy định",
];

/// The declared regulations in force on `on` that the curated căn cứ do not
/// already cite, dated, in date order: "Nghị định số 85/2016/NĐ-CP ngày 01
/// tháng 7 năm 2016 của Chính phủ về bảo đảm …;".
fn declared_bases(
    model: &Model,
    curated: &[&'static citations::Instrument],
    on: crate::model::Date,
) -> Vec<String> {
    use crate::model::common::Status;
    let already = |r: &crate::model::Regulation| {
        let name = vi::normalize(&r.name).to_lowercase();
        curated.iter().any(|i| {
            r.number
                .as_ref()
                .is_some_and(|n| citations::by_number(n).is_some_and(|c| c.key == i.key))
                || (i.kind == citations::Kind::Law
                    && name == format!("luật {}", i.title.to_lowercase()))
        })
    };
    let mut regs: Vec<_> = model
        .regulations
        .iter()
        .filter(|r| matches!(r.status.value, Status::Existing | Status::Upgrading))
        .filter(|r| r.date.as_ref().is_some_and(|d| d.value <= on))
        .filter(|r| !already(r))
        .collect();
    // Laws, then resolutions, decrees … as the curated list; by date within a kind.
    regs.sort_by_key(|r| {
        (
            r.kind.value as u8,
            r.date.as_ref().map(|d| d.value),
            r.id.value.clone(),
        )
    });
    regs.iter()
        .filter_map(|r| {
            let date = r.date.as_ref()?.value;
            let name = vi::normalize(&r.name);
            if r.kind.value == crate::model::RegulationKind::Law {
                return Some(format!("{name} {};", vi::date_long(date)));
            }
            let number = r
                .number
                .as_ref()
                .map(|n| format!(" số {}", vi::normalize(n)))
                .unwrap_or_default();
            let issuer = r
                .issuer
                .as_deref()
                .map(|i| format!(" của {}", vi::normalize(i)))
                .unwrap_or_default();
            // "Thông tư quy định …" → "Thông tư số … ngày … của … quy định …".
            let lower = name.to_lowercase();
            let type_word = TYPE_WORDS
                .iter()
                .find(|w| lower.starts_with(&w.to_lowercase()))
                .map(|w| w.len());
            let split = type_word.and_then(|n| Some((name.get(..n)?, name.get(n..)?)));
            Some(match split {
                Some((word, rest)) => {
                    format!("{word}{number} {}{issuer}{rest};", vi::date_long(date))
                }
                None => format!("{name}{number} {}{issuer};", vi::date_long(date)),
            })
        })
        .collect()
}

fn drafting_summary(total: usize, accepted: usize, explained: usize, pending: usize) -> String {
    if total == 0 {
        return "Dự thảo Kiến trúc chưa ghi nhận ý kiến góp ý, thẩm định nào.".into();
    }
    format!(
        "Dự thảo Kiến trúc đã được gửi lấy ý kiến góp ý, thẩm định của các cơ quan, đơn vị. Tổng số {total} ý kiến: tiếp thu {accepted}, giải trình {explained}, chưa xử lý {pending}. Các văn bản góp ý:"
    )
}

/// One line per source document, in date order.
fn consultation(model: &Model, names: &Names) -> Vec<String> {
    let mut docs: Vec<(crate::model::Date, String, String, usize)> = Vec::new();
    for r in &model.reviews {
        let number = vi::normalize(&r.document.number);
        match docs.iter_mut().find(|d| d.1 == number) {
            Some(d) => d.3 += 1,
            None => docs.push((r.document.date.value, number, names.name(&r.from), 1)),
        }
    }
    docs.sort();
    docs.into_iter()
        .map(|(date, number, from, n)| {
            format!(
                "{from}: văn bản số {number} {} ({n} ý kiến);",
                vi::date_long(date)
            )
        })
        .collect()
}

fn main_contents(model: &Model, totals: &budget::Totals) -> Vec<String> {
    let phases: Vec<String> = {
        let mut p: Vec<_> = model.phases.iter().collect();
        p.sort_by_key(|p| (p.from.value, p.to.value));
        p.iter()
            .map(|p| phase_label(model, p.id.as_str()))
            .collect()
    };
    vec![
        format!(
            "Kiến trúc gồm {} nhóm người sử dụng, {} kênh truy cập, {} dịch vụ công trực tuyến, {} ứng dụng, {} cơ sở dữ liệu, {} thành phần hạ tầng kỹ thuật và {} biện pháp bảo đảm an toàn thông tin.",
            model.actors.len(),
            model.channels.len(),
            model.services.len(),
            model.applications.len(),
            model.databases.len(),
            model.infrastructure.len(),
            model.controls.len()
        ),
        format!(
            "Lộ trình triển khai gồm {} giai đoạn ({}) với {} nhiệm vụ, mỗi nhiệm vụ có cơ quan chủ trì, cơ quan phối hợp, thời gian và kinh phí. {}",
            model.phases.len(),
            if phases.is_empty() {
                "chưa khai báo".into()
            } else {
                phases.join("; ")
            },
            model.tasks.len(),
            funding_sentence(totals)
        ),
        "Mục tiêu cụ thể:".into(),
    ]
}

fn resolution_label(r: Resolution) -> &'static str {
    match r {
        Resolution::Accepted => "Tiếp thu",
        Resolution::Explained => "Giải trình",
        Resolution::Pending => "CHƯA XỬ LÝ",
    }
}

fn comment_table(model: &Model, names: &Names) -> Table {
    let mut reviews: Vec<_> = model.reviews.iter().collect();
    reviews.sort_by_key(|r| {
        (
            r.document.date.value,
            r.document.number.value.clone(),
            r.id.value.clone(),
        )
    });
    let rows = reviews
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let about: Vec<String> = r.about.iter().map(|a| names.name(a)).collect();
            let mut comment = vi::normalize(&r.comment);
            if !about.is_empty() {
                comment = format!("[{}] {comment}", about.join(", "));
            }
            let mut row = Row::data(vec![
                (i + 1).to_string(),
                format!(
                    "{} (văn bản số {}, {})",
                    names.name(&r.from),
                    vi::normalize(&r.document.number),
                    vi::date_short(r.document.date.value)
                ),
                comment,
                resolution_label(r.resolution.value).into(),
                r.response
                    .as_ref()
                    .map(|s| vi::normalize(s))
                    .unwrap_or_else(|| "–".into()),
            ]);
            row.flagged = r.resolution.value == Resolution::Pending;
            row
        })
        .collect();
    Table {
        unit: None,
        columns: vec![
            col("TT", Align::Center, 6),
            col("Cơ quan, văn bản góp ý", Align::Left, 20),
            col("Nội dung góp ý", Align::Left, 31),
            col("Kết quả", Align::Center, 11),
            col("Nội dung tiếp thu, giải trình", Align::Left, 32),
        ],
        rows,
    }
}
