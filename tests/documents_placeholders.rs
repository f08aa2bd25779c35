//! Every placeholder a generated document prints for a missing value has a
//! rule that reports the same gap at `check` time: for each, a model missing
//! the value gets both the finding and the placeholder, and the complete model
//! gets neither.

mod documents_support;

use documents_support::build;
use std::collections::BTreeMap;

const MANIFEST: &str = r#"kientruc: 1
framework: "1.0"
architecture:
  name: Kiến trúc Chính quyền điện tử tỉnh Thử Nghiệm
  version: "1.0"
  status: draft
  period: { from: 2021, to: 2025 }
  province: { name: Thử Nghiệm, code: "99" }
  maintainer: so-tttt
  scope: [province, department, district, commune]
"#;

/// A small model with every value the documents print, one section per entry.
fn complete() -> BTreeMap<&'static str, String> {
    let sections = [
        (
            "organizations",
            r#"organizations:
  - { id: so-tttt, name: Sở Thông tin và Truyền thông, level: department }
  - { id: so-khdt, name: Sở Kế hoạch và Đầu tư, level: department }
  - { id: so-tc, name: Sở Tài chính, level: department }
  - { id: so-yte, name: Sở Y tế, level: department }
  - { id: ubnd-huyen, name: "Ủy ban nhân dân các huyện, thị xã, thành phố", level: district }
  - { id: cuc-thh, name: Cục Tin học hóa, level: central }
"#,
        ),
        (
            "actors",
            "actors:\n  - { id: nguoi-dan, name: Người dân, kind: citizen }\n",
        ),
        (
            "channels",
            "channels:\n  - { id: kenh-cong-dvc, name: Cổng dịch vụ công tỉnh, kind: web-portal, fronts: [cong-dvc] }\n",
        ),
        (
            "services",
            "services:\n  - { id: khai-sinh, name: Đăng ký khai sinh, level: 3, supported_by: [cong-dvc], channels: [kenh-cong-dvc] }\n",
        ),
        (
            "applications",
            r#"applications:
  - { id: cong-dvc, name: Cổng dịch vụ công tỉnh, kind: public-service-portal, scope: shared, owner: so-tttt, security: { level: 3 } }
  - { id: his, name: Hệ thống thông tin y tế, kind: specialised, scope: specialised, owner: so-yte, security: { level: 2 } }
"#,
        ),
        (
            "lgsp",
            r#"  - { id: lgsp, name: "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh", kind: integration-platform, scope: shared, owner: so-tttt, security: { level: 3 } }
"#,
        ),
        (
            "databases",
            "databases:\n  - { id: csdl-ho-so, name: Cơ sở dữ liệu hồ sơ điện tử, scope: shared, security: { level: 2 } }\n",
        ),
        (
            "infrastructure",
            "infrastructure:\n  - { id: trung-tam-du-lieu, name: Trung tâm dữ liệu tỉnh, kind: data-centre, security: { level: 3 } }\n",
        ),
        (
            "controls",
            "controls:\n  - { id: tuong-lua, name: Tường lửa, kind: firewall, protects: [trung-tam-du-lieu] }\n",
        ),
        (
            "objectives",
            r#"objectives:
  - { id: mt-dvc, name: 50% hồ sơ nộp trực tuyến, metric: Tỷ lệ hồ sơ nộp trực tuyến, target: 50, unit: "%", baseline: { value: 10, year: 2020 }, deadline: 2025 }
"#,
        ),
        (
            "phases",
            "phases:\n  - { id: gd1, name: Giai đoạn 2021 - 2025, from: 2021, to: 2025 }\n",
        ),
        (
            "tasks",
            r#"tasks:
  - { id: nv-dvc, name: Nâng cấp Cổng dịch vụ công, phase: gd1, from: 2021, to: 2022, lead: so-tttt, budget: [{ source: provincial, amount: 2000 }] }
"#,
        ),
        (
            "solutions",
            "solutions:\n  - { id: gp-nhan-luc, name: Đào tạo nhân lực, kind: human-resources }\n",
        ),
        (
            "responsibilities",
            r#"responsibilities:
  - { agency: so-tttt, duties: [Chủ trì triển khai Kiến trúc.] }
  - { agency: so-khdt, duties: [Cân đối vốn đầu tư.] }
  - { agency: so-tc, duties: [Bố trí kinh phí thường xuyên.] }
  - { agency: ubnd-huyen, duties: [Triển khai tuân thủ Kiến trúc.] }
"#,
        ),
        (
            "reviews",
            r#"reviews:
  - id: yk-lgsp
    name: Kết nối LGSP với NGSP
    from: cuc-thh
    document: { number: 1125/THH-CPĐT, date: 2021-08-24 }
    comment: Đề nghị làm rõ kết nối của LGSP với NGSP.
    resolution: accepted
    response: Đã bổ sung tại mục 5.2.
"#,
        ),
    ];
    sections
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .collect()
}

