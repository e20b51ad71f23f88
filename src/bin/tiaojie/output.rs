//! What the command line writes: human-readable lines made inert, JSON as it is, and
//! files written atomically.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use tiaojie::inert::escape;
use tiaojie::validate::Issue;

/// Human-readable output: each line of `text` (split at the program's own line breaks)
/// with every control, bidi and zero-width character made a visible `\u{…}` escape
/// ([`tiaojie::inert::escape`]), so that nothing a case file holds can drive the
/// terminal. Text that may hold the user's own line breaks is escaped whole before it
/// is put into a line.
pub fn human(text: &str) -> String {
    text.split('\n').map(escape).collect::<Vec<_>>().join("\n")
}

/// A human-readable line (or lines) on stderr, made inert ([`human`]).
pub fn say(text: impl AsRef<str>) {
    eprintln!("{}", human(text.as_ref()));
}

/// Human-readable lines on stdout, made inert ([`human`]).
pub fn print_human<I: IntoIterator<Item = String>>(lines: I) {
    print_lines(lines.into_iter().map(|l| human(&l)));
}

/// Write `lines` to stdout as they are (JSON; human text goes through
/// [`print_human`]), stopping quietly at the first failure (a closed pipe, as with
/// `tiaojie check … | head -1`, rather than a panic).
pub fn print_lines<I: IntoIterator<Item = String>>(lines: I) {
    let mut out = std::io::stdout().lock();
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
    let _ = out.flush();
}

/// An issue as readable lines: the issue, its hint, its suggestion; each made inert
/// whole (a line break in a quoted value is an escape, not a new line).
pub fn issue_lines(i: &Issue) -> Vec<String> {
    let mut lines = vec![escape(&i.line()).into_owned()];
    if !i.hint.is_empty() {
        lines.push(format!("　　{}", escape(&i.hint)));
    }
    if let Some(s) = &i.suggestion {
        lines.push(format!(
            "　　建议：将 {} 设为「{}」",
            escape(&s.path),
            escape(&s.label)
        ));
    }
    lines
}

/// Write `bytes` to `path` without ever leaving a partial file there: a temporary file
/// in the same folder, flushed to disk, then renamed over the target. On any failure the
/// temporary file is removed and the old file (if any) is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |f| f.write_all(bytes))
}

/// [`write_atomically`] with the writing itself given: `write` fills the temporary
/// file (a test makes it fail half-way).
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::IsADirectory))?;
    let tmp = dir.join(format!(
        ".{}.{}.part",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        write(&mut f)?;
        f.sync_all()
    })();
    let done = written.and_then(|()| std::fs::rename(&tmp, path));
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    done
}

/// Whether `a` and `b` name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 22: a writer that fails half-way over an existing file leaves it
    /// byte-identical and no temporary file behind.
    #[test]
    fn a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("tiaojie-atomic-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("a.pdf");
        std::fs::write(&target, b"%PDF-old").unwrap();
        let r = write_atomically_with(&target, |f| {
            f.write_all(b"%PDF-new, half")?;
            Err(std::io::Error::other("the disk filled up"))
        });
        assert!(r.is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-old");
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
        write_atomically(&target, b"%PDF-new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-new");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
