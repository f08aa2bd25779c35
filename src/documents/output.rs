//! Writing the output folder atomically: everything goes into a temporary
//! folder next to it, which then replaces the old folder with two renames, so
//! a failed run leaves the previous documents as they were.

use super::OutputFile;
use crate::diagnostic::Msg;
use std::path::{Component, Path, PathBuf};

/// A file in every output folder, so that `build` never replaces a folder it
/// did not write (`--out .` by mistake would otherwise delete the model).
pub const MARKER: &str = ".kientruc-build";

fn io_error(what: &str, vi: &str, path: &Path, e: std::io::Error) -> Msg {
    Msg::new(
        format!("cannot {what} `{}`: {e}", path.display()),
        format!("không thể {vi} `{}`: {e}", path.display()),
    )
}

/// Whether `out` may be replaced: absent, empty, or written by a previous build.
fn replaceable(out: &Path) -> Result<bool, Msg> {
    match std::fs::read_dir(out) {
        Ok(mut entries) => Ok(entries.next().is_none() || out.join(MARKER).is_file()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(io_error(
            "read the output folder",
            "đọc thư mục đầu ra",
            out,
            e,
        )),
    }
}

/// A relative path without `..` or a root, so no output file lands outside `out`.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    p.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| p.to_path_buf())
}

/// Replaces the folder `out` with exactly `files` (plus the marker).
pub fn write_all(out: &Path, files: &[OutputFile]) -> Result<(), Msg> {
    if out.exists() && !out.is_dir() {
        return Err(Msg::new(
            format!("`{}` exists and is not a folder", out.display()),
            format!("`{}` đã tồn tại và không phải là thư mục", out.display()),
        ));
    }
    if !replaceable(out)? {
        return Err(Msg::new(
            format!(
                "`{}` is not empty and was not written by `kientruc build`; refusing to replace it",
                out.display()
            ),
            format!(
                "thư mục `{}` không trống và không do `kientruc build` tạo ra; không ghi đè",
                out.display()
            ),
        ));
    }
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| io_error("create", "tạo thư mục", &parent, e))?;
    let unique = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    );
    let tmp = parent.join(format!(".{name}.tmp-{unique}"));
    let result = fill(&tmp, files)
        .and_then(|()| swap(&tmp, out, &parent.join(format!(".{name}.old-{unique}"))));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn fill(tmp: &Path, files: &[OutputFile]) -> Result<(), Msg> {
    std::fs::create_dir(tmp).map_err(|e| io_error("create", "tạo thư mục", tmp, e))?;
    let marker = tmp.join(MARKER);
    std::fs::write(
        &marker,
        "Written by kientruc build; the whole folder is replaced on every build.\n",
    )
    .map_err(|e| io_error("write", "ghi tệp", &marker, e))?;
    for f in files {
        let Some(rel) = safe_relative(&f.path) else {
            return Err(Msg::new(
                format!("refusing to write `{}` outside the output folder", f.path),
                format!("không ghi `{}` ra ngoài thư mục đầu ra", f.path),
            ));
        };
        let path = tmp.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io_error("create", "tạo thư mục", dir, e))?;
        }
        std::fs::write(&path, &f.bytes).map_err(|e| io_error("write", "ghi tệp", &path, e))?;
    }
    Ok(())
}

fn swap(tmp: &Path, out: &Path, old: &Path) -> Result<(), Msg> {
    let had_old = out.exists();
    if had_old {
        std::fs::rename(out, old).map_err(|e| io_error("move aside", "đổi tên", out, e))?;
    }
    if let Err(e) = std::fs::rename(tmp, out) {
        if had_old {
            let _ = std::fs::rename(old, out);
        }
        return Err(io_error("move into place", "đổi tên", tmp, e));
    }
    if had_old {
        let _ = std::fs::remove_dir_all(old);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn replaces_a_previous_build_and_nothing_else() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        write_all(&out, &[file("a.html", "1"), file("sub/b.md", "2")]).unwrap();
        write_all(&out, &[file("a.html", "3")]).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "3");
        assert!(!out.join("sub/b.md").exists(), "stale files go");
        // Only `out` is left next to it: no temporary or old folders.
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out")]);

        let foreign = tmp.path().join("model");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("kientruc.yaml"), "x").unwrap();
        assert!(write_all(&foreign, &[file("a.html", "1")]).is_err());
        assert_eq!(
            std::fs::read_to_string(foreign.join("kientruc.yaml")).unwrap(),
            "x"
        );
    }

    #[test]
    fn refuses_paths_outside_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        write_all(&out, &[file("a.html", "1")]).unwrap();
        assert!(write_all(&out, &[file("../evil", "x")]).is_err());
        assert!(!tmp.path().join("evil").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("a.html")).unwrap(),
            "1",
            "old output intact"
        );
    }
}
