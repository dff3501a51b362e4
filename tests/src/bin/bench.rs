//! Speed figures, printed rather than asserted (machines here are shared and noisy):
//!
//! ```sh
//! cargo run --release -p tests --bin bench            # generation and crate build times
//! cargo run --release -p tests --bin bench -- --quick # generation only
//! ```
//!
//! - generation: load, lower, emit and print each manifest target in memory (no rustfmt, no
//!   disk), median of several runs;
//! - build: each generated crate compiled alone from clean with its dependencies already built
//!   (`cargo clean -p CRATE && cargo build -p CRATE`, debug), median of three runs, with the ratio
//!   to the figures the best existing generator reaches on this machine after hand fixes.

use std::process::Command;
use std::time::{Duration, Instant};

use generator::manifest::Manifest;
use tests::repository_root;

/// Crate-only debug build times of the best existing generator's output, after hand fixes, on
/// this 2-core machine (from the issue that set the target; none compiles either spec unmodified).
const ANCHORS: &[(&str, f64)] = &[("cvat", 9.0), ("box-sdk", 36.0)];

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(repository_root());
    command
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let quick = std::env::args().any(|a| a == "--quick");
    let root = repository_root();
    let manifest = Manifest::load(&root.join("generator.toml"))?;
    println!("generation, in memory (median of 5):");
    for target in &manifest.targets {
        let spec = target.spec_path(&root);
        if !spec.exists() {
            println!("  {:<18} skipped: {} not found", target.crate_name, spec.display());
            continue;
        }
        let mut options = target.options(&root);
        options.rustfmt_for = None;
        let mut samples = Vec::new();
        let mut size = (0, 0, 0);
        for _ in 0..5 {
            let start = Instant::now();
            let generated = generator::generate(&spec, &options)?;
            samples.push(start.elapsed());
            let lines = generated.files.values().map(|t| t.lines().count()).sum::<usize>();
            size = (generated.operation_count, generated.type_count, lines);
        }
        println!(
            "  {:<18} {:>7.1} ms   {:>3} operations {:>5} types {:>6} lines",
            target.crate_name,
            median(samples).as_secs_f64() * 1000.0,
            size.0,
            size.1,
            size.2
        );
    }
    if quick {
        return Ok(());
    }
    println!("\ncrate-only debug build from clean, dependencies built (median of 3):");
    for target in &manifest.targets {
        let name = &target.crate_name;
        if !cargo().args(["build", "--quiet", "-p", name]).status()?.success() {
            return Err(format!("{name} does not build").into());
        }
        let mut samples = Vec::new();
        for _ in 0..3 {
            cargo().args(["clean", "--quiet", "-p", name]).status()?;
            let start = Instant::now();
            let status = cargo().args(["build", "--quiet", "-p", name]).status()?;
            samples.push(start.elapsed());
            if !status.success() {
                return Err(format!("{name} does not build").into());
            }
        }
        let ours = median(samples).as_secs_f64();
        let anchor = ANCHORS.iter().find(|(n, _)| n == name);
        match anchor {
            Some((_, anchor)) => {
                println!("  {name:<18} {ours:>6.1} s   anchor {anchor:>4.0} s   ours/anchor {:.2}", ours / anchor)
            }
            None => println!("  {name:<18} {ours:>6.1} s"),
        }
    }
    Ok(())
}
