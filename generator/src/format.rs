//! Syntax trees to source text: `prettyplease` prints every file (`emit` parsed it: emitted code
//! that does not parse is a generator bug); checked-in crates then go through the pinned
//! toolchain's `rustfmt` (on a scratch copy that `write` makes) so that `cargo fmt --check` holds
//! for them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::Error;
use crate::write::Scratch;

/// Prints one file with its `@generated` header.
///
/// The file is printed a few items at a time (prettyplease prints a file item after item, so the
/// text is the same), each run of items dropped once printed: the syntax tree of a whole group
/// file of a large spec (12 MB of text in Graph beta's) takes hundreds of megabytes.
pub fn print(mut file: syn::File, header: &str) -> String {
    const ITEMS: usize = 32;
    let mut items = std::mem::take(&mut file.items).into_iter();
    let mut text = String::new();
    loop {
        file.items = items.by_ref().take(ITEMS).collect();
        if file.items.is_empty() && file.attrs.is_empty() && file.shebang.is_none() && !text.is_empty() {
            break;
        }
        text.push_str(&prettyplease::unparse(&file));
        // Inner attributes belong to the first run.
        file.attrs.clear();
        file.shebang = None;
        if file.items.len() < ITEMS {
            break;
        }
    }
    format!("{header}\n{}", space_items(&text))
}

