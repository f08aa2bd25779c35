//! The editable Word form of each document, with the Decree 30 layout: A4,
//! margins 20/20/30/15 mm, Times New Roman 14 pt, the two-column header, page
//! numbers centred at the top from page 2, the recipients and signature block
//! side by side. docx-rs escapes all text it writes.

use super::context::decision::Decision;
use super::context::report::Report;
use super::context::submission::Submission;
use super::context::{Align, Header, Page, Table as CtxTable};
use crate::diagnostic::Msg;
use crate::legal::signature::Block;
use docx_rs::{
    AlignmentType, BorderType, Docx, Header as DocHeader, LineSpacing, PageMargin, PageNum,
    PageNumType, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run,
    RunFonts, Section, SpecialIndentType, Table, TableCell, TableLayoutType, TableRow, WidthType,
};

const FONT: &str = "Times New Roman";
/// A4 in twips, and the margins (top/bottom 20 mm, left 30 mm, right 15 mm).
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN_TOP: i32 = 1134;
const MARGIN_BOTTOM: i32 = 1134;
const MARGIN_LEFT: i32 = 1701;
const MARGIN_RIGHT: i32 = 851;
const TEXT_W: usize = (PAGE_W as i32 - MARGIN_LEFT - MARGIN_RIGHT) as usize;
/// First-line indent of body text: 1 cm.
const INDENT: i32 = 567;
/// 6 pt between paragraphs.
const AFTER: u32 = 120;

/// Text style of one paragraph.
#[derive(Clone, Copy)]
struct Style {
    size: usize,
    bold: bool,
    italic: bool,
    align: AlignmentType,
    indent: bool,
    after: u32,
    before: u32,
}

const BODY: Style = Style {
    size: 28,
    bold: false,
    italic: false,
    align: AlignmentType::Both,
    indent: true,
    after: AFTER,
    before: 0,
};

impl Style {
    fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    fn italic(self) -> Style {
        Style {
            italic: true,
            ..self
        }
    }
    fn center(self) -> Style {
        Style {
            align: AlignmentType::Center,
            indent: false,
            ..self
        }
    }
    fn size(self, size: usize) -> Style {
        Style { size, ..self }
    }
    fn after(self, after: u32) -> Style {
        Style { after, ..self }
    }
    fn before(self, before: u32) -> Style {
        Style { before, ..self }
    }
    fn flush(self) -> Style {
        Style {
            indent: false,
            ..self
        }
    }
}

/// Text XML 1.0 can carry: C0 controls other than tab and line feed, DEL, C1
/// controls and U+FFFE/U+FFFF become U+FFFD. A model value such as
/// `name: "Sở\x01"` otherwise makes a DOCX that Word and LibreOffice refuse.
pub(crate) fn xml_text(text: &str) -> std::borrow::Cow<'_, str> {
    let bad =
        |c: char| (c.is_control() && c != '\t' && c != '\n') || c == '\u{FFFE}' || c == '\u{FFFF}';
    if text.contains(bad) {
        text.chars()
            .map(|c| if bad(c) { '\u{FFFD}' } else { c })
            .collect()
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn run(text: &str, s: Style) -> Run {
    let mut r = Run::new().add_text(xml_text(text)).size(s.size);
    if s.bold {
        r = r.bold();
    }
    if s.italic {
        r = r.italic();
    }
    r
}

fn para(text: &str, s: Style) -> Paragraph {
    shape(Paragraph::new().add_run(run(text, s)), s)
}

fn shape(p: Paragraph, s: Style) -> Paragraph {
    let mut p = p
        .align(s.align)
        .line_spacing(LineSpacing::new().before(s.before).after(s.after));
    if s.indent {
        p = p.indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None);
    }
    p
}

/// A short solid rule under a centred line: an empty paragraph with a bottom
/// border, indented so that it is about 40% as wide as `width` (Decree 30, ô 2
/// and ô 5b). A separate paragraph, so the text above keeps its full width.
fn short_rule(width: usize) -> Paragraph {
    let side = (width * 3 / 10) as i32;
    let mut p = Paragraph::new()
        .size(4)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(120)
                .line(60)
                .line_rule(docx_rs::LineSpacingType::Exact),
        )
        .indent(Some(side), None, Some(side), None);
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .space(0),
        ),
    );
    p
}

