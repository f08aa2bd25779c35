//! FW1-REV-001 beyond its fixtures: a submitted architecture that records no
//! review comment is reported, and its submission prints the sentence the
//! finding quotes; a draft is not.

mod documents_support;

use documents_support::build;

const MODEL: &str =
    "organizations:\n  - { id: so-tttt, name: Sở Thông tin và Truyền thông, level: department }\n";

fn manifest(status: &str) -> String {
    format!(
        r#"kientruc: 1
framework: "1.0"
architecture:
  name: Kiến trúc Chính quyền điện tử tỉnh Thử Nghiệm
  version: "1.0"
  status: {status}
  period: {{ from: 2021, to: 2025 }}
  province: {{ name: Thử Nghiệm, code: "99" }}
  maintainer: so-tttt
"#
    )
}

fn run(status: &str) -> (bool, String) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("kientruc.yaml"), manifest(status)).unwrap();
    std::fs::write(tmp.path().join("model.yaml"), MODEL).unwrap();
    let (checked, files) = build(tmp.path());
    let found = checked
        .diagnostics
        .iter()
        .any(|d| d.code == "FW1-REV-001" && d.message.en().contains("records no review comment"));
    let md = files
        .iter()
        .find(|f| f.path == "to-trinh.md")
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .unwrap_or_default();
    (found, md)
}

#[test]
fn a_submitted_architecture_without_reviews_is_reported() {
    let (found, md) = run("submitted");
    assert!(found, "FW1-REV-001 reports the missing comments");
    assert!(md.contains("Dự thảo Kiến trúc chưa ghi nhận ý kiến góp ý, thẩm định nào"));
    let (found, _) = run("draft");
    assert!(!found, "a draft may have no comments yet");
}
