//! Conformance against a real peer: every operation of the full CVAT (190) and Box (296) crates
//! (and of the seed and feature crates of this repository), called through the generated clients
//! against Prism, which validates each request against the
//! spec and answers with schema-valid examples. A call passes when Prism accepts the request and
//! the answer decodes into the generated type. Prints `cvat: N passed, M failed` and
//! `box: N passed, M failed`, then every failing call with Prism's violation text; fails on a
//! failure that `allow-list.toml` does not list and on an allow-list entry that passes.
//!
//! Then the negative checks: requests built wrong on purpose (a required parameter missing, a
//! wrong content type, a wrong parameter type, no credentials) must be rejected, so that the
//! checks above are known to bite.
//!
//! Without `../shared/specs` the real specs are skipped (one line), without Node the whole suite; under `CI=true`
//! that is a failure. `PEER_PRISM_ARGS` passes extra flags to `prism mock` for exploration (`-d
//! --seed 7`: random bodies from the schemas instead of the spec's examples); the allow-list is
//! made for the default, example-based answers.

use std::collections::BTreeMap;
use std::future::Future;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use peer_tests::{Outcome, Prism, Report};

/// `mod <lib>_calls`: the calls `build.rs` generated for one crate.
macro_rules! calls {
    ($( $module:ident => $file:literal ),* $(,)?) => {
        $( mod $module {
            include!(concat!(env!("OUT_DIR"), "/", $file));
        } )*
    };
}

calls! {
    cvat_calls => "cvat_calls.rs",
    box_sdk_calls => "box_sdk_calls.rs",
    cvat_seed_calls => "cvat_seed_calls.rs",
    cvat_seed_legacy_calls => "cvat_seed_legacy_calls.rs",
    box_seed_calls => "box_seed_calls.rs",
    feature_all_of_calls => "feature_all_of_calls.rs",
    feature_auth_calls => "feature_auth_calls.rs",
    feature_enums_calls => "feature_enums_calls.rs",
    feature_external_refs_calls => "feature_external_refs_calls.rs",
    feature_names_calls => "feature_names_calls.rs",
    feature_nullable_calls => "feature_nullable_calls.rs",
    feature_openapi31_calls => "feature_openapi31_calls.rs",
    feature_parameters_calls => "feature_parameters_calls.rs",
    feature_recursion_calls => "feature_recursion_calls.rs",
    feature_responses_calls => "feature_responses_calls.rs",
    feature_swagger2_calls => "feature_swagger2_calls.rs",
    feature_unions_calls => "feature_unions_calls.rs",
}

/// Calls in flight per spec.
const IN_FLIGHT: usize = 8;
/// The client's timeout per call (Prism never answers a malformed JSON body).
const CALL_TIMEOUT: Duration = Duration::from_secs(20);
/// Prism processes of the small specs (seeds, features) running at once.
const SMALL_SPECS_AT_ONCE: usize = 4;

/// Unbuffered, uncaptured output: the suite's report.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// The allow-list, by spec label.
type Allowed = Arc<BTreeMap<String, BTreeMap<String, String>>>;

/// One crate driven against its own Prism: the report, and Prism itself (kept for the negative
/// checks, stopped when dropped).
type Driven = Result<(Report, Prism), String>;

/// Starts Prism for the spec, builds the crate's client with the given credentials, runs every
/// call and reports under `label`.
macro_rules! drive {
    ($krate:ident, $calls:ident, $label:expr, $spec:expr, $exe:expr, $allowed:expr, [$( $auth:ident($($arg:expr),*) ),*]) => {{
        let (exe, allowed): (PathBuf, Allowed) = ($exe.clone(), Arc::clone(&$allowed));
        async move {
            let spec: &'static str = $spec;
            let prism = tokio::task::spawn_blocking(move || Prism::start(&exe, Path::new(spec)))
                .await
                .map_err(|e| e.to_string())??;
            let t0 = Instant::now();
            let client = $krate::Client::builder(&prism.url)
                $( .auth($krate::Auth::$auth($($arg),*)) )*
                .timeout(CALL_TIMEOUT)
                .build()
                .map_err(|e| e.to_string())?;
            let results = peer_tests::run($calls::calls(&client, CALL_TIMEOUT), IN_FLIGHT, CALL_TIMEOUT * 2).await;
            let empty = BTreeMap::new();
            let allowed = allowed.get($label).unwrap_or(&empty);
            let report =
                peer_tests::report($label, $calls::OPERATIONS, &results, allowed, t0.elapsed());
            Ok::<_, String>((report, prism))
        }
    }};
}