/// Writes the model (sections in a fixed order: the LGSP line follows the applications).
fn write(dir: &std::path::Path, sections: &BTreeMap<&'static str, String>) {
    std::fs::write(dir.join("kientruc.yaml"), MANIFEST).unwrap();
    let order = [
        "organizations",
        "actors",
        "channels",
        "services",
        "applications",
        "lgsp",
        "databases",
        "infrastructure",
        "controls",
        "objectives",
        "phases",
        "tasks",
        "solutions",
        "responsibilities",
        "reviews",
    ];
    let text: String = order
        .iter()
        .filter_map(|k| sections.get(k).map(String::as_str))
        .collect();
    std::fs::write(dir.join("model.yaml"), text).unwrap();
}

/// The codes found and the Markdown of the three documents, joined.
fn run(sections: &BTreeMap<&'static str, String>) -> (Vec<String>, String) {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), sections);
    let (checked, files) = build(tmp.path());
    let codes = checked
        .diagnostics
        .iter()
        .map(|d| d.code.to_string())
        .collect();
    let md = files
        .iter()
        .filter(|f| f.path.ends_with(".md"))
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .collect::<Vec<_>>()
        .join("\n");
    (codes, md)
}

struct Case {
    what: &'static str,
    change: fn(&mut BTreeMap<&'static str, String>),
    code: &'static str,
    shown: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            what: "no objectives",
            change: |m| {
                m.remove("objectives");
            },
            code: "FW1-DOC-001",
            shown: "(chưa xác định mục tiêu)",
        },
        Case {
            what: "an objective without metric or target",
            change: |m| {
                m.insert(
                    "objectives",
                    "objectives:\n  - { id: mt-dvc, name: Nâng cao chất lượng dịch vụ công, deadline: 2025 }\n".into(),
                );
            },
            code: "FW1-OBJ-001",
            shown: "[chưa có chỉ tiêu đo được]",
        },
        Case {
            what: "an objective without metric or target (targets table)",
            change: |m| {
                m.insert(
                    "objectives",
                    "objectives:\n  - { id: mt-dvc, name: Nâng cao chất lượng dịch vụ công, deadline: 2025 }\n".into(),
                );
            },
            code: "FW1-OBJ-001",
            shown: "(chưa xác định)",
        },
        Case {
            what: "no solutions",
            change: |m| {
                m.remove("solutions");
            },
            code: "FW1-DOC-001",
            shown: "(chưa xác định giải pháp)",
        },
        Case {
            what: "no responsibilities",
            change: |m| {
                m.remove("responsibilities");
            },
            code: "FW1-DEC-008",
            shown: "(chưa phân công trách nhiệm)",
        },
        Case {
            what: "no phases and no tasks",
            change: |m| {
                m.remove("phases");
                m.remove("tasks");
            },
            code: "FW1-DOC-001",
            shown: "0 giai đoạn (chưa khai báo)",
        },
        Case {
            what: "no tasks",
            change: |m| {
                m.remove("tasks");
            },
            code: "FW1-DOC-001",
            shown: "Tổng kinh phí dự kiến: chưa xác định",
        },
        Case {
            what: "a task without budget",
            change: |m| {
                m.insert(
                    "tasks",
                    "tasks:\n  - { id: nv-dvc, name: Nâng cấp Cổng dịch vụ công, phase: gd1, from: 2021, to: 2022, lead: so-tttt }\n".into(),
                );
            },
            code: "FW1-RM-002",
            shown: "Tổng kinh phí dự kiến: chưa xác định",
        },
        Case {
            what: "no specialised application",
            change: |m| {
                m.insert(
                    "applications",
                    "applications:\n  - { id: cong-dvc, name: Cổng dịch vụ công tỉnh, kind: public-service-portal, scope: shared, owner: so-tttt, security: { level: 3 } }\n".into(),
                );
            },
            code: "FW1-DOC-001",
            shown: "Ứng dụng chuyên ngành: (chưa khai báo)",
        },
        Case {
            what: "no shared application",
            change: |m| {
                // The LGSP is shared but listed on its own line.
                let a = m["applications"].replace("scope: shared", "scope: specialised");
                m.insert("applications", a);
            },
            code: "FW1-DOC-001",
            shown: "Ứng dụng dùng chung: (chưa khai báo)",
        },
        Case {
            what: "no channels",
            change: |m| {
                m.remove("channels");
                let s = m["services"].replace(", channels: [kenh-cong-dvc]", "");
                m.insert("services", s);
            },
            code: "FW1-MOD-003",
            shown: "Kênh truy cập: (chưa khai báo)",
        },
        Case {
            what: "no infrastructure",
            change: |m| {
                m.remove("infrastructure");
                m.remove("controls");
            },
            code: "FW1-MOD-003",
            shown: "Hạ tầng kỹ thuật: (chưa khai báo)",
        },
        Case {
            what: "no security controls",
            change: |m| {
                m.remove("controls");
            },
            code: "FW1-MOD-003",
            shown: "Bảo đảm an toàn thông tin: (chưa khai báo)",
        },
        Case {
            what: "no user groups",
            change: |m| {
                m.remove("actors");
            },
            code: "FW1-MOD-003",
            shown: "Người sử dụng: (chưa khai báo)",
        },
        Case {
            what: "no databases",
            change: |m| {
                m.remove("databases");
            },
            code: "FW1-MOD-003",
            shown: "Cơ sở dữ liệu: (chưa khai báo)",
        },
        Case {
            what: "no LGSP",
            change: |m| {
                m.remove("lgsp");
            },
            code: "FW1-LGSP-001",
            shown: "Nền tảng tích hợp, chia sẻ dữ liệu: (chưa khai báo)",
        },
        Case {
            what: "a pending review comment",
            change: |m| {
                let r = m["reviews"].replace("resolution: accepted", "resolution: pending");
                m.insert("reviews", r);
            },
            code: "FW1-REV-001",
            shown: "CHƯA XỬ LÝ",
        },
        Case {
            what: "a handled comment without response",
            change: |m| {
                let r = m["reviews"].replace("    response: Đã bổ sung tại mục 5.2.\n", "");
                m.insert("reviews", r);
            },
            code: "FW1-REV-001",
            shown: "| Tiếp thu | – |",
        },
        Case {
            what: "a system without security level",
            change: |m| {
                let a = m["applications"].replace(", security: { level: 2 }", "");
                m.insert("applications", a);
            },
            code: "FW1-SEC-001",
            shown: "| Chưa xác định cấp độ | 1 |",
        },
    ]
}

#[test]
fn each_placeholder_has_a_finding() {
    let (codes, md) = run(&complete());
    let mut problems = Vec::new();
    for case in cases() {
        if codes.iter().any(|c| c == case.code) {
            problems.push(format!(
                "the complete model already has {} (case: {})",
                case.code, case.what
            ));
        }
        if md.contains(case.shown) {
            problems.push(format!(
                "the complete model's documents already show {:?} (case: {})",
                case.shown, case.what
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for case in cases() {
        let mut sections = complete();
        (case.change)(&mut sections);
        let (codes, md) = run(&sections);
        if !codes.iter().any(|c| c == case.code) {
            problems.push(format!(
                "{}: no {} finding (found {codes:?})",
                case.what, case.code
            ));
        }
        if !md.contains(case.shown) {
            problems.push(format!(
                "{}: the documents do not show {:?}",
                case.what, case.shown
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
