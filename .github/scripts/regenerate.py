#!/usr/bin/env python3
"""Regenerates the SDK crates after their specs changed, bumps their versions and writes the body
of the pull request that the regenerate workflow (.github/workflows/regenerate.yml) opens.

  regenerate.py fetch
      Downloads the spec of every manifest target that has a `url` into its `spec` file (which must
      be in this repository). Only the workflow runs this; the generator never needs the network.
  regenerate.py run --base REV --body FILE [--no-semver-checks]
      Regenerates generated/ (`cargo run -p generator`), and for every crate that now differs from
      REV: the change list (`generator diff --target CRATE --against <its spec at REV>`), the verdict
      of `cargo semver-checks` against the crate at REV, and the version bump that verdict asks for
      (written to generator.toml, then the crate regenerated). Refreshes the insta snapshots of the
      changed specs (tests/snapshots), writes the pull request body to FILE and prints a summary;
      exits non-zero when a spec does not load (the generator's message).
  regenerate.py bump CRATE major|minor|patch
      Bumps one target's version in generator.toml by Cargo's rules (see `bump`).

Standard library only (Python 3.11+ for tomllib). Works on the repository that holds this script,
from any folder. Its tests are test_regenerate.py beside it (run by .ci/run).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = "generator.toml"
DEFAULT_VERSION = "0.1.0"
LEVELS = ("patch", "minor", "major")
# GitHub refuses a pull request body longer than 65,536 characters.
BODY_LIMIT = 60_000
NO_CHANGES = "No changes for users."


class Failure(Exception):
    """A step that cannot go on; main prints it and exits 1."""


def git(*args: str, root: Path = ROOT, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


def targets(manifest_text: str) -> list[dict]:
    """The `[[target]]` tables of a manifest, in order."""
    return tomllib.loads(manifest_text).get("target", [])


def version_of(target: dict | None) -> str:
    return (target or {}).get("version", DEFAULT_VERSION)


# Versions.


def parse_version(version: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)(?:[-+].*)?", version)
    if not match:
        raise Failure(f"version `{version}` is not MAJOR.MINOR.PATCH")
    return int(match[1]), int(match[2]), int(match[3])


def bump(version: str, level: str) -> str:
    """The next version after `version` for a change of `level`, by Cargo's rules: the leftmost
    non-zero number is the one that breaks, so in 0.y.z a breaking change bumps y and an addition
    bumps z, and in 0.0.z every change bumps z."""
    major, minor, patch = parse_version(version)
    if level == "major":
        if major > 0:
            return f"{major + 1}.0.0"
        if minor > 0:
            return f"0.{minor + 1}.0"
        return f"0.0.{patch + 1}"
    if level == "minor":
        if major > 0:
            return f"{major}.{minor + 1}.0"
        return f"0.{minor}.{patch + 1}"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise Failure(f"level `{level}` is not one of {', '.join(LEVELS)}")


def next_version(base_version: str, current_version: str, level: str) -> str:
    """The version to release: `level` past the base, unless the manifest already says more."""
    wanted = bump(base_version, level)
    return current_version if parse_version(current_version) >= parse_version(wanted) else wanted


def set_version(manifest_text: str, crate: str, version: str) -> str:
    """The manifest with `version = "<version>"` in the target of `crate`: the line replaced if
    the target has one, else added after its `crate` line. Comments and layout stay; the result
    is checked by parsing it."""
    lines = manifest_text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.strip() == "[[target]]"] + [len(lines)]
    for start, end in zip(starts, starts[1:]):
        # The target's own keys end at its first sub-table (`[target.overrides]`) or the next target.
        keys_end = next((i for i in range(start + 1, end) if lines[i].lstrip().startswith("[")), end)
        own = range(start + 1, keys_end)
        crate_line = next((i for i in own if re.fullmatch(r'\s*crate\s*=\s*"([^"]*)"\s*', lines[i].rstrip("\n"))), None)
        if crate_line is None or tomllib.loads(lines[crate_line])["crate"] != crate:
            continue
        new_line = f'version = "{version}"\n'
        version_line = next((i for i in own if re.match(r"\s*version\s*=", lines[i])), None)
        if version_line is None:
            lines.insert(crate_line + 1, new_line)
        else:
            lines[version_line] = new_line
        text = "".join(lines)
        changed = next(t for t in targets(text) if t["crate"] == crate)
        if changed.get("version") != version:
            raise Failure(f"{MANIFEST}: could not set the version of `{crate}`")
        return text
    raise Failure(f"{MANIFEST}: no target `{crate}`")


# fetch


def fetch(root: Path = ROOT) -> list[str]:
    """Downloads each target's `url` into its `spec`; returns the crates whose spec changed."""
    changed = []
    for target in targets((root / MANIFEST).read_text()):
        url = target.get("url")
        if not url:
            continue
        spec = (root / target["spec"]).resolve()
        if not spec.is_relative_to(root.resolve()):
            raise Failure(f"{MANIFEST}: target `{target['crate']}` has a url, so its spec must be in the repository, not {target['spec']}")
        request = urllib.request.Request(url, headers={"User-Agent": "sdk-generator-regenerate"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                content = response.read()
        except OSError as e:
            raise Failure(f"{target['crate']}: cannot download {url}: {e}") from e
        if spec.exists() and spec.read_bytes() == content:
            print(f"{target['crate']}: {target['spec']} is up to date with {url}")
            continue
        spec.parent.mkdir(parents=True, exist_ok=True)
        spec.write_bytes(content)
        print(f"{target['crate']}: {target['spec']} updated from {url}")
        changed.append(target["crate"])
    return changed


# run


@dataclasses.dataclass
class Semver:
    """The verdict of cargo-semver-checks on one crate."""

    level: str | None  # "major", "minor", or None when no check failed
    failed_checks: list[str]
    output: str
    error: str | None = None  # set when the tool could not judge (a build failure)


@dataclasses.dataclass
class CrateChange:
    crate: str
    old_version: str | None  # None for a crate that is new since the base
    new_version: str
    level: str | None
    report: str
    semver: Semver | None


def parse_semver_output(returncode: int, output: str) -> Semver:
    """Reads cargo-semver-checks' output: `--- failure NAME: ...` per failed check and the line
    `Summary semver requires new major version: ...`."""
    failed = re.findall(r"^--- failure ([a-z0-9_]+):", output, flags=re.MULTILINE)
    required = re.search(r"semver requires new (major|minor) version", output)
    if returncode == 0:
        return Semver(None, failed, output)
    if required:
        return Semver(required[1], failed, output)
    lines = [line for line in output.splitlines() if line.strip()]
    return Semver("major", failed, output, error="\n".join(lines[-15:]) or f"exit code {returncode}")


def semver_check(crate: str, base: str, root: Path = ROOT) -> Semver:
    # `--release-type patch` makes every failed check show: the tool then says which bump the
    # changes need, whatever the manifest's version already is.
    command = ["cargo", "semver-checks", "check-release", "--package", crate, "--baseline-rev", base, "--release-type", "patch"]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True)
    # Its progress and summary (stderr) first, then the failed checks (stdout).
    return parse_semver_output(result.returncode, readable_paths(result.stderr + result.stdout, root))


def readable_paths(output: str, root: Path) -> str:
    """Paths in cargo-semver-checks' output as the repository names them: the checkout without its
    folder, the baseline's copy (under the target folder) as `<base>/`."""
    output = re.sub(r"\S*/semver-checks/git-[0-9a-f]+/[0-9a-f]+/", "<base>/", output)
    return output.replace(f"{root}/", "")


def level_of(semver: Semver | None, report: str) -> str:
    """The bump a change needs: what cargo-semver-checks requires; else minor when users see a
    change (an addition is new functionality), else patch. Without cargo-semver-checks, a change
    that is not only additions counts as breaking."""
    has_changes = not report.rstrip().endswith(NO_CHANGES)
    if semver is None:
        if not has_changes:
            return "patch"
        breaking = any(f"**{label}**" in report for label in ("Operations removed", "Operations changed", "Types removed", "Types changed"))
        return "major" if breaking else "minor"
    if semver.level:
        return semver.level
    return "minor" if has_changes else "patch"


def crate_differs(out: str, base: str, root: Path = ROOT) -> bool:
    tracked = git("diff", "--quiet", base, "--", out, root=root, check=False).returncode != 0
    untracked = git("ls-files", "--others", "--exclude-standard", "--", out, root=root).stdout.strip()
    return tracked or bool(untracked)


def extract(base: str, into: Path, root: Path = ROOT) -> None:
    """The repository at `base`, without generated/, into `into` (the old specs with every file
    their `$ref`s reach)."""
    archive = into / "base.tar"
    with archive.open("wb") as f:
        subprocess.run(["git", "archive", "--format=tar", base, "--", ".", ":(exclude)generated"], cwd=root, stdout=f, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "tree", filter="data")
    archive.unlink()


def generator(*args: str, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["cargo", "run", "--quiet", "-p", "generator", "--", *args], cwd=root, capture_output=True, text=True)


def regenerate(*args: str, root: Path = ROOT) -> None:
    result = generator(*args, root=root)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise Failure("the generator failed (above); fix the spec or the manifest")


def snapshot_files(spec: str, root: Path = ROOT) -> list[Path]:
    """The insta snapshots of a spec's crates and naming tables (tests/tests/snapshots.rs names
    them `<spec path without extension, / as __>__<style>__<file>@<spec file name>.snap`)."""
    stem = Path(spec).with_suffix("").as_posix().replace("/", "__")
    return sorted((root / "tests/snapshots").glob(f"{stem}__*@{Path(spec).name}.snap"))


def refresh_snapshots(specs: set[str], root: Path = ROOT) -> list[str]:
    """Rewrites the snapshots of these specs (the old ones removed first, so that a file the
    generator no longer makes loses its snapshot); returns the specs that have snapshots."""
    snapshotted = sorted(spec for spec in specs if snapshot_files(spec, root))
    if not snapshotted:
        return []
    for spec in snapshotted:
        for snapshot in snapshot_files(spec, root):
            snapshot.unlink()
    command = ["cargo", "test", "--quiet", "-p", "tests", "--test", "snapshots"]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, env={**os.environ, "INSTA_UPDATE": "always"})
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise Failure("refreshing the snapshots failed (above)")
    return snapshotted


