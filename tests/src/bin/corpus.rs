//! The robustness run over real-world specs: generates every spec of the inputs in process, compiles
//! all the crates with one `cargo check` in a scratch workspace of their own (never the repository's
//! workspace or target folder), and prints what failed and why. Inputs: `tests/corpus/fetch.sh`.
//!
//! ```sh
//! cargo run --release -p tests --bin corpus -- [OPTIONS] INPUT...   # --help for the options
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use std::{cell::RefCell, fs, thread};

use tests::repository_root;

const USAGE: &str = "\
usage: corpus [OPTIONS] INPUT...
  INPUT                 a spec file, or a folder searched recursively for *.json, *.yaml, *.yml
  --smallest N          take only the N smallest specs (by bytes) of each INPUT folder after it
  --only-openapi V      3.0, 3.1 or any (default): keep the specs whose `openapi` field starts with V
  --max-bytes N         skip (not fail) specs larger than N bytes
  --jobs N              generation threads and `cargo check -j` (default: the number of CPUs)
  --work DIR            scratch workspace (default: $CARGO_TARGET_DIR/../corpus-work, else
                        target/corpus-work); its target/ folder is kept between runs
  --keep                also keep the generated crates and the workspace manifest
  --check, --no-check   run `cargo check` over the generated crates (default) or not
Exits 1 when a spec fails to generate or a crate fails to compile, 2 on bad usage.";

/// Threads generate with a large stack: deep schemas recurse, and a stack overflow would abort
/// the whole run where a panic is caught and reported.
const GENERATION_STACK_BYTES: usize = 256 << 20;

/// How many lines of a crate's first compile error the summary shows.
const ERROR_LINES: usize = 8;

struct Args {
    inputs: Vec<Input>,
    openapi_prefix: Option<String>,
    max_bytes: Option<u64>,
    jobs: usize,
    work: PathBuf,
    keep: bool,
    check: bool,
}

struct Input {
    path: PathBuf,
    smallest: Option<usize>,
}

/// One selected spec and the crate it becomes.
struct Spec {
    path: PathBuf,
    /// The input folder's name and the path below it: `sample-200/github.com/ghes-3.7.json`.
    label: String,
    bytes: u64,
    crate_name: String,
}

enum Generation {
    Skipped(String),
    Failed(String),
    Written { lines: usize, took: Duration },
}

#[derive(Default)]
struct Compilation {
    errors: usize,
    first_error: Option<String>,
    warnings: usize,
    checked: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::from(if args.is_empty() { 2 } else { 0 });
    }
    match parse_args(args).and_then(|args| run(&args)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("corpus: {error}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: Vec<String>) -> Result<Args, String> {
    let default_work = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(target) => absolute(Path::new(&target))?.parent().map(|p| p.join("corpus-work")),
        None => None,
    };
    let mut parsed = Args {
        inputs: Vec::new(),
        openapi_prefix: None,
        max_bytes: None,
        jobs: thread::available_parallelism().map_or(1, |n| n.get()),
        work: default_work.unwrap_or_else(|| repository_root().join("target/corpus-work")),
        keep: false,
        check: true,
    };
    let mut smallest = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"));
        let number = |text: String| text.parse::<u64>().map_err(|_| format!("{arg}: `{text}` is not a number"));
        match arg.as_str() {
            "--smallest" => smallest = Some(number(value()?)? as usize),
            "--max-bytes" => parsed.max_bytes = Some(number(value()?)?),
            "--jobs" => parsed.jobs = number(value()?)?.max(1) as usize,
            "--work" => parsed.work = PathBuf::from(value()?),
            "--keep" => parsed.keep = true,
            "--check" => parsed.check = true,
            "--no-check" => parsed.check = false,
            "--only-openapi" => {
                parsed.openapi_prefix = match value()?.as_str() {
                    "any" => None,
                    version @ ("3.0" | "3.1") => Some(version.to_owned()),
                    other => return Err(format!("--only-openapi takes 3.0, 3.1 or any, not `{other}`")),
                }
            }
            option if option.starts_with('-') => return Err(format!("unknown option {option}\n{USAGE}")),
            _ => parsed.inputs.push(Input { path: PathBuf::from(arg), smallest }),
        }
    }
    if parsed.inputs.is_empty() {
        return Err(format!("no INPUT given\n{USAGE}"));
    }
    parsed.work = absolute(&parsed.work)?;
    Ok(parsed)
}

