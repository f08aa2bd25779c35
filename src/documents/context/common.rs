//! Parts every document shares: the Decree 30 header, the draft banner,
//! tables, names of elements, the căn cứ list, objectives and funding tables.

use crate::diagnostic::{Diagnostic, Severity};
use crate::documents::budget::{self, Money};
use crate::legal::{citations, vi};
use crate::model::manifest::FrameworkVersion;
use crate::model::{Date, ElementKind, Extras, Manifest, Model};
use crate::source::SourceMap;
use serde::Serialize;
use std::collections::HashMap;

/// Everything the documents are built from.
pub struct Input<'a> {
    pub model: &'a Model,
    pub extras: &'a Extras,
    pub sources: &'a SourceMap,
    /// Every diagnostic of the check, waived ones included.
    pub diagnostics: &'a [Diagnostic],
    /// The rules that judged only part of the model, because of load errors.
    pub partial: &'a crate::rules::impaired::Partial,
    /// The overall view as an SVG document, when the renderer is available.
    pub diagram_svg: Option<String>,
    /// The overall view as a block table, for forms that cannot show the SVG (DOCX).
    pub diagram_table: Option<Table>,
}

impl Input<'_> {
    /// Errors that are not waived: the N of the draft banner.
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && d.waived.is_none())
            .count()
    }
}

/// The Decree 30 header: agency block left, national motto right, then the
/// number and the place and date on one line (ô 1–4).
#[derive(Debug, Clone, Serialize)]
pub struct Header {
    /// Parent agency line, upright (ô 2, first line), if any.
    pub parent: Option<String>,
    /// Issuing agency, bold, one entry per line.
    pub agency: Vec<String>,
    /// "Số: 125/TTr-STTTT"; `None` for an annex (Mẫu 1.3 has no number).
    pub number: Option<String>,
    /// "Quảng Nam, ngày 07 tháng 9 năm 2018"; `None` for an annex.
    pub place_date: Option<String>,
}

pub const NATIONAL_NAME: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

/// What every page shows besides its content.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// `<title>` of the HTML file.
    pub title: String,
    /// "DỰ THẢO – còn 3 lỗi" when built with `--allow-findings` on a model with errors.
    pub draft: Option<String>,
    /// The architecture's note (e.g. that it is an illustration).
    pub note: Option<String>,
    pub national_name: &'static str,
    pub motto: &'static str,
    pub header: Header,
    /// Kind name (tên loại), upper case: "QUYẾT ĐỊNH".
    pub kind_name: String,
    /// Summary (trích yếu).
    pub summary: String,
    /// Name of the generator, for the colophon.
    pub generator: String,
}

/// Column alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub label: String,
    pub align: Align,
    /// Relative width in percent of the table.
    pub width: u8,
}

/// One row: data cells, a group heading spanning the table, or a total.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub cells: Vec<String>,
    /// Spans all columns (a phase heading inside the task table).
    pub group: Option<String>,
    /// A total row, printed bold.
    pub total: bool,
    /// Flagged rows (a pending comment) are highlighted.
    pub flagged: bool,
}

impl Row {
    pub fn data(cells: Vec<String>) -> Row {
        Row {
            cells,
            group: None,
            total: false,
            flagged: false,
        }
    }
    pub fn group(text: String) -> Row {
        Row {
            cells: Vec::new(),
            group: Some(text),
            total: false,
            flagged: false,
        }
    }
    pub fn total(cells: Vec<String>) -> Row {
        Row {
            total: true,
            ..Row::data(cells)
        }
    }
}

/// A table every form can print.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// A note above the table, right-aligned ("Đơn vị tính: triệu đồng").
    pub unit: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

pub fn col(label: &str, align: Align, width: u8) -> Column {
    Column {
        label: label.to_owned(),
        align,
        width,
    }
}

/// Names of every declared element by id.
pub struct Names<'a> {
    map: HashMap<&'a str, (&'a str, ElementKind)>,
    short: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    pub fn new(model: &'a Model) -> Names<'a> {
        let map = model
            .elements()
            .map(|e| (e.id.as_str(), (e.name.as_str(), e.kind)))
            .collect();
        let short = model
            .organizations
            .iter()
            .filter_map(|o| o.short_name.as_deref().map(|s| (o.id.as_str(), s)))
            .collect();
        Names { map, short }
    }

    /// The element's name, or a national system's name, or the id itself.
    pub fn name(&self, id: &str) -> String {
        if let Some((name, _)) = self.map.get(id) {
            return vi::normalize(name);
        }
        if let Some(n) = crate::model::catalogue::national(id) {
            return n.name_vi.to_owned();
        }
        id.to_owned()
    }

    /// An organization's short name for tables, else its name.
    pub fn short(&self, id: &str) -> String {
        match self.short.get(id) {
            Some(s) => vi::normalize(s),
            None => self.name(id),
        }
    }

    pub fn kind(&self, id: &str) -> Option<ElementKind> {
        self.map
            .get(id)
            .map(|(_, k)| *k)
            .or_else(|| crate::model::catalogue::kind_of(id))
    }
}