def run(base: str, body_path: Path, semver_checks: bool, root: Path = ROOT) -> list[CrateChange]:
    base = git("rev-parse", "--verify", f"{base}^{{commit}}", root=root).stdout.strip()
    regenerate(root=root)
    base_manifest = git("show", f"{base}:{MANIFEST}", root=root, check=False)
    base_targets = {t["crate"]: t for t in targets(base_manifest.stdout)} if base_manifest.returncode == 0 else {}
    changes = []
    with tempfile.TemporaryDirectory(prefix="regenerate-") as scratch:
        extract(base, Path(scratch), root=root)
        old_root = Path(scratch) / "tree"
        for target in targets((root / MANIFEST).read_text()):
            crate, out = target["crate"], target["out"]
            if not crate_differs(out, base, root=root):
                continue
            old_target = base_targets.get(crate)
            current = version_of(target)
            if old_target is None:
                changes.append(CrateChange(crate, None, current, None, "A new crate: no earlier version to compare with.", None))
                continue
            old_spec = old_root / old_target["spec"]
            if not old_spec.exists():
                report = f"The spec at the base, `{old_target['spec']}`, is not in the repository: no change list."
            else:
                result = generator("diff", "--target", crate, "--against", str(old_spec), root=root)
                report = result.stdout if result.returncode == 0 else (
                    f"The spec at the base does not load, so there is no change list:\n\n```text\n{result.stderr.strip()}\n```\n"
                )
            semver = semver_check(crate, base, root=root) if semver_checks else None
            level = level_of(semver, report)
            new_version = next_version(version_of(old_target), current, level)
            if new_version != current:
                manifest = root / MANIFEST
                manifest.write_text(set_version(manifest.read_text(), crate, new_version))
                regenerate("--target", crate, root=root)
            changes.append(CrateChange(crate, version_of(old_target), new_version, level, report, semver))
    changed_specs = {t["spec"] for t in targets((root / MANIFEST).read_text()) if t["crate"] in {c.crate for c in changes}}
    snapshotted = refresh_snapshots(changed_specs, root=root)
    body_path.write_text(pull_request_body(base, changes, snapshotted))
    return changes


