//! The harness of the peer suite (`tests/peer.rs`): a [`Prism`] mock server per spec on a free
//! port of 127.0.0.1 (installed on demand, stopped with its whole process group), the
//! [`Outcome`] of one call, a concurrent runner and the per-spec [`Report`] checked against the
//! allow-list.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::future::Future;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::{Duration, Instant};

/// The Prism version the suite installs and expects.
pub const PRISM_VERSION: &str = "5.16.0";
/// How long Prism may take to start listening.
const READY_TIMEOUT: Duration = Duration::from_secs(90);

/// Whether this is a CI run (`CI=true`): there, a missing spec or Prism is a failure, not a skip.
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// What one call came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A success status whose body decoded into the generated type.
    Passed(u16),
    /// Anything else.
    Failed(Failure),
}

/// Why a call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The response status, when a response came.
    pub status: Option<u16>,
    /// Prism's `sl-violations` header (Box: violations ride along an error example).
    pub violations: Option<String>,
    /// The response body.
    pub body: String,
    /// The client's error message.
    pub message: String,
}

impl Outcome {
    /// A success that decoded, unless Prism still reported errors in the request (its
    /// `sl-violations` header) while answering with a success. Violations in Prism's own answer
    /// (`"location":["response",...]`, a spec whose schema its examples do not meet) are Prism's.
    pub fn passed(status: u16, violations: Option<String>) -> Self {
        match violations {
            Some(v) if request_errors(&v) => Outcome::Failed(Failure {
                status: Some(status),
                violations: Some(v),
                body: String::new(),
                message: "a success answer that carries request violations".to_owned(),
            }),
            _ => Outcome::Passed(status),
        }
    }

    /// A failure, with what the response said.
    pub fn failed(status: Option<u16>, violations: Option<String>, body: String, message: String) -> Self {
        Outcome::Failed(Failure { status, violations, body, message })
    }
}

impl Failure {
    /// One line: the status and Prism's violation text (or the client's error).
    pub fn describe(&self) -> String {
        let status = self.status.map_or_else(|| "no response".to_owned(), |s| format!("HTTP {s}"));
        let success = self.status.is_some_and(|s| (200..300).contains(&s));
        match &self.violations {
            // A success that did not decode: the client's error first, then what Prism said.
            Some(v) if success && !request_errors(v) => {
                let message: String = self.message.chars().take(300).collect();
                return format!("{status}: {message} (Prism: {v})");
            }
            Some(v) => return format!("{status}: {v}"),
            None => {}
        }
        // CVAT declares no error responses: Prism answers 422 application/problem+json with a
        // `validation` list.
        if let Some(list) = problem_violations(&self.body) {
            return format!("{status}: {list}");
        }
        let message: String = self.message.chars().take(400).collect();
        format!("{status}: {message}")
    }
}

/// Whether an `sl-violations` list has an error (not a warning such as a deprecated parameter)
/// located in the request.
fn request_errors(violations: &str) -> bool {
    let Ok(serde_json::Value::Array(list)) = serde_json::from_str(violations) else { return true };
    list.iter().any(|v| {
        v.get("severity").and_then(serde_json::Value::as_str) == Some("Error")
            && v.pointer("/location/0").and_then(serde_json::Value::as_str) == Some("request")
    })
}

/// The `validation` entries of a problem+json body as `location: message; ...`.
fn problem_violations(body: &str) -> Option<String> {
    let start = body.find("\"validation\"")?;
    // A light scan, to keep serde_json out of the library: the entries are flat objects.
    let list = &body[start..];
    let mut out = Vec::new();
    for entry in list.split('{').skip(1) {
        let field = |name: &str| {
            let at = entry.find(&format!("\"{name}\""))?;
            let rest = &entry[at + name.len() + 2..];
            let rest = rest.trim_start().strip_prefix(':')?.trim_start();
            if let Some(rest) = rest.strip_prefix('[') {
                Some(rest.split(']').next()?.replace('"', ""))
            } else {
                let rest = rest.strip_prefix('"')?;
                Some(rest.split('"').next()?.to_owned())
            }
        };
        if let (Some(location), Some(message)) = (field("location"), field("message")) {
            out.push(format!("{location}: {message}"));
        }
    }
    (!out.is_empty()).then(|| out.join("; "))
}

/// A running `prism mock` for one spec; dropping it stops its whole process group.
pub struct Prism {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// How long it took to listen.
    pub startup: Duration,
    log: Arc<Mutex<Vec<String>>>,
}

