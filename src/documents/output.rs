//! Writing the output folder so that a failed or killed run leaves the old
//! documents or the new ones, never a mixture and never none.
//!
//! Design (also in docs/documents.md):
//! 1. Leftovers of a killed run are dealt with first ([`recover`]).
//! 2. The documents are written into `.<out>.tmp-<unique>/` next to `out`; the
//!    marker file is written first, so every such folder is known to be ours.
//! 3. The new folder takes the place of the old one:
//!    - on Linux with one `renameat2(RENAME_EXCHANGE)`: atomic, `out` always
//!      exists; the temporary name then holds the old folder, which is removed;
//!    - elsewhere (or on a file system without exchange) with two renames,
//!      `out` → `.<out>.old-<unique>/`, temporary → `out`. A kill between them
//!      leaves no `out`, and the next run's [`recover`] renames the old folder
//!      back before anything else;
//!    - when `out` is a mount point (it cannot be renamed), the documents are
//!      staged in `out/.kientruc-staging-<unique>/` on the same file system and
//!      renamed into `out` file by file (each file atomically), then files of
//!      the previous build that are no longer written are removed.

use super::OutputFile;
use crate::diagnostic::Msg;
use std::collections::BTreeSet;
use std::io;
use std::path::{Component, Path, PathBuf};

/// A file in every output folder, so that `build` never replaces a folder it
/// did not write (`--out .` by mistake would otherwise delete the model).
pub const MARKER: &str = ".kientruc-build";

const MARKER_TEXT: &str =
    "Written by kientruc build; the whole folder is replaced on every build.\n";

/// Name prefix of the staging folder inside a mounted `out`.
const STAGING: &str = ".kientruc-staging-";

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

/// The folder holding `out`, and `out`'s own name.
fn parent_and_name(out: &Path) -> (PathBuf, String) {
    let name = out
        .file_name()
        .map_or_else(|| "out".to_owned(), |n| n.to_string_lossy().into_owned());
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    (parent, name)
}

/// Whether `dir` is a folder this tool wrote (it holds the marker).
fn ours(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
}

/// Puts right what a killed run left next to `out`: when `out` is missing but
/// an old folder moved aside survives, it is renamed back; then every other
/// temporary or old folder of ours, and any staging folder inside `out`, is
/// removed. Safe to call at any time; `build` calls it before checking.
pub fn recover(out: &Path) -> Result<(), Msg> {
    let (parent, name) = parent_and_name(out);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return Ok(());
    };
    let (tmp_prefix, old_prefix) = (format!(".{name}.tmp-"), format!(".{name}.old-"));
    let mut old = Vec::new();
    let mut tmp = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if !path.is_dir() || path.is_symlink() || !ours(&path) {
            continue;
        }
        if file_name.starts_with(&old_prefix) {
            old.push(path);
        } else if file_name.starts_with(&tmp_prefix) {
            tmp.push(path);
        }
    }
    old.sort();
    if !out.exists()
        && let Some(newest) = old.pop()
    {
        std::fs::rename(&newest, out).map_err(|e| {
            io_error(
                "restore the previous output",
                "khôi phục thư mục đầu ra cũ",
                &newest,
                e,
            )
        })?;
    }
    for dir in old.iter().chain(&tmp) {
        let _ = std::fs::remove_dir_all(dir);
    }
    if let Ok(entries) = std::fs::read_dir(out)
        && ours(out)
    {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(STAGING) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    Ok(())
}

fn unique() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    )
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
    for f in files {
        if safe_relative(&f.path).is_none() {
            return Err(Msg::new(
                format!("refusing to write `{}` outside the output folder", f.path),
                format!("không ghi `{}` ra ngoài thư mục đầu ra", f.path),
            ));
        }
    }
    recover(out)?;
    let (parent, name) = parent_and_name(out);
    std::fs::create_dir_all(&parent).map_err(|e| io_error("create", "tạo thư mục", &parent, e))?;
    if is_mount_point(out, &parent) {
        return replace_in_place(out, files);
    }
    let unique = unique();
    let tmp = parent.join(format!(".{name}.tmp-{unique}"));
    let old = parent.join(format!(".{name}.old-{unique}"));
    let result = fill(&tmp, files).and_then(|()| swap(&tmp, out, &old, exchange, || Ok(())));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

