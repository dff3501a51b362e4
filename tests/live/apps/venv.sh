#!/usr/bin/env bash
# Makes sure the virtual environment for the live-server apps exists with exactly
# the packages pinned in requirements.txt, then prints its python as the last line.
#
#   venv at ${LIVE_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/live-servers/venv}
#   python used to create it: ${LIVE_PYTHON:-python3}
#
# The venv is rebuilt (and only then) when requirements.txt changed: its sha256 is
# kept in the venv as a stamp, written last, so an interrupted install is redone.
# Quiet on success; on failure one line on stderr and a non-zero exit.
# Safe to run concurrently (flock) and from any working directory.
set -u -o pipefail

fail() { echo "venv.sh: $*" >&2; exit 1; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)" || fail "cannot find the script's folder"
requirements="$here/requirements.txt"
[ -r "$requirements" ] || fail "requirements.txt not found at $requirements"

venv="${LIVE_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/live-servers/venv}"
python="${LIVE_PYTHON:-python3}"
stamp="$venv/.requirements.sha256"
venv_python="$venv/bin/python"

want="$(sha256sum "$requirements" | cut -d' ' -f1)" || fail "sha256sum failed on $requirements"

up_to_date() {
    [ -x "$venv_python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]
}

if ! up_to_date; then
    mkdir -p "$(dirname "$venv")" || fail "cannot create $(dirname "$venv")"
    # Serialise concurrent callers (e.g. parallel tests): the second one waits,
    # then finds the stamp written by the first.
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$venv.lock" || fail "cannot open lock file $venv.lock"
        flock 9 || fail "cannot lock $venv.lock"
    fi
fi

if ! up_to_date; then
    command -v "$python" >/dev/null 2>&1 || fail "$python not found"
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null \
        || fail "$python is older than 3.10 (Django 5.2 needs 3.10+)"
    log="$(mktemp)" || fail "mktemp failed"
    trap 'rm -f "$log"' EXIT
    rm -f "$stamp"
    "$python" -m venv --clear "$venv" >"$log" 2>&1 \
        || fail "python -m venv failed: $(tail -n 1 "$log")"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    # Python 3.11's venv ships setuptools; nothing here needs it (drf-yasg reads its
    # version through importlib.metadata), and without it the venv is the same on 3.12+.
    if "$venv_python" -m pip show -q setuptools >/dev/null 2>&1; then
        "$venv_python" -m pip uninstall -y -q setuptools >"$log" 2>&1 \
            || fail "pip uninstall setuptools failed: $(tail -n 1 "$log")"
    fi
    "$venv_python" -m pip install -q -r "$requirements" >"$log" 2>&1 \
        || fail "pip install failed: $(grep -m 1 -i 'error' "$log" || tail -n 1 "$log")"
    # Exactly the pinned set: nothing missing, nothing extra (names compared normalised).
    "$venv_python" -m pip freeze >"$log" 2>&1 || fail "pip freeze failed: $(tail -n 1 "$log")"
    "$venv_python" - "$requirements" "$log" <<'EOF' || exit 1
import re, sys

def pins(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            out.add((re.sub(r"[-_.]+", "-", name).lower(), version))
    return out

want, have = pins(sys.argv[1]), pins(sys.argv[2])
if want != have:
    diff = sorted(want - have)[:3] + sorted(have - want)[:3]
    print("venv.sh: installed packages differ from requirements.txt: "
          + ", ".join("%s==%s" % p for p in diff), file=sys.stderr)
    sys.exit(1)
EOF
    echo "$want" >"$stamp" || fail "cannot write $stamp"
fi

echo "$venv_python"
