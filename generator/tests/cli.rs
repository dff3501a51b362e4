//! The command line as a user runs it: exit codes, messages, and what it writes (or does not).

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::{Scratch, root};

fn run(args: &[&str], cwd: &Path, ci: bool) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_generator"));
    command.args(args).current_dir(cwd).env_remove("CI");
    if ci {
        command.env("CI", "true");
    }
    command.output().expect("the generator runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The whole `--help` text is pinned: a flag, its wording or its default changing is a reviewed
/// snapshot change (`generator/tests/snapshots/`).
#[test]
fn help_documents_one_off_use() {
    let out = run(&["--help"], &root(), false);
    assert!(out.status.success());
    insta::assert_snapshot!("help", text(&out.stdout));
}

#[test]
fn list_operations_prints_the_naming_table() {
    let out = run(&["--spec", "specs/box-seed.yaml", "--naming", "box", "--list-operations"], &root(), false);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "http_method\tpath\toperation_id\tgroup\tmethod");
    assert_eq!(lines.len(), 7);
    assert!(lines.contains(&"POST\t/group_memberships\tpost_group_memberships\tmemberships\tcreate_group_membership"));
    assert!(
        lines.contains(
            &"GET\t/users/{user_id}/memberships\tget_users_id_memberships\tmemberships\tget_user_memberships"
        )
    );
}

#[test]
fn only_filters_the_listed_operations_and_names_an_entry_that_selects_nothing() {
    let list = |only: &[&str]| {
        let mut args = vec!["--spec", "specs/cvat-seed.yaml", "--naming", "tagged", "--list-operations"];
        for entry in only {
            args.extend(["--only", entry]);
        }
        run(&args, &root(), false)
    };
    let out = list(&["group:invitations", "op:users_retrieve_self", "path:/api/memberships/{id}"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let methods: Vec<String> =
        text(&out.stdout).lines().skip(1).map(|line| line.split('\t').skip(2).collect::<Vec<_>>().join(" ")).collect();
    assert_eq!(
        methods,
        [
            "memberships_retrieve memberships retrieve",
            "memberships_destroy memberships destroy",
            "memberships_partial_update memberships partial_update",
            "users_retrieve_self users retrieve_self",
            "invitations_list invitations list",
            "invitations_create invitations create",
            "invitations_retrieve invitations retrieve",
            "invitations_destroy invitations destroy",
            "invitations_partial_update invitations partial_update",
        ]
    );

    // An entry that selects nothing is an error that names it, with the spec; nothing is listed.
    let out = list(&["group:users", "group:userz", "path:/api/user"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr
            .contains("cvat-seed.yaml: #/paths: the operation filter `group:userz` selects no operation of this spec"),
        "{stderr}"
    );
    assert!(stderr.contains("the operation filter `path:/api/user` selects no operation"), "{stderr}");
    assert!(!stderr.contains("`group:users`"), "{stderr}");
    assert!(out.stdout.is_empty());

    // An entry of no known form is a usage error (exit 2) that shows the forms.
    let out = list(&["users"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("expected `group:NAME`"), "{}", text(&out.stderr));
}

#[test]
fn the_summary_counts_what_the_crate_holds_in_words() {
    let scratch = Scratch::new("cli", "summary");
    let out = scratch.0.join("one");
    let args = ["--spec", "specs/box-seed.yaml", "--naming", "box", "--only", "op:delete_group_memberships_id"];
    let run = run(&[&args[..], &["--out", out.to_str().expect("a UTF-8 path")]].concat(), &root(), false);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    assert!(stdout.contains("(1 operation, "), "{stdout}");
    assert!(stdout.ends_with(" types)\n"), "{stdout}");
}

#[test]
fn a_bad_spec_exits_1_names_file_and_pointer_and_writes_nothing() {
    let scratch = Scratch::new("cli", "bad");
    let out_dir = scratch.0.join("crate");
    let spec = root().join("specs/invalid/dangling-ref.yaml");
    let out = run(&["--spec", &spec.display().to_string(), "--out", &out_dir.display().to_string()], &root(), false);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr
            .contains("dangling-ref.yaml: #/paths/~1users/get/responses/200/content/application~1json/schema: `$ref`"),
        "{stderr}"
    );
    assert!(!out_dir.exists(), "nothing may be written for a bad spec");

    // An existing crate stays as it was.
    std::fs::create_dir_all(&out_dir).expect("a folder");
    std::fs::write(out_dir.join("keep.txt"), "old").expect("a file");
    let out = run(&["--spec", &spec.display().to_string(), "--out", &out_dir.display().to_string()], &root(), false);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(out_dir.join("keep.txt")).ok().as_deref(), Some("old"));
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let scratch = Scratch::new("cli", "twice");
    let out_dir = scratch.0.join("crate");
    let args = ["--spec", "specs/cvat-seed.yaml", "--naming", "tagged", "--crate-name", "cvat-seed", "--out"];
    let mut first_args: Vec<&str> = args.to_vec();
    let out_arg = out_dir.display().to_string();
    first_args.push(&out_arg);
    let first = run(&first_args, &root(), false);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).contains("wrote"));
    let before = generator::write::read_tree(&out_dir).expect("readable");
    let second = run(&first_args, &root(), false);
    assert!(second.status.success());
    assert!(text(&second.stdout).contains("unchanged"), "{}", text(&second.stdout));
    assert_eq!(generator::write::read_tree(&out_dir).expect("readable"), before);
    assert!(before.contains_key(Path::new("src/apis/users.rs")));
}

