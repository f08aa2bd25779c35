//! The approval decision (Quyết định phê duyệt) and its annex, the
//! architecture itself (framework note E.3, part by part).

use super::common::*;
use crate::documents::budget::{self, task_amounts};
use crate::legal::signature::{self, Block};
use crate::legal::vi;
use crate::model::manifest::Authority;
use crate::model::{AppKind, Model, OrgLevel, Scope};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub page: Page,
    /// Thẩm quyền ban hành: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM".
    pub authority_line: String,
    pub bases: Vec<String>,
    /// "Theo đề nghị của Giám đốc Sở … tại Tờ trình số … ngày … ."
    pub proposal: String,
    pub article1: Article1,
    pub article2: Article2,
    pub article3: Article3,
    pub recipients: Vec<String>,
    pub signature: Block,
    pub annex: Annex,
}

#[derive(Debug, Clone, Serialize)]
pub struct Article1 {
    pub heading: String,
    pub intro: String,
    pub objectives: Section<Vec<Objective>>,
    pub orientation: Section<Vec<String>>,
    pub model: Section<Vec<String>>,
    /// Inline SVG of the overall view, when available.
    pub diagram_svg: Option<String>,
    /// The same view as a block table (used by the DOCX).
    pub diagram_table: Option<Table>,
    pub diagram_caption: String,
    pub tasks: Section<Table>,
    pub solutions: Section<Vec<SolutionGroup>>,
    pub funding: Section<Table>,
    pub funding_sentence: String,
}

/// A numbered part of an article: its heading and its content.
#[derive(Debug, Clone, Serialize)]
pub struct Section<T> {
    pub heading: String,
    pub body: T,
}

