//! Conformance against a real peer: every operation of the full CVAT (190) and Box (296) crates,
//! called through the generated clients against Prism, which validates each request against the
//! spec and answers with schema-valid examples. A call passes when Prism accepts the request and
//! the answer decodes into the generated type. Prints `cvat: N passed, M failed` and
//! `box: N passed, M failed`, then every failing call with Prism's violation text; fails on a
//! failure that `allow-list.toml` does not list and on an allow-list entry that passes.
//!
//! Then the negative checks: requests built wrong on purpose (a required parameter missing, a
//! wrong content type, a wrong parameter type, no credentials) must be rejected, so that the
//! checks above are known to bite.
//!
//! Without `../shared/specs` (or without Node) the suite prints one skip line; under `CI=true`
//! that is a failure. `PEER_PRISM_ARGS` passes extra flags to `prism mock` for exploration (`-d
//! --seed 7`: random bodies from the schemas instead of the spec's examples); the allow-list is
//! made for the default, example-based answers.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use peer_tests::{Outcome, Prism};

mod cvat_calls {
    include!(concat!(env!("OUT_DIR"), "/cvat_calls.rs"));
}

mod box_calls {
    include!(concat!(env!("OUT_DIR"), "/box_calls.rs"));
}

/// Calls in flight per spec.
const IN_FLIGHT: usize = 8;
/// The client's timeout per call (Prism never answers a malformed JSON body).
const CALL_TIMEOUT: Duration = Duration::from_secs(20);

/// Unbuffered, uncaptured output: the suite's report.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn main() -> ExitCode {
    let started = Instant::now();
    let cvat_spec = env!("PEER_CVAT_SPEC");
    let box_spec = env!("PEER_BOX_SPEC");
    if cvat_spec.is_empty() || box_spec.is_empty() {
        if peer_tests::is_ci() {
            say("peer: FAILED: ../shared/specs/{cvat,box}.json are missing, and CI=true needs them\n");
            return ExitCode::FAILURE;
        }
        say("peer: skipped: ../shared/specs/{cvat,box}.json not found (the suite needs the real specs)\n");
        return ExitCode::SUCCESS;
    }
    let prism = match Prism::executable() {
        Ok(prism) => prism,
        Err(e) if peer_tests::is_ci() => {
            say(&format!("peer: FAILED: Prism is not available: {e}\n"));
            return ExitCode::FAILURE;
        }
        Err(e) => {
            say(&format!("peer: skipped: Prism is not available: {e}\n"));
            return ExitCode::SUCCESS;
        }
    };
    let allow_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("allow-list.toml");
    let allowed = match peer_tests::allow_list(&allow_path) {
        Ok(allowed) => allowed,
        Err(e) => {
            say(&format!("peer: FAILED: {e}\n"));
            return ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let (cvat, boxed) = runtime.block_on(async {
        let (a, b) = (prism.clone(), prism.clone());
        let cvat = tokio::task::spawn_blocking(move || Prism::start(&a, Path::new(cvat_spec)));
        let boxed = tokio::task::spawn_blocking(move || Prism::start(&b, Path::new(box_spec)));
        (cvat.await.expect("the CVAT start task"), boxed.await.expect("the Box start task"))
    });
    let (cvat, boxed) = match (cvat, boxed) {
        (Ok(cvat), Ok(boxed)) => (cvat, boxed),
        (Err(e), _) | (_, Err(e)) => {
            say(&format!("peer: FAILED: {e}\n"));
            return ExitCode::FAILURE;
        }
    };
    say(&format!(
        "peer: Prism {} up (cvat {:.1} s, box {:.1} s)\n",
        peer_tests::PRISM_VERSION,
        cvat.startup.as_secs_f64(),
        boxed.startup.as_secs_f64()
    ));

    let mut problems = Vec::new();
    let empty = Default::default();
    let (cvat_report, box_report, negatives) = runtime.block_on(async {
        let cvat_run = async {
            let t0 = Instant::now();
            let client = cvat::Client::builder(&cvat.url)
                .auth(cvat::Auth::bearer("peer-token"))
                .auth(cvat::Auth::basic("peer", "peer-password"))
                .timeout(CALL_TIMEOUT)
                .build()
                .expect("a CVAT client");
            let results = peer_tests::run(cvat_calls::calls(&client, CALL_TIMEOUT), IN_FLIGHT, CALL_TIMEOUT * 2).await;
            let allowed = allowed.get("cvat").unwrap_or(&empty);
            let ops = cvat_calls::OPERATIONS;
            peer_tests::report("cvat", ops, &results, allowed, cvat_calls::RAW_BODY_OPERATIONS, t0.elapsed())
        };
        let box_run = async {
            let t0 = Instant::now();
            let client = box_sdk::Client::builder(&boxed.url)
                .auth(box_sdk::Auth::bearer("peer-token"))
                .timeout(CALL_TIMEOUT)
                .build()
                .expect("a Box client");
            let results = peer_tests::run(box_calls::calls(&client, CALL_TIMEOUT), IN_FLIGHT, CALL_TIMEOUT * 2).await;
            let allowed = allowed.get("box").unwrap_or(&empty);
            peer_tests::report(
                "box",
                box_calls::OPERATIONS,
                &results,
                allowed,
                box_calls::RAW_BODY_OPERATIONS,
                t0.elapsed(),
            )
        };
        let (c, b) = tokio::join!(cvat_run, box_run);
        let negatives = negative_checks(&cvat.url, &boxed.url).await;
        (c, b, negatives)
    });
    for report in [&cvat_report, &box_report] {
        let summary = report.text.lines().next().unwrap_or_default();
        say(&format!("{summary}\n"));
    }
    for report in [&cvat_report, &box_report] {
        for line in report.text.lines().skip(1) {
            say(&format!("{line}\n"));
        }
        problems.extend(report.problems.iter().cloned());
    }
    for (name, result) in &negatives {
        match result {
            Ok(status) => say(&format!("negative check: {name}: rejected with HTTP {status}\n")),
            Err(e) => {
                say(&format!("negative check: {name}: NOT REJECTED: {e}\n"));
                problems.push(format!("negative check `{name}` was not rejected: {e}"));
            }
        }
    }
    drop((cvat, boxed));
    say(&format!("peer: {:.1} s in all\n", started.elapsed().as_secs_f64()));
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        say(&format!("peer: FAILED ({} problems):\n", problems.len()));
        for p in &problems {
            say(&format!("  {p}\n"));
        }
        ExitCode::FAILURE
    }
}