/// Writes the marker (first: the folder is then known to be ours) and `files`.
fn fill(dir: &Path, files: &[OutputFile]) -> Result<(), Msg> {
    std::fs::create_dir(dir).map_err(|e| io_error("create", "tạo thư mục", dir, e))?;
    let marker = dir.join(MARKER);
    std::fs::write(&marker, MARKER_TEXT).map_err(|e| io_error("write", "ghi tệp", &marker, e))?;
    for f in files {
        let Some(rel) = safe_relative(&f.path) else {
            continue; // refused in `write_all`
        };
        let path = dir.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io_error("create", "tạo thư mục", dir, e))?;
        }
        std::fs::write(&path, &f.bytes).map_err(|e| io_error("write", "ghi tệp", &path, e))?;
    }
    Ok(())
}

/// `a` and `b` swap names in one atomic step; `Ok(false)` where the platform
/// or file system cannot do it.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both paths are NUL-terminated C strings that outlive the call.
    let done = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if done == 0 {
        return Ok(true);
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        // Not supported by the kernel or this file system.
        Some(libc::ENOSYS | libc::EINVAL | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(e),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Puts the complete folder `tmp` in the place of `out`. `exchange` is
/// [`exchange`] (tests pass one that declines); `between` runs between the two
/// renames of the fallback (tests kill the run there).
fn swap(
    tmp: &Path,
    out: &Path,
    old: &Path,
    exchange: impl Fn(&Path, &Path) -> io::Result<bool>,
    between: impl FnOnce() -> io::Result<()>,
) -> Result<(), Msg> {
    let move_error = |e| io_error("move into place", "đổi tên", tmp, e);
    if !out.exists() {
        return std::fs::rename(tmp, out).map_err(move_error);
    }
    if exchange(tmp, out).map_err(move_error)? {
        // `tmp` now holds the previous build.
        let _ = std::fs::remove_dir_all(tmp);
        return Ok(());
    }
    std::fs::rename(out, old).map_err(|e| io_error("move aside", "đổi tên", out, e))?;
    if let Err(e) = between().and_then(|()| std::fs::rename(tmp, out)) {
        let _ = std::fs::rename(old, out);
        return Err(move_error(e));
    }
    let _ = std::fs::remove_dir_all(old);
    Ok(())
}

/// Whether `out` is on another file system than its parent (a mount point,
/// which cannot be renamed).
fn is_mount_point(out: &Path, parent: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(out), std::fs::metadata(parent)) {
            (Ok(o), Ok(p)) => o.is_dir() && o.dev() != p.dev(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (out, parent);
        false
    }
}

/// For an `out` that cannot be renamed: stage inside it, rename each file into
/// place, then remove what the previous build wrote and this one did not.
fn replace_in_place(out: &Path, files: &[OutputFile]) -> Result<(), Msg> {
    let staging = out.join(format!("{STAGING}{}", unique()));
    let result = fill(&staging, files).and_then(|()| {
        let marker = out.join(MARKER);
        std::fs::write(&marker, MARKER_TEXT)
            .map_err(|e| io_error("write", "ghi tệp", &marker, e))?;
        let mut kept = BTreeSet::new();
        for f in files {
            let Some(rel) = safe_relative(&f.path) else {
                continue;
            };
            let to = out.join(&rel);
            if let Some(dir) = to.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| io_error("create", "tạo thư mục", dir, e))?;
            }
            std::fs::rename(staging.join(&rel), &to)
                .map_err(|e| io_error("move into place", "đổi tên", &to, e))?;
            kept.insert(rel);
        }
        remove_stale(out, Path::new(""), &kept);
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&staging);
    result
}

/// Removes files below `out` that are not in `kept` (nor the marker or a
/// staging folder), and folders left empty.
fn remove_stale(out: &Path, rel: &Path, kept: &BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(out.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let text = name.to_string_lossy();
        if rel.as_os_str().is_empty() && (text == MARKER || text.starts_with(STAGING)) {
            continue;
        }
        let child = rel.join(&name);
        let path = out.join(&child);
        if path.is_dir() && !path.is_symlink() {
            remove_stale(out, &child, kept);
            let _ = std::fs::remove_dir(&path); // only if now empty
        } else if !kept.contains(&child) {
            let _ = std::fs::remove_file(&path);
        }
    }
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

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap()
    }

    /// What a run killed at a given step leaves, built by the real steps.
    fn killed_run(out: &Path, kill: Kill) {
        let (parent, name) = parent_and_name(out);
        let tmp = parent.join(format!(".{name}.tmp-1-2"));
        let old = parent.join(format!(".{name}.old-1-2"));
        match kill {
            Kill::WhileFilling => {
                std::fs::create_dir(&tmp).unwrap();
                std::fs::write(tmp.join(MARKER), MARKER_TEXT).unwrap();
                std::fs::write(tmp.join("a.html"), "half").unwrap();
            }
            Kill::BetweenRenames => {
                fill(&tmp, &[file("a.html", "new")]).unwrap();
                let killed = std::panic::catch_unwind(|| {
                    let no_exchange = |_: &Path, _: &Path| Ok(false);
                    swap(&tmp, out, &old, no_exchange, || panic!("killed"))
                });
                assert!(killed.is_err());
                assert!(!out.exists(), "the window this guards against");
            }
            Kill::AfterExchange => {
                // The exchange happened; removing the old folder did not.
                fill(&tmp, &[file("a.html", "new")]).unwrap();
                std::fs::rename(out, parent.join("swap")).unwrap();
                std::fs::rename(&tmp, out).unwrap();
                std::fs::rename(parent.join("swap"), &tmp).unwrap();
            }
        }
    }

    #[derive(Clone, Copy, Debug)]
    enum Kill {
        WhileFilling,
        BetweenRenames,
        AfterExchange,
    }

    #[test]
    fn the_next_run_repairs_what_a_killed_run_left() {
        for (kill, expected) in [
            (Kill::WhileFilling, "old"),
            (Kill::BetweenRenames, "old"),
            (Kill::AfterExchange, "new"),
        ] {
            let tmp = tempfile::tempdir().unwrap();
            let out = tmp.path().join("out");
            write_all(&out, &[file("a.html", "old")]).unwrap();
            killed_run(&out, kill);
            // `build` recovers before it checks (and may then write nothing).
            recover(&out).unwrap();
            assert_eq!(names(tmp.path()), ["out"], "{kill:?}: no leftovers");
            assert_eq!(read(&out.join("a.html")), expected, "{kill:?}");
            // And the run after that replaces it normally.
            killed_run(&out, kill);
            write_all(&out, &[file("a.html", "newest")]).unwrap();
            assert_eq!(names(tmp.path()), ["out"], "{kill:?}");
            assert_eq!(read(&out.join("a.html")), "newest");
        }
    }

    #[test]
    fn exchange_swaps_two_folders_where_supported() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        std::fs::create_dir(&a).unwrap();
        std::fs::create_dir(&b).unwrap();
        std::fs::write(a.join("x"), "from a").unwrap();
        if exchange(&a, &b).unwrap() {
            assert_eq!(read(&b.join("x")), "from a");
            assert!(!a.join("x").exists());
        } else {
            assert!(a.join("x").exists(), "declined: nothing moved");
        }
    }

    #[test]
    fn recover_leaves_foreign_folders_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let foreign = tmp.path().join(".out.old-7");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("notes.txt"), "mine").unwrap();
        recover(&out).unwrap();
        assert!(!out.exists(), "not restored: no marker, not ours");
        assert_eq!(read(&foreign.join("notes.txt")), "mine");
    }

    #[test]
    fn the_fallback_swap_restores_the_old_folder_on_failure() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        write_all(&out, &[file("a.html", "old")]).unwrap();
        let (staged, old) = (tmp.path().join(".out.tmp-x"), tmp.path().join(".out.old-x"));
        fill(&staged, &[file("a.html", "new")]).unwrap();
        let no_exchange = |_: &Path, _: &Path| Ok(false);
        let failed = swap(&staged, &out, &old, no_exchange, || {
            Err(io::Error::other("disk"))
        });
        assert!(failed.is_err());
        assert_eq!(read(&out.join("a.html")), "old");
        swap(&staged, &out, &old, no_exchange, || Ok(())).unwrap();
        assert_eq!(read(&out.join("a.html")), "new");
        assert_eq!(names(tmp.path()), ["out"]);
    }

    /// A mount point cannot be renamed: its content is replaced file by file.
    #[test]
    fn in_place_replacement_for_a_mount_point() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        write_all(
            &out,
            &[
                file("a.html", "1"),
                file("sub/b.md", "2"),
                file("c.md", "3"),
            ],
        )
        .unwrap();
        replace_in_place(&out, &[file("a.html", "4"), file("sub/d.md", "5")]).unwrap();
        assert_eq!(names(&out), [MARKER, "a.html", "sub"]);
        assert_eq!(names(&out.join("sub")), ["d.md"]);
        assert_eq!(read(&out.join("a.html")), "4");
        // A staging folder a killed run left inside goes on the next run.
        std::fs::create_dir(out.join(format!("{STAGING}1-2"))).unwrap();
        recover(&out).unwrap();
        assert_eq!(names(&out), [MARKER, "a.html", "sub"]);
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