#[derive(Debug, Clone, Serialize)]
pub struct SolutionGroup {
    pub heading: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Article2 {
    pub heading: String,
    pub agencies: Vec<Duties>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Duties {
    pub heading: String,
    pub duties: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Article3 {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// The annex: the architecture (Mẫu 1.3 / 2.1 of Decree 30).
#[derive(Debug, Clone, Serialize)]
pub struct Annex {
    pub header: Header,
    pub title: String,
    /// "(Kèm theo Quyết định số … ngày … của …)"
    pub attached_to: String,
    pub sections: Vec<AnnexSection>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnnexSection {
    pub heading: String,
    pub intro: Option<String>,
    pub table: Table,
}

pub fn build(input: &Input) -> Decision {
    let model = input.model;
    let names = Names::new(model);
    let facts = Facts::new(model, &names);
    let manifest = model.manifest.as_ref();
    let decision = manifest.and_then(|m| m.decision.as_ref());
    let submission = manifest.and_then(|m| m.submission.as_ref());
    let authority = decision.map_or(Authority::PeopleCommittee, |d| d.authority.value);

    let header = Header {
        parent: None,
        agency: vec![
            "ỦY BAN NHÂN DÂN".into(),
            format!("TỈNH {}", vi::upper(&facts.province)),
        ],
        number: Some(number_line(decision.map(|d| d.number.as_str()), "QĐ-UBND")),
        place_date: Some(place_date(&facts, decision.map(|d| d.date.value))),
    };
    let summary = format!("Phê duyệt {}", facts.architecture);
    let page = page(input, &facts, header, "QUYẾT ĐỊNH", summary);

    let authority_line = match authority {
        Authority::PeopleCommittee => facts.committee_upper(),
        Authority::Chairman => format!("CHỦ TỊCH {}", facts.committee_upper()),
    };

    let proposal = match submission {
        Some(s) => format!(
            "Theo đề nghị của Giám đốc {} tại Tờ trình số {} {}.",
            facts.maintainer,
            vi::normalize(&s.number),
            vi::date_long(s.date.value)
        ),
        None => format!(
            "Theo đề nghị của Giám đốc {} tại Tờ trình số        /TTr-STTTT ngày      tháng      năm {}.",
            facts.maintainer, facts.draft_year
        ),
    };

    let signature = match decision {
        Some(d) => signature::decision(authority, &d.signer).0,
        None => signature::unsigned(&["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    };

    let totals = budget::totals(model);
    let article1 = Article1 {
        heading: "Điều 1.".into(),
        intro: format!(
            "Phê duyệt {} (sau đây gọi tắt là Kiến trúc) kèm theo Quyết định này, với các nội dung chủ yếu sau:",
            facts.architecture
        ),
        objectives: Section {
            heading: "1. Mục tiêu".into(),
            body: objectives(model),
        },
        orientation: Section {
            heading: "2. Định hướng phát triển".into(),
            body: orientation(model),
        },
        model: Section {
            heading: "3. Mô hình Kiến trúc Chính quyền điện tử tỉnh".into(),
            body: components(model, &names),
        },
        diagram_svg: input.diagram_svg.clone(),
        diagram_table: input.diagram_table.clone(),
        diagram_caption: format!(
            "Sơ đồ tổng thể Kiến trúc Chính quyền điện tử tỉnh {}",
            facts.province
        ),
        tasks: Section {
            heading: "4. Nhiệm vụ".into(),
            body: task_table(model, &names, &totals),
        },
        solutions: Section {
            heading: "5. Giải pháp thực hiện".into(),
            body: solutions(model, &names),
        },
        funding: Section {
            heading: "6. Kinh phí thực hiện".into(),
            body: funding_table(model, &totals),
        },
        funding_sentence: funding_sentence(&totals),
    };

    let article2 = Article2 {
        heading: "Điều 2. Tổ chức thực hiện".into(),
        agencies: duties(input, &names),
    };
    let article3 = Article3 {
        heading: "Điều 3.".into(),
        paragraphs: vec![
            "Quyết định này có hiệu lực thi hành kể từ ngày ký.".into(),
            executors(input, &names),
        ],
    };
    let recipients = vec![
        "Như Điều 3;".into(),
        "Bộ Thông tin và Truyền thông (để b/c);".into(),
        "TT Tỉnh ủy, TT HĐND tỉnh (để b/c);".into(),
        "CT, các PCT UBND tỉnh;".into(),
        "Lưu: VT.".into(),
    ];

    let annex = Annex {
        header: Header {
            parent: None,
            agency: vec![
                "ỦY BAN NHÂN DÂN".into(),
                format!("TỈNH {}", vi::upper(&facts.province)),
            ],
            number: None,
            place_date: None,
        },
        title: vi::upper(&facts.architecture),
        attached_to: match decision {
            Some(d) => format!(
                "(Kèm theo Quyết định số {} {} của {})",
                vi::normalize(&d.number),
                vi::date_long(d.date.value),
                attached_issuer(authority, &facts)
            ),
            None => format!(
                "(Kèm theo Quyết định số        /QĐ-UBND ngày      tháng      năm {} của {})",
                facts.draft_year,
                attached_issuer(authority, &facts)
            ),
        },
        sections: annex_sections(model, &names),
    };

    Decision {
        page,
        authority_line,
        bases: bases(&facts),
        proposal,
        article1,
        article2,
        article3,
        recipients,
        signature,
        annex,
    }
}

fn attached_issuer(authority: Authority, facts: &Facts) -> String {
    match authority {
        Authority::PeopleCommittee => facts.committee(),
        Authority::Chairman => format!("Chủ tịch {}", facts.committee()),
    }
}

fn orientation(model: &Model) -> Vec<String> {
    let mut phases: Vec<_> = model.phases.iter().collect();
    phases.sort_by_key(|p| (p.from.value, p.to.value));
    phases
        .iter()
        .map(|p| {
            let label = phase_label(model, p.id.as_str());
            match p.focus.as_deref().or(p.description.as_deref()) {
                Some(focus) => format!("{label}: {}", vi::normalize(focus)),
                None => label,
            }
        })
        .collect()
}

fn list(names: Vec<String>) -> String {
    if names.is_empty() {
        "(chưa khai báo)".into()
    } else {
        names.join("; ")
    }
}

/// One line per layer of the provincial model (framework 1.0 §A.1).
fn components(model: &Model, names: &Names) -> Vec<String> {
    let n = |s: &crate::model::Spanned<String>| vi::normalize(s);
    let mut out = Vec::new();
    out.push(format!(
        "a) Người sử dụng: {}.",
        list(model.actors.iter().map(|a| n(&a.name)).collect())
    ));
    out.push(format!(
        "b) Kênh truy cập: {}.",
        list(model.channels.iter().map(|c| n(&c.name)).collect())
    ));
    let mut levels = [0usize; 4];
    for s in &model.services {
        if let Some(slot) = levels.get_mut(usize::from(s.level.value).wrapping_sub(1)) {
            *slot += 1;
        }
    }
    out.push(format!(
        "c) Dịch vụ công trực tuyến: {} dịch vụ (mức độ 1: {}; mức độ 2: {}; mức độ 3: {}; mức độ 4: {}).",
        model.services.len(),
        levels[0],
        levels[1],
        levels[2],
        levels[3]
    ));
    let apps = |scope: Scope| {
        model
            .applications
            .iter()
            .filter(|a| a.scope.value == scope && a.kind.value != AppKind::IntegrationPlatform)
            .map(|a| n(&a.name))
            .collect::<Vec<_>>()
    };
    out.push(format!(
        "d) Ứng dụng dùng chung: {}.",
        list(apps(Scope::Shared))
    ));
    out.push(format!(
        "đ) Ứng dụng chuyên ngành: {}.",
        list(apps(Scope::Specialised))
    ));
    out.push(format!(
        "e) Cơ sở dữ liệu: {}.",
        list(model.databases.iter().map(|d| n(&d.name)).collect())
    ));
    let lgsp: Vec<String> = model
        .applications
        .iter()
        .filter(|a| a.kind.value == AppKind::IntegrationPlatform)
        .map(|a| {
            let national: Vec<String> = a.connects_to.iter().map(|r| names.name(r)).collect();
            if national.is_empty() {
                n(&a.name)
            } else {
                format!("{}, kết nối với {}", n(&a.name), national.join(", "))
            }
        })
        .collect();
    out.push(format!(
        "g) Nền tảng tích hợp, chia sẻ dữ liệu: {}.",
        list(lgsp)
    ));
    out.push(format!(
        "h) Hạ tầng kỹ thuật: {}.",
        list(model.infrastructure.iter().map(|i| n(&i.name)).collect())
    ));
    out.push(format!(
        "i) Bảo đảm an toàn thông tin: {}.",
        list(model.controls.iter().map(|c| n(&c.name)).collect())
    ));
    out
}

/// Tasks by phase, then priority, with lead, partners, years, mode and budget by source.
fn task_table(model: &Model, names: &Names, totals: &budget::Totals) -> Table {
    let sources: Vec<_> = vi::SOURCES
        .iter()
        .copied()
        .filter(|s| totals.by_source.get(s).is_some_and(|m| !m.is_zero()))
        .collect();
    let mut columns = vec![
        col("TT", Align::Center, 5),
        col("Nhiệm vụ", Align::Left, 26),
        col("Chủ trì", Align::Left, 9),
        col("Phối hợp", Align::Left, 13),
        col("Thời gian", Align::Center, 9),
        col("Ưu tiên", Align::Center, 5),
        col("Hình thức", Align::Left, 9),
    ];
    let money_width = (23 / (sources.len() as u8 + 1)).max(6);
    columns.extend(
        sources
            .iter()
            .map(|s| col(vi::source_name(*s).1, Align::Right, money_width)),
    );
    columns.push(col("Tổng", Align::Right, money_width));

    let mut rows = Vec::new();
    let mut n = 0;
    for phase in &totals.phase_order {
        let mut tasks: Vec<_> = model
            .tasks
            .iter()
            .filter(|t| &t.phase.value == phase)
            .collect();
        if tasks.is_empty() {
            continue;
        }
        tasks.sort_by_key(|t| {
            (
                t.priority.as_ref().map_or(u8::MAX, |p| p.value),
                t.from.value,
                t.id.value.clone(),
            )
        });
        rows.push(Row::group(phase_label(model, phase)));
        for t in tasks {
            n += 1;
            let (total, by_source) = task_amounts(t);
            let mut cells = vec![
                n.to_string(),
                vi::normalize(&t.name),
                names.short(&t.lead),
                t.partners
                    .iter()
                    .map(|p| names.short(p))
                    .collect::<Vec<_>>()
                    .join(", "),
                if t.from.value == t.to.value {
                    t.from.value.to_string()
                } else {
                    format!("{}-{}", t.from.value, t.to.value)
                },
                t.priority
                    .as_ref()
                    .map(|p| p.value.to_string())
                    .unwrap_or_default(),
                t.delivery
                    .as_ref()
                    .map(|d| vi::delivery_name(d.value).to_owned())
                    .unwrap_or_default(),
            ];
            cells.extend(
                sources
                    .iter()
                    .map(|s| by_source.get(s).map(|m| m.million()).unwrap_or_default()),
            );
            cells.push(if total.is_zero() {
                "–".into()
            } else {
                total.million()
            });
            rows.push(Row::data(cells));
        }
    }
    // Lead, partners, years, priority and delivery stay empty in the total row.
    rows.push(grand_total_row(6, &sources, totals));
    money_table(columns, rows)
}

fn solutions(model: &Model, names: &Names) -> Vec<SolutionGroup> {
    let mut kinds: Vec<_> = model.solutions.iter().map(|s| s.kind.value).collect();
    kinds.sort_by_key(|k| vi::solution_kind_name(*k));
    kinds.dedup();
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| SolutionGroup {
            heading: format!(
                "{}) {}",
                LETTERS.get(i).copied().unwrap_or("-"),
                vi::solution_kind_name(kind)
            ),
            items: model
                .solutions
                .iter()
                .filter(|s| s.kind.value == kind)
                .map(|s| {
                    let mut text = vi::normalize(&s.name);
                    if let Some(d) = &s.description {
                        text.push_str(": ");
                        text.push_str(&vi::normalize(d));
                    }
                    if let Some(lead) = &s.lead {
                        text.push_str(&format!(" (chủ trì: {})", names.name(lead)));
                    }
                    if !text.ends_with('.') {
                        text.push('.');
                    }
                    text
                })
                .collect(),
        })
        .collect()
}

/// Order of agencies in Điều 2: the maintainer first, then by administrative
/// level (province, departments, districts, communes), then as declared.
fn level_rank(model: &Model, id: &str) -> u8 {
    let is_maintainer = model
        .manifest
        .as_ref()
        .is_some_and(|m| m.architecture.maintainer.as_str() == id);
    if is_maintainer {
        return 0;
    }
    match model
        .organizations
        .iter()
        .find(|o| o.id.as_str() == id)
        .map(|o| o.level.value)
    {
        Some(OrgLevel::Province) => 1,
        Some(OrgLevel::Department) => 2,
        Some(OrgLevel::District) => 3,
        Some(OrgLevel::Commune) => 4,
        _ => 5,
    }
}

fn duties(input: &Input, names: &Names) -> Vec<Duties> {
    let mut resp: Vec<_> = input.extras.responsibilities.iter().collect();
    resp.sort_by_key(|r| level_rank(input.model, &r.agency));
    resp.iter()
        .enumerate()
        .map(|(i, r)| Duties {
            heading: format!("{}. {}", i + 1, names.name(&r.agency)),
            duties: r
                .duties
                .iter()
                .enumerate()
                .map(|(j, d)| {
                    let letter = LETTERS.get(j).copied().unwrap_or("-");
                    let mut d = vi::normalize(d);
                    if !d.ends_with(['.', ';']) {
                        d.push(';');
                    }
                    format!("{letter}) {d}")
                })
                .collect(),
        })
        .collect()
}

/// Điểm letters as Decree 30 numbers them (Vietnamese alphabet, đ after d).
pub const LETTERS: &[&str] = &[
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

/// The execution clause of Điều 3, naming the agencies of Điều 2.
fn executors(input: &Input, names: &Names) -> String {
    let mut departments = Vec::new();
    let mut others = Vec::new();
    let province_suffix = input
        .model
        .manifest
        .as_ref()
        .map(|m| format!(" tỉnh {}", vi::normalize(&m.architecture.province.name)))
        .unwrap_or_default();
    for r in &input.extras.responsibilities {
        let name = names.name(&r.agency);
        let level = input
            .model
            .organizations
            .iter()
            .find(|o| o.id.value == r.agency.value)
            .map(|o| o.level.value);
        match (level, name.strip_prefix("Sở ")) {
            (Some(OrgLevel::Department), Some(short)) => {
                let short = short.strip_suffix(&province_suffix).unwrap_or(short);
                departments.push(short.to_owned());
            }
            (Some(OrgLevel::District | OrgLevel::Commune), _) => {}
            _ => others.push(name),
        }
    }
    departments.sort();
    departments.dedup();
    let mut parts = vec!["Chánh Văn phòng Ủy ban nhân dân tỉnh".to_owned()];
    if !departments.is_empty() {
        parts.push(format!("Giám đốc các Sở: {}", departments.join(", ")));
    }
    parts.push("Thủ trưởng các sở, ban, ngành thuộc tỉnh".into());
    parts.push("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố".into());
    others.retain(|o| !o.starts_with("Ủy ban nhân dân tỉnh") && !o.starts_with("Văn phòng"));
    parts.extend(others.into_iter().map(|o| format!("Thủ trưởng {o}")));
    format!(
        "{} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        parts.join("; ")
    )
}

fn annex_sections(model: &Model, names: &Names) -> Vec<AnnexSection> {
    let n = |s: &crate::model::Spanned<String>| vi::normalize(s);
    let desc = |d: &Option<String>| d.as_deref().map(vi::normalize).unwrap_or_default();
    let owner =
        |o: &Option<crate::model::Ref>| o.as_ref().map(|r| names.short(r)).unwrap_or_default();
    let status = |s: crate::model::common::Status| {
        match s {
            crate::model::common::Status::Existing => "Hiện có",
            crate::model::common::Status::Planned => "Xây dựng mới",
            crate::model::common::Status::Upgrading => "Nâng cấp",
            crate::model::common::Status::Retiring => "Dừng sử dụng",
        }
        .to_owned()
    };
    // The level, with the decision that approved it when the dossier records one.
    let security = |s: &Option<crate::model::common::Security>| {
        s.as_ref()
            .map(|s| match &s.approval {
                Some(a) => format!(
                    "Cấp độ {} (phê duyệt tại văn bản số {}, {})",
                    s.level.value,
                    vi::normalize(&a.number),
                    vi::date_short(a.date.value)
                ),
                None => format!("Cấp độ {}", s.level.value),
            })
            .unwrap_or_else(|| "–".into())
    };
    let numbered = |rows: Vec<Vec<String>>| -> Vec<Row> {
        rows.into_iter()
            .enumerate()
            .map(|(i, mut cells)| {
                cells.insert(0, (i + 1).to_string());
                Row::data(cells)
            })
            .collect()
    };
    let mut sections = Vec::new();
    sections.push(AnnexSection {
        heading: "I. NGƯỜI SỬ DỤNG VÀ KÊNH TRUY CẬP".into(),
        intro: None,
        table: Table {
            unit: None,
            columns: vec![
                col("TT", Align::Center, 6),
                col("Thành phần", Align::Left, 34),
                col("Loại", Align::Left, 20),
                col("Mô tả", Align::Left, 40),
            ],
            rows: numbered(
                model
                    .actors
                    .iter()
                    .map(|a| vec![n(&a.name), "Người sử dụng".into(), desc(&a.description)])
                    .chain(
                        model.channels.iter().map(|c| {
                            vec![n(&c.name), "Kênh truy cập".into(), desc(&c.description)]
                        }),
                    )
                    .collect(),
            ),
        },
    });
    sections.push(AnnexSection {
        heading: "II. DỊCH VỤ CÔNG TRỰC TUYẾN".into(),
        intro: None,
        table: Table {
            unit: None,
            columns: vec![
                col("TT", Align::Center, 6),
                col("Dịch vụ", Align::Left, 40),
                col("Lĩnh vực", Align::Left, 18),
                col("Mức độ", Align::Center, 10),
                col("Cơ quan cung cấp", Align::Left, 26),
            ],
            rows: numbered(
                model
                    .services
                    .iter()
                    .map(|s| {
                        vec![
                            n(&s.name),
                            s.field.as_deref().map(vi::normalize).unwrap_or_default(),
                            s.level.value.to_string(),
                            owner(&s.provider),
                        ]
                    })
                    .collect(),
            ),
        },
    });
    sections.push(AnnexSection {
        heading: "III. ỨNG DỤNG VÀ NỀN TẢNG TÍCH HỢP".into(),
        intro: None,
        table: Table {
            unit: None,
            columns: vec![
                col("TT", Align::Center, 6),
                col("Ứng dụng", Align::Left, 36),
                col("Phạm vi", Align::Left, 14),
                col("Chủ quản", Align::Left, 18),
                col("Hiện trạng", Align::Left, 14),
                col("An toàn thông tin", Align::Center, 12),
            ],
            rows: numbered(
                model
                    .applications
                    .iter()
                    .map(|a| {
                        vec![
                            n(&a.name),
                            match a.scope.value {
                                Scope::Shared => "Dùng chung".into(),
                                Scope::Specialised => "Chuyên ngành".into(),
                            },
                            owner(&a.owner),
                            status(a.status.value),
                            security(&a.security),
                        ]
                    })
                    .collect(),
            ),
        },
    });
    sections.push(AnnexSection {
        heading: "IV. CƠ SỞ DỮ LIỆU".into(),
        intro: None,
        table: Table {
            unit: None,
            columns: vec![
                col("TT", Align::Center, 6),
                col("Cơ sở dữ liệu", Align::Left, 40),
                col("Phạm vi", Align::Left, 16),
                col("Chủ quản", Align::Left, 24),
                col("An toàn thông tin", Align::Center, 14),
            ],
            rows: numbered(
                model
                    .databases
                    .iter()
                    .map(|d| {
                        vec![
                            n(&d.name),
                            match d.scope.value {
                                Scope::Shared => "Dùng chung".into(),
                                Scope::Specialised => "Chuyên ngành".into(),
                            },
                            owner(&d.owner),
                            security(&d.security),
                        ]
                    })
                    .collect(),
            ),
        },
    });
    sections.push(AnnexSection {
        heading: "V. HẠ TẦNG KỸ THUẬT VÀ AN TOÀN THÔNG TIN".into(),
        intro: None,
        table: Table {
            unit: None,
            columns: vec![
                col("TT", Align::Center, 6),
                col("Thành phần", Align::Left, 40),
                col("Đơn vị vận hành", Align::Left, 24),
                col("Hiện trạng", Align::Left, 16),
                col("An toàn thông tin", Align::Center, 14),
            ],
            rows: numbered(
                model
                    .infrastructure
                    .iter()
                    .map(|i| {
                        vec![
                            n(&i.name),
                            owner(&i.operator),
                            status(i.status.value),
                            security(&i.security),
                        ]
                    })
                    .chain(model.controls.iter().map(|c| {
                        vec![
                            n(&c.name),
                            owner(&c.operator),
                            status(c.status.value),
                            "–".into(),
                        ]
                    }))
                    .collect(),
            ),
        },
    });
    sections
}
