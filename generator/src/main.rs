//! The command line: regenerate every target of the manifest (the default), check them for
//! drift, run one spec by hand, or list what changed between two versions of a spec (`diff`).
//! Prints errors and sets the exit code; the work is the library's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use generator::manifest::{Manifest, Target};
use generator::{Error, Naming, WriteOutcome};

// Generation allocates and frees many small token trees and strings; with the system allocator
// that was a fifth of the CLI's time on Box. The library (a build script's dependency) keeps the
// allocator of the program that links it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate typed async Rust SDK crates from OpenAPI 3.0, OpenAPI 3.1 and Swagger 2.0 specs.
///
/// Without arguments, regenerates every target of `generator.toml` (found in the current folder
/// or above). With `--spec`, generates or lists one spec. `generator diff` lists what changed for
/// users between two versions of a spec.
#[derive(Debug, Parser)]
#[command(version, about, long_about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The manifest to read (default: the nearest `generator.toml`).
    #[arg(long, conflicts_with = "spec")]
    manifest: Option<PathBuf>,
    /// Only these manifest targets (by crate name); repeatable.
    #[arg(long = "target", conflicts_with = "spec")]
    targets: Vec<String>,
    /// Compare instead of writing: exit 1 if any target's crate on disk differs.
    #[arg(long)]
    check: bool,
    /// A spec to generate from (YAML or JSON; OpenAPI 3.0.x, 3.1.x or Swagger 2.0).
    #[arg(long)]
    spec: Option<PathBuf>,
    /// The naming style for `--spec`.
    #[arg(long, value_parser = parse_style, default_value = "tagged")]
    naming: Naming,
    /// Output folder for `--spec` (default: `generated/<crate-name>`).
    #[arg(long, requires = "spec")]
    out: Option<PathBuf>,
    /// Crate name for `--spec` (default: the spec's file stem).
    #[arg(long, requires = "spec")]
    crate_name: Option<String>,
    /// Pin a method name: `operationId=method_name`; repeatable.
    #[arg(long = "override", value_parser = parse_override, requires = "spec")]
    overrides: Vec<(String, String)>,
    /// Generate (or list) only the operations an entry selects, and the types they reach;
    /// repeatable
    ///
    /// `group:NAME`: a group, by its tag (`x-box-tag` in the `box` style) or module (`group:users`)
    ///
    /// `op:OPERATION_ID`: one operation (`op:users_list`)
    ///
    /// `path:/PREFIX`: the operations under a path, in whole segments (`path:/api/users` takes
    /// `/api/users/{id}`, not `/api/users_groups`)
    ///
    /// Names stay those of the whole spec's crate; an entry that selects nothing is an error. A
    /// manifest target takes the same entries as `only = [..]`.
    #[arg(long = "only", value_name = "ENTRY", value_parser = parse_only, requires = "spec")]
    only: Vec<generator::Only>,
    /// Print the table `http_method  path  operation_id  group  method` for `--spec` and exit.
    #[arg(long, requires = "spec")]
    list_operations: bool,
    /// Print every warning, not only the first few.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    Diff(DiffArgs),
}

/// List what changed for users between two versions of a spec.
///
/// Operations added, removed and changed (arguments and setters, body, output, error bodies,
/// paging), and types added, removed and changed (fields, variants), named as the generated crate
/// names them, with the operationId or JSON pointer for reference. Both specs are lowered in one
/// naming style and their IRs compared, so Swagger 2.0, OpenAPI 3.0 and 3.1 inputs compare alike.
/// Exits 0 whatever changed, 1 when a spec does not load (with its file and pointer).
///
/// Two forms: `generator diff OLD_SPEC NEW_SPEC [--naming STYLE] [--override ID=NAME]...`, or
/// `generator diff --target CRATE --against OLD_SPEC` for a manifest target, whose spec is the new
/// one and whose naming style, overrides and operation filter apply.
#[derive(Debug, Args)]
struct DiffArgs {
    /// The spec as it was.
    #[arg(required_unless_present = "target", conflicts_with = "target")]
    old_spec: Option<PathBuf>,
    /// The spec as it is.
    #[arg(required_unless_present = "target", conflicts_with = "target")]
    new_spec: Option<PathBuf>,
    /// A target of the manifest (by crate name): compare its spec with `--against`, in its naming
    /// style, with its overrides and operation filter.
    #[arg(long, requires = "against")]
    target: Option<String>,
    /// The old spec to compare the target's spec with.
    #[arg(long, requires = "target")]
    against: Option<PathBuf>,
    /// The manifest for `--target` (default: the nearest `generator.toml`).
    #[arg(long, requires = "target")]
    manifest: Option<PathBuf>,
    /// The naming style to compare in.
    #[arg(long, value_parser = parse_style, default_value = "tagged", conflicts_with = "target")]
    naming: Naming,
    /// Pin a method name: `operationId=method_name`; repeatable. Applies to the new spec, and to
    /// the old one if it has the operation.
    #[arg(long = "override", value_parser = parse_override, conflicts_with = "target")]
    overrides: Vec<(String, String)>,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    format: ReportFormat,
}

/// The forms of a diff report.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum ReportFormat {
    /// Bulleted Markdown, for pull requests and release notes.
    Markdown,
    /// Indented plain text, for a terminal.
    Text,
}

fn parse_style(s: &str) -> Result<Naming, String> {
    s.parse()
}

fn parse_only(s: &str) -> Result<generator::Only, String> {
    s.parse()
}

fn parse_override(s: &str) -> Result<(String, String), String> {
    s.split_once('=')
        .map(|(id, name)| (id.to_owned(), name.to_owned()))
        .ok_or_else(|| format!("expected operationId=method_name, got `{s}`"))
}

