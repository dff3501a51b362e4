//! The project's figures, all measured in one run and printed, never asserted (machines here are
//! shared and noisy), ending with a markdown table that README's "Figures" section takes verbatim:
//!
//! ```sh
//! cargo run --release -p tests --bin bench                          # everything (about 10 min)
//! cargo run --release -p tests --bin bench -- --only generation     # one part (repeatable)
//! cargo run --release -p tests --bin bench -- --rounds 5            # rounds of each timing
//! cargo run --release -p tests --bin bench -- --quick               # = --only generation
//! ```
//!
//! Parts (`--only`):
//! - `generation`: the release CLI on Box paired with oas3-gen's CLI (interleaved, fresh output
//!   folders); GitHub's and Microsoft Graph beta's specs (time and peak memory); Box replicated
//!   1x, 2x and 4x (paths and components copied under suffixed names), to show growth is linear.
//! - `builds`: crate-only debug builds (`touch src/lib.rs`, `CARGO_INCREMENTAL=0`, dependencies
//!   built, one target folder) of our `cvat` and `box-sdk` beside progenitor, openapi-generator's
//!   `rust` target and oas3-gen on the same specs, interleaved, with their hand fixes applied by
//!   `../shared/bench-anchors/run.sh` (`fix_*.py`, `patch_for_progenitor.py`); an anchor that
//!   refuses a spec or whose output does not compile is said so.
//! - `features`: `box-sdk` with only its `memberships` feature and with no feature at all, and
//!   the filtered `box-memberships` crate, beside the full crate.
//! - `build-rs`: the edit loop of a crate that generates Box from `build.rs` (touch its
//!   `lib.rs`, rebuild, incremental as usual): only the memberships operations vs all of Box.
//!
//! Inputs outside the repository: `../shared/specs`, `../shared/bench-anchors` and its scratch
//! folder (`$ANCHORS_WORK`, default `~/.cache/anchors-work`, where oas3-gen is installed), the
//! corpus (`tests/corpus/fetch.sh`; `$GITHUB_SPEC` and `$GRAPH_SPEC` override the paths). What
//! is missing is reported as not available. Everything builds in `$CARGO_TARGET_DIR` (default
//! `target/`); scratch goes to `<target>/bench` and is removed at the end.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;
use tests::repository_root;

type Result<T> = std::result::Result<T, String>;

/// One row of the final table.
struct Figure {
    what: String,
    ours: String,
    other: String,
    ratio: String,
    target: String,
}

impl Figure {
    fn new(what: impl Into<String>, ours: impl Into<String>, other: impl Into<String>) -> Self {
        Figure {
            what: what.into(),
            ours: ours.into(),
            other: other.into(),
            ratio: String::new(),
            target: String::new(),
        }
    }
    fn ratio(mut self, ratio: f64) -> Self {
        self.ratio = format!("{ratio:.2}");
        self
    }
    fn target(mut self, target: impl Into<String>) -> Self {
        self.target = target.into();
        self
    }
}

/// The parts of the bench, in the order they run.
const PARTS: &[&str] = &["generation", "builds", "features", "build-rs"];

struct Bench {
    root: PathBuf,
    shared: PathBuf,
    target_dir: PathBuf,
    scratch: PathBuf,
    anchors: PathBuf,
    rounds: usize,
    figures: Vec<Figure>,
}

