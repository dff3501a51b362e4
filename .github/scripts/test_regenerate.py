"""Tests of regenerate.py's own logic (versions, the manifest edit, the semver verdict, the pull
request body, fetch): `python3 -m unittest discover -s .github/scripts`. The generator and
cargo-semver-checks are not run here; the workflow runs them."""

import contextlib
import io
import tempfile
import tomllib
import unittest
from pathlib import Path

import regenerate
from regenerate import CrateChange, Failure, Semver

MANIFEST = """\
# A comment that must stay.
[[target]]
spec = "specs/a.yaml"
naming = "tagged"
crate = "a"
out = "generated/a"

[[target]]
spec = "specs/b.yaml"
naming = "box"
crate = "b"
out = "generated/b"
version = "1.4.2"
url = "https://example.com/b.yaml"

[target.overrides]
"get_b" = "version"
"""


class Versions(unittest.TestCase):
    def test_bump_follows_cargo_rules(self):
        cases = [
            ("1.4.2", "major", "2.0.0"),
            ("1.4.2", "minor", "1.5.0"),
            ("1.4.2", "patch", "1.4.3"),
            ("0.1.0", "major", "0.2.0"),
            ("0.1.3", "minor", "0.1.4"),
            ("0.1.3", "patch", "0.1.4"),
            ("0.0.3", "major", "0.0.4"),
            ("2.72.0", "minor", "2.73.0"),
        ]
        for version, level, expected in cases:
            with self.subTest(version=version, level=level):
                self.assertEqual(regenerate.bump(version, level), expected)

    def test_a_version_already_bumped_far_enough_stays(self):
        self.assertEqual(regenerate.next_version("0.1.0", "0.1.0", "major"), "0.2.0")
        self.assertEqual(regenerate.next_version("0.1.0", "0.3.0", "major"), "0.3.0")
        self.assertEqual(regenerate.next_version("1.0.0", "1.0.1", "minor"), "1.1.0")

    def test_a_bad_version_or_level_fails(self):
        with self.assertRaises(Failure):
            regenerate.bump("1.2", "patch")
        with self.assertRaises(Failure):
            regenerate.bump("1.2.3", "huge")


class ManifestEdit(unittest.TestCase):
    def test_adds_a_version_line_after_the_crate_line(self):
        text = regenerate.set_version(MANIFEST, "a", "0.2.0")
        self.assertIn('crate = "a"\nversion = "0.2.0"\nout = "generated/a"\n', text)
        self.assertTrue(text.startswith("# A comment that must stay.\n"))
        self.assertEqual(text.replace('version = "0.2.0"\n', "", 1), MANIFEST)

    def test_replaces_the_version_line_and_leaves_the_overrides(self):
        text = regenerate.set_version(MANIFEST, "b", "2.0.0")
        self.assertEqual(text, MANIFEST.replace('version = "1.4.2"', 'version = "2.0.0"'))
        parsed = tomllib.loads(text)["target"][1]
        self.assertEqual((parsed["version"], parsed["overrides"]), ("2.0.0", {"get_b": "version"}))

    def test_an_unknown_crate_fails(self):
        with self.assertRaisesRegex(Failure, "no target `c`"):
            regenerate.set_version(MANIFEST, "c", "1.0.0")


SEMVER_FAILED = """\
     Parsing cvat-seed v0.1.0 (current)
    Checking cvat-seed v0.1.0 -> v0.1.0 (assume patch change)
     Checked [   0.1s] 120 checks: 118 pass, 2 fail, 0 warn, 0 skip

--- failure inherent_method_missing: pub method removed or renamed ---
--- failure struct_missing: pub struct removed or renamed ---

     Summary semver requires new major version: 2 major and 0 minor checks failed
"""


class Verdicts(unittest.TestCase):
    def test_reads_cargo_semver_checks_output(self):
        semver = regenerate.parse_semver_output(1, SEMVER_FAILED)
        self.assertEqual((semver.level, semver.failed_checks, semver.error), ("major", ["inherent_method_missing", "struct_missing"], None))
        self.assertEqual(regenerate.parse_semver_output(0, "Summary no semver update required").level, None)
        broken = regenerate.parse_semver_output(101, "error: could not compile `cvat-seed`\n")
        self.assertEqual(broken.level, "major")
        self.assertIn("could not compile", broken.error)

    def test_level_of_a_change(self):
        added = "**X** 1 → 2\n\nOperations: 1 added.\n\n**Operations added**\n\n- `client.x().y()`\n"
        removed = added + "\n**Types removed**\n\n- `models::Z`\n"
        none = "**X** 1\n\nNo changes for users.\n"
        passed = Semver(None, [], "")
        self.assertEqual(regenerate.level_of(passed, added), "minor")
        self.assertEqual(regenerate.level_of(passed, none), "patch")
        self.assertEqual(regenerate.level_of(Semver("major", ["x"], ""), added), "major")
        self.assertEqual(regenerate.level_of(None, added), "minor")
        self.assertEqual(regenerate.level_of(None, removed), "major")
        self.assertEqual(regenerate.level_of(None, none), "patch")


