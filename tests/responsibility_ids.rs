//! A responsibilities entry with an `id` can be referenced (a review's
//! `about`) and waived like an element; its id is unique in the whole model.

use kientruc::model::Date;
use kientruc::pipeline::{self, Options};

const MANIFEST: &str = r#"kientruc: 1
framework: "1.0"
architecture:
  name: Kiến trúc Chính quyền điện tử tỉnh Thử Nghiệm
  version: "1.0"
  status: draft
  period: { from: 2021, to: 2025 }
  province: { name: Thử Nghiệm, code: "99" }
  maintainer: so-tttt
waivers:
  - rule: FW1-DEC-008
    element: tn-so-tttt-2
    reason: Hai mục của Sở TT&TT được giữ riêng theo yêu cầu của Sở Tư pháp.
    approved_by: Giám đốc Sở TT&TT
    expires: 2030-12-31
"#;

const MODEL: &str = r#"organizations:
  - { id: so-tttt, name: Sở Thông tin và Truyền thông, level: department }
  - { id: cuc-thh, name: Cục Tin học hóa, level: central }
responsibilities:
  - { id: tn-so-tttt, agency: so-tttt, duties: [Công bố, hướng dẫn triển khai Kiến trúc.] }
  - { id: tn-so-tttt-2, agency: so-tttt, duties: [Kiểm tra việc triển khai Kiến trúc.] }
reviews:
  - id: yk-phan-cong
    name: Phân công trách nhiệm
    from: cuc-thh
    document: { number: 1125/THH-CPĐT, date: 2021-08-24 }
    about: [tn-so-tttt-2]
    comment: Đề nghị làm rõ nhiệm vụ kiểm tra của Sở TT&TT.
    resolution: accepted
    response: Đã tách thành mục riêng.
"#;

fn check(model: &str) -> pipeline::Checked {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("kientruc.yaml"), MANIFEST).unwrap();
    std::fs::write(tmp.path().join("model.yaml"), model).unwrap();
    let options = Options {
        today: Date::parse("2024-01-01").unwrap(),
        ..Options::default()
    };
    pipeline::check(tmp.path(), &options).unwrap()
}

#[test]
fn responsibility_ids_are_referenced_and_waived() {
    let checked = check(MODEL);
    let refs: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.code.starts_with("REF-"))
        .map(|d| d.message.en().clone())
        .collect();
    assert!(refs.is_empty(), "the review may name the entry: {refs:?}");
    let twice: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| {
            d.code == "FW1-DEC-008" && d.message.en().contains("second responsibilities entry")
        })
        .collect();
    assert_eq!(twice.len(), 1, "{:?}", checked.diagnostics);
    assert_eq!(twice[0].element.as_deref(), Some("tn-so-tttt-2"));
    assert!(
        twice[0].waived.is_some(),
        "the waiver on the entry's id applies"
    );
    assert!(
        !checked.diagnostics.iter().any(|d| d.code == "WVR-002"),
        "the waiver is used"
    );
}

#[test]
fn responsibility_ids_are_unique_with_element_ids() {
    let model = MODEL.replace("id: tn-so-tttt,", "id: so-tttt,");
    let checked = check(&model);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == "REF-003" && d.message.en().contains("`so-tttt`")),
        "{:?}",
        checked
            .diagnostics
            .iter()
            .map(|d| d.message.en())
            .collect::<Vec<_>>()
    );
}