fn absolute(path: &Path) -> Result<PathBuf, String> {
    std::path::absolute(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(args: &Args) -> Result<bool, String> {
    let start = Instant::now();
    let specs = select_specs(args)?;
    let crates = args.work.join("crates");
    prepare_crates_folder(&crates, &specs)?;
    println!("generating {} specs into {} ({} threads)", specs.len(), crates.display(), args.jobs);
    let generations = generate_all(&specs, &crates, args)?;
    let generation_time = start.elapsed();
    let written: Vec<&Spec> = specs
        .iter()
        .zip(&generations)
        .filter(|(_, g)| matches!(g, Generation::Written { .. }))
        .map(|(spec, _)| spec)
        .collect();

    let check_start = Instant::now();
    let mut compilations = BTreeMap::new();
    let mut cargo_trouble = None;
    if !written.is_empty() {
        write_workspace(&args.work, &written)?;
    }
    if args.check && !written.is_empty() {
        println!("checking {} crates (cargo check --workspace -j {})", written.len(), args.jobs);
        (compilations, cargo_trouble) = cargo_check(&args.work, &written, args.jobs)?;
    }
    let check_time = check_start.elapsed();

    let ok = print_summary(args, &specs, &generations, &compilations, cargo_trouble.as_deref());
    println!(
        "time: {:.0} s (selection and generation {:.0} s, cargo check {:.0} s)",
        start.elapsed().as_secs_f64(),
        generation_time.as_secs_f64(),
        check_time.as_secs_f64()
    );
    if !args.keep {
        for leftover in ["crates", "Cargo.toml", "Cargo.lock"].map(|name| args.work.join(name)) {
            let removed = if leftover.is_dir() { fs::remove_dir_all(&leftover) } else { fs::remove_file(&leftover) };
            removed
                .or_else(|e| if e.kind() == std::io::ErrorKind::NotFound { Ok(()) } else { Err(e) })
                .map_err(|e| format!("{}: {e}", leftover.display()))?;
        }
    }
    println!(
        "work folder: {} ({:.1} GB{})",
        args.work.display(),
        disk_use(&args.work) as f64 / 1e9,
        if args.keep { "" } else { "; crates removed, target/ kept for the next run" }
    );
    Ok(ok && cargo_trouble.is_none())
}

/// Every spec of every input, filtered and cut as the options say, with unique crate names.
fn select_specs(args: &Args) -> Result<Vec<Spec>, String> {
    let mut specs = Vec::new();
    let mut taken_names = BTreeSet::new();
    for input in &args.inputs {
        let metadata = fs::metadata(&input.path).map_err(|e| format!("{}: {e}", input.path.display()))?;
        let (root, mut files) = if metadata.is_dir() {
            let mut files = Vec::new();
            find_specs(&input.path, &mut files)?;
            (input.path.as_path(), files)
        } else {
            (input.path.parent().unwrap_or(Path::new("")), vec![(input.path.clone(), metadata.len())])
        };
        files.sort();
        let found = files.len();
        if let Some(prefix) = &args.openapi_prefix {
            let mut kept = Vec::new();
            for (path, bytes) in files {
                if openapi_version(&path)?.is_none_or(|version| version.starts_with(prefix.as_str())) {
                    kept.push((path, bytes));
                }
            }
            files = kept;
        }
        if let (Some(n), true) = (input.smallest, metadata.is_dir()) {
            files.sort_by(|(a, a_bytes), (b, b_bytes)| (a_bytes, a).cmp(&(b_bytes, b)));
            files.truncate(n);
            files.sort();
        }
        println!("{}: {} of {found} specs", input.path.display(), files.len());
        let folder_name = root.file_name().map(|n| n.to_string_lossy().into_owned());
        for (path, bytes) in files {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let label = match &folder_name {
                Some(folder) => format!("{folder}/{}", relative.display()),
                None => relative.display().to_string(),
            };
            let crate_name = unique_crate_name(relative, &mut taken_names);
            specs.push(Spec { path, label, bytes, crate_name });
        }
    }
    Ok(specs)
}

fn find_specs(folder: &Path, found: &mut Vec<(PathBuf, u64)>) -> Result<(), String> {
    let entries = fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", folder.display()))?.path();
        let metadata = fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let is_spec = path.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml");
        if metadata.is_dir() {
            find_specs(&path, found)?;
        } else if is_spec {
            found.push((path, metadata.len()));
        }
    }
    Ok(())
}

/// The `openapi` field (or `swagger` 2.0 as `swagger 2.0`), read without building the document;
/// `None` when the file does not parse, so that every filter keeps it and generating it reports why.
fn openapi_version(path: &Path) -> Result<Option<String>, String> {
    #[derive(serde::Deserialize)]
    struct Head {
        openapi: Option<serde_json::Value>,
        swagger: Option<serde_json::Value>,
    }
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let head: Option<Head> = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_slice(&bytes).ok()
    } else {
        serde_yaml::from_slice(&bytes).ok()
    };
    let scalar = |value: serde_json::Value| value.as_str().map_or_else(|| value.to_string(), str::to_owned);
    Ok(head.map(|head| match head {
        Head { openapi: Some(version), .. } => scalar(version),
        Head { swagger: Some(version), .. } => format!("swagger {}", scalar(version)),
        Head { .. } => String::new(),
    }))
}

