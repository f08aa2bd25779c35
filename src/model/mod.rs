//! The typed architecture model: the manifest, the elements of the five layers,
//! the roadmap and the reviews, read from the span tree.

pub mod catalogue;
pub mod common;
pub mod de;
pub mod elements;
pub mod index;
pub mod manifest;
mod spanned;

pub use common::{Date, Ref};
pub use elements::*;
pub use manifest::Manifest;
pub use spanned::{FieldSpans, Spanned};

use crate::diagnostic::{Diagnostic, Msg};
use crate::load::tree::Node;
use crate::source::Span;
use schemars::JsonSchema;
use serde::Deserialize;

/// Declares the sections of a model file once, and derives from that list the
/// file struct (for the JSON Schema), the merged model and the element walk.
macro_rules! sections {
    ($( $(#[$doc:meta])* $field:ident : $ty:ident => $kind:ident ),* $(,)?) => {
        /// Một tệp mô hình: gồm bất kỳ phần nào dưới đây, mỗi phần là một danh sách phần tử. Một phần có thể chia ra nhiều tệp; các danh sách được gộp lại. — One model file: any of the sections below, each a list of elements. A section may be split over several files; the lists are merged.
        #[derive(Debug, Default, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[schemars(title = "kientruc model file")]
        pub struct ModelFile {
            $( $(#[$doc])* #[serde(default)] pub $field: Vec<$ty>, )*
            /// Nhiệm vụ của từng cơ quan trong tổ chức thực hiện kiến trúc. — Duties of each agency in carrying out the architecture.
            #[serde(default)]
            pub responsibilities: Vec<Responsibility>,
        }

        /// Kinds of elements, one per section.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ElementKind {
            $( $kind, )*
            /// A national system from the built-in catalogue.
            National,
            /// A standard from the built-in TT 39/2017 catalogue.
            CatalogueStandard,
            /// A `responsibilities` entry with an `id`.
            Responsibility,
        }

        /// Section names, in declaration order.
        pub const SECTIONS: &[&str] = &[$( stringify!($field), )* "responsibilities"];

        /// The whole architecture: the manifest and every section merged.
        #[derive(Debug, Default)]
        pub struct Model {
            pub manifest: Option<Manifest>,
            /// Span of the manifest's root, for model-level findings.
            pub manifest_span: Option<Span>,
            /// Where each section is first written (key span), for findings
            /// about something missing from a section.
            pub section_spans: std::collections::BTreeMap<&'static str, Span>,
            $( pub $field: Vec<$ty>, )*
            /// Ids of the `responsibilities` entries that have one, so that
            /// references and waivers can name them.
            pub responsibility_ids: Vec<Spanned<String>>,
        }

        impl ElementKind {
            /// The section that declares elements of this kind.
            pub fn section(self) -> &'static str {
                match self {
                    $( ElementKind::$kind => stringify!($field), )*
                    ElementKind::National => "national",
                    ElementKind::CatalogueStandard => "standards",
                    ElementKind::Responsibility => "responsibilities",
                }
            }

            fn of_section(name: &str) -> Option<ElementKind> {
                match name {
                    $( stringify!($field) => Some(ElementKind::$kind), )*
                    _ => None,
                }
            }
        }

        impl Model {
            /// Reads one section's elements from the tree into the model.
            /// Elements that fail to deserialize are skipped: schema validation
            /// has already reported them, and `on_error` gets the rest.
            fn read_section(
                &mut self,
                name: &str,
                items: &[Node],
                problems: &[Span],
                on_error: &mut dyn FnMut(de::DeError),
            ) {
                match name {
                    $( stringify!($field) => {
                        for item in items {
                            match de::from_node::<$ty>(item) {
                                Ok(mut v) => {
                                    v.spans = FieldSpans::of(item);
                                    self.$field.push(v)
                                }
                                Err(e) => match without_problem_fields(item, problems).and_then(
                                    |pruned| {
                                        let mut v = de::from_node::<$ty>(&pruned).ok()?;
                                        // Spans of what was read, not of the fields left out.
                                        v.spans = FieldSpans::of(&pruned);
                                        Some(v)
                                    },
                                ) {
                                    Some(v) => self.$field.push(v),
                                    None => on_error(e),
                                },
                            }
                        }
                    } )*
                    _ => {}
                }
            }

            /// Every declared element as (kind, id, name), in section order.
            pub fn elements(&self) -> impl Iterator<Item = ElementRef<'_>> {
                std::iter::empty()
                $( .chain(self.$field.iter().map(|e| ElementRef {
                    kind: ElementKind::$kind,
                    id: &e.id,
                    name: &e.name,
                })) )*
            }

            /// Number of declared elements.
            pub fn element_count(&self) -> usize {
                0 $( + self.$field.len() )*
            }

            /// Sorts every section by id so that all later output is stable
            /// whatever the file order.
            fn sort(&mut self) {
                $( self.$field.sort_by(|a, b| a.id.value.cmp(&b.id.value)); )*
                self.responsibility_ids.sort_by(|a, b| a.value.cmp(&b.value));
            }

            /// Moves the elements of `part` (one file's model) into this one.
            pub fn absorb(&mut self, part: Model) {
                $( self.$field.extend(part.$field); )*
                self.responsibility_ids.extend(part.responsibility_ids);
                if part.manifest.is_some() {
                    self.manifest = part.manifest;
                    self.manifest_span = part.manifest_span;
                }
                for (section, span) in part.section_spans {
                    let known = self.section_spans.entry(section).or_insert(span);
                    if span < *known {
                        *known = span;
                    }
                }
            }
        }
    };
}

sections! {
    /// Cơ quan, đơn vị. — Agencies and organizations.
    organizations: Organization => Organization,
    /// Nhóm người sử dụng. — User groups.
    actors: Actor => Actor,
    /// Kênh truy cập. — Access channels.
    channels: Channel => Channel,
    /// Dịch vụ công trực tuyến. — Online public services.
    services: Service => Service,
    /// Ứng dụng, hệ thống thông tin. — Applications and information systems.
    applications: Application => Application,
    /// Cơ sở dữ liệu. — Databases.
    databases: Database => Database,
    /// Danh mục dùng chung. — Shared catalogues.
    catalogs: Catalog => Catalog,
    /// Luồng trao đổi dữ liệu. — Data exchanges.
    exchanges: Exchange => Exchange,
    /// Hạ tầng kỹ thuật. — Technical infrastructure.
    infrastructure: Infrastructure => Infrastructure,
    /// Biện pháp bảo đảm an toàn thông tin. — Security controls.
    controls: Control => Control,
    /// Mục tiêu có chỉ tiêu đo được. — Objectives with measurable targets.
    objectives: Objective => Objective,
    /// Giai đoạn của lộ trình. — Roadmap phases.
    phases: Phase => Phase,
    /// Nhiệm vụ, dự án. — Tasks and projects.
    tasks: Task => Task,
    /// Giải pháp. — Solutions.
    solutions: Solution => Solution,
    /// Các tiêu chuẩn áp dụng ngoài danh mục dựng sẵn theo Thông tư 39/2017. — Adopted standards beyond the built-in TT 39/2017 catalogue.
    standards: Standard => Standard,
    /// Văn bản pháp lý, quy định và chính sách mà kiến trúc dựa vào. — Laws, regulations and policies the architecture relies on.
    regulations: Regulation => Regulation,
    /// Ý kiến thẩm định, góp ý và kết quả xử lý. — Review comments and their resolution.
    reviews: Review => Review,
}

/// A borrowed view of any declared element.
#[derive(Debug, Clone, Copy)]
pub struct ElementRef<'a> {
    pub kind: ElementKind,
    pub id: &'a Spanned<String>,
    pub name: &'a Spanned<String>,
}