/// Facts about the architecture every document uses.
pub struct Facts {
    pub province: String,
    pub place: String,
    /// "Kiến trúc Chính quyền điện tử tỉnh Quảng Nam, phiên bản 1.0"
    pub architecture: String,
    pub framework: FrameworkVersion,
    pub maintainer: String,
    pub note: Option<String>,
    /// The year printed in the date line of an undated draft.
    pub draft_year: u16,
    /// The date the căn cứ list is chosen for.
    pub basis_date: Date,
}

impl Facts {
    pub fn new(model: &Model, names: &Names) -> Facts {
        let Some(m) = &model.manifest else {
            return Facts {
                province: "…".into(),
                place: "…".into(),
                architecture: "Kiến trúc Chính quyền điện tử".into(),
                framework: FrameworkVersion::V1_0,
                maintainer: "Sở Thông tin và Truyền thông".into(),
                note: None,
                draft_year: 2000,
                basis_date: Date {
                    year: 2000,
                    month: 1,
                    day: 1,
                },
            };
        };
        let province = vi::normalize(&m.architecture.province.name);
        let place = m
            .architecture
            .province
            .place
            .as_deref()
            .map(vi::normalize)
            .unwrap_or_else(|| province.clone());
        let name = vi::normalize(&m.architecture.name);
        let version = vi::normalize(&m.architecture.version);
        let architecture = if name.to_lowercase().contains("phiên bản") {
            name
        } else {
            format!("{name}, phiên bản {version}")
        };
        let draft_year = draft_year(m);
        let basis_date = m
            .decision
            .as_ref()
            .map(|d| d.date.value)
            .or_else(|| m.submission.as_ref().map(|s| s.date.value))
            .unwrap_or(Date {
                year: draft_year,
                month: 12,
                day: 31,
            });
        Facts {
            province,
            place,
            architecture,
            framework: m.framework.value,
            maintainer: names.name(m.architecture.maintainer.as_str()),
            note: m.architecture.note.as_deref().map(vi::normalize),
            draft_year,
            basis_date,
        }
    }

    /// "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
    pub fn committee_upper(&self) -> String {
        format!("ỦY BAN NHÂN DÂN TỈNH {}", vi::upper(&self.province))
    }

    /// The maintainer's name for a header under "UBND TỈNH X", without a
    /// trailing "tỉnh X": "SỞ THÔNG TIN VÀ TRUYỀN THÔNG".
    pub fn maintainer_upper(&self) -> String {
        let suffix = format!(" tỉnh {}", self.province);
        let name = self
            .maintainer
            .strip_suffix(&suffix)
            .unwrap_or(&self.maintainer);
        vi::upper(name)
    }

    /// "Ủy ban nhân dân tỉnh Quảng Nam"
    pub fn committee(&self) -> String {
        format!("Ủy ban nhân dân tỉnh {}", self.province)
    }
}

fn draft_year(m: &Manifest) -> u16 {
    m.decision
        .as_ref()
        .map(|d| d.date.value.year)
        .or_else(|| m.submission.as_ref().map(|s| s.date.value.year))
        .unwrap_or(m.architecture.period.from.value)
}

/// "Quảng Nam, ngày 07 tháng 9 năm 2018", or the blank form of a draft.
pub fn place_date(facts: &Facts, date: Option<Date>) -> String {
    match date {
        Some(d) => format!("{}, {}", facts.place, vi::date_long(d)),
        None => format!("{}, {}", facts.place, vi::date_blank(facts.draft_year)),
    }
}

/// "Số: 125/TTr-STTTT", or "Số:        /TTr-STTTT" when not numbered yet.
pub fn number_line(number: Option<&str>, blank_suffix: &str) -> String {
    match number {
        Some(n) => format!("Số: {}", vi::normalize(n)),
        None => format!("Số:        /{blank_suffix}"),
    }
}

pub fn page(
    input: &Input,
    facts: &Facts,
    header: Header,
    kind_name: &str,
    summary: String,
) -> Page {
    let errors = input.error_count();
    Page {
        title: format!(
            "{} – {}",
            vi::capitalize(&kind_name.to_lowercase()),
            summary
        ),
        draft: (errors > 0).then(|| format!("DỰ THẢO – còn {errors} lỗi")),
        note: facts.note.clone(),
        national_name: NATIONAL_NAME,
        motto: MOTTO,
        header,
        kind_name: kind_name.to_owned(),
        summary,
        generator: format!("kientruc {}", env!("CARGO_PKG_VERSION")),
    }
}