/// Puts a blank line between consecutive items (prettyplease prints them back to back): before a
/// line that starts an item, when the line above ends one at the same indentation. Runs of `use`
/// and `mod` declarations stay together.
pub(crate) fn space_items(text: &str) -> String {
    const STARTS: &[&str] = &[
        "///",
        "//!",
        "#[",
        "#![",
        "pub ",
        "pub(",
        "fn ",
        "impl",
        "struct ",
        "enum ",
        "mod ",
        "const ",
        "static ",
        "type ",
        "use ",
        "trait ",
        "async fn ",
        "unsafe ",
    ];
    let declaration = |trimmed: &str| {
        let line = trimmed.trim_start_matches("pub ");
        line.starts_with("use ") || line.starts_with("mod ")
    };
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    // The line above, its text without indentation, and its indentation.
    let mut previous: Option<(&str, &str, usize)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((prev, prev_trimmed, prev_indent)) = previous {
            let same_level = prev_indent == indent;
            let after_module_docs = prev.starts_with("//!") && !line.starts_with("//!");
            let ends_item = || {
                let p = prev.trim_end();
                !prev_trimmed.starts_with("//") && (p.ends_with('}') || p.ends_with("};") || p.ends_with(';'))
            };
            let starts_item = || STARTS.iter().any(|s| trimmed.starts_with(s)) || is_item_macro(line);
            if after_module_docs
                || (same_level && ends_item() && starts_item() && !(declaration(prev_trimmed) && declaration(trimmed)))
            {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some((line, trimmed, indent));
    }
    out
}

/// Whether `line` starts a macro call at the top level of a file (`request_builder!(..);`).
fn is_item_macro(line: &str) -> bool {
    let path = line.split('!').next().unwrap_or_default();
    line.len() > path.len()
        && !path.is_empty()
        && !path.starts_with(' ')
        && path.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

/// How `rustfmt` runs for one crate: with the `rustfmt.toml` that governs `out_dir` (searched
/// upwards), so the text matches what `cargo fmt` would make of it, and in `out_dir` (or its
/// nearest existing ancestor), so the toolchain that `rust-toolchain.toml` pins there formats the
/// code, whatever the caller's default is.
///
/// rustfmt formats one file at a time on one core and is most of the time a large crate takes
/// to generate, so several processes share the files, each printing its results to stdout
/// (rustfmt formats each file on its own either way). A file that declares out-of-line modules
/// goes through stdin alone, since rustfmt would follow its `mod` declarations.
pub struct Rustfmt {
    config: Option<PathBuf>,
    run_in: Option<PathBuf>,
    /// The program, found once (`Rustfmt::program`).
    program: std::sync::OnceLock<std::ffi::OsString>,
}

impl Rustfmt {
    /// The runs for a crate to be written to `out_dir`.
    pub fn new(out_dir: &Path) -> Self {
        let config = find_config(out_dir);
        let run_in =
            std::path::absolute(out_dir).ok().and_then(|d| d.ancestors().find(|a| a.is_dir()).map(Path::to_path_buf));
        Rustfmt { config, run_in, program: std::sync::OnceLock::new() }
    }

    /// `RUSTFMT`, else the binary of the toolchain that rustup picks in `run_in` (`rustup which`,
    /// asked once: going through rustup's proxy costs each process about 10 ms), else `rustfmt`.
    fn program(&self) -> &std::ffi::OsString {
        self.program.get_or_init(|| {
            if let Some(program) = std::env::var_os("RUSTFMT") {
                return program;
            }
            let mut which = Command::new("rustup");
            which.args(["which", "rustfmt"]).stdin(Stdio::null()).stderr(Stdio::null());
            if let Some(dir) = &self.run_in {
                which.current_dir(dir);
            }
            let found = which.output().ok().filter(|output| output.status.success()).and_then(|output| {
                let path = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim_end());
                path.is_file().then(|| path.into_os_string())
            });
            found.unwrap_or_else(|| "rustfmt".into())
        })
    }

    /// Formats `files` (path, text) in one process, through a scratch copy, or through stdin for
    /// a file that declares module files (each alone). Memory stays near one copy of the text: a
    /// file's text is dropped once it is in the scratch folder.
    pub fn format(&self, files: Vec<(PathBuf, String)>) -> Result<Vec<(PathBuf, String)>, Error> {
        let (roots, leaves): (Vec<_>, Vec<_>) = files.into_iter().partition(|(_, text)| declares_module_files(text));
        let mut formatted = Vec::with_capacity(roots.len() + leaves.len());
        for (path, text) in roots {
            formatted.push((path, self.run(RustfmtInput::Stdin(&text), None)?));
        }
        if !leaves.is_empty() {
            let scratch =
                Scratch::with_files("rustfmt", leaves.iter().map(|(path, text)| (path.as_path(), text.as_str())))?;
            let paths: Vec<PathBuf> = leaves.into_iter().map(|(path, _)| path).collect();
            let paths: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
            let out = self.run(RustfmtInput::Files(&paths), Some(&scratch.dir))?;
            formatted.extend(split_stdout(&out, &paths)?);
        }
        Ok(formatted)
    }

    /// Formats `files` in place, in one process per core over chunks of about the same size (and
    /// one per file that declares module files), all at once (so on error, `files` is left
    /// without the texts that were being formatted).
    pub fn format_all(&self, files: &mut BTreeMap<PathBuf, String>) -> Result<(), Error> {
        let rust: Vec<(PathBuf, usize)> = files
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
            .map(|(path, text)| (path.clone(), text.len()))
            .collect();
        let (roots, leaves): (Vec<_>, Vec<_>) =
            rust.iter().partition(|(path, _)| files.get(path).is_some_and(|text| declares_module_files(text)));
        let parallel = std::thread::available_parallelism().map_or(1, usize::from);
        let leaves: Vec<(&Path, usize)> = leaves.iter().map(|(path, size)| (path.as_path(), *size)).collect();
        let mut take = |paths: &[&Path]| -> Vec<(PathBuf, String)> {
            paths.iter().filter_map(|path| Some((path.to_path_buf(), files.remove(*path)?))).collect()
        };
        let mut batches: Vec<Vec<(PathBuf, String)>> = roots.iter().map(|(path, _)| take(&[path.as_path()])).collect();
        batches.extend(balanced_chunks(&leaves, parallel).iter().map(|paths| take(paths)));
        let results = std::thread::scope(|scope| {
            // Every process runs at once, each read by its own thread so that no full pipe stalls one.
            let handles: Vec<_> = batches.into_iter().map(|batch| scope.spawn(|| self.format(batch))).collect();
            let join = |handle: std::thread::ScopedJoinHandle<'_, Result<Vec<(PathBuf, String)>, Error>>| {
                handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            };
            handles.into_iter().map(join).collect::<Vec<_>>()
        });
        for result in results {
            files.extend(result?);
        }
        Ok(())
    }

    /// Runs one rustfmt process and returns what it printed; `Files` paths are under `scratch`.
    fn run(&self, input: RustfmtInput<'_>, scratch: Option<&Path>) -> Result<String, Error> {
        let mut command = Command::new(self.program());
        command.args(["--edition", "2024", "--emit", "stdout"]);
        if let Some(config) = &self.config {
            command.arg("--config-path").arg(config);
        }
        if let Some(dir) = &self.run_in {
            command.current_dir(dir);
        }
        if let (RustfmtInput::Files(paths), Some(scratch)) = (&input, scratch) {
            command.args(paths.iter().map(|path| scratch.join(path)));
        }
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = command.spawn().map_err(|e| {
            Error::Internal(format!("cannot run rustfmt (install it with `rustup component add rustfmt`): {e}"))
        })?;
        // rustfmt reads all of stdin before it writes anything, so this cannot block for good.
        if let (RustfmtInput::Stdin(text), Some(mut stdin)) = (&input, child.stdin.take()) {
            stdin.write_all(text.as_bytes()).map_err(|e| Error::Internal(format!("cannot feed rustfmt: {e}")))?;
        }
        let output = child.wait_with_output().map_err(|e| Error::Internal(format!("rustfmt did not finish: {e}")))?;
        if !output.status.success() {
            return Err(Error::Internal(format!("rustfmt failed: {}", String::from_utf8_lossy(&output.stderr))));
        }
        String::from_utf8(output.stdout).map_err(|e| Error::Internal(format!("rustfmt printed non-UTF-8: {e}")))
    }
}

