//! The conformance report for ministry reviewers (Báo cáo đánh giá sự phù
//! hợp): a verdict, a matrix over every framework rule, the findings by
//! layer and the statistics.
//!
//! A rule's result comes from the check's diagnostics, by code:
//! - **failed** if it has a finding that is not waived;
//! - **noted** if its only findings are info-level advice;
//! - **waived** if all its findings are waived (the waiver's reason and expiry are shown);
//! - **not applicable** if it has no finding and the model has nothing it is
//!   about (no online services for an FW1-DVC rule, say);
//! - **not run** if the manifest turns it off, or the rules did not run
//!   because the model does not load;
//! - **passed** otherwise.

use super::common::*;
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::documents::budget;
use crate::legal::signature::{self, Block};
use crate::legal::vi;
use crate::model::{AppKind, ElementKind, Model};
use crate::rules::fw1;
use crate::rules::settings::{self, Selection};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub page: Page,
    pub verdict: Verdict,
    pub matrix: Matrix,
    pub findings: FindingsByLayer,
    pub statistics: Statistics,
    pub diagram: DiagramPart,
    pub evidence: EvidencePart,
    pub recipients: Vec<String>,
    pub signature: Block,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub heading: String,
    /// "PHÙ HỢP", "PHÙ HỢP CÓ ĐIỀU KIỆN", "CHƯA PHÙ HỢP" or "CHƯA ĐÁNH GIÁ".
    pub label: String,
    /// CSS class: pass, conditional, fail, unknown.
    pub class: &'static str,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub heading: String,
    pub intro: String,
    pub rows: Vec<MatrixRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub code: String,
    pub title: String,
    pub severity: &'static str,
    pub status: &'static str,
    /// CSS class: passed, failed, waived, na, off.
    pub class: &'static str,
    /// Elements involved, each with an anchor in the evidence list.
    pub evidence: Vec<Evidence>,
    /// Waiver reason and expiry, or why it is not applicable.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingsByLayer {
    pub heading: String,
    pub empty: Option<String>,
    pub layers: Vec<Layer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Layer {
    pub heading: String,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub code: String,
    pub severity: &'static str,
    pub message: String,
    pub element: Option<String>,
    /// "architecture/applications.yaml:12:5"
    pub location: Option<String>,
    pub waived: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Statistics {
    pub heading: String,
    pub services: Section,
    pub security: Section,
    pub budget: Section,
    pub targets: Section,
    /// The declared laws, regulations and policies, when there are any.
    pub regulations: Option<Section>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub heading: String,
    pub table: Table,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiagramPart {
    pub heading: String,
    pub svg: Option<String>,
    /// The same view as a block table (used by the DOCX).
    pub table: Option<Table>,
    pub caption: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidencePart {
    pub heading: String,
    pub items: Vec<EvidenceItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceItem {
    pub id: String,
    pub name: String,
    pub kind: String,
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Lỗi",
        Severity::Warning => "Cảnh báo",
        Severity::Info => "Thông tin",
    }
}

/// Whether the model has what a rule is about (see the module comment).
fn subject_present(code: &str, model: &Model) -> bool {
    let group = code.split('-').nth(1).unwrap_or("");
    let manifest = model.manifest.as_ref();
    let has_app = |k: AppKind| model.applications.iter().any(|a| a.kind.value == k);
    match group {
        "DVC" => !model.services.is_empty(),
        "CH" => !model.channels.is_empty(),
        "DB" => !model.databases.is_empty(),
        "EDOC" => has_app(AppKind::DocumentManagement),
        "LGSP" => code == "FW1-LGSP-001" || has_app(AppKind::IntegrationPlatform),
        "SEC" => {
            !(model.applications.is_empty()
                && model.databases.is_empty()
                && model.infrastructure.is_empty())
        }
        "DEC" => match code {
            "FW1-DEC-002" | "FW1-DEC-005" => {
                manifest.is_some_and(|m| m.decision.is_some() || m.submission.is_some())
            }
            "FW1-DEC-006" => manifest.is_some_and(|m| m.decision.is_some()),
            _ => true,
        },
        _ => true,
    }
}

fn layer_of(kind: Option<ElementKind>) -> (u8, &'static str) {
    use ElementKind as K;
    match kind {
        Some(K::Organization | K::Actor | K::Channel | K::Service) => {
            (1, "Người sử dụng, kênh truy cập và dịch vụ công")
        }
        Some(K::Application | K::Exchange | K::National) => (2, "Ứng dụng và tích hợp"),
        Some(K::Database | K::Catalog) => (3, "Dữ liệu"),
        Some(K::Infrastructure) => (4, "Hạ tầng kỹ thuật"),
        Some(K::Control) => (5, "An toàn thông tin"),
        Some(K::Standard | K::CatalogueStandard) => (6, "Tiêu chuẩn kỹ thuật"),
        Some(K::Objective | K::Phase | K::Task | K::Solution | K::Review | K::Responsibility) => {
            (7, "Mục tiêu, lộ trình và tổ chức thực hiện")
        }
        Some(K::Regulation) | None => (8, "Chung (mô hình, văn bản phê duyệt)"),
    }
}

pub fn build(input: &Input) -> Report {
    let model = input.model;
    let names = Names::new(model);
    let facts = Facts::new(model, &names);
    let submission = model.manifest.as_ref().and_then(|m| m.submission.as_ref());
    let header = Header {
        parent: Some(format!("UBND TỈNH {}", vi::upper(&facts.province))),
        agency: vec![facts.maintainer_upper()],
        number: Some(number_line(None, "BC-STTTT")),
        place_date: Some(place_date(&facts, None)),
    };
    let summary = format!(
        "Đánh giá sự phù hợp của {} với Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0",
        facts.architecture
    );
    let page = page(input, &facts, header, "BÁO CÁO", summary);

    let rules: Vec<&'static Code> = fw1::pack().rules.iter().map(|r| r.meta).collect();
    let (matrix, counts) = matrix(input, &rules, &names);
    let mut verdict = verdict(input, &counts, rules.len());
    if let Some(en) = model
        .manifest
        .as_ref()
        .and_then(|m| m.architecture.name_en.as_deref())
        .map(vi::normalize)
        .filter(|n| !n.is_empty())
    {
        verdict
            .paragraphs
            .insert(0, format!("Tên tiếng Anh của Kiến trúc: {en}."));
    }
    let findings = findings(input, &names);
    let totals = budget::totals(model);

    let mut evidence: Vec<Evidence> = matrix
        .rows
        .iter()
        .flat_map(|r| r.evidence.iter().cloned())
        .collect();
    evidence.sort();
    evidence.dedup();
    let evidence = EvidencePart {
        heading: "6. Danh mục thành phần được viện dẫn".into(),
        items: evidence
            .into_iter()
            .map(|e| EvidenceItem {
                kind: names
                    .kind(&e.id)
                    .map(|k| vi::capitalize(crate::model::index::kind_names(k).1))
                    .unwrap_or_default(),
                id: e.id,
                name: e.name,
            })
            .collect(),
    };

    Report {
        page,
        verdict,
        matrix,
        findings,
        statistics: Statistics {
            heading: "4. Số liệu thống kê".into(),
            services: Section {
                heading: "4.1. Dịch vụ công trực tuyến theo mức độ".into(),
                table: services_table(model),
            },
            security: Section {
                heading: "4.2. Hệ thống thông tin theo cấp độ an toàn".into(),
                table: security_table(model),
            },
            budget: Section {
                heading: "4.3. Kinh phí theo nguồn vốn và giai đoạn".into(),
                table: funding_table(model, &totals),
            },
            targets: Section {
                heading: "4.4. Chỉ tiêu".into(),
                table: targets_table(model),
            },
            regulations: (!model.regulations.is_empty()).then(|| Section {
                heading: "4.5. Văn bản pháp lý, chính sách làm căn cứ".into(),
                table: regulations_table(model),
            }),
        },
        diagram: DiagramPart {
            heading: "5. Sơ đồ tổng thể".into(),
            svg: input.diagram_svg.clone(),
            table: input.diagram_table.clone(),
            caption: format!(
                "Sơ đồ tổng thể Kiến trúc Chính quyền điện tử tỉnh {}",
                facts.province
            ),
        },
        evidence,
        recipients: vec!["Như trên;".into(), "Lưu: VT.".into()],
        signature: match submission {
            Some(s) => signature::submission(&s.signer).0,
            None => signature::unsigned(&["GIÁM ĐỐC"]),
        },
    }
}

#[derive(Default)]
struct Counts {
    passed: usize,
    /// Only info-level findings: advice, not a failure.
    notes: usize,
    failed_errors: usize,
    failed_other: usize,
    waived: usize,
    na: usize,
    off: usize,
    /// No finding, but only part of the model could be read.
    partial: usize,
}

fn matrix(input: &Input, rules: &[&'static Code], names: &Names) -> (Matrix, Counts) {
    let manifest = input.model.manifest.as_ref();
    let mut counts = Counts::default();
    let rows = rules
        .iter()
        .map(|rule| {
            let found: Vec<&Diagnostic> = input
                .diagnostics
                .iter()
                .filter(|d| d.code.code == rule.code)
                .collect();
            let open: Vec<&&Diagnostic> = found.iter().filter(|d| d.waived.is_none()).collect();
            let turned_off = !settings::runs(rule, &Selection::default(), manifest);
            let severity = open
                .iter()
                .map(|d| d.severity)
                .max()
                .unwrap_or(rule.severity);
            let mut evidence: Vec<Evidence> = found
                .iter()
                .filter_map(|d| d.element.as_deref())
                .map(|id| Evidence {
                    id: id.to_owned(),
                    name: names.name(id),
                })
                .collect();
            evidence.sort();
            evidence.dedup();
            let (status, class, note) = if turned_off {
                counts.off += 1;
                (
                    "Không chạy",
                    "off",
                    Some("Tắt trong kientruc.yaml.".to_owned()),
                )
            } else if !open.is_empty() && severity == Severity::Info {
                counts.notes += 1;
                let messages: Vec<String> =
                    open.iter().map(|d| d.message.vi().to_string()).collect();
                ("Lưu ý", "note", Some(messages.join(" ")))
            } else if !open.is_empty() {
                if severity == Severity::Error {
                    counts.failed_errors += 1;
                } else {
                    counts.failed_other += 1;
                }
                let messages: Vec<String> =
                    open.iter().map(|d| d.message.vi().to_string()).collect();
                ("Không đạt", "failed", Some(messages.join(" ")))
            } else if !found.is_empty() {
                counts.waived += 1;
                let reasons: Vec<String> = found
                    .iter()
                    .filter_map(|d| d.waived.as_ref().map(|w| vi::capitalize(&w.vi())))
                    .collect();
                ("Miễn trừ", "waived", Some(reasons.join(" ")))
            } else if input.partial.is_partial(rule) {
                counts.partial += 1;
                (
                    "Chưa đánh giá đủ",
                    "partial",
                    Some(format!(
                        "Mô hình còn {} lỗi nạp dữ liệu; quy tắc chỉ đánh giá được phần đọc được.",
                        input.partial.load_errors
                    )),
                )
            } else if !subject_present(rule.code, input.model) {
                counts.na += 1;
                (
                    "Không áp dụng",
                    "na",
                    Some("Mô hình không có thành phần thuộc phạm vi quy tắc.".into()),
                )
            } else {
                counts.passed += 1;
                ("Đạt", "passed", None)
            };
            MatrixRow {
                code: rule.code.to_owned(),
                title: vi::capitalize(rule.title_vi),
                severity: severity_label(if open.is_empty() {
                    rule.severity
                } else {
                    severity
                }),
                status,
                class,
                evidence,
                note,
            }
        })
        .collect();
    (
        Matrix {
            heading: "2. Ma trận đánh giá theo từng yêu cầu".into(),
            intro: "Kết quả của từng quy tắc kiểm tra thuộc Khung Kiến trúc phiên bản 1.0: Đạt; Lưu ý (chỉ có khuyến nghị mức thông tin); Không đạt; Miễn trừ (kèm lý do và thời hạn); Không áp dụng (mô hình không có thành phần thuộc phạm vi quy tắc); Không chạy (quy tắc bị tắt); Chưa đánh giá đủ (mô hình còn lỗi nạp dữ liệu nên quy tắc chỉ xét được phần đọc được).".into(),
            rows,
        },
        counts,
    )
}

fn verdict(input: &Input, c: &Counts, total: usize) -> Verdict {
    let load_errors = input
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.waived.is_none() && !d.code.is_rule())
        .count();
    let (label, class) = if input.model.manifest.is_none() {
        ("CHƯA ĐÁNH GIÁ", "unknown")
    } else if c.failed_errors > 0 || load_errors > 0 {
        ("CHƯA PHÙ HỢP", "fail")
    } else if c.failed_other > 0 || c.waived > 0 {
        ("PHÙ HỢP CÓ ĐIỀU KIỆN", "conditional")
    } else {
        ("PHÙ HỢP", "pass")
    };
    let mut paragraphs = vec![format!(
        "Đã đánh giá {total} yêu cầu: đạt {}; đạt, có lưu ý {}; không đạt {} (trong đó {} ở mức lỗi); miễn trừ {}; không áp dụng {}; không chạy {}; chưa đánh giá đủ {}.",
        c.passed,
        c.notes,
        c.failed_errors + c.failed_other,
        c.failed_errors,
        c.waived,
        c.na,
        c.off,
        c.partial
    )];
    if load_errors > 0 {
        paragraphs.push(format!(
            "Mô hình còn {load_errors} lỗi về cấu trúc, cú pháp hoặc tham chiếu."
        ));
    }
    paragraphs.push(match class {
        "pass" => "Kiến trúc phù hợp với Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0.".into(),
        "conditional" => "Kiến trúc phù hợp với Khung Kiến trúc, với các điểm cần lưu ý hoặc được miễn trừ nêu tại mục 2 và mục 3.".into(),
        "fail" => "Kiến trúc chưa phù hợp với Khung Kiến trúc; cần khắc phục các lỗi nêu tại mục 2 và mục 3 trước khi trình phê duyệt.".into(),
        _ => "Chưa đánh giá được do mô hình còn lỗi nạp dữ liệu.".into(),
    });
    Verdict {
        heading: "1. Kết luận".into(),
        label: label.into(),
        class,
        paragraphs,
    }
}

fn findings(input: &Input, names: &Names) -> FindingsByLayer {
    let mut layers: Vec<(u8, &'static str, Vec<Finding>)> = Vec::new();
    // Files are named relative to the architecture folder, so the report reads
    // the same wherever the model was checked out.
    let root = input
        .model
        .manifest_span
        .and_then(|s| input.sources.try_get(s.file))
        .and_then(|f| f.path.parent());
    for d in input.diagnostics {
        let (rank, heading) = layer_of(d.element.as_deref().and_then(|id| names.kind(id)));
        let location = d.span().and_then(|s| {
            let file = input.sources.try_get(s.file)?;
            let lc = input.sources.line_col(s);
            let path = root
                .and_then(|r| file.path.strip_prefix(r).ok())
                .unwrap_or(&file.path);
            let path = path.to_string_lossy().replace('\\', "/");
            Some(format!("{path}:{}:{}", lc.line, lc.column))
        });
        let finding = Finding {
            code: d.code.to_string(),
            severity: severity_label(d.severity),
            message: d.message.vi().to_string(),
            element: d.element.clone(),
            location,
            waived: d.waived.as_ref().map(|w| vi::capitalize(&w.vi())),
        };
        match layers.iter_mut().find(|l| l.0 == rank) {
            Some(l) => l.2.push(finding),
            None => layers.push((rank, heading, vec![finding])),
        }
    }
    layers.sort_by_key(|l| l.0);
    FindingsByLayer {
        heading: "3. Các phát hiện theo lớp kiến trúc".into(),
        empty: layers.is_empty().then(|| "Không có phát hiện nào.".into()),
        layers: layers
            .into_iter()
            .enumerate()
            .map(|(i, (_, h, findings))| Layer {
                heading: format!("3.{}. {h}", i + 1),
                findings,
            })
            .collect(),
    }
}

fn share(n: usize, total: usize) -> String {
    if total == 0 {
        "–".into()
    } else {
        format!("{}%", vi::number(n as f64 * 100.0 / total as f64, 1))
    }
}

fn services_table(model: &Model) -> Table {
    let total = model.services.len();
    let mut rows: Vec<Row> = (1..=4u8)
        .map(|level| {
            let n = model
                .services
                .iter()
                .filter(|s| s.level.value == level)
                .count();
            Row::data(vec![
                format!("Mức độ {level}"),
                n.to_string(),
                share(n, total),
            ])
        })
        .collect();
    rows.push(Row::total(vec![
        "Tổng cộng".into(),
        total.to_string(),
        share(total, total),
    ]));
    Table {
        unit: None,
        columns: vec![
            col("Mức độ", Align::Left, 40),
            col("Số dịch vụ", Align::Right, 30),
            col("Tỷ lệ", Align::Right, 30),
        ],
        rows,
    }
}

fn security_table(model: &Model) -> Table {
    let levels: Vec<Option<u8>> = model
        .applications
        .iter()
        .map(|a| a.security.as_ref().map(|s| s.level.value))
        .chain(
            model
                .databases
                .iter()
                .map(|d| d.security.as_ref().map(|s| s.level.value)),
        )
        .chain(
            model
                .infrastructure
                .iter()
                .map(|i| i.security.as_ref().map(|s| s.level.value)),
        )
        .collect();
    let total = levels.len();
    let mut rows: Vec<Row> = (1..=5u8)
        .map(|level| {
            let n = levels.iter().filter(|l| **l == Some(level)).count();
            Row::data(vec![
                format!("Cấp độ {level}"),
                n.to_string(),
                share(n, total),
            ])
        })
        .collect();
    let unknown = levels.iter().filter(|l| l.is_none()).count();
    rows.push(Row::data(vec![
        "Chưa xác định cấp độ".into(),
        unknown.to_string(),
        share(unknown, total),
    ]));
    rows.push(Row::total(vec![
        "Tổng cộng".into(),
        total.to_string(),
        share(total, total),
    ]));
    Table {
        unit: None,
        columns: vec![
            col("Cấp độ (Nghị định 85/2016/NĐ-CP)", Align::Left, 40),
            col("Số hệ thống", Align::Right, 30),
            col("Tỷ lệ", Align::Right, 30),
        ],
        rows,
    }
}