/// The căn cứ lines: "Căn cứ …;" each, for the decision (italic, ô 6).
pub fn bases(facts: &Facts) -> Vec<String> {
    citations::bases(facts.framework, facts.basis_date)
        .iter()
        .map(|i| format!("Căn cứ {};", i.cite()))
        .collect()
}

/// One objective as a sentence, with its measurable target when it has one.
#[derive(Debug, Clone, Serialize)]
pub struct Objective {
    pub id: String,
    pub text: String,
    /// No metric or target: the seeds' "objectives that were not concrete".
    pub vague: bool,
}

fn with_unit(value: f64, unit: Option<&str>) -> String {
    let n = vi::number(value, 2);
    match unit.map(str::trim) {
        Some("%") => format!("{n}%"),
        Some(u) if !u.is_empty() => format!("{n} {}", vi::normalize(u)),
        _ => n,
    }
}

pub fn objectives(model: &Model) -> Vec<Objective> {
    model
        .objectives
        .iter()
        .map(|o| {
            let name = vi::normalize(&o.name);
            let unit = o.unit.as_deref();
            let mut text = name;
            let vague = o.metric.is_none() || o.target.is_none();
            if let Some(metric) = &o.metric {
                text.push_str(": ");
                text.push_str(&vi::normalize(metric));
            }
            if let Some(target) = &o.target {
                text.push_str(&format!(" đạt {}", with_unit(target.value, unit)));
            }
            if let Some(deadline) = &o.deadline {
                text.push_str(&format!(" vào năm {}", deadline.value));
            }
            if let Some(b) = &o.baseline {
                text.push_str(&format!(
                    " (năm {}: {})",
                    b.year.value,
                    with_unit(b.value, unit)
                ));
            }
            text.push(';');
            Objective {
                id: o.id.value.clone(),
                text,
                vague,
            }
        })
        .collect()
}

/// The targets table of the report.
pub fn targets_table(model: &Model) -> Table {
    let rows = model
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let unit = o.unit.as_deref();
            Row::data(vec![
                (i + 1).to_string(),
                vi::normalize(&o.name),
                o.metric
                    .as_ref()
                    .map(|m| vi::normalize(m))
                    .unwrap_or_else(|| "(chưa xác định)".into()),
                o.baseline
                    .as_ref()
                    .map(|b| format!("{} ({})", with_unit(b.value, unit), b.year.value))
                    .unwrap_or_else(|| "–".into()),
                o.target
                    .as_ref()
                    .map(|t| with_unit(t.value, unit))
                    .unwrap_or_else(|| "(chưa xác định)".into()),
                o.deadline
                    .as_ref()
                    .map(|d| d.value.to_string())
                    .unwrap_or_else(|| "–".into()),
            ])
        })
        .collect();
    Table {
        unit: None,
        columns: vec![
            col("TT", Align::Center, 6),
            col("Mục tiêu", Align::Left, 28),
            col("Chỉ tiêu", Align::Left, 30),
            col("Hiện trạng", Align::Right, 12),
            col("Chỉ tiêu cần đạt", Align::Right, 12),
            col("Thời hạn", Align::Center, 12),
        ],
        rows,
    }
}

/// The regulations table of the report: kind, number, date, issuer and status.
pub fn regulations_table(model: &Model) -> Table {
    use crate::model::RegulationKind as K;
    use crate::model::common::Status;
    let mut regs: Vec<_> = model.regulations.iter().collect();
    regs.sort_by_key(|r| (r.date.as_ref().map(|d| d.value), r.id.value.clone()));
    let rows = regs
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let kind = match r.kind.value {
                K::Law => "Luật",
                K::Resolution => "Nghị quyết",
                K::Decree => "Nghị định",
                K::Decision => "Quyết định",
                K::Directive => "Chỉ thị",
                K::Circular => "Thông tư",
                K::Letter => "Công văn",
                K::Plan => "Kế hoạch",
                K::Rule => "Quy chế, quy định",
                K::Standard => "Tiêu chuẩn, quy chuẩn",
                K::Other => "Văn bản khác",
            };
            let status = match r.status.value {
                Status::Existing => "Đang có hiệu lực",
                Status::Planned => "Dự kiến ban hành",
                Status::Upgrading => "Dự kiến sửa đổi, bổ sung",
                Status::Retiring => "Dự kiến thay thế",
            };
            Row::data(vec![
                (i + 1).to_string(),
                vi::normalize(&r.name),
                kind.into(),
                r.number
                    .as_ref()
                    .map(|n| vi::normalize(n))
                    .unwrap_or_else(|| "–".into()),
                r.date
                    .as_ref()
                    .map(|d| vi::date_short(d.value))
                    .unwrap_or_else(|| "–".into()),
                r.issuer
                    .as_deref()
                    .map(vi::normalize)
                    .unwrap_or_else(|| "–".into()),
                status.into(),
            ])
        })
        .collect();
    Table {
        unit: None,
        columns: vec![
            col("TT", Align::Center, 6),
            col("Tên văn bản", Align::Left, 34),
            col("Loại", Align::Left, 12),
            col("Số, ký hiệu", Align::Left, 14),
            col("Ngày ban hành", Align::Center, 11),
            col("Cơ quan ban hành", Align::Left, 12),
            col("Tình trạng", Align::Left, 11),
        ],
        rows,
    }
}

