//! `kientruc build` end to end: escaping of model text, budget totals in the
//! documents, the draft banner, and a failing build that leaves the previous
//! output as it was.

mod documents_support;

use documents_support::{build, docx_texts};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(name)
}

fn text(files: &[kientruc::documents::OutputFile], path: &str) -> String {
    let f = files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} not generated"));
    String::from_utf8(f.bytes.clone()).unwrap()
}

#[test]
fn model_text_stays_text() {
    let (_, files) = build(&fixture("escaping"));
    for stem in [
        "quyet-dinh-phe-duyet",
        "to-trinh",
        "bao-cao-danh-gia-su-phu-hop",
    ] {
        let html = text(&files, &format!("{stem}.html"));
        assert!(
            !html.contains("<script>"),
            "{stem}.html has a live <script>"
        );
        assert!(
            !html.contains("<b>A</b>") && !html.contains("<i>TT"),
            "{stem}.html has live markup"
        );
        assert!(
            !html.contains("</td></tr><tr><td>hàng"),
            "{stem}.html: a comment broke out of its cell"
        );
        let md = text(&files, &format!("{stem}.md"));
        assert!(
            !md.contains("<script>") && !md.contains("[link](http"),
            "{stem}.md has live markup"
        );
        let docx = &files
            .iter()
            .find(|f| f.path == format!("{stem}.docx"))
            .unwrap()
            .bytes;
        let paragraphs = docx_texts(docx).join("\n");
        let written = if stem == "quyet-dinh-phe-duyet" {
            "<script>alert('x')</script>"
        } else {
            "Nguyễn Văn <b>A</b>"
        };
        assert!(
            paragraphs.contains(written),
            "{stem}.docx keeps the text as written"
        );
    }
    let decision = text(&files, "quyet-dinh-phe-duyet.html");
    assert!(
        decision.contains("&lt;script&gt;alert("),
        "escaped, still readable"
    );
    let md = text(&files, "quyet-dinh-phe-duyet.md");
    assert!(md.contains("\\<script\\>alert("));
}

#[test]
fn budget_totals_are_exact_and_formatted() {
    let (_, files) = build(&fixture("escaping"));
    let md = text(&files, "quyet-dinh-phe-duyet.md");
    // 1.234,5 provincial + 0,1 + 0,2 central = 1.234,8, with no binary rounding noise.
    assert!(
        md.contains("Tổng kinh phí dự kiến: 1.234,8 triệu đồng"),
        "{md}"
    );
    assert!(md.contains("ngân sách trung ương 0,3 triệu đồng"));
    assert!(md.contains("ngân sách địa phương 1.234,5 triệu đồng"));
}

#[test]
fn pending_comments_are_flagged_and_drafts_are_blank() {
    let (_, files) = build(&fixture("escaping"));
    let sub = text(&files, "to-trinh.md");
    assert!(sub.contains("Còn 1 ý kiến chưa được xử lý"));
    assert!(sub.contains("CHƯA XỬ LÝ"));
    assert!(sub.contains("Số: 05/TTr-STTTT"));
    assert!(sub.contains("Thử Nghiệm, ngày 03 tháng 02 năm 2021"));
    // No decision yet: its number and date are left blank for the signer.
    let dec = text(&files, "quyet-dinh-phe-duyet.md");
    assert!(dec.contains("Số:        /QĐ-UBND"));
    assert!(dec.contains("ngày      tháng      năm 2021"));
}

fn kientruc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kientruc"))
}

#[test]
fn a_failing_build_leaves_the_old_output_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    // The fixture breaks rules on purpose (it is about escaping), hence --allow-findings.
    let ok = kientruc()
        .args(["build", "--lang", "en", "--allow-findings", "--out"])
        .arg(&out)
        .arg(fixture("escaping"))
        .output()
        .unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let before = std::fs::read(out.join("to-trinh.html")).unwrap();

    let broken = kientruc()
        .args(["build", "--lang", "en", "--out"])
        .arg(&out)
        .arg(fixture("broken"))
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(stderr.contains("no documents written"), "{stderr}");
    assert_eq!(
        std::fs::read(out.join("to-trinh.html")).unwrap(),
        before,
        "old output intact"
    );
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary folders left: {leftovers:?}"
    );

    let draft = kientruc()
        .args(["build", "--lang", "en", "--allow-findings", "--out"])
        .arg(&out)
        .arg(fixture("broken"))
        .output()
        .unwrap();
    assert_eq!(
        draft.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&draft.stderr)
    );
    for name in [
        "quyet-dinh-phe-duyet.html",
        "to-trinh.md",
        "bao-cao-danh-gia-su-phu-hop.html",
    ] {
        let text = std::fs::read_to_string(out.join(name)).unwrap();
        assert!(
            text.contains("DỰ THẢO – còn 16 lỗi"),
            "{name} lacks the draft banner"
        );
    }
}

#[test]
fn template_overrides_apply_by_name_and_broken_ones_fail() {
    let tmp = tempfile::tempdir().unwrap();
    let templates = tmp.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("submission.md"),
        "TỜ TRÌNH {{ page.summary }}\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let run = kientruc()
        .args(["build", "--lang", "en", "--allow-findings", "--templates"])
        .arg(&templates)
        .arg("--out")
        .arg(&out)
        .arg(fixture("escaping"))
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let md = std::fs::read_to_string(out.join("to-trinh.md")).unwrap();
    assert!(md.starts_with("TỜ TRÌNH Về việc phê duyệt"), "{md}");
    assert!(
        std::fs::read_to_string(out.join("to-trinh.html"))
            .unwrap()
            .contains("<!DOCTYPE html>")
    );

    std::fs::write(templates.join("report.html"), "{% if %}").unwrap();
    let run = kientruc()
        .args(["build", "--lang", "en", "--allow-findings", "--templates"])
        .arg(&templates)
        .arg("--out")
        .arg(&out)
        .arg(fixture("escaping"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("template `report.html` does not parse"));
}