fn main() {
    if let Err(error) = run() {
        eprintln!("bench: {error}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let mut only = Vec::new();
    let mut rounds = 3;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--only" => only.extend(args.next().ok_or("--only needs a part")?.split(',').map(str::to_owned)),
            "--rounds" => {
                rounds = args.next().and_then(|n| n.parse().ok()).filter(|n| *n > 0).ok_or("--rounds needs a number")?
            }
            "--quick" => only.push("generation".to_owned()),
            "-h" | "--help" => {
                println!("bench [--only {}]... [--rounds N]", PARTS.join("|"));
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}` (--only PART, --rounds N)")),
        }
    }
    if let Some(unknown) = only.iter().find(|p| !PARTS.contains(&p.as_str())) {
        return Err(format!("unknown part `{unknown}`; parts: {}", PARTS.join(", ")));
    }
    let root = repository_root();
    let target_dir = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let target_dir = if target_dir.is_absolute() { target_dir } else { root.join(target_dir) };
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    let mut bench = Bench {
        shared: root.join("../shared"),
        scratch: target_dir.join("bench"),
        anchors: std::env::var_os("ANCHORS_WORK")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".cache/anchors-work")),
        target_dir,
        root,
        rounds,
        figures: Vec::new(),
    };
    std::fs::create_dir_all(&bench.scratch).map_err(|e| format!("{}: {e}", bench.scratch.display()))?;
    let wanted = |part: &str| only.is_empty() || only.iter().any(|p| p == part);
    let result = (|| {
        if wanted("generation") {
            bench.generation()?;
        }
        if wanted("builds") {
            bench.builds()?;
        }
        if wanted("features") {
            bench.features()?;
        }
        if wanted("build-rs") {
            bench.build_rs()?;
        }
        Ok::<_, String>(())
    })();
    let _ = std::fs::remove_dir_all(&bench.scratch);
    result?;
    println!("\n| figure | ours | others, same run | ratio | target |\n|---|---|---|---|---|");
    for f in &bench.figures {
        println!("| {} | {} | {} | {} | {} |", f.what, f.ours, f.other, f.ratio, f.target);
    }
    Ok(())
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied().unwrap_or(f64::NAN)
}

fn seconds(s: f64) -> String {
    if s < 10.0 { format!("{s:.2} s") } else { format!("{s:.1} s") }
}

fn megabytes(kb: Option<u64>) -> String {
    kb.map_or_else(|| "peak n/a".to_owned(), |kb| format!("{} MB", kb / 1024))
}

/// Runs `command` to the end, its output discarded unless it fails: wall seconds and, when GNU
/// `time` is installed, the peak resident memory of the largest process (in KB).
fn timed(command: &mut Command) -> Result<(f64, Option<u64>)> {
    let peak_file = std::env::temp_dir().join(format!("bench-peak-{}", std::process::id()));
    let gnu_time = Path::new("/usr/bin/time");
    let mut wrapped;
    let command = if gnu_time.is_file() {
        wrapped = Command::new(gnu_time);
        wrapped.args(["-f", "%M", "-o"]).arg(&peak_file).arg(command.get_program()).args(command.get_args());
        if let Some(dir) = command.get_current_dir() {
            wrapped.current_dir(dir);
        }
        for (key, value) in command.get_envs() {
            match value {
                Some(value) => wrapped.env(key, value),
                None => wrapped.env_remove(key),
            };
        }
        &mut wrapped
    } else {
        command
    };
    let start = Instant::now();
    let output = command.stdout(Stdio::piped()).stderr(Stdio::piped()).output().map_err(|e| format!("{e}"))?;
    let took = start.elapsed().as_secs_f64();
    let peak = std::fs::read_to_string(&peak_file).ok().and_then(|t| t.trim().lines().last()?.parse().ok());
    let _ = std::fs::remove_file(&peak_file);
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        return Err(tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
    }
    Ok((took, peak))
}

fn lines_of_rust(dir: &Path) -> usize {
    let mut lines = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                lines += std::fs::read_to_string(&path).map(|t| t.lines().count()).unwrap_or(0);
            }
        }
    }
    lines
}

fn thousands(lines: usize) -> String {
    format!("{:.1}k lines", lines as f64 / 1000.0)
}

impl Bench {
    fn cargo(&self) -> Command {
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command.current_dir(&self.root).env("CARGO_TARGET_DIR", &self.target_dir);
        command
    }

    /// Our release CLI, built first.
    fn generator(&self) -> Result<PathBuf> {
        let status = self.cargo().args(["build", "--quiet", "--release", "-p", "generator"]).status();
        if !status.is_ok_and(|s| s.success()) {
            return Err("cannot build the generator (release)".into());
        }
        Ok(self.target_dir.join("release/generator"))
    }

    fn oas3_gen(&self) -> Option<PathBuf> {
        let installed = self.anchors.join("cargo-root/bin/oas3-gen");
        if installed.is_file() {
            return Some(installed);
        }
        let on_path = Command::new("oas3-gen").arg("--version").stdout(Stdio::null()).status();
        on_path.is_ok_and(|s| s.success()).then(|| PathBuf::from("oas3-gen"))
    }

    fn generation(&mut self) -> Result<()> {
        eprintln!("== generation");
        let generator = self.generator()?;
        let ours = |spec: &Path, naming: &str, out: &Path| {
            let _ = std::fs::remove_dir_all(out);
            let mut command = Command::new(&generator);
            command.arg("--spec").arg(spec).args(["--naming", naming, "--crate-name", "bench-sdk", "--out"]).arg(out);
            command
        };
        // Box, paired with oas3-gen: each round runs both, fresh output folders.
        let box_spec = self.shared.join("specs/box.json");
        let rounds = self.rounds.max(5);
        match self.oas3_gen() {
            Some(oas3) if box_spec.is_file() => {
                let (mut mine, mut theirs) = (Vec::new(), Vec::new());
                for _ in 0..rounds {
                    mine.push(timed(&mut ours(&box_spec, "box", &self.scratch.join("gen-box")))?.0);
                    let out = self.scratch.join("gen-box-oas3");
                    let _ = std::fs::remove_dir_all(&out);
                    let mut command = Command::new(&oas3);
                    command
                        .args(["generate", "client-mod", "-i"])
                        .arg(&box_spec)
                        .arg("-o")
                        .arg(&out)
                        .arg("--workspace");
                    theirs.push(timed(&mut command)?.0);
                    eprintln!(
                        "  box: ours {:.2} s, oas3-gen {:.2} s",
                        mine.last().unwrap_or(&0.0),
                        theirs.last().unwrap_or(&0.0)
                    );
                }
                let (mine, theirs) = (median(mine), median(theirs));
                self.figures.push(
                    Figure::new(
                        format!("Box generation from the CLI (release, paired, median of {rounds})"),
                        seconds(mine),
                        format!("oas3-gen {}", seconds(theirs)),
                    )
                    .ratio(mine / theirs)
                    .target("≤ 1.0"),
                );
            }
            _ => self.figures.push(Figure::new(
                "Box generation from the CLI",
                "not available",
                "oas3-gen or ../shared/specs/box.json missing",
            )),
        }
        // The large specs of the corpus.
        let corpus = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(".cache/openapi-corpus");
        let large = [
            ("GitHub (13 MB)", "GITHUB_SPEC", corpus.join("out/named/github-api.github.com.json"), "≤ 3 s", 3),
            (
                "Microsoft Graph beta (47 MB)",
                "GRAPH_SPEC",
                corpus.join("out/sample-200/microsoft.com/graph-beta.json"),
                "≤ 20 s, ≤ 1 GB",
                1,
            ),
        ];
        for (name, variable, default, target, runs) in large {
            let spec = std::env::var_os(variable).map(PathBuf::from).unwrap_or(default);
            if !spec.is_file() {
                self.figures.push(Figure::new(
                    format!("{name} generation from the CLI"),
                    "not available",
                    format!("{} missing (tests/corpus/fetch.sh)", spec.display()),
                ));
                continue;
            }
            let mut times = Vec::new();
            let mut peak = None;
            for _ in 0..runs.min(self.rounds) {
                let (took, kb) = timed(&mut ours(&spec, "tagged", &self.scratch.join("gen-large")))?;
                eprintln!("  {name}: {took:.1} s, {}", megabytes(kb));
                times.push(took);
                peak = peak.max(kb);
            }
            let _ = std::fs::remove_dir_all(self.scratch.join("gen-large"));
            let lines = format!("{} operations", count_operations(&spec));
            self.figures.push(
                Figure::new(
                    format!("{name} generation from the CLI ({lines})"),
                    format!("{}, {}", seconds(median(times)), megabytes(peak)),
                    "",
                )
                .target(target),
            );
        }
        // Growth: Box replicated.
        if box_spec.is_file() {
            let text = std::fs::read_to_string(&box_spec).map_err(|e| format!("{}: {e}", box_spec.display()))?;
            let document: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", box_spec.display()))?;
            let mut base = None;
            for copies in [1, 2, 4] {
                let spec = self.scratch.join(format!("box-x{copies}.json"));
                let replicated = replicate(&document, copies);
                std::fs::write(&spec, serde_json::to_string(&replicated).unwrap_or_default())
                    .map_err(|e| e.to_string())?;
                let mut times = Vec::new();
                let mut peak = None;
                for _ in 0..self.rounds {
                    let (took, kb) = timed(&mut ours(&spec, "tagged", &self.scratch.join("gen-scaled")))?;
                    times.push(took);
                    peak = peak.max(kb);
                }
                let took = median(times);
                eprintln!("  box x{copies}: {took:.2} s, {}", megabytes(peak));
                let per_copy = took / copies as f64;
                let base = *base.get_or_insert(per_copy);
                self.figures.push(
                    Figure::new(
                        format!("Box ×{copies} (paths and components copied, `tagged`), per copy vs ×1"),
                        format!("{}, {}", seconds(took), megabytes(peak)),
                        "",
                    )
                    .ratio(per_copy / base)
                    .target("≈ 1 (linear)"),
                );
            }
            let _ = std::fs::remove_dir_all(self.scratch.join("gen-scaled"));
        }
        Ok(())
    }

    /// The anchors' outputs, generated and hand-fixed by `../shared/bench-anchors/run.sh` when
    /// its scratch folder lacks them.
    fn ensure_anchors(&self) -> Result<()> {
        let script = self.shared.join("bench-anchors/run.sh");
        let outputs = self.anchors.join("gen");
        let mut stages = Vec::new();
        if !outputs.join("oag-pv-fixed-box/Cargo.toml").is_file()
            || !outputs.join("oas3gen-fixed-cvat/Cargo.toml").is_file()
        {
            stages.push(("install gen", "oas3gen oag-pv oag-pv-fixed oas3gen-fixed"));
        }
        let listed = std::fs::read_to_string(self.anchors.join("results/gen.tsv")).unwrap_or_default();
        if !listed.lines().any(|l| l.starts_with("prog-pos-patched\t")) {
            stages.push(("install gen", "prog-pos prog-pos-patched"));
        }
        for (stage, variants) in stages {
            if !script.is_file() {
                return Err(format!("{} is missing", script.display()));
            }
            eprintln!("  generating anchors: {variants} (run.sh)");
            let status = Command::new("bash")
                .arg(&script)
                .env("STAGES", stage)
                .env("ONLY", variants)
                .env("REPS", "1")
                .env("W", &self.anchors)
                .stdout(Stdio::null())
                .status()
                .map_err(|e| e.to_string())?;
            if !status.success() {
                return Err(format!("run.sh failed for {variants}"));
            }
        }
        Ok(())
    }

    /// Refusals recorded by run.sh: `(variant, spec) -> error`.
    fn refusals(&self) -> BTreeMap<(String, String), String> {
        let listed = std::fs::read_to_string(self.anchors.join("results/gen.tsv")).unwrap_or_default();
        listed
            .lines()
            .filter_map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                (cells.len() >= 9 && cells[4] != "0")
                    .then(|| ((cells[0].to_owned(), cells[1].to_owned()), cells[8].to_owned()))
            })
            .collect()
    }

    fn builds(&mut self) -> Result<()> {
        eprintln!("== crate-only debug builds");
        self.ensure_anchors()?;
        let outputs = self.anchors.join("gen");
        let refusals = self.refusals();
        struct Crate {
            spec: &'static str,
            label: &'static str,
            /// Our package in the workspace, or an anchor's standalone folder.
            package: Option<&'static str>,
            dir: PathBuf,
            samples: Vec<f64>,
        }
        let anchor = |spec, label, variant: &str| Crate {
            spec,
            label,
            package: None,
            dir: outputs.join(format!("{variant}-{spec}")),
            samples: Vec::new(),
        };
        let mut crates = vec![
            Crate {
                spec: "cvat",
                label: "ours",
                package: Some("cvat"),
                dir: self.root.join("generated/cvat"),
                samples: Vec::new(),
            },
            anchor("cvat", "oas3-gen (fix_oas3gen.py)", "oas3gen-fixed"),
            anchor("cvat", "openapi-generator (fix_oag.py)", "oag-pv-fixed"),
            anchor("cvat", "progenitor (patch_for_progenitor.py)", "prog-pos-patched"),
            Crate {
                spec: "box",
                label: "ours",
                package: Some("box-sdk"),
                dir: self.root.join("generated/box"),
                samples: Vec::new(),
            },
            anchor("box", "openapi-generator (fix_oag.py)", "oag-pv-fixed"),
            anchor("box", "oas3-gen (no fix script)", "oas3gen"),
            anchor("box", "progenitor (patch_for_progenitor.py)", "prog-pos-patched"),
        ];
        // Warm-up: dependencies built once; what does not compile leaves the rounds.
        let mut notes: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for (variant, label) in [("prog-pos", "progenitor"), ("oag-pv", "openapi-generator"), ("oas3gen", "oas3-gen")] {
            for spec in ["cvat", "box"] {
                if let Some(error) = refusals.get(&(variant.to_owned(), spec.to_owned())) {
                    let error: String = error.trim_start_matches("gen fail: ").chars().take(80).collect();
                    let error = error.replace('|', "/");
                    notes.entry(spec).or_default().push(format!("{label} refuses the unpatched spec ({error})"));
                }
            }
        }
        crates.retain(|c| {
            let compiles = c.dir.join("Cargo.toml").is_file() && self.crate_build(c.package, &c.dir).is_ok();
            eprintln!("  warm-up {} {}: {}", c.spec, c.label, if compiles { "builds" } else { "does not compile" });
            if !compiles && c.package.is_none() {
                let why = if c.dir.join("Cargo.toml").is_file() { "does not compile" } else { "no output" };
                notes.entry(c.spec).or_default().push(format!("{} {why}", c.label));
            }
            compiles || c.package.is_some()
        });
        for round in 0..self.rounds {
            for c in &mut crates {
                let _ = filetime_touch(&c.dir.join("src/lib.rs"));
                let took = self.crate_build(c.package, &c.dir).map_err(|e| format!("{} {}: {e}", c.spec, c.label))?;
                eprintln!("  round {} {} {}: {took:.1} s", round + 1, c.spec, c.label);
                c.samples.push(took);
            }
        }
        for (spec, title, best_label, goal) in [
            ("cvat", "CVAT", "oas3-gen", "≤ 0.5× oas3-gen"),
            ("box", "Box", "openapi-generator", "≤ 0.35× openapi-generator"),
        ] {
            let ours = crates.iter().find(|c| c.spec == spec && c.package.is_some());
            let Some(ours) = ours else { continue };
            let mine = median(ours.samples.clone());
            let others: Vec<(String, f64)> = crates
                .iter()
                .filter(|c| c.spec == spec && c.package.is_none())
                .map(|c| {
                    (
                        format!(
                            "{} {}, {}",
                            c.label,
                            seconds(median(c.samples.clone())),
                            thousands(lines_of_rust(&c.dir.join("src")))
                        ),
                        median(c.samples.clone()),
                    )
                })
                .collect();
            let reference = crates
                .iter()
                .find(|c| c.spec == spec && c.label.starts_with(best_label))
                .map(|c| median(c.samples.clone()));
            let mut other = others.iter().map(|(text, _)| text.clone()).collect::<Vec<_>>();
            other.extend(notes.get(spec).into_iter().flatten().cloned());
            let mut figure = Figure::new(
                format!("{title} crate-only debug build (median of {})", self.rounds),
                format!("{}, {}", seconds(mine), thousands(lines_of_rust(&ours.dir.join("src")))),
                other.join("; "),
            )
            .target(goal);
            if let Some(reference) = reference {
                figure = figure.ratio(mine / reference);
            }
            self.figures.push(figure);
        }
        Ok(())
    }

    /// One crate-only debug build (after a touch, only the crate itself compiles): a package of
    /// the workspace or a standalone folder, `CARGO_INCREMENTAL=0` as in run.sh.
    fn crate_build(&self, package: Option<&str>, dir: &Path) -> Result<f64> {
        self.build_with(package, dir, &[])
    }

    fn build_with(&self, package: Option<&str>, dir: &Path, extra: &[&str]) -> Result<f64> {
        let mut command = self.cargo();
        command.env("CARGO_INCREMENTAL", "0").args(["build", "--quiet"]);
        match package {
            Some(package) => command.args(["-p", package]),
            None => command.current_dir(dir),
        };
        command.args(extra);
        Ok(timed(&mut command)?.0)
    }

    fn features(&mut self) -> Result<()> {
        eprintln!("== box-sdk with one group's feature");
        let manifest = std::fs::read_to_string(self.root.join("generated/box/Cargo.toml")).unwrap_or_default();
        if !manifest.lines().any(|l| l.starts_with("memberships = ")) {
            self.figures.push(
                Figure::new(
                    "Box with only `memberships` (feature)",
                    "not available",
                    "generated/box has no `memberships` feature",
                )
                .target("≤ 10% of the full crate"),
            );
            return Ok(());
        }
        let dir = self.root.join("generated/box");
        let filtered = self.root.join("generated/box-memberships");
        let one_feature: &[&str] = &["--no-default-features", "--features", "memberships"];
        let variants: Vec<(&str, &str, &Path, &[&str])> = [
            ("full", "box-sdk", dir.as_path(), &[][..]),
            ("feature", "box-sdk", dir.as_path(), one_feature),
            // No group at all: what every feature set pays, the runtime module above all.
            ("none", "box-sdk", dir.as_path(), &["--no-default-features"][..]),
            ("filtered", "box-memberships", filtered.as_path(), &[][..]),
        ]
        .into_iter()
        .filter(|(_, _, d, _)| d.join("Cargo.toml").is_file())
        .collect();
        let mut samples: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for (_, package, dir, extra) in &variants {
            self.build_with(Some(package), dir, extra)?;
        }
        for round in 0..self.rounds {
            for (name, package, dir, extra) in &variants {
                let _ = filetime_touch(&dir.join("src/lib.rs"));
                let took = self.build_with(Some(package), dir, extra)?;
                eprintln!("  round {} {name}: {took:.1} s", round + 1);
                samples.entry(name).or_default().push(took);
            }
        }
        let full = median(samples.get("full").cloned().unwrap_or_default());
        if let Some(times) = samples.get("none") {
            let mine = median(times.clone());
            self.figures.push(
                Figure::new(
                    "Box crate-only build, `--no-default-features` (the runtime and the client, no group)",
                    seconds(mine),
                    format!("full `box-sdk` {}", seconds(full)),
                )
                .ratio(mine / full),
            );
        }
        for (name, what) in [
            ("feature", "Box crate-only build, `--no-default-features --features memberships`"),
            ("filtered", "Box crate-only build, `box-memberships` (filter `group:memberships`)"),
        ] {
            match samples.get(name) {
                Some(times) => {
                    let mine = median(times.clone());
                    self.figures.push(
                        Figure::new(what, seconds(mine), format!("full `box-sdk` {}", seconds(full)))
                            .ratio(mine / full)
                            .target("≤ 0.10"),
                    );
                }
                None => self.figures.push(Figure::new(what, "not available", "").target("≤ 0.10")),
            }
        }
        Ok(())
    }

    fn build_rs(&mut self) -> Result<()> {
        eprintln!("== build.rs edit loop");
        let spec = self.shared.join("specs/box.json");
        if !spec.is_file() {
            self.figures.push(Figure::new(
                "build.rs edit loop, Box memberships",
                "not available",
                "../shared/specs/box.json missing",
            ));
            return Ok(());
        }
        let spec = spec.canonicalize().map_err(|e| e.to_string())?;
        let mut samples: Vec<(&str, Vec<f64>)> = Vec::new();
        let crates = [("memberships", Some("group:memberships")), ("full", None)];
        let mut dirs = Vec::new();
        for (name, only) in crates {
            let dir = self.scratch.join(format!("build-rs-{name}"));
            self.write_build_rs_crate(&dir, name, &spec, only)?;
            // The first build generates and compiles everything; its failure is the answer.
            if let Err(error) = timed(self.cargo().current_dir(&dir).args(["build", "--quiet"])) {
                self.figures.push(Figure::new(
                    format!("build.rs edit loop, Box {name}"),
                    "not available",
                    error.lines().last().unwrap_or("").to_owned(),
                ));
                return Ok(());
            }
            dirs.push((name, dir));
        }
        for round in 0..self.rounds {
            for (name, dir) in &dirs {
                let _ = filetime_touch(&dir.join("src/lib.rs"));
                let (took, _) = timed(self.cargo().current_dir(dir).args(["build", "--quiet"]))?;
                eprintln!("  round {} {name}: {took:.2} s", round + 1);
                match samples.iter_mut().find(|(n, _)| n == name) {
                    Some((_, times)) => times.push(took),
                    None => samples.push((name, vec![took])),
                }
            }
        }
        let of =
            |name: &str| median(samples.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone()).unwrap_or_default());
        let (mine, full) = (of("memberships"), of("full"));
        self.figures.push(
            Figure::new(
                "build.rs edit loop (touch the user's lib.rs, rebuild), Box memberships only",
                seconds(mine),
                format!("all of Box {}", seconds(full)),
            )
            .ratio(mine / full)
            .target("≤ 1 s"),
        );
        Ok(())
    }

    /// A downstream crate whose build script generates Box (`only`: a filter entry) into
    /// `OUT_DIR` and whose `lib.rs` includes it; it takes the workspace's lock file so that it
    /// builds with the same dependency versions, offline.
    fn write_build_rs_crate(&self, dir: &Path, name: &str, spec: &Path, only: Option<&str>) -> Result<()> {
        let write = |path: &str, text: String| {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(|e| e.to_string())?;
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
        };
        let generator = self.root.join("generator");
        write(
            "Cargo.toml",
            format!(
                "[package]\nname = \"bench-build-rs-{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[workspace]\n\n[build-dependencies]\ngenerator = {{ path = {:?}, default-features = false }}\n\n{}\n\n[features]\nserde-both-ways = []\n",
                generator.display().to_string(),
                generator::runtime_dependencies()
            ),
        )?;
        let only = only.map(|entry| format!(".only([{entry:?}])")).unwrap_or_default();
        write(
            "build.rs",
            format!(
                "fn main() -> Result<(), generator::BuildError> {{\n    generator::Builder::new({:?}).naming(generator::Naming::Box){only}.write_to_out_dir(\"box_api.rs\")?;\n    Ok(())\n}}\n",
                spec.display().to_string()
            ),
        )?;
        write(
            "src/lib.rs",
            "//! Box, generated by build.rs.\ninclude!(concat!(env!(\"OUT_DIR\"), \"/box_api.rs\"));\n".to_owned(),
        )?;
        std::fs::copy(self.root.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
        Ok(())
    }
}

/// Marks a file as modified now (what `touch` does), so that cargo rebuilds its crate.
fn filetime_touch(path: &Path) -> std::io::Result<()> {
    let file = std::fs::File::options().append(true).open(path)?;
    file.set_modified(std::time::SystemTime::now())
}

fn count_operations(spec: &Path) -> usize {
    let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let Ok(text) = std::fs::read_to_string(spec) else { return 0 };
    let Ok(document) = serde_json::from_str::<Value>(&text) else { return 0 };
    document
        .get("paths")
        .and_then(Value::as_object)
        .map(|paths| {
            paths
                .values()
                .filter_map(Value::as_object)
                .map(|item| item.keys().filter(|k| methods.contains(&k.as_str())).count())
                .sum()
        })
        .unwrap_or(0)
}

/// `copies` copies of a spec in one document: copy `k > 1` has its paths under `/copy{k}`, its
/// operationIds, tags and component names suffixed, and its `$ref`s pointed at its own
/// components, so every copy lowers to the same number of operations and types.
fn replicate(document: &Value, copies: usize) -> Value {
    let mut out = document.clone();
    for k in 2..=copies {
        let suffix = format!("Copy{k}");
        let mut copy = document.clone();
        rename_refs(&mut copy, &suffix);
        if let Some(paths) = copy.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                let mut item = item.clone();
                if let Some(item) = item.as_object_mut() {
                    for operation in item.values_mut().filter_map(Value::as_object_mut) {
                        if let Some(Value::String(id)) = operation.get_mut("operationId") {
                            id.push_str(&format!("_copy{k}"));
                        }
                        if let Some(Value::Array(tags)) = operation.get_mut("tags") {
                            for tag in tags.iter_mut() {
                                if let Value::String(tag) = tag {
                                    tag.push_str(&format!(" copy{k}"));
                                }
                            }
                        }
                    }
                }
                if let Some(paths) = out.get_mut("paths").and_then(Value::as_object_mut) {
                    paths.insert(format!("/copy{k}{path}"), item);
                }
            }
        }
        if let Some(Value::Array(tags)) = copy.get("tags") {
            let renamed: Vec<Value> = tags
                .iter()
                .map(|tag| {
                    let mut tag = tag.clone();
                    if let Some(Value::String(name)) = tag.get_mut("name") {
                        name.push_str(&format!(" copy{k}"));
                    }
                    tag
                })
                .collect();
            if let Some(Value::Array(all)) = out.get_mut("tags") {
                all.extend(renamed);
            }
        }
        if let Some(components) = copy.get("components").and_then(Value::as_object) {
            for (section, entries) in components.iter().filter(|(s, _)| *s != "securitySchemes") {
                let Some(entries) = entries.as_object() else { continue };
                if let Some(target) = out.pointer_mut(&format!("/components/{section}")).and_then(Value::as_object_mut)
                {
                    for (name, entry) in entries {
                        target.insert(format!("{name}{suffix}"), entry.clone());
                    }
                }
            }
        }
    }
    out
}

/// Points every `#/components/<section>/<name>...` `$ref` at `<name><suffix>`.
fn rename_refs(value: &mut Value, suffix: &str) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(reference) if key == "$ref" => {
                        let mut tokens: Vec<String> = reference.split('/').map(str::to_owned).collect();
                        if tokens.len() >= 4
                            && tokens[0] == "#"
                            && tokens[1] == "components"
                            && tokens[2] != "securitySchemes"
                        {
                            tokens[3].push_str(suffix);
                            *reference = tokens.join("/");
                        }
                    }
                    _ => rename_refs(child, suffix),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rename_refs(item, suffix)),
        _ => {}
    }
}