fn manifest_with_missing_spec(scratch: &Scratch) {
    let manifest = "[[target]]\nspec = \"absent/spec.json\"\nnaming = \"box\"\ncrate = \"absent\"\nout = \"out\"\noptional = true\n";
    std::fs::write(scratch.0.join("generator.toml"), manifest).expect("a manifest");
}

#[test]
fn a_missing_optional_spec_is_skipped_with_one_line() {
    let scratch = Scratch::new("cli", "skip");
    manifest_with_missing_spec(&scratch);
    let out = run(&[], &scratch.0, false);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("skipping absent: "), "{stderr}");
    assert!(!scratch.0.join("out").exists());
}

#[test]
fn under_ci_a_missing_spec_fails() {
    let scratch = Scratch::new("cli", "ci");
    manifest_with_missing_spec(&scratch);
    let out = run(&[], &scratch.0, true);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("CI=true requires it"), "{}", text(&out.stderr));
}

#[test]
fn check_reports_drift_and_exits_1() {
    let scratch = Scratch::new("cli", "check");
    let spec = root().join("specs/box-seed.yaml");
    let manifest = format!(
        "[[target]]\nspec = \"{}\"\nnaming = \"box\"\ncrate = \"box-seed\"\nout = \"out\"\n",
        spec.display().to_string().replace('\\', "/")
    );
    std::fs::write(scratch.0.join("generator.toml"), manifest).expect("a manifest");
    assert!(run(&[], &scratch.0, false).status.success());
    let clean = run(&["--check"], &scratch.0, false);
    assert!(clean.status.success(), "{}", text(&clean.stdout));
    std::fs::write(scratch.0.join("out/src/lib.rs"), "// edited by hand\n").expect("an edit");
    let drift = run(&["--check"], &scratch.0, false);
    assert_eq!(drift.status.code(), Some(1));
    assert!(text(&drift.stdout).contains("run `cargo run -p generator`"), "{}", text(&drift.stdout));
}

/// `generator diff --help`, pinned like the main help: the two forms and every flag.
#[test]
fn diff_help_documents_both_forms() {
    let out = run(&["diff", "--help"], &root(), false);
    assert!(out.status.success());
    insta::assert_snapshot!("diff_help", text(&out.stdout));
}

#[test]
fn diff_of_two_specs_prints_the_report() {
    let args = ["diff", "specs/cvat-seed.yaml", "specs/versions/cvat-seed-next.yaml"];
    let out = run(&args, &root(), false);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let markdown = text(&out.stdout);
    assert!(markdown.starts_with("**CVAT REST API** 2.0 → 2.1 (OpenAPI 3.0, naming style `tagged`)\n"), "{markdown}");
    assert!(markdown.contains("- `client.invitations_api().accept(key)`: `POST /api/invitations/{key}/accept`"));
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));

    // The same in another style and format, with an override that renames the new operation.
    let mut args = args.to_vec();
    args.extend(["--naming", "legacy", "--override", "invitations_accept=accept_invitation", "--format", "text"]);
    let out = run(&args, &root(), false);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let plain = text(&out.stdout);
    assert!(
        plain.contains("\n  client.invitations_api().accept_invitation(key): POST /api/invitations/{key}/accept"),
        "{plain}"
    );
    assert!(!plain.contains('`'), "{plain}");
}

#[test]
fn diff_of_a_manifest_target_uses_its_style_and_overrides() {
    let scratch = Scratch::new("cli", "diff-target");
    let spec = root().join("specs/versions/cvat-seed-next.yaml");
    let manifest = format!(
        "[[target]]\nspec = \"{}\"\nnaming = \"legacy\"\ncrate = \"cvat-next\"\nout = \"out\"\n\
         [target.overrides]\ninvitations_accept = \"accept_invitation\"\n",
        spec.display().to_string().replace('\\', "/")
    );
    std::fs::write(scratch.0.join("generator.toml"), manifest).expect("a manifest");
    let old = root().join("specs/cvat-seed.yaml").display().to_string();
    let out = run(&["diff", "--target", "cvat-next", "--against", &old], &scratch.0, false);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let markdown = text(&out.stdout);
    assert!(markdown.contains("naming style `legacy`"), "{markdown}");
    assert!(markdown.contains("`client.invitations_api().accept_invitation(key)`"), "{markdown}");
    assert!(!scratch.0.join("out").exists(), "diff writes nothing");

    let out = run(&["diff", "--target", "nope", "--against", &old], &scratch.0, false);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("generator.toml: no target `nope`"), "{}", text(&out.stderr));
}

/// A spec that does not load stops the diff with exactly the generator's message and exit code.
#[test]
fn diff_of_a_bad_spec_exits_1_with_the_generators_message() {
    let generate = run(&["--spec", "specs/invalid/dangling-ref.yaml", "--list-operations"], &root(), false);
    assert_eq!(generate.status.code(), Some(1));
    assert!(text(&generate.stderr).contains("dangling-ref.yaml: #/components/schemas/User/properties/team: `$ref`"));
    for args in [
        ["diff", "specs/invalid/dangling-ref.yaml", "specs/cvat-seed.yaml"],
        ["diff", "specs/cvat-seed.yaml", "specs/invalid/dangling-ref.yaml"],
    ] {
        let out = run(&args, &root(), false);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(text(&out.stderr), text(&generate.stderr));
        assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    }
}

#[test]
fn diff_needs_two_specs_or_a_target() {
    for args in
        [&["diff", "specs/cvat-seed.yaml"][..], &["diff", "--target", "cvat-seed"], &["diff", "--against", "x.yaml"]]
    {
        let out = run(args, &root(), false);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
    }
}