/// Model-wide lists that are not elements.
#[derive(Debug, Default)]
pub struct Extras {
    pub responsibilities: Vec<Responsibility>,
}

impl Extras {
    /// Moves `part`'s lists into this one.
    pub fn absorb(&mut self, part: Extras) {
        self.responsibilities.extend(part.responsibilities);
    }
}

impl Model {
    /// Where a finding about `section` as a whole should point: the section in
    /// the first file that has it, else the manifest.
    pub fn section_span(&self, section: &str) -> Option<Span> {
        self.section_spans
            .get(section)
            .copied()
            .or(self.manifest_span)
    }

    /// Adds one parsed, schema-valid model file (not the manifest).
    /// `problems` are the spans the schema validator reported in this file: an
    /// element with a bad field is still read without that field, so that its
    /// id and references are checked in the same run.
    pub fn add_file(
        &mut self,
        root: &Node,
        extras: &mut Extras,
        problems: &[Span],
        report: &mut dyn FnMut(Diagnostic),
    ) {
        let Some(entries) = root.as_map() else {
            return;
        };
        let mut on_error = |e: de::DeError| report(deserialize_diagnostic(e, root.span));
        // Sorted once, so each element finds its problems by binary search:
        // scanning them all per element was quadratic (80,000 elements with an
        // unknown field each took 18 s).
        let mut problems = problems.to_vec();
        problems.sort_unstable_by_key(|p| (p.file, p.start));
        let problems = &problems[..];
        for entry in entries {
            if &*entry.key == "responsibilities" {
                self.section_spans
                    .entry("responsibilities")
                    .or_insert(entry.key_span);
                if let Some(items) = entry.value.as_seq() {
                    for item in items {
                        match de::from_node::<Responsibility>(item) {
                            Ok(r) => {
                                self.responsibility_ids.extend(r.id.clone());
                                extras.responsibilities.push(r);
                            }
                            Err(e) => on_error(e),
                        }
                    }
                }
                continue;
            }
            let Some(kind) = ElementKind::of_section(&entry.key) else {
                continue;
            };
            let known = self
                .section_spans
                .entry(kind.section())
                .or_insert(entry.key_span);
            if entry.key_span < *known {
                *known = entry.key_span;
            }
            if let Some(items) = entry.value.as_seq() {
                self.read_section(&entry.key, items, problems, &mut on_error);
            }
        }
    }

