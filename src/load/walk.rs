//! Finding the files of an architecture folder.
//!
//! Rule (documented in docs/model.md): every `*.yaml` and `*.yml` file below the
//! folder is part of the model; `kientruc.yaml` at the top is the manifest.
//! Hidden entries (starting with `.`) and the build folders `target/` and
//! `out/` are skipped. Other files (README.md, images …) are ignored, so that an
//! architecture folder can carry its own notes. Symbolic links to folders are
//! not followed, so a link loop cannot hang the walk. Whether a file may be
//! read at all (links out of the folder, FIFOs, size) is `read.rs`'s job.

use std::io;
use std::path::{Path, PathBuf};

/// Name of the manifest file at the top of an architecture folder.
pub const MANIFEST: &str = "kientruc.yaml";

/// Why a folder could not be read at all (exit code 2).
#[derive(Debug)]
pub enum WalkError {
    NotFound(PathBuf),
    NotADirectory(PathBuf),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WalkError::NotFound(p) => {
                write!(f, "architecture folder `{}` does not exist", p.display())
            }
            WalkError::NotADirectory(p) => write!(f, "`{}` is not a folder", p.display()),
            WalkError::Io(p, e) => write!(f, "cannot read `{}`: {e}", p.display()),
        }
    }
}

impl std::error::Error for WalkError {}

fn is_model_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || name == "target" || name == "out"
}

/// All model files below `root`, sorted by path so that file ids, and therefore
/// all output, do not depend on the file system's order.
pub fn model_files(root: &Path) -> Result<Vec<PathBuf>, WalkError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => WalkError::NotFound(root.to_path_buf()),
        _ => WalkError::Io(root.to_path_buf(), e),
    })?;
    if !meta.is_dir() {
        return Err(WalkError::NotADirectory(root.to_path_buf()));
    }
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| WalkError::Io(dir.clone(), e))?;
        for entry in entries {
            let entry = entry.map_err(|e| WalkError::Io(dir.clone(), e))?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let path = entry.path();
            let file_type = entry
                .file_type()
                .map_err(|e| WalkError::Io(path.clone(), e))?;
            if file_type.is_dir() {
                if !skipped_dir(&name) {
                    stack.push(path);
                }
            } else if !name.starts_with('.') && is_model_file(&path) {
                // A symlink to a file is read like a file; one to a folder is skipped.
                if file_type.is_symlink() && path.is_dir() {
                    continue;
                }
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}
