//! The one place that orders the stages: find files, parse them in parallel,
//! validate against the schemas, build the typed model, resolve references.

use crate::diagnostic::{self, Diagnostic, Msg};
use crate::load::tree::Node;
use crate::load::walk::{self, MANIFEST, WalkError};
use crate::load::{read, text, yaml};
use crate::model::index::{self, IdIndex};
use crate::model::manifest::FrameworkVersion;
use crate::model::{Date, Extras, Model};
use crate::rules;
use crate::rules::engine::{self, Context};
use crate::rules::impaired::{Impairments, Partial};
use crate::rules::settings::{self, Selection};
use crate::schema::generate::{SchemaKind, schema};
use crate::schema::validate::SchemaValidator;
use crate::source::{FileId, SourceFile, SourceMap, Span};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Settings of one run.
#[derive(Debug, Clone)]
pub struct Options {
    pub limits: yaml::Limits,
    /// Which rules of the pack run.
    pub selection: Selection,
    /// "Today", for waivers (fixed by `--today`).
    pub today: Date,
    /// Whether the rule pack runs; commands that only draw or walk the model
    /// (`graph`, `impact`) skip it.
    pub run_rules: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limits: yaml::Limits::default(),
            selection: Selection::default(),
            today: Date::today(),
            run_rules: true,
        }
    }
}

/// Everything a check produced.
#[derive(Debug)]
pub struct Checked {
    pub sources: SourceMap,
    pub model: Model,
    pub extras: Extras,
    /// Sorted into output order.
    pub diagnostics: Vec<Diagnostic>,
    /// The rules that judged only part of the model, because of load errors.
    pub partial: Partial,
}

impl Checked {
    pub fn file_count(&self) -> usize {
        self.sources.len()
    }
}

/// The two validators, compiled once per process.
fn validators() -> &'static (SchemaValidator, SchemaValidator) {
    static VALIDATORS: OnceLock<(SchemaValidator, SchemaValidator)> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        let compile = |kind| {
            SchemaValidator::new(&schema(kind))
                .unwrap_or_else(|e| panic!("the generated {kind:?} schema must compile: {e}"))
        };
        (compile(SchemaKind::Manifest), compile(SchemaKind::Model))
    })
}