    /// Reads the manifest.
    pub fn set_manifest(&mut self, root: &Node, report: &mut dyn FnMut(Diagnostic)) {
        self.manifest_span = Some(root.span);
        match de::from_node::<Manifest>(root) {
            Ok(m) => {
                let period = &m.architecture.period;
                if period.from.value > period.to.value {
                    report(reversed_period(period));
                }
                self.manifest = Some(m);
            }
            Err(e) => report(deserialize_diagnostic(e, root.span)),
        }
    }

    /// Puts every section in a stable order; call once after all files are added.
    pub fn finish(&mut self, extras: &mut Extras) {
        self.sort();
        extras
            .responsibilities
            .sort_by(|a, b| a.agency.value.cmp(&b.agency.value));
    }
}

/// An element mapping without the fields a problem points into, or `None` when
/// no field was removed (then there is nothing new to try). `problems` are
/// sorted by (file, start).
fn without_problem_fields(item: &Node, problems: &[Span]) -> Option<Node> {
    let entries = item.as_map()?;
    let inside = |e: &crate::load::tree::Entry| {
        let (file, start) = (e.key_span.file, e.key_span.start);
        let first = problems.partition_point(|p| {
            #[cfg(test)]
            tests::PROBES.with(|n| n.set(n.get() + 1));
            (p.file, p.start) < (file, start)
        });
        problems
            .get(first)
            .is_some_and(|p| p.file == file && p.start <= e.value.span.end)
    };
    let kept: Vec<_> = entries.iter().filter(|e| !inside(e)).cloned().collect();
    (kept.len() < entries.len())
        .then(|| Node::new(item.span, crate::load::tree::NodeKind::Map(kept)))
}

