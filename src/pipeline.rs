//! The one place that orders the stages: find files, parse them in parallel,
//! validate against the schemas, build the typed model, resolve references.

use crate::diagnostic::{self, Diagnostic, Msg, Severity};
use crate::load::tree::Node;
use crate::load::walk::{self, MANIFEST, WalkError};
use crate::load::{read, text, yaml};
use crate::model::index::{self, IdIndex};
use crate::model::{Date, Extras, Model};
use crate::rules::engine::{self, Context, Selection};
use crate::rules::{self, waivers};
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limits: yaml::Limits::default(),
            selection: Selection::default(),
            today: Date::today(),
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
    /// Whether the rule pack ran (it does not while the model fails to load).
    pub rules_ran: bool,
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
}

impl FileResult {
    fn failed(source: SourceFile, diagnostics: Vec<Diagnostic>) -> Self {
        FileResult {
            source,
            diagnostics,
            model: Model::default(),
            extras: Extras::default(),
            broken_ids: Vec::new(),
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
    FileResult {
        source: SourceFile::new(shown, text),
        diagnostics,
        model,
        extras,
        broken_ids,
    }
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
    for (path, result) in paths.iter().zip(results) {
        manifest_seen |= *path == manifest_path;
        sources.add(result.source);
        diagnostics.extend(result.diagnostics);
        model.absorb(result.model);
        extras.absorb(result.extras);
        broken_ids.extend(result.broken_ids);
    }
    let mut report = |d| diagnostics.push(d);
    if paths.is_empty() {
        report(
            Diagnostic::error(
                "LOAD-002",
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
            Diagnostic::error(
                "LOAD-001",
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
    let (index, ()) = rayon::join(
        || {
            let index = IdIndex::build(&model, &mut diagnostics);
            index::check_refs(&model, &index, &broken_ids, &mut diagnostics);
            index
        },
        || {
            if model.manifest.is_some() {
                let _ = graph.set(crate::graph::ArchGraph::build(&model));
            }
        },
    );

    // Rules judge the architecture, so they run once it loads without errors:
    // on a half-read model they would only report the symptoms of those errors.
    let loads_cleanly = !diagnostics.iter().any(|d| d.severity == Severity::Error);
    let manifest = model.manifest.as_ref().filter(|_| loads_cleanly);
    let rules_ran = manifest.is_some();
    if let Some(manifest) = manifest {
        let context = Context {
            model: &model,
            extras: &extras,
            index: &index,
            today: options.today,
            graph,
        };
        let pack = rules::pack_for(manifest.framework.value);
        let mut findings = engine::run(pack, &context, &options.selection);
        waivers::apply(manifest, options.today, &mut findings);
        diagnostics.extend(findings);
    }
    drop(index);

    diagnostic::sort(&mut diagnostics, &sources);
    diagnostics.dedup();
    Ok(Checked {
        sources,
        model,
        extras,
        diagnostics,
        rules_ran,
    })
}