/// Printed files waiting for rustfmt while the others are still being printed: whoever adds a
/// file that makes enough text wait formats the batch, so rustfmt runs beside printing rather
/// than after it, and no more processes run than printing threads.
pub struct Batches<'r> {
    rustfmt: &'r Rustfmt,
    waiting: std::sync::Mutex<Waiting>,
}

#[derive(Default)]
struct Waiting {
    /// (index of the file in emit order, path, text).
    files: Vec<(usize, PathBuf, String)>,
    /// The size of `files`' texts.
    bytes: usize,
    /// The size of every text added so far.
    added: usize,
}

/// A batch's result, keyed by the emit index of its first file.
pub type Formatted = (usize, Result<Vec<(PathBuf, String)>, Error>);

impl<'r> Batches<'r> {
    /// The smallest batch: a rustfmt process costs a few milliseconds to start.
    const MIN_BATCH: usize = 512 << 10;
    /// The largest batch while files are still printed, so that the last ones do not wait long.
    const MAX_BATCH: usize = 4 << 20;

    /// No file waiting yet.
    pub fn new(rustfmt: &'r Rustfmt) -> Self {
        Batches { rustfmt, waiting: std::sync::Mutex::new(Waiting::default()) }
    }

    /// Adds a printed file; returns what waits once it is enough to format (a sixteenth of what
    /// was printed so far, within bounds).
    pub fn add(&self, index: usize, path: PathBuf, text: String) -> Option<Vec<(usize, PathBuf, String)>> {
        let mut waiting = self.waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        waiting.bytes += text.len();
        waiting.added += text.len();
        waiting.files.push((index, path, text));
        let enough = (waiting.added / 16).clamp(Self::MIN_BATCH, Self::MAX_BATCH);
        (waiting.bytes >= enough).then(|| {
            waiting.bytes = 0;
            std::mem::take(&mut waiting.files)
        })
    }