/// Requests built wrong on purpose, sent with reqwest directly; each must get the status shown.
async fn negative_checks(cvat: &str, boxed: &str) -> Vec<(&'static str, Result<u16, String>)> {
    let http = reqwest::Client::builder().timeout(CALL_TIMEOUT).build().expect("a reqwest client");
    let auth = ("Authorization", "Bearer peer-token");
    let accept = ("Accept", "application/vnd.cvat+json");
    let checks: Vec<(&'static str, reqwest::RequestBuilder, &[u16])> = vec![
        (
            "cvat: required query parameter `format` missing (POST /api/projects/1/dataset/export)",
            http.post(format!("{cvat}/api/projects/1/dataset/export"))
                .header(auth.0, auth.1)
                .header(accept.0, accept.1),
            &[400, 422],
        ),
        (
            "cvat: path parameter of the wrong type (GET /api/users/not-a-number)",
            http.get(format!("{cvat}/api/users/not-a-number")).header(auth.0, auth.1).header(accept.0, accept.1),
            &[400, 422],
        ),
        (
            "cvat: wrong content type (POST /api/projects with text/plain)",
            http.post(format!("{cvat}/api/projects"))
                .header(auth.0, auth.1)
                .header(accept.0, accept.1)
                .header("Content-Type", "text/plain")
                .body("name=peer"),
            &[415],
        ),
        (
            "cvat: required body property missing (POST /api/projects with {})",
            http.post(format!("{cvat}/api/projects"))
                .header(auth.0, auth.1)
                .header(accept.0, accept.1)
                .header("Content-Type", "application/json")
                .body("{}"),
            &[400, 422],
        ),
        (
            "cvat: no credentials (GET /api/users/self)",
            http.get(format!("{cvat}/api/users/self")).header(accept.0, accept.1),
            &[401],
        ),
        (
            "cvat: credentials sent where `security: [{}]` (GET /api/auth/rules)",
            http.get(format!("{cvat}/api/auth/rules")).header(auth.0, auth.1),
            &[401],
        ),
        (
            "box: required path parameter missing (GET /users//memberships)",
            http.get(format!("{boxed}/users//memberships")).header(auth.0, auth.1),
            &[400, 404, 422],
        ),
        (
            "box: wrong content type (POST /groups with text/plain)",
            http.post(format!("{boxed}/groups")).header(auth.0, auth.1).header("Content-Type", "text/plain").body("x"),
            &[415],
        ),
    ];
    let mut out = Vec::new();
    for (name, request, expected) in checks {
        let result = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                if expected.contains(&status) {
                    Ok(status)
                } else {
                    let body = response.text().await.unwrap_or_default();
                    Err(format!(
                        "HTTP {status}, expected one of {expected:?}: {}",
                        body.chars().take(300).collect::<String>()
                    ))
                }
            }
            Err(e) => Err(e.to_string()),
        };
        out.push((name, result));
    }
    out
}