impl Prism {
    /// The `prism` executable, installed into `PRISM_DIR` (default `~/.cache/prism-mock`) with
    /// npm when it is missing or another version; `Err` when that is not possible.
    pub fn executable() -> Result<PathBuf, String> {
        let dir = match std::env::var_os("PRISM_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => PathBuf::from(std::env::var_os("HOME").ok_or("HOME is not set")?).join(".cache/prism-mock"),
        };
        let bin = dir.join("node_modules/.bin/prism");
        let version = || {
            Command::new(&bin)
                .arg("--version")
                .output()
                .ok()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        };
        if version().as_deref() == Some(PRISM_VERSION) {
            return Ok(bin);
        }
        std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        let status = Command::new("npm")
            .args(["install", "--prefix"])
            .arg(&dir)
            .args(["--no-audit", "--no-fund", "--loglevel=error", &format!("@stoplight/prism-cli@{PRISM_VERSION}")])
            .stdout(Stdio::null())
            .status()
            .map_err(|e| format!("npm is needed to install Prism ({e}); install Node.js >= 18 and npm"))?;
        match version() {
            Some(v) if status.success() && v == PRISM_VERSION => Ok(bin),
            other => Err(format!(
                "installing @stoplight/prism-cli@{PRISM_VERSION} into {} failed ({other:?})",
                dir.display()
            )),
        }
    }

    /// Starts `prism mock` for `spec` on a free port and waits until it listens. A watchdog shell
    /// owns the process group and ends it when this process goes away, however it ends.
    pub fn start(executable: &Path, spec: &Path) -> Result<Prism, String> {
        let mut last_error = String::new();
        // The port is free when picked but could be taken before Prism binds it: try again then.
        for _ in 0..3 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| format!("no free port on 127.0.0.1: {e}"))?
                .port();
            match Self::start_on(executable, spec, port) {
                Ok(prism) => return Ok(prism),
                Err(e) => last_error = e,
            }
        }
        Err(last_error)
    }

    fn start_on(executable: &Path, spec: &Path, port: u16) -> Result<Prism, String> {
        use std::os::unix::process::CommandExt as _;
        // `$5` is `PEER_PRISM_ARGS`, split by the shell: extra `prism mock` flags such as `-d --seed 1`.
        const WATCHDOG: &str = r#"
            "$1" mock -h 127.0.0.1 -p "$2" $5 "$3" 2>&1 &
            prism=$!
            while kill -0 "$4" 2>/dev/null && kill -0 "$prism" 2>/dev/null; do sleep 0.5; done
            kill 0
        "#;
        let started = Instant::now();
        let mut child = Command::new("sh")
            .args(["-c", WATCHDOG, "prism-watchdog"])
            .arg(executable)
            .arg(port.to_string())
            .arg(spec)
            .arg(std::process::id().to_string())
            .arg(std::env::var("PEER_PRISM_ARGS").unwrap_or_default())
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting {}: {e}", executable.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout pipe")?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let (ready_tx, ready_rx) = mpsc::channel();
        let lines = Arc::clone(&log);
        // Reads the log for the whole life of the process: a full pipe would stall Prism.
        std::thread::spawn(move || {
            let mut ready = Some(ready_tx);
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("Prism is listening on") {
                    if let Some(tx) = ready.take() {
                        let _ = tx.send(());
                    }
                }
                let mut lines = lines.lock().unwrap_or_else(PoisonError::into_inner);
                lines.push(line);
                let excess = lines.len().saturating_sub(2000);
                lines.drain(..excess);
            }
        });
        let mut prism = Prism { child, url: format!("http://127.0.0.1:{port}"), startup: Duration::ZERO, log };
        match ready_rx.recv_timeout(READY_TIMEOUT) {
            Ok(()) => {
                prism.startup = started.elapsed();
                Ok(prism)
            }
            Err(_) => Err(format!(
                "prism did not listen on port {port} for {}; last log lines:\n{}",
                spec.display(),
                prism.log_tail(20)
            )),
        }
    }

    /// The last `n` lines Prism logged.
    pub fn log_tail(&self, n: usize) -> String {
        let lines = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        lines[lines.len().saturating_sub(n)..].join("\n")
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).stderr(Stdio::null()).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // Whatever survived TERM (the group outlives its leader if a child ignores it).
        let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
        let _ = self.child.wait();
    }
}

/// One call of the generated list: operation id, variant, future.
pub type Call = (&'static str, &'static str, Pin<Box<dyn Future<Output = Outcome> + Send>>);

