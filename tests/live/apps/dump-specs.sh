#!/usr/bin/env bash
# Writes the three committed specs of the live-server apps with the frameworks' own
# generators (deterministic: running it twice gives the same bytes):
#   specs/live/drf-spectacular.yaml  manage.py spectacular       (OpenAPI 3.0.3)
#   specs/live/drf-yasg.json         manage.py generate_swagger  (Swagger 2.0)
#   specs/live/fastapi.json          app.openapi()               (OpenAPI 3.1)
# Each equals (as parsed JSON) what the running server serves; smoke.py checks that.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(cd "$here/../../.." && pwd)/specs/live"
py="$("$here/venv.sh" | tail -n 1)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
# Neither generator opens the database; point it at a scratch file all the same.
export LIVE_DB="$tmp/unused.sqlite3" PYTHONDONTWRITEBYTECODE=1

cd "$here/drf"
"$py" manage.py spectacular --validate --fail-on-warn --file "$tmp/drf-spectacular.yaml"
# No --mock-request/--url: SWAGGER_SETTINGS["DEFAULT_API_URL"] fixes host, schemes and
# basePath, as it does for /api/swagger.json.
"$py" manage.py generate_swagger --format json "$tmp/drf-yasg.json"

cd "$here/fastapi_app"
"$py" - "$tmp/fastapi.json" <<'PY'
import json, sys
from app import app
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n")
PY

mv "$tmp/drf-spectacular.yaml" "$tmp/drf-yasg.json" "$tmp/fastapi.json" "$out/"