/// Content being assembled: paragraphs and tables in order.
#[derive(Default)]
struct Body {
    items: Vec<Item>,
}

enum Item {
    P(Box<Paragraph>),
    T(Box<Table>),
}

impl Body {
    fn p(&mut self, p: Paragraph) {
        self.items.push(Item::P(Box::new(p)));
    }
    fn text(&mut self, text: &str, s: Style) {
        self.p(para(text, s));
    }
    fn table(&mut self, t: Table) {
        self.items.push(Item::T(Box::new(t)));
    }
    fn into_section(self, s: Section) -> Section {
        self.items.into_iter().fold(s, |s, item| match item {
            Item::P(p) => s.add_paragraph(*p),
            Item::T(t) => s.add_table(*t),
        })
    }
    fn into_docx(self, d: Docx) -> Docx {
        self.items.into_iter().fold(d, |d, item| match item {
            Item::P(p) => d.add_paragraph(*p),
            Item::T(t) => d.add_table(*t),
        })
    }
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), |c, p| c.add_paragraph(p))
        .width(width, WidthType::Dxa)
}

/// The national motto block and the agency block side by side, then the
/// number and the place and date (ô 1–4).
fn masthead(body: &mut Body, page: &Page, h: &Header) {
    let left_w = TEXT_W * 40 / 100;
    let right_w = TEXT_W - left_w;
    let head = Style {
        size: 26,
        ..BODY.center().after(0)
    };
    let mut left = Vec::new();
    if let Some(parent) = &h.parent {
        left.push(para(parent, head));
    }
    for line in &h.agency {
        left.push(para(line, head.bold()));
    }
    if !h.agency.is_empty() {
        left.push(short_rule(left_w));
    }
    let right = vec![
        para(page.national_name, head.bold().size(25)),
        shape(
            Paragraph::new().add_run(run(page.motto, head.bold().size(28)).underline("single")),
            head,
        ),
    ];
    let mut rows = vec![TableRow::new(vec![
        cell(left, left_w),
        cell(right, right_w),
    ])];
    if h.number.is_some() || h.place_date.is_some() {
        rows.push(TableRow::new(vec![
            cell(
                vec![para(h.number.as_deref().unwrap_or(""), head.before(120))],
                left_w,
            ),
            cell(
                vec![para(
                    h.place_date.as_deref().unwrap_or(""),
                    head.italic().size(28).before(120),
                )],
                right_w,
            ),
        ]));
    }
    body.table(
        Table::without_borders(rows)
            .set_grid(vec![left_w, right_w])
            .width(TEXT_W, WidthType::Dxa)
            .layout(TableLayoutType::Fixed),
    );
}

fn banner(body: &mut Body, page: &Page) {
    if let Some(draft) = &page.draft {
        let mut p = shape(
            Paragraph::new().add_run(run(draft, BODY.bold()).color("B00000")),
            BODY.center(),
        );
        let border = |pos| {
            ParagraphBorder::new(pos)
                .val(BorderType::Single)
                .size(12)
                .color("B00000")
        };
        p.property = p.property.set_borders(
            ParagraphBorders::with_empty()
                .set(border(ParagraphBorderPosition::Top))
                .set(border(ParagraphBorderPosition::Bottom))
                .set(border(ParagraphBorderPosition::Left))
                .set(border(ParagraphBorderPosition::Right)),
        );
        body.p(p);
    }
    if let Some(note) = &page.note {
        body.text(note, BODY.italic().size(22).flush());
    }
}

fn title(body: &mut Body, page: &Page) {
    body.text(&page.kind_name, BODY.bold().center().before(240).after(0));
    body.text(&page.summary, BODY.bold().center().after(0));
    body.p(short_rule(TEXT_W / 2));
}

fn heading(body: &mut Body, text: &str) {
    body.p(para(text, BODY.bold()).keep_next(true));
}

