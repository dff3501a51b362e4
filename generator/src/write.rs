//! Puts what the generator makes on disk: a crate held in memory, or the one file of a build
//! script. Nothing is touched when every byte already matches; otherwise a crate is written to a
//! sibling folder and swapped in, and a file to a sibling and renamed, so that a failure never
//! leaves a half-written crate or file and no stale file survives. Also the scratch copies that
//! `rustfmt` works on. The only module that writes files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// What writing did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The folder already held exactly these files.
    Unchanged,
    /// The folder was (re)written.
    Written,
}

/// Every file under `dir`, relative to it, with its bytes.
pub fn read_tree(dir: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>, Error> {
    let mut out = BTreeMap::new();
    if dir.is_dir() {
        collect(dir, dir, &mut out)?;
    }
    Ok(out)
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) -> Result<(), Error> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            out.insert(relative, bytes);
        }
    }
    Ok(())
}

/// Whether `dir` holds exactly `files`.
pub fn matches(files: &BTreeMap<PathBuf, String>, dir: &Path) -> Result<bool, Error> {
    let existing = read_tree(dir)?;
    Ok(existing.len() == files.len()
        && files.iter().all(|(path, text)| existing.get(path).is_some_and(|bytes| bytes == text.as_bytes())))
}

/// Writes `files` as the whole content of `out`.
pub fn write_crate(files: &BTreeMap<PathBuf, String>, out: &Path) -> Result<WriteOutcome, Error> {
    if matches(files, out)? {
        return Ok(WriteOutcome::Unchanged);
    }
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("crate");
    let sibling = |kind: &str| out.with_file_name(format!(".{name}.{kind}-{}", std::process::id()));
    let fresh = sibling("new");
    let old = sibling("old");
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let _ = std::fs::remove_dir_all(&fresh);
    let filled = write_files(files.iter().map(|(path, text)| (path.as_path(), text.as_str())), &fresh);
    if let Err(e) = filled {
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(e);
    }
    if out.exists() {
        let _ = std::fs::remove_dir_all(&old);
        std::fs::rename(out, &old).map_err(|e| Error::io(out, e))?;
        if let Err(e) = std::fs::rename(&fresh, out) {
            // Put the previous crate back rather than leave nothing.
            let _ = std::fs::rename(&old, out);
            let _ = std::fs::remove_dir_all(&fresh);
            return Err(Error::io(out, e));
        }
        std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
    } else {
        std::fs::rename(&fresh, out).map_err(|e| Error::io(out, e))?;
    }
    Ok(WriteOutcome::Written)
}

/// Writes `text` to `path` unless it already holds it; through a temporary sibling and a rename,
/// so a reader never sees half a file.
pub fn write_file(path: &Path, text: &str) -> Result<WriteOutcome, Error> {
    if std::fs::read(path).is_ok_and(|bytes| bytes == text.as_bytes()) {
        return Ok(WriteOutcome::Unchanged);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&temp, text).map_err(|e| Error::io(&temp, e))?;
    std::fs::rename(&temp, path).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        Error::io(path, e)
    })?;
    Ok(WriteOutcome::Written)
}

/// A copy of some files in a fresh folder (in memory where the system has `/dev/shm`, else under
/// the system temp dir), removed when dropped: what `rustfmt` formats.
pub(crate) struct Scratch {
    /// The folder.
    pub dir: PathBuf,
}

impl Scratch {
    /// Writes `files` (path relative to the folder, text) into a new scratch folder named after
    /// `purpose`.
    pub fn with_files<'a>(
        purpose: &str,
        files: impl IntoIterator<Item = (&'a Path, &'a str)>,
    ) -> Result<Scratch, Error> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let name = format!("generator-{purpose}-{}-{n}", std::process::id());
        let files: Vec<(&Path, &str)> = files.into_iter().collect();
        // In memory where the system has a RAM-backed folder and `TMPDIR` names no other: on a
        // disk that has just deleted the last run's copies, making a crate's worth of small files
        // cost Box's generation a tenth of its time. A folder that cannot take the files gives
        // way to the temp folder.
        let fill = |parent: &Path| {
            // A scratch that fails to fill is dropped, and so removed.
            let scratch = Scratch { dir: parent.join(&name) };
            let _ = std::fs::remove_dir_all(&scratch.dir);
            write_files(files.iter().copied(), &scratch.dir).map(|()| scratch)
        };
        let in_memory = Path::new("/dev/shm");
        if std::env::var_os("TMPDIR").is_none() && in_memory.is_dir() {
            if let Ok(scratch) = fill(in_memory) {
                return Ok(scratch);
            }
        }
        fill(&std::env::temp_dir())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Writes `files` (path under `dir`, text), making each folder once.
fn write_files<'a>(files: impl IntoIterator<Item = (&'a Path, &'a str)>, dir: &Path) -> Result<(), Error> {
    let mut made = std::collections::BTreeSet::new();
    for (path, text) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent().filter(|parent| !made.contains(*parent)) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            made.insert(parent.to_path_buf());
        }
        std::fs::write(&target, text).map_err(|e| Error::io(&target, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("generator-write-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn writes_swaps_and_leaves_no_stale_files() {
        let root = scratch("swap");
        let out = root.join("crate");
        let first =
            BTreeMap::from([(PathBuf::from("a.rs"), "a".to_owned()), (PathBuf::from("src/b.rs"), "b".to_owned())]);
        assert_eq!(write_crate(&first, &out).ok(), Some(WriteOutcome::Written));
        assert_eq!(write_crate(&first, &out).ok(), Some(WriteOutcome::Unchanged));
        let second = BTreeMap::from([(PathBuf::from("a.rs"), "a2".to_owned())]);
        assert_eq!(write_crate(&second, &out).ok(), Some(WriteOutcome::Written));
        let tree = read_tree(&out).unwrap_or_default();
        assert_eq!(tree.keys().collect::<Vec<_>>(), [&PathBuf::from("a.rs")]);
        assert_eq!(std::fs::read_dir(&root).map(|d| d.count()).unwrap_or(0), 1, "no temp folders left");
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_file_is_written_only_when_it_changes() {
        let dir = scratch("file");
        let path = dir.join("out.rs");
        assert_eq!(write_file(&path, "a").ok(), Some(WriteOutcome::Written));
        assert_eq!(write_file(&path, "a").ok(), Some(WriteOutcome::Unchanged));
        assert_eq!(write_file(&path, "b").ok(), Some(WriteOutcome::Written));
        assert_eq!(std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0), 1, "no temp files left");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_scratch_folder_goes_when_dropped() {
        let files = BTreeMap::from([(PathBuf::from("src/lib.rs"), "x".to_owned())]);
        let scratch = Scratch::with_files("write-test", files.iter().map(|(p, t)| (p.as_path(), t.as_str()))).ok();
        let dir = scratch.as_ref().map(|s| s.dir.clone()).unwrap_or_default();
        assert!(dir.join("src/lib.rs").is_file());
        // In memory where the system has it and `TMPDIR` names no other folder.
        let in_memory = std::env::var_os("TMPDIR").is_none() && Path::new("/dev/shm").is_dir();
        let home = if in_memory { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
        assert!(dir.starts_with(&home), "{} is not under {}", dir.display(), home.display());
        drop(scratch);
        assert!(!dir.exists());
    }
}
