//! `generator::diff` on real pairs of specs: the CVAT seed against its next version (the report
//! pinned as a snapshot, `generator/tests/snapshots/`), and one API written in Swagger 2.0,
//! OpenAPI 3.0 and 3.1, which must compare equal.

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;

use generator::Naming;

mod common;

use common::root;

/// The CVAT seed spec against its next version. (The report's text names no file, so it does not
/// depend on where the repository is checked out.)
fn cvat_seed_report(naming: Naming) -> generator::diff::Report {
    let specs = root().join("specs");
    generator::diff(
        &specs.join("cvat-seed.yaml"),
        &specs.join("versions/cvat-seed-next.yaml"),
        naming,
        &BTreeMap::new(),
    )
    .expect("both seed specs load")
}

#[test]
fn cvat_seed_next_version_report() {
    let report = cvat_seed_report(Naming::Tagged);
    insta::assert_snapshot!("cvat_seed_next_markdown", report.to_markdown());
}

/// What the next version changes, one assertion per kind of change the spec was written to make.
#[test]
fn cvat_seed_next_version_in_the_legacy_style() {
    let report = cvat_seed_report(Naming::Legacy);
    let calls = |ops: &[generator::diff::OperationSummary]| ops.iter().map(|op| op.call.clone()).collect::<Vec<_>>();
    assert_eq!(calls(&report.operations_added), ["client.invitations_api().invitations_accept(key)"]);
    assert_eq!(calls(&report.operations_removed), ["client.users_api().users_partial_update(id)"]);
    assert_eq!(report.operations_changed.len(), 1);
    assert_eq!(report.operations_changed[0].operation.operation_id, "memberships_list");
    let names = |types: &[generator::diff::TypeSummary]| types.iter().map(|t| t.path.clone()).collect::<Vec<_>>();
    assert_eq!(names(&report.types_added), ["models::AcceptInvitationRead"]);
    assert_eq!(names(&report.types_removed), ["models::PatchedUserRequest"]);
    let text = report.to_text();
    assert!(text.contains("      field retyped: owner: Option<BasicUser>, was owner: Option<i64>\n"), "{text}");
    assert!(text.contains("      field added: sent_date: Option<DateTime<Utc>> (optional; read-only)\n"), "{text}");
    assert_eq!((report.old.version.as_str(), report.new.version.as_str()), ("2.0", "2.1"));
}

/// The diff compares IRs, not documents: the pets API in Swagger 2.0 and OpenAPI 3.1 has no
/// change for users against its OpenAPI 3.0 spelling, in every naming style.
#[test]
fn one_api_in_three_spec_versions_has_no_changes() {
    let versions = root().join("specs/versions");
    for naming in [Naming::Tagged, Naming::Legacy, Naming::Box] {
        for other in ["pets-2.0.yaml", "pets-3.1.yaml"] {
            let report =
                generator::diff(&versions.join("pets-3.0.yaml"), &versions.join(other), naming, &BTreeMap::new())
                    .expect("the pets specs load");
            assert!(report.is_empty(), "{other} in {naming}:\n{}", report.to_text());
            assert_ne!(report.old.format, report.new.format);
        }
    }
}

#[test]
fn a_spec_that_does_not_load_is_the_generators_error() {
    let bad = root().join("specs/invalid/dangling-ref.yaml");
    let good = root().join("specs/cvat-seed.yaml");
    let options = generator::Options::new(Naming::Tagged, "x");
    let expected = generator::generate(&bad, &options).expect_err("a bad spec").to_string();
    for (old, new) in [(&bad, &good), (&good, &bad)] {
        let error = generator::diff(old, new, Naming::Tagged, &BTreeMap::new()).expect_err("a bad spec");
        assert_eq!(error.to_string(), expected);
    }
}