fn table(body: &mut Body, t: &CtxTable) {
    if let Some(unit) = &t.unit {
        body.text(
            unit,
            Style {
                align: AlignmentType::Right,
                ..BODY.italic().size(24).flush().after(40)
            },
        );
    }
    let total: usize = t
        .columns
        .iter()
        .map(|c| usize::from(c.width))
        .sum::<usize>()
        .max(1);
    let widths: Vec<usize> = t
        .columns
        .iter()
        .map(|c| TEXT_W * usize::from(c.width) / total)
        .collect();
    let cs = Style {
        size: 22,
        after: 0,
        ..BODY.flush()
    };
    let align = |a: Align| match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
    };
    let mut rows = vec![TableRow::new(
        t.columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| cell(vec![para(&c.label, cs.bold().center()).keep_next(true)], *w))
            .collect(),
    )];
    for row in &t.rows {
        if let Some(group) = &row.group {
            rows.push(TableRow::new(vec![
                cell(vec![para(group, cs.bold().italic())], TEXT_W)
                    .grid_span(t.columns.len().max(1)),
            ]));
            continue;
        }
        let cells = t
            .columns
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let text = row.cells.get(i).map(String::as_str).unwrap_or("");
                let mut s = Style {
                    align: align(c.align),
                    ..cs
                };
                if row.total {
                    s = s.bold();
                }
                let mut r = run(text, s);
                if row.flagged && c.align == Align::Center {
                    r = r.bold().color("B00000");
                }
                cell(vec![shape(Paragraph::new().add_run(r), s)], *w)
            })
            .collect();
        rows.push(TableRow::new(cells).cant_split());
    }
    if t.rows.is_empty() {
        rows.push(TableRow::new(vec![
            cell(vec![para("(không có)", cs.center())], TEXT_W).grid_span(t.columns.len().max(1)),
        ]));
    }
    body.table(
        Table::new(rows)
            .set_grid(widths)
            .width(TEXT_W, WidthType::Dxa)
            .layout(TableLayoutType::Fixed),
    );
    body.text("", BODY.flush().after(0).size(12));
}

/// Nơi nhận (ô 9b) left, quyền hạn, chức vụ and name (ô 7) right.
fn closing(body: &mut Body, recipients: &[String], signature: &Block) {
    let left_w = TEXT_W * 45 / 100;
    let right_w = TEXT_W - left_w;
    let small = Style {
        size: 22,
        ..BODY.flush().after(0)
    };
    let mut left = vec![para("Nơi nhận:", small.bold().italic().size(24))];
    left.extend(recipients.iter().map(|r| para(&format!("- {r}"), small)));
    let sign = BODY.bold().center().after(0);
    let mut right: Vec<Paragraph> = signature.lines.iter().map(|l| para(l, sign)).collect();
    let space = if signature.name.is_empty() {
        "(ký, ghi rõ họ tên, đóng dấu)"
    } else {
        ""
    };
    right.push(para(space, small.center().italic().before(480).after(960)));
    right.push(para(&signature.name, sign));
    body.text("", BODY.flush().after(0));
    body.table(
        Table::without_borders(vec![
            TableRow::new(vec![cell(left, left_w), cell(right, right_w)]).cant_split(),
        ])
        .set_grid(vec![left_w, right_w])
        .width(TEXT_W, WidthType::Dxa)
        .layout(TableLayoutType::Fixed),
    );
}

/// The overall diagram in Word: the framework's bands as a block table (the
/// SVG cannot be embedded), with the caption; a note when there is none.
fn diagram(body: &mut Body, blocks: Option<&CtxTable>, caption: &str) {
    match blocks {
        Some(t) => table(body, t),
        None => body.text(
            "[Sơ đồ tổng thể: xem tệp so-do-tong-the.svg hoặc lệnh `kientruc graph --format dot`]",
            BODY.center().italic().size(24),
        ),
    }
    body.text(caption, BODY.center().italic().size(24));
}

fn page_number_header() -> DocHeader {
    DocHeader::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_page_num(PageNum::new())
            .size(26),
    )
}

fn new_docx() -> Docx {
    Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(margins())
        .default_fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .cs(FONT)
                .east_asia(FONT),
        )
        .default_size(28)
        .header(page_number_header())
        .first_header(DocHeader::new())
        // Fixed, so that the same model gives the same bytes (no build time inside).
        .created_at(FIXED_TIME)
        .updated_at(FIXED_TIME)
}

const FIXED_TIME: &str = "2000-01-01T00:00:00Z";

fn margins() -> PageMargin {
    PageMargin::new()
        .top(MARGIN_TOP)
        .bottom(MARGIN_BOTTOM)
        .left(MARGIN_LEFT)
        .right(MARGIN_RIGHT)
        .header(567)
        .footer(567)
}