/// `adyen.com/BalancePlatformService/2.json` -> `corpus-adyen-com-balanceplatformservice-2`,
/// with `-2`, `-3`, ... when two paths give the same name.
fn unique_crate_name(relative: &Path, taken: &mut BTreeSet<String>) -> String {
    let stem = relative.with_extension("");
    let mut name = String::from("corpus");
    for word in stem.to_string_lossy().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        name.push('-');
        name.push_str(&word.to_ascii_lowercase());
    }
    let mut unique = name.clone();
    for n in 2.. {
        if taken.insert(unique.clone()) {
            break;
        }
        unique = format!("{name}-{n}");
    }
    unique
}

/// Removes crate folders of earlier runs that this run does not write; the others are rewritten
/// only where their content changes, so cargo rechecks only what changed since a `--keep` run.
fn prepare_crates_folder(crates: &Path, specs: &[Spec]) -> Result<(), String> {
    fs::create_dir_all(crates).map_err(|e| format!("{}: {e}", crates.display()))?;
    let wanted: BTreeSet<&str> = specs.iter().map(|s| s.crate_name.as_str()).collect();
    for entry in fs::read_dir(crates).map_err(|e| format!("{}: {e}", crates.display()))? {
        let path = entry.map_err(|e| format!("{}: {e}", crates.display()))?.path();
        if !path.file_name().is_some_and(|name| wanted.contains(name.to_string_lossy().as_ref())) {
            fs::remove_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn generate_all(specs: &[Spec], crates: &Path, args: &Args) -> Result<Vec<Generation>, String> {
    install_panic_capture();
    let next = AtomicUsize::new(0);
    let mut results = thread::scope(|scope| {
        let workers = (0..args.jobs.min(specs.len().max(1)))
            .map(|_| {
                thread::Builder::new().stack_size(GENERATION_STACK_BYTES).spawn_scoped(scope, || {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(spec) = specs.get(index) else { return done };
                        done.push((index, generate_one(spec, crates, args.max_bytes)));
                    }
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("cannot start a generation thread: {e}"))?;
        let mut results = Vec::new();
        for worker in workers {
            results.extend(worker.join().map_err(|_| "a generation thread panicked outside the generator")?);
        }
        Ok::<_, String>(results)
    })?;
    results.sort_by_key(|(index, _)| *index);
    Ok(results.into_iter().map(|(_, generation)| generation).collect())
}

fn generate_one(spec: &Spec, crates: &Path, max_bytes: Option<u64>) -> Generation {
    if let Some(max) = max_bytes.filter(|max| spec.bytes > *max) {
        return Generation::Skipped(format!("{} bytes, above --max-bytes {max}", spec.bytes));
    }
    let start = Instant::now();
    let mut options = generator::Options::new(generator::Naming::Tagged, &spec.crate_name);
    options.source_label = Some(spec.label.clone());
    let generated = match catching_panics(|| generator::generate(&spec.path, &options).map_err(|e| e.to_string())) {
        Ok(generated) => generated,
        // The generator names the spec file in each error; this spec's own name is in the label.
        Err(error) => return Generation::Failed(error.replace(&format!("{}: ", spec.path.display()), "")),
    };
    let took = start.elapsed();
    // One manifest that does not parse would stop cargo for the whole workspace.
    if let Some(Err(error)) = generated.files.get(Path::new("Cargo.toml")).map(|t| t.parse::<toml::Table>()) {
        return Generation::Failed(format!("the generated Cargo.toml does not parse: {error}"));
    }
    match generated.write_to(&crates.join(&spec.crate_name)) {
        Ok(_) => Generation::Written { lines: generated.files.values().map(|t| t.lines().count()).sum(), took },
        Err(error) => Generation::Failed(format!("cannot write the crate: {error}")),
    }
}

thread_local! {
    /// `Some` while this thread runs the generator: the panic hook leaves the message here.
    static PANIC_MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn install_panic_capture() {
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        PANIC_MESSAGE.with(|slot| match slot.borrow_mut().as_mut() {
            Some(message) => *message = info.to_string().replace('\n', " "),
            None => default_hook(info),
        })
    }));
}

/// Runs `work`, turning a panic into an error with its message and location. Needs
/// `install_panic_capture` first, else the message is printed by the default hook and left out.
fn catching_panics<T>(work: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    PANIC_MESSAGE.with(|slot| *slot.borrow_mut() = Some(String::new()));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    let message = PANIC_MESSAGE.with(|slot| slot.borrow_mut().take()).unwrap_or_default();
    result.unwrap_or_else(|_| Err(format!("generator panicked: {message}")))
}

/// A workspace of the written crates, locked to the repository's dependency versions.
fn write_workspace(work: &Path, written: &[&Spec]) -> Result<(), String> {
    let members: Vec<String> = written.iter().map(|s| format!("    \"crates/{}\",\n", s.crate_name)).collect();
    let manifest = format!(
        "# Written by the corpus command (tests/src/bin/corpus.rs); rewritten on every run.\n\
         [workspace]\nresolver = \"3\"\nmembers = [\n{}]\n\n\
         # Only `cargo check` runs here: no debug info for build scripts and proc macros, and no\n\
         # incremental caches, which would grow with every crate checked.\n\
         [profile.dev]\ndebug = false\nincremental = false\n",
        members.concat()
    );
    let path = work.join("Cargo.toml");
    fs::write(&path, manifest).map_err(|e| format!("{}: {e}", path.display()))?;
    let lock = repository_root().join("Cargo.lock");
    if lock.exists() {
        fs::copy(&lock, work.join("Cargo.lock")).map_err(|e| format!("{}: {e}", lock.display()))?;
    }
    Ok(())
}

/// Runs one `cargo check` over the workspace and sorts its diagnostics by crate. The second
/// value is cargo's own output when it failed without any crate to blame (a dependency, the network).
fn cargo_check(
    work: &Path,
    written: &[&Spec],
    jobs: usize,
) -> Result<(BTreeMap<String, Compilation>, Option<String>), String> {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    // The scratch workspace's own profile decides, not the caller's environment (CI sets
    // CARGO_PROFILE_DEV_DEBUG), so that every caller reuses the same built dependencies.
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("CARGO_PROFILE_") || name == "CARGO_INCREMENTAL" {
            command.env_remove(name);
        }
    }
    let mut child = command
        .current_dir(work)
        .args(["check", "--workspace", "--keep-going", "--quiet", "--message-format=json", "-j"])
        .arg(jobs.to_string())
        .arg("--target-dir")
        .arg(work.join("target"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut stderr = child.stderr.take().ok_or("cargo's stderr is not captured")?;
    let stderr_reader = thread::spawn(move || {
        let mut text = String::new();
        stderr.read_to_string(&mut text).map(|_| text)
    });
    let mut compilations: BTreeMap<String, Compilation> =
        written.iter().map(|s| (s.crate_name.clone(), Compilation::default())).collect();
    let stdout = child.stdout.take().ok_or("cargo's stdout is not captured")?;
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| format!("reading cargo's output: {e}"))?;
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let manifest = message["manifest_path"].as_str().map(Path::new);
        let crate_name = manifest.and_then(Path::parent).and_then(Path::file_name).map(|n| n.to_string_lossy());
        let Some(compilation) = crate_name.and_then(|name| compilations.get_mut(name.as_ref())) else { continue };
        match message["reason"].as_str() {
            Some("compiler-artifact") => compilation.checked = true,
            Some("compiler-message") => {
                let text = message["message"]["message"].as_str().unwrap_or_default();
                let rendered = message["message"]["rendered"].as_str().unwrap_or(text);
                // rustc's closing tallies ("aborting due to 2 previous errors") are not diagnostics.
                let tally = text.starts_with("aborting due to") || text.ends_with("emitted");
                match message["message"]["level"].as_str() {
                    Some(level) if level.starts_with("error") && !tally => {
                        compilation.errors += 1;
                        compilation.first_error.get_or_insert_with(|| rendered.to_owned());
                    }
                    Some("warning") if !tally => compilation.warnings += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let status = child.wait().map_err(|e| format!("waiting for cargo: {e}"))?;
    let stderr = stderr_reader
        .join()
        .map_err(|_| "the thread reading cargo's stderr panicked")?
        .map_err(|e| format!("reading cargo's stderr: {e}"))?;
    let blamed = compilations.values().any(|c| c.errors > 0);
    let trouble =
        (!status.success() && !blamed).then(|| format!("cargo check failed ({status}):\n{}", stderr.trim_end()));
    Ok((compilations, trouble))
}

/// Prints the figures and every failure; true when nothing failed.
fn print_summary(
    args: &Args,
    specs: &[Spec],
    generations: &[Generation],
    compilations: &BTreeMap<String, Compilation>,
    cargo_trouble: Option<&str>,
) -> bool {
    let mut failures = Vec::new();
    let mut skipped = Vec::new();
    let (mut generated, mut lines, mut slowest) = (0, 0, Vec::new());
    for (spec, generation) in specs.iter().zip(generations) {
        match generation {
            Generation::Skipped(reason) => skipped.push(format!("  {}: {reason}", spec.label)),
            Generation::Failed(reason) => {
                let mut reason_lines = reason.lines();
                let first = reason_lines.next().unwrap_or_default();
                let more = reason_lines.count();
                let more = if more > 0 { format!(" (and {more} more)") } else { String::new() };
                failures.push(format!("  generate  {}: {first}{more}", spec.label));
            }
            Generation::Written { lines: crate_lines, took } => {
                generated += 1;
                lines += crate_lines;
                slowest.push((*took, &spec.label));
            }
        }
    }
    let compiled = compilations.values().filter(|c| c.checked && c.errors == 0).count();
    for spec in specs {
        let Some(compilation) = compilations.get(&spec.crate_name) else { continue };
        if let Some(error) = &compilation.first_error {
            failures.push(format!("  compile   {} ({}): {} errors", spec.label, spec.crate_name, compilation.errors));
            failures.extend(error.trim_end().lines().take(ERROR_LINES).map(|line| format!("      {line}")));
        } else if !compilation.checked && cargo_trouble.is_none() {
            failures
                .push(format!("  compile   {} ({}): not checked, cargo stopped first", spec.label, spec.crate_name));
        }
    }
    slowest.sort_by(|a, b| b.cmp(a));
    let slowest: Vec<String> =
        slowest.iter().take(3).map(|(took, label)| format!("{label} {:.1} s", took.as_secs_f64())).collect();

    if !skipped.is_empty() {
        println!("\nskipped ({}):\n{}", skipped.len(), skipped.join("\n"));
    }
    if !failures.is_empty() {
        println!("\nfailures:\n{}", failures.join("\n"));
    }
    if let Some(trouble) = cargo_trouble {
        println!("\n{trouble}");
    }
    let attempted = specs.len() - skipped.len();
    println!("\ngenerated: {generated} of {attempted} specs ({} skipped); {lines} lines of Rust", skipped.len());
    if !slowest.is_empty() {
        println!("slowest generations: {}", slowest.join(", "));
    }
    if args.check {
        let with_warnings = compilations.values().filter(|c| c.warnings > 0).count();
        println!("compiled: {compiled} of {generated} crates ({with_warnings} with warnings)");
    } else {
        println!("compiled: not checked (--no-check)");
    }
    failures.is_empty()
}

/// Bytes in files under `folder` (what `du` would roughly say).
fn disk_use(folder: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(folder) else { return 0 };
    entries
        .flatten()
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => disk_use(&entry.path()),
            Ok(kind) if kind.is_file() => entry.metadata().map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum()
}

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn crate_names_follow_the_path_and_stay_unique() {
        let mut taken = BTreeSet::new();
        let names: Vec<String> = ["adyen.com/BalancePlatformService/2.json", "a.b.yaml", "a-b.json", "A_B.yml"]
            .iter()
            .map(|path| unique_crate_name(Path::new(path), &mut taken))
            .collect();
        assert_eq!(names, ["corpus-adyen-com-balanceplatformservice-2", "corpus-a-b", "corpus-a-b-2", "corpus-a-b-3"]);
    }

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        install_panic_capture();
        let error = catching_panics::<()>(|| panic!("no such schema")).unwrap_err();
        assert!(error.starts_with("generator panicked: panicked at "), "{error}");
        assert!(error.ends_with("no such schema"), "{error}");
        assert_eq!(catching_panics(|| Ok(1)), Ok(1));
    }
}