/// `period: { from: 2025, to: 2021 }`: both years are valid, the pair is not.
fn reversed_period(period: &manifest::Period) -> Diagnostic {
    let (from, to) = (period.from.value, period.to.value);
    Diagnostic::of(
        &crate::code::core::SCHEMA_VALUE,
        Msg::new(
            format!("the architecture's period ends ({to}) before it starts ({from})"),
            format!("thời kỳ của kiến trúc kết thúc (năm {to}) trước khi bắt đầu (năm {from})"),
        ),
    )
    .at(
        period.to.span,
        Some(Msg::new("the last year", "năm kết thúc")),
    )
    .with_secondary(period.from.span, Msg::new("the first year", "năm bắt đầu"))
    .with_help(Msg::new(
        format!("swap `from` and `to`: `period: {{ from: {to}, to: {from} }}`"),
        format!("đổi chỗ `from` và `to`: `period: {{ from: {to}, to: {from} }}`"),
    ))
}

/// A value the schema accepted but the typed model could not read. Rare: the
/// schema is generated from the same types, so this mostly means a date like
/// 2019-02-30 that matches the pattern but does not exist.
fn deserialize_diagnostic(e: de::DeError, fallback: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::SCHEMA_VALUE,
        Msg::new(
            format!("invalid value: {}", e.message),
            format!("giá trị không hợp lệ: {}", e.message),
        ),
    )
    .at(e.span.unwrap_or(fallback), None)
    .with_help(Msg::new(
        "the value has the right form but no meaning: a date must exist in the calendar (YYYY-MM-DD)",
        "giá trị đúng dạng nhưng không có nghĩa: ngày phải có thật trong lịch (YYYY-MM-DD)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::yaml::{Limits, parse};
    use crate::source::FileId;
    use std::cell::Cell;

    thread_local! {
        /// Problem spans looked at while pruning elements.
        pub(super) static PROBES: Cell<usize> = const { Cell::new(0) };
    }

    /// Reads `n` applications that each have one unknown field (reported as a
    /// problem), and returns how many problem spans were looked at.
    fn probes_for(n: usize) -> usize {
        let mut text = String::from("applications:\n");
        for i in 0..n {
            text += &format!(
                "  - id: app-{i}\n    name: App {i}\n    kind: portal\n    scope: shared\n    hostd_on: []\n"
            );
        }
        let parsed = parse(FileId(0), &text, &Limits::default());
        let root = parsed.root.expect("parses");
        let problems: Vec<Span> = text
            .match_indices("hostd_on")
            .map(|(at, _)| Span::new(FileId(0), at as u32, at as u32 + 8))
            .collect();
        let (mut model, mut extras) = (Model::default(), Extras::default());
        PROBES.with(|p| p.set(0));
        model.add_file(&root, &mut extras, &problems, &mut |_| {});
        assert_eq!(
            model.applications.len(),
            n,
            "each read without its bad field"
        );
        PROBES.with(Cell::get)
    }

    /// 80,000 elements with an unknown field each took 18 s: every element
    /// scanned every problem of its file. Now each field costs a binary search.
    #[test]
    fn pruning_bad_fields_is_not_quadratic() {
        let (small, large) = (probes_for(1_000), probes_for(4_000));
        // Five fields per element, each a binary search over n problems.
        let bound = |n: usize| 5 * n * (usize::BITS - n.leading_zeros() + 1) as usize;
        assert!(small <= bound(1_000), "{small}");
        assert!(large <= bound(4_000), "{large}");
        // A linear scan per element would be 16 times the work for 4 times the input.
        assert!(large < 5 * small, "{small} -> {large}");
    }
}
