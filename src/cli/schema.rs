//! `kientruc schema`: print, write or check the JSON Schemas.

use super::{EXIT_CLEAN, EXIT_FINDINGS, Failure, GlobalArgs};
use crate::diagnostic::Lang;
use crate::schema::generate::{SchemaKind, schema_text};
use crate::write::write_atomic;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema to print: `manifest` (kientruc.yaml) or `model` (every other file).
    #[arg(value_enum, default_value_t = Which::Model)]
    pub which: Which,

    /// Write both schemas into this folder instead of printing one.
    #[arg(long, value_name = "DIR", conflicts_with = "check")]
    pub write: Option<PathBuf>,

    /// Exit 1 if the schemas in this folder differ from the generated ones (for CI).
    #[arg(long, value_name = "DIR")]
    pub check: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Which {
    Manifest,
    Model,
}

pub fn run(args: &SchemaArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    if let Some(dir) = &args.write {
        for kind in SchemaKind::ALL {
            let path = dir.join(kind.file_name());
            write_atomic(&path, schema_text(kind).as_bytes())
                .map_err(|e| Failure::cannot_write(lang, &path, &e))?;
            match lang {
                Lang::En => eprintln!("wrote {}", path.display()),
                Lang::Vi => eprintln!("đã ghi {}", path.display()),
            }
        }
        return Ok(EXIT_CLEAN);
    }
    if let Some(dir) = &args.check {
        let mut stale = Vec::new();
        for kind in SchemaKind::ALL {
            let path = dir.join(kind.file_name());
            let current = std::fs::read_to_string(&path).unwrap_or_default();
            if current != schema_text(kind) {
                stale.push(path.display().to_string());
            }
        }
        if stale.is_empty() {
            return Ok(EXIT_CLEAN);
        }
        let (stale, dir) = (stale.join(", "), dir.display());
        match lang {
            Lang::En => eprintln!(
                "stale schemas: {stale}\nregenerate them with `kientruc schema --write {dir}`"
            ),
            Lang::Vi => eprintln!(
                "lược đồ đã cũ: {stale}\nhãy sinh lại bằng `kientruc schema --write {dir}`"
            ),
        }
        return Ok(EXIT_FINDINGS);
    }
    let kind = match args.which {
        Which::Manifest => SchemaKind::Manifest,
        Which::Model => SchemaKind::Model,
    };
    // Not `print!`: it panics on a closed pipe (`kientruc schema model | head -1`).
    super::graph::emit(&schema_text(kind), None, lang)?;
    Ok(EXIT_CLEAN)
}