    /// Once every file is printed: a share of what waits (half of its size, or all of a small
    /// remainder), so that the printing threads format the rest together; `None` when nothing
    /// waits.
    pub fn share(&self) -> Option<Vec<(usize, PathBuf, String)>> {
        let mut waiting = self.waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if waiting.files.is_empty() {
            return None;
        }
        let wanted = if waiting.bytes < Self::MIN_BATCH { waiting.bytes } else { waiting.bytes / 2 };
        let mut taken = 0;
        let count = waiting
            .files
            .iter()
            .take_while(|(_, _, text)| {
                let more = taken < wanted || taken == 0;
                taken += text.len();
                more
            })
            .count();
        waiting.bytes -= waiting.files[..count].iter().map(|(_, _, text)| text.len()).sum::<usize>();
        Some(waiting.files.drain(..count).collect())
    }

    /// Formats one batch.
    pub fn format(&self, batch: Vec<(usize, PathBuf, String)>) -> Formatted {
        let first = batch.iter().map(|(index, _, _)| *index).min().unwrap_or_default();
        (first, self.rustfmt.format(batch.into_iter().map(|(_, path, text)| (path, text)).collect()))
    }
}

/// What one rustfmt process formats.
enum RustfmtInput<'a> {
    /// One file's text, on stdin.
    Stdin(&'a str),
    /// Files of the scratch folder, by their paths relative to it.
    Files(&'a [&'a Path]),
}

/// Splits what `rustfmt --emit stdout` printed for `paths` (in that order) into their texts: each
/// file's text follows a line `<the file's path>:` and a blank line.
fn split_stdout(out: &str, paths: &[&Path]) -> Result<Vec<(PathBuf, String)>, Error> {
    let header = |path: &Path| format!("{}:\n\n", path.display());
    let unexpected =
        |path: &Path| Error::Internal(format!("rustfmt's output for {} is not where expected", path.display()));
    // The start of `path`'s header at or after `from`: a line that ends with its path.
    let find_header = |from: usize, path: &Path| -> Option<(usize, usize)> {
        let wanted = header(path);
        let mut at = from;
        loop {
            let found = at + out[at..].find(&wanted)?;
            let line_start = out[..found].rfind('\n').map_or(0, |i| i + 1);
            if line_start >= from && (found == line_start || out[..found].ends_with(['/', '\\'])) {
                return Some((line_start, found + wanted.len()));
            }
            at = found + wanted.chars().next().map_or(1, char::len_utf8);
        }
    };
    let mut starts = Vec::with_capacity(paths.len());
    let mut from = 0;
    for path in paths {
        let (line_start, text_start) = find_header(from, path).ok_or_else(|| unexpected(path))?;
        starts.push((line_start, text_start));
        from = text_start;
    }
    let ends = starts.iter().skip(1).map(|(line_start, _)| *line_start).chain([out.len()]);
    let texts = paths
        .iter()
        .zip(starts.iter().zip(ends))
        .map(|(path, ((_, start), end))| (path.to_path_buf(), out[*start..end].to_owned()));
    Ok(texts.collect())
}

/// Whether a file declares a module whose items live in another file (`mod client;`).
fn declares_module_files(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim();
        let line = line.strip_prefix("pub ").or_else(|| line.strip_prefix("pub(crate) ")).unwrap_or(line);
        line.strip_prefix("mod ")
            .and_then(|rest| rest.strip_suffix(';'))
            .is_some_and(|name| name.chars().all(|c| c.is_alphanumeric() || c == '_'))
    })
}

/// The paths of `files` (path, size) in at most `count` groups of about the same total size (largest file
/// first, each into the lightest group), no group empty.
fn balanced_chunks<'a>(files: &[(&'a Path, usize)], count: usize) -> Vec<Vec<&'a Path>> {
    let mut by_size = files.to_vec();
    by_size.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let mut chunks: Vec<(usize, Vec<&Path>)> = vec![(0, Vec::new()); count.clamp(1, by_size.len().max(1))];
    for (path, size) in by_size {
        if let Some(lightest) = chunks.iter_mut().min_by_key(|(total, _)| *total) {
            lightest.0 += size;
            lightest.1.push(path);
        }
    }
    chunks.into_iter().map(|(_, paths)| paths).filter(|paths| !paths.is_empty()).collect()
}