/// Runs `calls` with at most `in_flight` at a time; a call that outlives `limit` fails.
pub async fn run(calls: Vec<Call>, in_flight: usize, limit: Duration) -> Vec<(&'static str, &'static str, Outcome)> {
    let permits = Arc::new(tokio::sync::Semaphore::new(in_flight));
    let mut tasks = tokio::task::JoinSet::new();
    for (index, (operation, variant, future)) in calls.into_iter().enumerate() {
        let permits = Arc::clone(&permits);
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let outcome = match tokio::time::timeout(limit, future).await {
                Ok(outcome) => outcome,
                Err(_) => Outcome::failed(None, None, String::new(), format!("no answer within {limit:?}")),
            };
            (index, operation, variant, outcome)
        });
    }
    let mut results = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(result) => results.push(result),
            Err(e) => results.push((usize::MAX, "?", "?", Outcome::failed(None, None, String::new(), e.to_string()))),
        }
    }
    results.sort_by_key(|r| r.0);
    results.into_iter().map(|(_, op, variant, outcome)| (op, variant, outcome)).collect()
}

/// The allow-list: per spec, operation id -> why it cannot pass. The file has, per spec, tables
/// `[[spec]]` with a `reason` and the `operations` it covers.
pub fn allow_list(path: &Path) -> Result<BTreeMap<String, BTreeMap<String, String>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for (spec, entries) in table {
        let bad = |what: &str| format!("{}: [[{spec}]] {what}", path.display());
        let mut list = BTreeMap::new();
        for entry in entries.as_array().ok_or_else(|| bad("must be an array of tables"))? {
            let reason = entry.get("reason").and_then(toml::Value::as_str).ok_or_else(|| bad("needs a `reason`"))?;
            let operations =
                entry.get("operations").and_then(toml::Value::as_array).ok_or_else(|| bad("needs `operations`"))?;
            for op in operations {
                let op = op.as_str().ok_or_else(|| bad("lists an operation that is not a string"))?;
                if list.insert(op.to_owned(), reason.to_owned()).is_some() {
                    return Err(bad(&format!("lists `{op}` twice")));
                }
            }
        }
        out.insert(spec, list);
    }
    Ok(out)
}

/// The outcome of one spec, judged against its allow-list entries.
#[derive(Debug)]
pub struct Report {
    /// The summary line and the failing operations.
    pub text: String,
    /// Failures that are not allow-listed, and allow-list entries that pass (stale).
    pub problems: Vec<String>,
}

/// Groups call results by operation and checks them against `allowed`.
pub fn report(
    spec: &str,
    operations: usize,
    results: &[(&'static str, &'static str, Outcome)],
    allowed: &BTreeMap<String, String>,
    elapsed: Duration,
) -> Report {
    let mut by_op: BTreeMap<&str, Vec<(&str, &Outcome)>> = BTreeMap::new();
    let mut order = Vec::new();
    for (op, variant, outcome) in results {
        if !by_op.contains_key(op) {
            order.push(*op);
        }
        by_op.entry(op).or_default().push((variant, outcome));
    }
    let failing: Vec<&str> =
        order.iter().copied().filter(|op| by_op[op].iter().any(|(_, o)| matches!(o, Outcome::Failed(_)))).collect();
    let calls_failed = results.iter().filter(|(_, _, o)| matches!(o, Outcome::Failed(_))).count();
    let listed = failing.iter().filter(|op| allowed.contains_key(**op)).count();
    let mut text = format!(
        "{spec}: {} passed, {} failed ({listed} of them allow-listed; {} operations; {} calls: {} passed, {} failed; {:.1} s)\n",
        by_op.len() - failing.len(),
        failing.len(),
        operations,
        results.len(),
        results.len() - calls_failed,
        calls_failed,
        elapsed.as_secs_f64(),
    );
    let mut problems = Vec::new();
    if by_op.len() != operations {
        problems.push(format!("{spec}: {} operations were called, the crate has {operations}", by_op.len()));
    }
    for op in &failing {
        let note = match allowed.get(*op) {
            Some(_) => " [allow-listed]".to_owned(),
            None => {
                problems.push(format!("{spec}: {op} fails and is not allow-listed"));
                String::new()
            }
        };
        for (variant, outcome) in &by_op[op] {
            if let Outcome::Failed(failure) = outcome {
                let _ = writeln!(text, "  FAIL {op} ({variant}){note}: {}", failure.describe());
            }
        }
    }
    for (op, reason) in allowed {
        if !failing.contains(&op.as_str()) {
            problems.push(format!("{spec}: {op} is allow-listed ({reason}) but passes: remove it from the list"));
        }
    }
    Report { text, problems }
}