fn pack(docx: Docx) -> Result<Vec<u8>, Msg> {
    let mut buf = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut buf).map_err(|e| {
        Msg::new(
            format!("cannot write the DOCX file: {e}"),
            format!("không ghi được tệp DOCX: {e}"),
        )
    })?;
    Ok(buf.into_inner())
}

fn dash_list(body: &mut Body, items: &[String]) {
    for i in items {
        body.text(&format!("- {i}"), BODY);
    }
}

pub fn decision(d: &Decision) -> Result<Vec<u8>, Msg> {
    let mut b = Body::default();
    banner(&mut b, &d.page);
    masthead(&mut b, &d.page, &d.page.header);
    title(&mut b, &d.page);
    b.text(&d.authority_line, BODY.bold().center().before(120));
    for basis in &d.bases {
        b.text(basis, BODY.italic());
    }
    b.text(&d.proposal, BODY.italic());
    b.text("QUYẾT ĐỊNH:", BODY.bold().center().before(120));

    let a1 = &d.article1;
    b.p(shape(
        Paragraph::new()
            .add_run(run(&format!("{} ", a1.heading), BODY.bold()))
            .add_run(run(&a1.intro, BODY)),
        BODY,
    ));
    heading(&mut b, &a1.objectives.heading);
    for o in &a1.objectives.body {
        let mut p = Paragraph::new().add_run(run(&format!("- {}", o.text), BODY));
        if o.vague {
            p = p.add_run(run(" [chưa có chỉ tiêu đo được]", BODY.bold()).color("B00000"));
        }
        b.p(shape(p, BODY));
    }
    heading(&mut b, &a1.orientation.heading);
    dash_list(&mut b, &a1.orientation.body);
    heading(&mut b, &a1.model.heading);
    diagram(&mut b, a1.diagram_table.as_ref(), &a1.diagram_caption);
    for line in &a1.model.body {
        b.text(line, BODY);
    }
    b.text(
        "Chi tiết các thành phần của Kiến trúc tại Phụ lục kèm theo Quyết định này.",
        BODY,
    );
    heading(&mut b, &a1.tasks.heading);
    b.text(
        "Danh mục nhiệm vụ theo giai đoạn và thứ tự ưu tiên (1 là cao nhất):",
        BODY,
    );
    table(&mut b, &a1.tasks.body);
    heading(&mut b, &a1.solutions.heading);
    for g in &a1.solutions.body {
        b.text(&g.heading, BODY.italic());
        dash_list(&mut b, &g.items);
    }
    heading(&mut b, &a1.funding.heading);
    b.text(&a1.funding_sentence, BODY);
    table(&mut b, &a1.funding.body);

    heading(&mut b, &d.article2.heading);
    for a in &d.article2.agencies {
        heading(&mut b, &a.heading);
        for duty in &a.duties {
            b.text(duty, BODY);
        }
    }
    heading(&mut b, &d.article3.heading);
    for p in &d.article3.paragraphs {
        b.text(p, BODY);
    }
    closing(&mut b, &d.recipients, &d.signature);

    // The decision is one section; the annex is the next, numbered from 1 again.
    let main = b.into_section(
        Section::new()
            .page_size(docx_rs::PageSize::new().size(PAGE_W, PAGE_H))
            .page_margin(margins())
            .header(page_number_header())
            .first_header(DocHeader::new())
            .title_pg(),
    );
    let mut annex = Body::default();
    masthead(&mut annex, &d.page, &d.annex.header);
    annex.text(&d.annex.title, BODY.bold().center().before(240).after(0));
    annex.text(&d.annex.attached_to, BODY.italic().center().after(0));
    annex.p(short_rule(TEXT_W / 2));
    for s in &d.annex.sections {
        heading(&mut annex, &s.heading);
        if let Some(intro) = &s.intro {
            annex.text(intro, BODY);
        }
        table(&mut annex, &s.table);
    }
    let docx = new_docx()
        .add_section(main)
        .page_num_type(PageNumType::new().start(1));
    pack(annex.into_docx(docx))
}

