//! Source files, positions and spans: the ground floor every stage shares.

use std::path::{Path, PathBuf};

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range in one source file. Offsets are `u32` to keep tree nodes small;
/// the loader refuses files larger than 4 GiB long before that matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: u32, end: u32) -> Self {
        Span {
            file,
            start,
            end: end.max(start),
        }
    }

    /// An empty span at one position (used for "missing" things).
    pub fn point(file: FileId, at: u32) -> Self {
        Span::new(file, at, at)
    }

    pub fn len(&self) -> u32 {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A 1-based line and a 1-based column counted in Unicode scalar values
/// (what editors and SARIF's `unicodeCodePoints` column kind show).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// One loaded file: its display path, its text and a line index.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown to the user (relative to the working directory when possible).
    pub path: PathBuf,
    /// The text. Invalid UTF-8 is replaced lossily so that snippets can still be shown.
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> Self {
        let mut line_starts = Vec::with_capacity(text.len() / 32 + 1);
        line_starts.push(0);
        // LF, CRLF and a lone CR each end a line, as in YAML 1.2 (§5.4) and editors.
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    pub fn display_path(&self) -> String {
        self.path.to_string_lossy().replace('\\', "/")
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        self.line_starts
            .get(i)
            .copied()
            .unwrap_or(self.text.len() as u32)
    }

    /// Byte range of 1-based `line` without its line terminator.
    pub fn line_range(&self, line: u32) -> (u32, u32) {
        let start = self.line_start(line);
        let next = self.line_start(line + 1);
        let bytes = self.text.as_bytes();
        let mut end = next.min(bytes.len() as u32);
        while end > start && matches!(bytes[end as usize - 1], b'\n' | b'\r') {
            end -= 1;
        }
        (start, end)
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Line and column of a byte offset. Columns count characters, not bytes.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.text.len() as u32);
        let line = self.line_of(offset);
        let start = self.line_start(line) as usize;
        let mut end = offset as usize;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.text[start..end].chars().count() as u32 + 1;
        LineCol { line, column }
    }

    /// Byte offset of a 1-based line and a 0-based character column on it.
    pub fn offset_of(&self, line: u32, char_col: u32) -> u32 {
        let (start, end) = self.line_range(line);
        let text = &self.text[start as usize..end as usize];
        if text.is_ascii() {
            return start + char_col.min(text.len() as u32);
        }
        match text.char_indices().nth(char_col as usize) {
            Some((i, _)) => start + i as u32,
            None => end,
        }
    }
}

/// Every file of one run, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn try_get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// Finds a file by the path it was loaded under.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files
            .iter()
            .position(|f| f.path == path)
            .map(|i| FileId(i as u32))
    }

    pub fn line_col(&self, span: Span) -> LineCol {
        self.get(span.file).line_col(span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = SourceFile::new("a.yaml".into(), "tên: Quảng Nam\nid: x\n".into());
        let nam = f.text.find("Nam").unwrap() as u32;
        assert_eq!(
            f.line_col(nam),
            LineCol {
                line: 1,
                column: 12
            }
        );
        let id = f.text.find("id").unwrap() as u32;
        assert_eq!(f.line_col(id), LineCol { line: 2, column: 1 });
        assert_eq!(f.offset_of(1, 11), nam);
    }

    #[test]
    fn a_lone_cr_ends_a_line() {
        let f = SourceFile::new("a".into(), "a: 1\rb: 2\r\nc: 3\nd: 4".into());
        let at = |needle: &str| f.line_col(f.text.find(needle).unwrap() as u32);
        assert_eq!(at("b"), LineCol { line: 2, column: 1 });
        assert_eq!(at("c"), LineCol { line: 3, column: 1 });
        assert_eq!(at("d"), LineCol { line: 4, column: 1 });
        assert_eq!(f.line_range(1), (0, 4));
        assert_eq!(f.line_count(), 4);
    }

    #[test]
    fn line_range_strips_crlf() {
        let f = SourceFile::new("a".into(), "ab\r\ncd".into());
        assert_eq!(f.line_range(1), (0, 2));
        assert_eq!(f.line_range(2), (4, 6));
    }
}