def semver_line(change: CrateChange) -> str:
    if change.semver is None:
        return "not run" if change.old_version else "new crate"
    if change.semver.error:
        return "could not check (counted as major)"
    if change.semver.level is None:
        return "no semver-relevant change"
    return f"{change.semver.level} ({len(change.semver.failed_checks)} checks failed)"


def pull_request_body(base: str, changes: list[CrateChange], snapshotted: list[str] = ()) -> str:
    """The pull request body: a table of the changed crates, then per crate its semver verdict
    and the change list."""
    if not changes:
        return f"No generated crate changed since `{base[:12]}`.\n"
    lines = [
        f"Regenerated from the specs that changed since `{base[:12]}`. Versions are bumped by Cargo's",
        "rules to the level that `cargo semver-checks` asks for (at least minor when users see a change).",
        "",
        "| crate | version | level | cargo-semver-checks |",
        "|---|---|---|---|",
    ]
    for change in changes:
        version = f"{change.old_version} → {change.new_version}" if change.old_version else f"{change.new_version} (new)"
        lines.append(f"| `{change.crate}` | {version} | {change.level or '-'} | {semver_line(change)} |")
    if snapshotted:
        specs = ", ".join(f"`{spec}`" for spec in snapshotted)
        lines += ["", f"The insta snapshots of {specs} (`tests/snapshots/`) are rewritten: review them with the crates."]
    sections = []
    for change in changes:
        section = [f"## `{change.crate}`", ""]
        if change.semver and change.semver.failed_checks:
            checks = ", ".join(f"`{name}`" for name in change.semver.failed_checks)
            section += [f"cargo-semver-checks failed: {checks}.", ""]
        if change.semver and change.semver.error:
            section += ["cargo-semver-checks could not judge this crate:", "", "```text", change.semver.error, "```", ""]
        section += [change.report.rstrip(), ""]
        if change.semver and change.semver.output.strip():
            output = change.semver.output.strip()
            if len(output) > 20_000:
                output = output[:20_000] + "\n… (cut)"
            section += ["<details><summary>cargo-semver-checks output</summary>", "", "```text", output, "```", "", "</details>", ""]
        sections.append("\n".join(section))
    body = "\n".join(lines) + "\n\n" + "\n".join(sections)
    if len(body) > BODY_LIMIT:
        body = body[:BODY_LIMIT] + "\n\n… (cut: run `generator diff` locally for the whole list)\n"
    return body


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("fetch", help="download the specs of targets that have a url")
    run_parser = commands.add_parser("run", help="regenerate, diff, semver-check, bump, write the body")
    run_parser.add_argument("--base", required=True, help="the commit to compare with")
    run_parser.add_argument("--body", required=True, type=Path, help="where to write the pull request body")
    run_parser.add_argument("--no-semver-checks", action="store_true", help="judge by the change list alone")
    bump_parser = commands.add_parser("bump", help="bump one target's version in generator.toml")
    bump_parser.add_argument("crate")
    bump_parser.add_argument("level", choices=LEVELS)
    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            fetch()
        elif args.command == "run":
            for change in run(args.base, args.body, semver_checks=not args.no_semver_checks):
                print(f"{change.crate}: {change.old_version or 'new'} -> {change.new_version} ({change.level or 'new crate'}; semver-checks: {semver_line(change)})")
        elif args.command == "bump":
            manifest = ROOT / MANIFEST
            text = manifest.read_text()
            current = version_of(next((t for t in targets(text) if t["crate"] == args.crate), None))
            manifest.write_text(set_version(text, args.crate, bump(current, args.level)))
            print(f"{args.crate}: {current} -> {bump(current, args.level)}")
    except Failure as e:
        print(f"regenerate.py: {e}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as e:
        said = (e.stderr or "").strip() if isinstance(e.stderr, str) else ""
        print(f"regenerate.py: `{' '.join(e.cmd)}` failed{': ' + said if said else ''}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