/// Phase heading: "Giai đoạn 2018 - 2020" (plus its name when it says more).
pub fn phase_label(model: &Model, id: &str) -> String {
    match model.phases.iter().find(|p| p.id.as_str() == id) {
        Some(p) => {
            let years = format!("Giai đoạn {} - {}", p.from.value, p.to.value);
            let name = vi::normalize(&p.name);
            if name.is_empty() || name.contains(&format!("{} - {}", p.from.value, p.to.value)) {
                years
            } else {
                format!("{years}: {name}")
            }
        }
        None => format!("Giai đoạn `{id}` (chưa khai báo)"),
    }
}

/// Funding by phase and source, with totals (đơn vị: triệu đồng).
pub fn funding_table(model: &Model, totals: &budget::Totals) -> Table {
    let sources: Vec<_> = vi::SOURCES
        .iter()
        .copied()
        .filter(|s| totals.by_source.get(s).is_some_and(|m| !m.is_zero()))
        .collect();
    let mut columns = vec![
        col("TT", Align::Center, 6),
        col("Giai đoạn", Align::Left, 34),
    ];
    let width = (60 / (sources.len() as u8 + 1)).max(8);
    columns.extend(
        sources
            .iter()
            .map(|s| col(vi::source_name(*s).0, Align::Right, width)),
    );
    columns.push(col("Tổng cộng", Align::Right, width));
    let mut rows = Vec::new();
    for (i, id) in totals.phase_order.iter().enumerate() {
        let Some((total, by_source)) = totals.by_phase.get(id) else {
            continue;
        };
        let mut cells = vec![(i + 1).to_string(), phase_label(model, id)];
        cells.extend(
            sources
                .iter()
                .map(|s| by_source.get(s).copied().unwrap_or_default().million()),
        );
        cells.push(total.million());
        rows.push(Row::data(cells));
    }
    rows.push(grand_total_row(1, &sources, totals));
    money_table(columns, rows)
}

/// The closing "Tổng cộng" row of a budget table: the number column, `text_columns`
/// text columns (the first says "Tổng cộng"), one amount per source, the grand total.
pub fn grand_total_row(
    text_columns: usize,
    sources: &[crate::model::common::FundingSource],
    totals: &budget::Totals,
) -> Row {
    let mut cells = vec![String::new(), "Tổng cộng".to_owned()];
    cells.extend(std::iter::repeat_n(
        String::new(),
        text_columns.saturating_sub(1),
    ));
    cells.extend(sources.iter().map(|s| {
        totals
            .by_source
            .get(s)
            .copied()
            .unwrap_or_default()
            .million()
    }));
    cells.push(totals.total.million());
    Row::total(cells)
}

/// A table of amounts in million đồng.
pub fn money_table(columns: Vec<Column>, rows: Vec<Row>) -> Table {
    Table {
        unit: Some("Đơn vị tính: triệu đồng".into()),
        columns,
        rows,
    }
}

/// "Tổng kinh phí dự kiến: 1.234,5 triệu đồng, trong đó: …"
pub fn funding_sentence(totals: &budget::Totals) -> String {
    let parts: Vec<String> = vi::SOURCES
        .iter()
        .filter_map(|s| {
            let m = totals.by_source.get(s).copied().unwrap_or(Money(0));
            (!m.is_zero()).then(|| {
                format!(
                    "{} {} triệu đồng",
                    vi::source_name(*s).0.to_lowercase(),
                    m.million()
                )
            })
        })
        .collect();
    if parts.is_empty() {
        return "Tổng kinh phí dự kiến: chưa xác định (các nhiệm vụ chưa có dự toán).".to_owned();
    }
    format!(
        "Tổng kinh phí dự kiến: {} triệu đồng, trong đó: {}.",
        totals.total.million(),
        parts.join("; ")
    )
}