pub fn submission(s: &Submission) -> Result<Vec<u8>, Msg> {
    let mut b = Body::default();
    banner(&mut b, &s.page);
    masthead(&mut b, &s.page, &s.page.header);
    title(&mut b, &s.page);
    b.text(&s.recipient, BODY.center().before(120));
    for part in &s.sections {
        heading(&mut b, &part.heading);
        for p in &part.paragraphs {
            b.text(p, BODY);
        }
        dash_list(&mut b, &part.items);
    }
    heading(&mut b, &s.comments.heading);
    b.text(&s.comments.intro, BODY);
    if let Some(note) = &s.comments.pending_note {
        b.p(shape(
            Paragraph::new().add_run(run(note, BODY.bold()).color("B00000")),
            BODY,
        ));
    }
    table(&mut b, &s.comments.table);
    heading(&mut b, &s.request.heading);
    for p in &s.request.paragraphs {
        b.text(p, BODY);
    }
    closing(&mut b, &s.recipients, &s.signature);
    pack(b.into_docx(new_docx()))
}

pub fn report(r: &Report) -> Result<Vec<u8>, Msg> {
    let mut b = Body::default();
    banner(&mut b, &r.page);
    masthead(&mut b, &r.page, &r.page.header);
    title(&mut b, &r.page);
    heading(&mut b, &r.verdict.heading);
    b.text(&r.verdict.label, BODY.bold().center().size(32));
    for p in &r.verdict.paragraphs {
        b.text(p, BODY);
    }
    heading(&mut b, &r.matrix.heading);
    b.text(&r.matrix.intro, BODY);
    let matrix = CtxTable {
        unit: None,
        columns: vec![
            super::context::col("Mã", Align::Left, 18),
            super::context::col("Yêu cầu", Align::Left, 27),
            super::context::col("Mức", Align::Center, 10),
            super::context::col("Kết quả", Align::Center, 11),
            super::context::col("Bằng chứng, ghi chú", Align::Left, 34),
        ],
        rows: r
            .matrix
            .rows
            .iter()
            .map(|row| {
                let evidence: Vec<&str> = row.evidence.iter().map(|e| e.id.as_str()).collect();
                let mut note = evidence.join(", ");
                if let Some(n) = &row.note {
                    if !note.is_empty() {
                        note.push_str(". ");
                    }
                    note.push_str(n);
                }
                let mut out = super::context::Row::data(vec![
                    row.code.clone(),
                    row.title.clone(),
                    row.severity.to_owned(),
                    row.status.to_owned(),
                    note,
                ]);
                out.flagged = row.class == "failed";
                out
            })
            .collect(),
    };
    table(&mut b, &matrix);
    heading(&mut b, &r.findings.heading);
    if let Some(empty) = &r.findings.empty {
        b.text(empty, BODY);
    }
    for layer in &r.findings.layers {
        heading(&mut b, &layer.heading);
        for f in &layer.findings {
            let mut text = format!("{} [{}] {}", f.code, f.severity, f.message);
            if let Some(e) = &f.element {
                text.push_str(&format!(" ({e})"));
            }
            if let Some(l) = &f.location {
                text.push_str(&format!(" – {l}"));
            }
            if let Some(w) = &f.waived {
                text.push_str(&format!(" {w}"));
            }
            b.text(&text, BODY.size(24).flush());
        }
    }
    let st = &r.statistics;
    heading(&mut b, &st.heading);
    let sections = [&st.services, &st.security, &st.budget, &st.targets];
    for s in sections.into_iter().chain(st.regulations.as_ref()) {
        heading(&mut b, &s.heading);
        table(&mut b, &s.table);
    }
    heading(&mut b, &r.diagram.heading);
    diagram(&mut b, r.diagram.table.as_ref(), &r.diagram.caption);
    heading(&mut b, &r.evidence.heading);
    let evidence = CtxTable {
        unit: None,
        columns: vec![
            super::context::col("Mã định danh", Align::Left, 30),
            super::context::col("Tên", Align::Left, 45),
            super::context::col("Loại", Align::Left, 25),
        ],
        rows: r
            .evidence
            .items
            .iter()
            .map(|e| super::context::Row::data(vec![e.id.clone(), e.name.clone(), e.kind.clone()]))
            .collect(),
    };
    table(&mut b, &evidence);
    closing(&mut b, &r.recipients, &r.signature);
    pack(b.into_docx(new_docx()))
}