/// How many warnings to show per target without `--verbose`.
const WARNINGS_SHOWN: usize = 5;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<ExitCode, Error> {
    if let Some(Command::Diff(args)) = &cli.command {
        return run_diff(args);
    }
    if let Some(spec) = &cli.spec {
        let overrides: BTreeMap<String, String> = cli.overrides.iter().cloned().collect();
        if cli.list_operations {
            let mut options = generator::Options::new(cli.naming, "sdk");
            options.overrides = overrides;
            options.only = cli.only.clone();
            let (_, api) = generator::lower_with(spec, &options)?;
            print!("{}", generator::operations_table(&api));
            return Ok(ExitCode::SUCCESS);
        }
        let crate_name = cli.crate_name.clone().unwrap_or_else(|| {
            spec.file_stem().map(|s| s.to_string_lossy().replace(['.', '_'], "-")).unwrap_or_else(|| "sdk".to_owned())
        });
        let out = cli.out.clone().unwrap_or_else(|| Path::new("generated").join(&crate_name));
        let target = Target {
            spec: spec.clone(),
            naming: cli.naming,
            crate_name,
            out,
            version: "0.1.0".to_owned(),
            optional: false,
            only: cli.only.clone(),
            overrides,
            url: None,
        };
        return Ok(if run_target(&target, Path::new(""), cli)? { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    let (manifest_path, manifest, root) = load_manifest(cli.manifest.as_deref())?;
    for name in &cli.targets {
        if !manifest.targets.iter().any(|t| &t.crate_name == name) {
            return Err(Error::Manifest { path: manifest_path.clone(), message: format!("no target `{name}`") });
        }
    }
    let mut ok = true;
    for target in manifest.targets.iter().filter(|t| cli.targets.is_empty() || cli.targets.contains(&t.crate_name)) {
        ok &= run_target(target, &root, cli)?;
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// The manifest at `path`, or the nearest one: its path, content and folder.
fn load_manifest(path: Option<&Path>) -> Result<(PathBuf, Manifest, PathBuf), Error> {
    let manifest_path = match path {
        Some(path) => path.to_path_buf(),
        None => Manifest::find(Path::new(".")).ok_or_else(|| Error::Manifest {
            path: "generator.toml".into(),
            message: "not found in this folder or above; pass --manifest or --spec".into(),
        })?,
    };
    let manifest = Manifest::load(&manifest_path)?;
    let root = manifest_path.parent().unwrap_or(Path::new("")).to_path_buf();
    Ok((manifest_path, manifest, root))
}

/// Prints the diff report of two specs, or of a manifest target against an old spec.
fn run_diff(args: &DiffArgs) -> Result<ExitCode, Error> {
    let report = match (&args.target, &args.against, &args.old_spec, &args.new_spec) {
        (Some(name), Some(against), _, _) => {
            let (manifest_path, manifest, root) = load_manifest(args.manifest.as_deref())?;
            let target = manifest.targets.iter().find(|t| &t.crate_name == name).ok_or_else(|| Error::Manifest {
                path: manifest_path.clone(),
                message: format!("no target `{name}`"),
            })?;
            generator::diff_only(against, &target.spec_path(&root), target.naming, &target.overrides, &target.only)?
        }
        (_, _, Some(old), Some(new)) => {
            let overrides: BTreeMap<String, String> = args.overrides.iter().cloned().collect();
            generator::diff(old, new, args.naming, &overrides)?
        }
        // clap requires either form; this is the message if that rule ever changes.
        _ => {
            eprintln!("error: give OLD_SPEC NEW_SPEC, or --target CRATE --against OLD_SPEC");
            return Ok(ExitCode::from(2));
        }
    };
    print!(
        "{}",
        match args.format {
            ReportFormat::Markdown => report.to_markdown(),
            ReportFormat::Text => report.to_text(),
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// Generates one target; `false` when `--check` found drift or a required spec is missing.
fn run_target(target: &Target, root: &Path, cli: &Cli) -> Result<bool, Error> {
    let spec = target.spec_path(root);
    let out = target.out_path(root);
    let name = &target.crate_name;
    if !spec.exists() && target.optional {
        if target.skippable(root) {
            eprintln!(
                "skipping {name}: {} not found (the real specs live in ../shared; the checked-in crate stays as it is)",
                spec.display()
            );
            return Ok(true);
        }
        eprintln!("error: {name}: {} not found, and CI=true requires it", spec.display());
        return Ok(false);
    }
    let generated = generator::generate(&spec, &target.options(root))?;
    let shown = if cli.verbose { usize::MAX } else { WARNINGS_SHOWN };
    for warning in generated.warnings.iter().take(shown) {
        eprintln!("warning: {}: {warning}", target.spec.display());
    }
    if generated.warnings.len() > shown {
        eprintln!("warning: {name}: {} more warnings (--verbose shows them)", generated.warnings.len() - shown);
    }
    let summary = generated.summary();
    if cli.check {
        let same = generated.matches(&out)?;
        if same {
            println!("{name}: {} is up to date ({summary})", out.display());
        } else {
            println!(
                "{name}: {} differs from the generator's output; run `cargo run -p generator` and commit",
                out.display()
            );
        }
        return Ok(same);
    }
    match generated.write_to(&out)? {
        WriteOutcome::Unchanged => println!("{name}: {} unchanged ({summary})", out.display()),
        WriteOutcome::Written => println!("{name}: wrote {} ({summary})", out.display()),
    }
    Ok(true)
}
