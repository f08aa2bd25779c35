//! Reading one model file safely: the folder comes from a contributor's branch,
//! so any file in it may be hostile.
//!
//! Rules (documented in docs/model.md):
//! - a symbolic link is followed only if it resolves to a file inside the
//!   architecture folder (LOAD-004 otherwise); the finding names the link and
//!   never reads the target, so `x.yaml -> /proc/self/environ` leaks nothing;
//! - only regular files are read: a FIFO, socket or device is refused
//!   (LOAD-005) from its metadata, before it is opened, so nothing blocks;
//! - at most `max_file_bytes + 1` bytes are read, so a huge file is refused
//!   (YAML-006) without being held in memory.

use crate::diagnostic::{Diagnostic, Msg};
use crate::source::{FileId, Span};
use std::io::{self, Read};
use std::path::Path;

/// The bytes of `path`, a model file found below `root`, or the one finding
/// saying why it was not read. `shown` is the path as output prints it.
pub fn read_model_file(
    id: FileId,
    root: &Path,
    path: &Path,
    shown: &Path,
    max_bytes: usize,
) -> Result<Vec<u8>, Box<Diagnostic>> {
    let at = Span::point(id, 0);
    let unreadable = |e: io::Error| Box::new(unreadable(at, shown, &e));
    let link = std::fs::symlink_metadata(path).map_err(unreadable)?;
    if link.file_type().is_symlink() {
        let target = path.canonicalize().map_err(unreadable)?;
        let root = root.canonicalize().map_err(unreadable)?;
        if !target.starts_with(&root) {
            return Err(Box::new(outside(at, shown)));
        }
    }
    // `metadata` follows the (now known to stay inside) link.
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(Box::new(not_regular(at, shown, &meta.file_type())));
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let limit = max_bytes.min(u32::MAX as usize);
    let mut bytes = Vec::with_capacity((meta.len() as usize).min(limit) + 1);
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() > limit {
        return Err(Box::new(too_large(at, limit)));
    }
    Ok(bytes)
}

fn unreadable(at: Span, shown: &Path, e: &io::Error) -> Diagnostic {
    let shown = shown.display();
    Diagnostic::of(
        &crate::code::core::UNREADABLE_FILE,
        Msg::new(
            format!("cannot read `{shown}`: {e}"),
            format!("không đọc được tệp `{shown}`: {e}"),
        ),
    )
    .at(at, None)
    .with_help(Msg::new(
        "check that the file exists and is readable",
        "kiểm tra tệp có tồn tại và có quyền đọc",
    ))
}

fn outside(at: Span, shown: &Path) -> Diagnostic {
    let shown = shown.display();
    Diagnostic::of(
        &crate::code::core::LINK_OUTSIDE,
        Msg::new(
            format!("`{shown}` is a symbolic link to a file outside the architecture folder; it was not read"),
            format!("`{shown}` là liên kết tượng trưng tới một tệp nằm ngoài thư mục kiến trúc; tệp đó không được đọc"),
        ),
    )
    .at(at, Some(Msg::new("this link", "liên kết này")))
    .with_help(Msg::new(
        "copy the file into the architecture folder, or point the link at a file inside it",
        "hãy chép tệp vào thư mục kiến trúc, hoặc trỏ liên kết tới một tệp bên trong thư mục đó",
    ))
}

fn not_regular(at: Span, shown: &Path, kind: &std::fs::FileType) -> Diagnostic {
    let (en, vi) = describe(kind);
    let shown = shown.display();
    Diagnostic::of(
        &crate::code::core::SPECIAL_FILE,
        Msg::new(
            format!("`{shown}` is {en}, not a regular file; it was not read"),
            format!("`{shown}` là {vi}, không phải tệp thông thường; tệp không được đọc"),
        ),
    )
    .at(at, None)
    .with_help(Msg::new(
        "a model file must be an ordinary file; remove this entry or rename it so that it does not end in .yaml",
        "tệp mô hình phải là tệp thông thường; hãy xóa mục này hoặc đổi tên để không có đuôi .yaml",
    ))
}

fn describe(kind: &std::fs::FileType) -> (&'static str, &'static str) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return ("a named pipe (FIFO)", "một ống có tên (FIFO)");
        }
        if kind.is_socket() {
            return ("a socket", "một socket");
        }
        if kind.is_block_device() || kind.is_char_device() {
            return ("a device", "một thiết bị");
        }
    }
    if kind.is_dir() {
        return ("a folder", "một thư mục");
    }
    ("a special file", "một tệp đặc biệt")
}

fn too_large(at: Span, limit: usize) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        Msg::new(
            format!("the file is too large: more than {limit} bytes, the limit"),
            format!("tệp quá lớn: vượt giới hạn {limit} byte"),
        ),
    )
    .at(at, None)
    .with_help(Msg::new(
        "split the model into several files",
        "hãy chia mô hình thành nhiều tệp",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: FileId = FileId(0);

    fn read(root: &Path, path: &Path, max: usize) -> Result<Vec<u8>, Box<Diagnostic>> {
        read_model_file(ID, root, path, path, max)
    }

    #[test]
    fn a_read_stops_at_the_limit() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("big.yaml");
        std::fs::write(&path, vec![b'a'; 1000]).unwrap();
        assert_eq!(read(tmp.path(), &path, 1000).unwrap().len(), 1000);
        let refused = read(tmp.path(), &path, 999).unwrap_err();
        assert_eq!(refused.code, "YAML-006");
        assert!(
            refused.message.en().contains("999"),
            "{:?}",
            refused.message
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_reading() {
        // /dev/zero never ends: reading it whole would never return.
        let refused = read(Path::new("/dev"), Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(refused.code, "LOAD-005");
        assert!(refused.message.en().contains("a device"));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_only_inside_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("arch");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("sub/real.yaml"), "a: 1\n").unwrap();
        std::fs::write(tmp.path().join("secret.yaml"), "secret\n").unwrap();
        std::os::unix::fs::symlink("sub/real.yaml", root.join("inside.yaml")).unwrap();
        std::os::unix::fs::symlink("../secret.yaml", root.join("outside.yaml")).unwrap();
        assert_eq!(
            read(&root, &root.join("inside.yaml"), 100).unwrap(),
            b"a: 1\n"
        );
        let refused = read(&root, &root.join("outside.yaml"), 100).unwrap_err();
        assert_eq!(refused.code, "LOAD-004");
        assert!(!format!("{refused:?}").contains("secret\n"));
    }
}