/// The nearest `rustfmt.toml` or `.rustfmt.toml` at or above `dir`.
fn find_config(dir: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(dir).ok()?;
    start.ancestors().flat_map(|d| [d.join("rustfmt.toml"), d.join(".rustfmt.toml")]).find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_print_in_runs_of_items_as_a_whole() {
        let items = (0..70).map(|i| format!("pub struct A{i};\nconst S{i}: Spec = Spec {{ a: {i} }};\n"));
        let source = format!("#![doc = \" Module.\"]\nuse a::{{b, c}};\n{}", items.collect::<String>());
        let file: syn::File = syn::parse_str(&source).unwrap_or_else(|e| panic!("{e}"));
        let whole = format!("// header\n{}", space_items(&prettyplease::unparse(&file)));
        let printed = print(file, "// header");
        assert_eq!(printed, whole);
        assert!(printed.contains("const S0: Spec = Spec { a: 0 };\n\npub struct A1;"), "{printed}");
        assert!(printed.starts_with("// header\n//! Module.\n\nuse a::{b, c};\n\npub struct A0;"), "{printed}");
    }

    #[test]
    fn files_that_declare_module_files() {
        for (text, declares) in [
            ("mod apis;\n", true),
            ("pub mod runtime;\n", true),
            ("    pub(crate) mod codec;\n", true),
            ("mod tests {\n}\n", false),
            ("/// mod apis;\npub struct A;\n", false),
            ("pub struct A;\n", false),
        ] {
            assert_eq!(declares_module_files(text), declares, "{text:?}");
        }
    }

    #[test]
    fn rustfmt_stdout_splits_by_file() {
        let a = Path::new("src/models/a.rs");
        let b = Path::new("src/apis/b.rs");
        let out = "/tmp/x/src/models/a.rs:\n\npub struct A;\n// src/apis/b.rs:\n\n/tmp/x/src/apis/b.rs:\n\nfn b() {}\n";
        let split = split_stdout(out, &[a, b]).ok();
        let expected = vec![
            (a.to_path_buf(), "pub struct A;\n// src/apis/b.rs:\n\n".to_owned()),
            (b.to_path_buf(), "fn b() {}\n".to_owned()),
        ];
        assert_eq!(split, Some(expected));
        assert!(split_stdout("/tmp/x/src/apis/b.rs:\n\n", &[a]).is_err());
    }

    #[test]
    fn batches_wait_for_enough_text_and_share_the_rest() {
        let rustfmt = Rustfmt::new(Path::new("."));
        let batches = Batches::new(&rustfmt);
        let text = |kib: usize| "x".repeat(kib << 10);
        assert!(batches.add(0, "a.rs".into(), text(100)).is_none());
        assert_eq!(batches.add(1, "b.rs".into(), text(500)).map(|batch| batch.len()), Some(2));
        for i in 0..4 {
            assert!(batches.add(2 + i, format!("{i}.rs").into(), text(100)).is_none());
        }
        // Less than a batch waits once everything is printed: one share takes it all.
        assert_eq!(batches.share().map(|batch| batch.len()), Some(4));
        assert!(batches.share().is_none());
    }

    #[test]
    fn chunks_balance_by_size() {
        let files = [(Path::new("a.rs"), 8), (Path::new("b.rs"), 4), (Path::new("c.rs"), 4), (Path::new("d.rs"), 1)];
        let chunks = balanced_chunks(&files, 2);
        assert_eq!(
            chunks,
            vec![vec![Path::new("a.rs"), Path::new("d.rs")], vec![Path::new("b.rs"), Path::new("c.rs")]]
        );
        assert_eq!(balanced_chunks(&files[..1], 4).len(), 1);
        assert!(balanced_chunks(&[], 2).is_empty());
    }
}