fn main() -> ExitCode {
    let started = Instant::now();
    let cvat_spec = env!("PEER_SPEC_CVAT");
    let box_spec = env!("PEER_SPEC_BOX_SDK");
    let real_specs = !cvat_spec.is_empty() && !box_spec.is_empty();
    if !real_specs && peer_tests::is_ci() {
        say("peer: FAILED: ../shared/specs/{cvat,box}.json are missing, and CI=true needs them\n");
        return ExitCode::FAILURE;
    }
    let exe = match Prism::executable() {
        Ok(exe) => exe,
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
    let allowed: Allowed = match peer_tests::allow_list(&allow_path) {
        Ok(allowed) => Arc::new(allowed),
        Err(e) => {
            say(&format!("peer: FAILED: {e}\n"));
            return ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let mut problems = Vec::new();
    let mut reports = Vec::new();
    let mut negatives = Vec::new();

    if real_specs {
        let cvat = drive!(
            cvat,
            cvat_calls,
            "cvat",
            cvat_spec,
            exe,
            allowed,
            [bearer("peer-token"), basic("peer", "peer-password")]
        );
        let boxed = drive!(box_sdk, box_sdk_calls, "box", box_spec, exe, allowed, [bearer("peer-token")]);
        let (cvat, boxed) = runtime.block_on(async { tokio::join!(cvat, boxed) });
        match (cvat, boxed) {
            (Ok((cvat_report, cvat)), Ok((box_report, boxed))) => {
                negatives = runtime.block_on(negative_checks(&cvat.url, &boxed.url));
                reports.push(cvat_report);
                reports.push(box_report);
            }
            (Err(e), _) | (_, Err(e)) => problems.push(e),
        }
    } else {
        say(
            "peer: cvat and box skipped: ../shared/specs/{cvat,box}.json not found (the seeds and features still run)\n",
        );
    }

    // The specs of this repository: seeds and features, a few Prism processes at a time.
    let permits = Arc::new(tokio::sync::Semaphore::new(SMALL_SPECS_AT_ONCE));
    let small: Vec<Pin<Box<dyn Future<Output = Driven> + Send>>> = vec![
        Box::pin(drive!(
            cvat_seed,
            cvat_seed_calls,
            "cvat-seed",
            env!("PEER_SPEC_CVAT_SEED"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p")]
        )),
        Box::pin(drive!(
            cvat_seed_legacy,
            cvat_seed_legacy_calls,
            "cvat-seed-legacy",
            env!("PEER_SPEC_CVAT_SEED_LEGACY"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p")]
        )),
        Box::pin(drive!(box_seed, box_seed_calls, "box-seed", env!("PEER_SPEC_BOX_SEED"), exe, allowed, [bearer("t")])),
        Box::pin(drive!(
            feature_all_of,
            feature_all_of_calls,
            "feature-all-of",
            env!("PEER_SPEC_FEATURE_ALL_OF"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_auth,
            feature_auth_calls,
            "feature-auth",
            env!("PEER_SPEC_FEATURE_AUTH"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_enums,
            feature_enums_calls,
            "feature-enums",
            env!("PEER_SPEC_FEATURE_ENUMS"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_external_refs,
            feature_external_refs_calls,
            "feature-external-refs",
            env!("PEER_SPEC_FEATURE_EXTERNAL_REFS"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_names,
            feature_names_calls,
            "feature-names",
            env!("PEER_SPEC_FEATURE_NAMES"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_nullable,
            feature_nullable_calls,
            "feature-nullable",
            env!("PEER_SPEC_FEATURE_NULLABLE"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_openapi31,
            feature_openapi31_calls,
            "feature-openapi31",
            env!("PEER_SPEC_FEATURE_OPENAPI31"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_parameters,
            feature_parameters_calls,
            "feature-parameters",
            env!("PEER_SPEC_FEATURE_PARAMETERS"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_recursion,
            feature_recursion_calls,
            "feature-recursion",
            env!("PEER_SPEC_FEATURE_RECURSION"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_responses,
            feature_responses_calls,
            "feature-responses",
            env!("PEER_SPEC_FEATURE_RESPONSES"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_swagger2,
            feature_swagger2_calls,
            "feature-swagger2",
            env!("PEER_SPEC_FEATURE_SWAGGER2"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
        Box::pin(drive!(
            feature_unions,
            feature_unions_calls,
            "feature-unions",
            env!("PEER_SPEC_FEATURE_UNIONS"),
            exe,
            allowed,
            [bearer("t"), basic("u", "p"), token("k")]
        )),
    ];
    let small_results = runtime.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for (index, future) in small.into_iter().enumerate() {
            let permits = Arc::clone(&permits);
            tasks.spawn(async move {
                let _permit = permits.acquire_owned().await;
                // Prism stops here, before the permit goes to the next spec.
                (index, future.await.map(|(report, _prism)| report))
            });
        }
        let mut results = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            results.push(joined.map_err(|e| e.to_string()));
        }
        results
    });
    let mut small_reports: Vec<(usize, Report)> = Vec::new();
    for result in small_results {
        match result {
            Ok((index, Ok(report))) => small_reports.push((index, report)),
            Ok((_, Err(e))) | Err(e) => problems.push(e),
        }
    }
    small_reports.sort_by_key(|(index, _)| *index);
    reports.extend(small_reports.into_iter().map(|(_, report)| report));

    for report in &reports {
        let summary = report.text.lines().next().unwrap_or_default();
        say(&format!("{summary}\n"));
    }
    for report in &reports {
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