/// One file after the parallel stage: its text, its diagnostics and the part
/// of the model it declares. The tree itself is dropped on the worker thread.
struct FileResult {
    source: SourceFile,
    diagnostics: Vec<Diagnostic>,
    model: Model,
    extras: Extras,
    /// Ids of elements the schema rejected (see `raw_ids`).
    broken_ids: Vec<String>,
    /// Elements left out whole (id if it has one, section name), and whether
    /// the manifest could not be read.
    dropped: Vec<(Option<String>, &'static str)>,
    manifest_unreadable: bool,
}

impl FileResult {
    fn failed(source: SourceFile, diagnostics: Vec<Diagnostic>) -> Self {
        FileResult {
            source,
            diagnostics,
            model: Model::default(),
            extras: Extras::default(),
            broken_ids: Vec::new(),
            dropped: Vec::new(),
            manifest_unreadable: false,
        }
    }
}

fn display_path(path: &Path) -> PathBuf {
    path.strip_prefix("./").unwrap_or(path).to_path_buf()
}

fn process_file(
    id: FileId,
    root: &Path,
    path: &Path,
    is_manifest: bool,
    options: &Options,
) -> FileResult {
    let shown = display_path(path);
    let mut diagnostics = Vec::new();
    let bytes = match read::read_model_file(id, root, path, &shown, options.limits.max_file_bytes) {
        Ok(b) => b,
        Err(d) => return FileResult::failed(SourceFile::new(shown, String::new()), vec![*d]),
    };
    let (text, decode_error) = text::decode(id, &bytes);
    drop(bytes);
    if let Some(d) = decode_error {
        diagnostics.push(d);
        return FileResult::failed(SourceFile::new(shown, text), diagnostics);
    }
    let parsed = yaml::parse(id, &text, &options.limits);
    diagnostics.extend(parsed.diagnostics);
    let Some(root) = parsed.root else {
        return FileResult::failed(SourceFile::new(shown, text), diagnostics);
    };
    let (manifest_validator, model_validator) = validators();
    let validator = if is_manifest {
        manifest_validator
    } else {
        model_validator
    };
    let before = diagnostics.len();
    validator.validate(&root, &mut diagnostics);
    let schema_ok = diagnostics.len() == before;
    if !is_manifest {
        name_elements_and_fields(&root, &mut diagnostics[before..]);
    }
    let problems: Vec<Span> = diagnostics[before..]
        .iter()
        .filter_map(Diagnostic::span)
        .collect();

    // Typed reading happens here, in parallel. Where the schema already
    // reported problems, deserialization errors would only repeat them.
    let mut model = Model::default();
    let mut extras = Extras::default();
    let mut broken_ids = Vec::new();
    {
        let mut quiet = |_| {};
        let mut loud = |d| diagnostics.push(d);
        let sink: &mut dyn FnMut(Diagnostic) = if schema_ok { &mut loud } else { &mut quiet };
        if is_manifest {
            model.set_manifest(&root, sink);
        } else {
            model.add_file(&root, &mut extras, &problems, sink);
        }
    }
    if !schema_ok && !is_manifest {
        raw_ids(&root, &mut broken_ids);
    }
    let dropped = if is_manifest {
        Vec::new()
    } else {
        dropped_elements(&root, &model)
    };
    FileResult {
        source: SourceFile::new(shown, text),
        diagnostics,
        manifest_unreadable: is_manifest && model.manifest.is_none(),
        model,
        extras,
        broken_ids,
        dropped,
    }
}

/// Names the element and top-level field each schema finding is in, so that
/// rules leave that part alone and the finding has an identity beyond its line.
fn name_elements_and_fields(root: &Node, found: &mut [Diagnostic]) {
    let Some(sections) = root.as_map() else {
        return;
    };
    for d in found {
        let Some(at) = d.span().map(|s| s.start) else {
            continue;
        };
        let Some(items) = sections
            .iter()
            .find(|e| e.value.span.start <= at && at <= e.value.span.end)
            .and_then(|e| e.value.as_seq())
        else {
            continue;
        };
        // Items are in file order, so the one holding `at` is found by halving.
        let i = items.partition_point(|n| n.span.end < at);
        let Some(item) = items.get(i).filter(|n| n.span.start <= at) else {
            continue;
        };
        if let Some(id) = item.get("id").and_then(Node::as_str) {
            d.element = Some(id.to_owned());
        }
        let field = item.as_map().and_then(|entries| {
            entries
                .iter()
                .find(|e| e.key_span.start <= at && at <= e.value.span.end)
        });
        if let Some(field) = field {
            d.in_field(field.key.to_string());
        }
    }
}

/// Section items that did not make it into the model: read from the raw
/// tree and compared with what the typed reading kept.
fn dropped_elements(root: &Node, model: &Model) -> Vec<(Option<String>, &'static str)> {
    let kept: HashSet<&str> = model.elements().map(|e| e.id.as_str()).collect();
    let mut dropped = Vec::new();
    for entry in root.as_map().unwrap_or_default() {
        let Some(section) = crate::model::SECTIONS.iter().find(|s| **s == &*entry.key) else {
            continue;
        };
        let items = entry.value.as_seq().unwrap_or_default();
        if section == &"responsibilities" {
            continue;
        }
        for item in items {
            let id = item.get("id").and_then(Node::as_str);
            if !id.is_some_and(|id| kept.contains(id)) {
                dropped.push((id.map(str::to_owned), *section));
            }
        }
    }
    dropped
}

/// Ids of section items, read from the raw tree (used when an element fails
/// the schema, so that references to it are not reported a second time).
fn raw_ids(root: &Node, out: &mut Vec<String>) {
    for entry in root.as_map().unwrap_or_default() {
        for item in entry.value.as_seq().unwrap_or_default() {
            if let Some(id) = item.get("id").and_then(Node::as_str) {
                out.push(id.to_owned());
            }
        }
    }
}

/// Runs the rule pack over the model, holding back the findings that a load
/// error already covers; returns the rules that judged only part of the model.
fn judge(
    context: &Context,
    manifest_seen: bool,
    impaired: &Impairments,
    options: &Options,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<&'static crate::code::Code> {
    let manifest = context.model.manifest.as_ref();
    let pack = rules::pack_for(manifest.map_or(FrameworkVersion::V1_0, |m| m.framework.value));
    // Without a manifest nothing says which framework to judge by.
    if manifest_seen {
        let keep = |d: &Diagnostic| !impaired.covers(d);
        // Room for a few findings per element: pages never written cost no
        // memory, and growing a large vector by doubling would copy it.
        diagnostics.reserve(context.model.element_count().saturating_mul(4));
        engine::run(pack, context, &options.selection, &keep, diagnostics);
    }
    if manifest_seen && impaired.load_errors() == 0 {
        return Vec::new();
    }
    pack.rules
        .iter()
        .map(|r| r.meta)
        .filter(|code| settings::runs(code, &options.selection, manifest))
        .collect()
}

/// Runs load, schema validation, model building and reference checks on `dir`.
/// `Err` means the folder could not be read at all.
pub fn check(dir: &Path, options: &Options) -> Result<Checked, WalkError> {
    let paths = walk::model_files(dir)?;
    let manifest_path = dir.join(MANIFEST);
    let results: Vec<FileResult> = paths
        .par_iter()
        .enumerate()
        .map(|(i, path)| process_file(FileId(i as u32), dir, path, *path == manifest_path, options))
        .collect();

    let mut sources = SourceMap::new();
    let mut diagnostics = Vec::new();
    let mut model = Model::default();
    let mut extras = Extras::default();
    let mut broken_ids = HashSet::new();
    let mut manifest_seen = false;
    let mut dropped = Vec::new();
    let mut manifest_unreadable = false;
    for (path, result) in paths.iter().zip(results) {
        manifest_seen |= *path == manifest_path;
        sources.add(result.source);
        diagnostics.extend(result.diagnostics);
        model.absorb(result.model);
        extras.absorb(result.extras);
        broken_ids.extend(result.broken_ids);
        dropped.extend(result.dropped);
        manifest_unreadable |= result.manifest_unreadable;
    }
    let mut report = |d| diagnostics.push(d);
    if paths.is_empty() {
        report(
            Diagnostic::of(
                &crate::code::core::EMPTY_FOLDER,
                Msg::new(
                    format!("no YAML files in `{}`", display_path(dir).display()),
                    format!(
                        "thư mục `{}` không có tệp YAML nào",
                        display_path(dir).display()
                    ),
                ),
            )
            .with_help(Msg::new(
                "create an architecture with `kientruc init <DIR> --province <NAME>`",
                "tạo một kiến trúc mới bằng `kientruc init <THƯ_MỤC> --province <TÊN_TỈNH>`",
            )),
        );
    } else if !manifest_seen {
        report(
            Diagnostic::of(&crate::code::core::MISSING_MANIFEST,
                Msg::new(
                    format!("missing manifest `{MANIFEST}` in `{}`", display_path(dir).display()),
                    format!("thiếu tệp khai báo chung `{MANIFEST}` trong `{}`", display_path(dir).display()),
                ),
            )
            .with_help(Msg::new(
                format!(
                    "every architecture folder has a `{MANIFEST}` at its top; `kientruc init` writes one"
                ),
                format!("mỗi thư mục kiến trúc cần tệp `{MANIFEST}` ở cấp trên cùng; lệnh `kientruc init` tạo sẵn tệp này"),
            )),
        );
    }

    model.finish(&mut extras);
    // The dependency graph only needs the model, so it is built while the
    // references are checked; the graph rules then find it ready.
    let graph = std::sync::OnceLock::new();
    let mut into_broken = Vec::new();
    let (index, ()) = rayon::join(
        || {
            let index = IdIndex::build(&model, &mut diagnostics);
            index::check_refs(
                &model,
                &index,
                &broken_ids,
                &mut diagnostics,
                &mut |from, field| into_broken.push((from.to_owned(), field)),
            );
            index
        },
        || {
            if options.run_rules {
                let _ = graph.set(crate::graph::ArchGraph::build(&model));
            }
        },
    );

    // What the load errors took out, so that rules judge the rest without
    // repeating them.
    let mut impaired = Impairments::default();
    diagnostics.iter().for_each(|d| impaired.record(d));
    for (id, section) in &dropped {
        impaired.record_dropped(id.as_deref(), model.section_spans.get(section).copied());
    }
    for (from, field) in &into_broken {
        impaired.record_field(from, field);
    }
    if let Some(span) = model.manifest_span.filter(|_| manifest_unreadable) {
        impaired.record_manifest(span);
    }

    // Rules always run, over whatever loaded; the manifest picks the pack.
    let judged_part = if options.run_rules && !paths.is_empty() {
        let context = Context {
            model: &model,
            extras: &extras,
            index: &index,
            today: options.today,
            graph,
        };
        judge(
            &context,
            manifest_seen,
            &impaired,
            options,
            &mut diagnostics,
        )
    } else {
        Vec::new()
    };
    drop(index);

    // One final pass applies `--select`/`--ignore`, the manifest's `rules:`
    // and its waivers to every code alike.
    settings::apply(
        &mut diagnostics,
        &options.selection,
        model.manifest.as_ref(),
        options.today,
    );
    diagnostic::sort(&mut diagnostics, &sources);
    diagnostics.dedup();
    let partial = Partial {
        load_errors: impaired.load_errors(),
        rules: judged_part,
    };
    Ok(Checked {
        sources,
        model,
        extras,
        diagnostics,
        partial,
    })
}