class Body(unittest.TestCase):
    def test_lists_each_crate_with_its_verdict_and_changes(self):
        changes = [
            CrateChange("cvat-seed", "0.1.0", "0.2.0", "major", "**CVAT** 2.0 → 2.1\n\nOperations: 1 removed.\n", regenerate.parse_semver_output(1, SEMVER_FAILED)),
            CrateChange("fresh", None, "0.1.0", None, "A new crate: no earlier version to compare with.", None),
        ]
        body = regenerate.pull_request_body("0123456789abcdef", changes)
        self.assertIn("since `0123456789ab`", body)
        self.assertIn("| `cvat-seed` | 0.1.0 → 0.2.0 | major | major (2 checks failed) |", body)
        self.assertIn("| `fresh` | 0.1.0 (new) | - | new crate |", body)
        self.assertIn("## `cvat-seed`\n\ncargo-semver-checks failed: `inherent_method_missing`, `struct_missing`.\n\n**CVAT** 2.0 → 2.1", body)
        self.assertIn("<details><summary>cargo-semver-checks output</summary>", body)

    def test_names_the_specs_whose_snapshots_were_rewritten(self):
        change = CrateChange("cvat-seed", "0.1.0", "0.1.1", "minor", "**CVAT** 2.0\n", None)
        body = regenerate.pull_request_body("0123456789abcdef", [change], ["specs/cvat-seed.yaml"])
        self.assertIn("The insta snapshots of `specs/cvat-seed.yaml` (`tests/snapshots/`) are rewritten", body)

    def test_a_long_body_is_cut(self):
        change = CrateChange("big", "0.1.0", "0.1.1", "minor", "- x\n" * 40_000, None)
        body = regenerate.pull_request_body("0123456789abcdef", [change])
        self.assertLess(len(body), 65_536)
        self.assertTrue(body.endswith("run `generator diff` locally for the whole list)\n"))

    def test_nothing_changed(self):
        self.assertEqual(regenerate.pull_request_body("0123456789abcdef", []), "No generated crate changed since `0123456789ab`.\n")


class Paths(unittest.TestCase):
    def test_semver_output_names_files_as_the_repository_does(self):
        output = (
            "  field X.y in /home/runner/work/sdk/repo/generated/a/src/models/x.rs:39\n"
            "  A::b, previously in file /home/runner/work/sdk/repo/target/semver-checks/git-0123abc/9f8e7d/generated/a/src/apis/a.rs:54\n"
        )
        self.assertEqual(
            regenerate.readable_paths(output, Path("/home/runner/work/sdk/repo")),
            "  field X.y in generated/a/src/models/x.rs:39\n  A::b, previously in file <base>/generated/a/src/apis/a.rs:54\n",
        )

    def test_snapshot_files_of_a_spec(self):
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            (root / "tests/snapshots").mkdir(parents=True)
            names = [
                "specs__cvat-seed__tagged__src__lib.rs@cvat-seed.yaml.snap",
                "specs__cvat-seed__box__list-operations.tsv@cvat-seed.yaml.snap",
                "specs__box-seed__box__src__lib.rs@box-seed.yaml.snap",
                "specs__features__enums__tagged__src__lib.rs@enums.yaml.snap",
            ]
            for name in names:
                (root / "tests/snapshots" / name).write_text("")
            found = [p.name for p in regenerate.snapshot_files("specs/cvat-seed.yaml", root)]
            self.assertEqual(found, sorted(names[:2]))
            self.assertEqual([p.name for p in regenerate.snapshot_files("specs/features/enums.yaml", root)], [names[3]])
            self.assertEqual(regenerate.snapshot_files("../shared/specs/cvat.json", root), [])


class Fetch(unittest.TestCase):
    def test_downloads_into_the_spec_and_reports_only_changes(self):
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            published = root / "published.yaml"
            published.write_text("openapi: 3.0.3\n")
            (root / "generator.toml").write_text(
                f'[[target]]\nspec = "specs/b.yaml"\nnaming = "box"\ncrate = "b"\nout = "generated/b"\nurl = "{published.as_uri()}"\n'
                '[[target]]\nspec = "specs/a.yaml"\nnaming = "box"\ncrate = "a"\nout = "generated/a"\n'
            )
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                self.assertEqual(regenerate.fetch(root), ["b"])
                self.assertEqual((root / "specs/b.yaml").read_text(), "openapi: 3.0.3\n")
                self.assertEqual(regenerate.fetch(root), [])
            self.assertIn("b: specs/b.yaml updated from file://", printed.getvalue())
            self.assertIn("b: specs/b.yaml is up to date", printed.getvalue())

    def test_a_spec_outside_the_repository_is_refused(self):
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch) / "repo"
            root.mkdir()
            (root / "generator.toml").write_text(
                '[[target]]\nspec = "../shared/x.json"\nnaming = "box"\ncrate = "x"\nout = "generated/x"\nurl = "https://example.com/x.json"\n'
            )
            with self.assertRaisesRegex(Failure, "must be in the repository"):
                regenerate.fetch(root)


if __name__ == "__main__":
    unittest.main()
