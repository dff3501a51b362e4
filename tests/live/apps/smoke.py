#!/usr/bin/env python3
"""Smoke check of the live-server apps (a developer aid, not the real suite).

Starts both servers on free ports with fresh databases, calls every operation of
the three committed specs at least once (login, paging, create, PATCH with null
and with the key absent, upload, download, 404, 400/422, 401/403), and checks
that each served schema equals its committed file as parsed JSON.

    python3 tests/live/apps/smoke.py        (any cwd; stdlib only, uses venv.sh)

Prints one line per check and ends with "N passed, N failed"; exits 1 on a failure.
"""
import base64
import http.cookiejar
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, "..", "..", "..", "specs", "live")
PASSWORD = "smoke-password"
TOKEN = "smoke-token"

passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}".rstrip())


# ------------------------------------------------------------------ HTTP


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)

    def __repr__(self):
        return f"<{self.status} {self.body[:300]!r}>"


def multipart(fields, files):
    """(body, content type) of a multipart/form-data request."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, content) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Client:
    """Calls operations by (method, path template) and records which were called."""

    def __init__(self, base, prefix=""):
        self.base, self.prefix, self.called = base, prefix, set()
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.headers = {}

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)

    def call(self, method, template, path_args=None, query=None, json_body=None, form=None,
             fields=None, files=None, headers=None, url=None):
        self.called.add((method, template))
        if url is None:
            url = self.base + self.prefix + template.format(**(path_args or {}))
            if query:
                url += "?" + urllib.parse.urlencode(query, doseq=True)
        hdrs = {**self.headers, **(headers or {})}
        data = None
        if json_body is not None:
            data, hdrs["Content-Type"] = json.dumps(json_body).encode(), "application/json"
        elif form is not None:
            data, hdrs["Content-Type"] = urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded"
        elif files is not None:
            data, hdrs["Content-Type"] = multipart(fields or {}, files)
        request = urllib.request.Request(url, data=data, headers=hdrs, method=method)
        try:
            with self.opener.open(request, timeout=30) as r:
                return Response(r.status, r.headers, r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, e.headers, e.read())


def get_json(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


# ------------------------------------------------------------------ servers


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd, cwd, env, health_url, log):
    proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server {cmd} exited with {proc.returncode}; see {log.name}")
        try:
            urllib.request.urlopen(health_url, timeout=2).close()
            return proc
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit(f"server {cmd} did not answer {health_url} within 60 s; see {log.name}")


def spec_operations(spec, prefix=""):
    return {
        (method.upper(), prefix + path): op["operationId"]
        for path, ops in spec["paths"].items()
        for method, op in ops.items()
        if isinstance(op, dict) and "operationId" in op
    }


def coverage(name, spec_ops, called):
    missing = sorted(op_id for key, op_id in spec_ops.items() if key not in called)
    check(f"{name}: every operation called ({len(spec_ops)})", not missing, f"missing: {missing}")


# ------------------------------------------------------------------ DRF


def basic_auth(username):
    return "Basic " + base64.b64encode(f"{username}:{PASSWORD}".encode()).decode()


def drf_checks(base, python):
    c = Client(base)
    with open(os.path.join(SPECS, "drf-yasg.json"), encoding="utf-8") as f:
        yasg = json.load(f)
    spectacular = json.loads(subprocess.check_output(
        [python, "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
         os.path.join(SPECS, "drf-spectacular.yaml")]))
    check("drf: /api/schema?format=json equals specs/live/drf-spectacular.yaml",
          get_json(base + "/api/schema?format=json") == spectacular)
    check("drf: /api/swagger.json equals specs/live/drf-yasg.json", get_json(base + "/api/swagger.json") == yasg)

    # Unauthenticated, then logins.
    r = c.call("GET", "/api/users")
    check("drf: no credentials -> 401 with WWW-Authenticate: Token",
          r.status == 401 and r.headers.get("WWW-Authenticate") == "Token", r)
    r = c.call("POST", "/api/auth/login", json_body={"username": "admin", "password": "wrong"})
    check("drf: login with a wrong password -> 400", r.status == 400 and "non_field_errors" in r.json(), r)
    r = c.call("POST", "/api/auth/login", json_body={"username": "admin", "password": PASSWORD})
    check("drf: login -> 200 {key} and session + csrf cookies",
          r.status == 200 and r.json().get("key") and c.cookie("sessionid") and c.cookie("csrftoken"), r)
    token = {"Authorization": "Token " + r.json()["key"]}

    # Session auth (cookies) with and without the CSRF header.
    r = c.call("GET", "/api/users/self")
    check("drf: session cookie -> users_retrieve_self 200", r.status == 200 and r.json()["username"] == "admin", r)
    admin_id = r.json()["id"]
    r = c.call("PATCH", "/api/users/{id}", {"id": admin_id}, json_body={"first_name": "Ada"})
    check("drf: session PATCH without X-CSRFToken -> 403", r.status == 403, r)
    r = c.call("PATCH", "/api/users/{id}", {"id": admin_id}, json_body={"first_name": "Ada"},
               headers={"X-CSRFToken": c.cookie("csrftoken")})
    check("drf: session PATCH with X-CSRFToken -> 200", r.status == 200 and r.json()["first_name"] == "Ada", r)
    basic = Client(base)
    basic.headers["Authorization"] = basic_auth("admin")
    r = basic.call("GET", "/api/users/self")
    check("drf: basic auth -> 200", r.status == 200, r)
    c.called |= basic.called
    r = c.call("POST", "/api/auth/logout", headers={"X-CSRFToken": c.cookie("csrftoken")})
    check("drf: logout -> 200", r.status == 200, r)
    r = c.call("GET", "/api/users/self")
    check("drf: session over after logout -> 401", r.status == 401, r)
    c.headers.update(token)

    # Users: pages by `next` links, search, ordering, 404, 403, delete.
    names, url, pages = [], None, 0
    while True:
        r = c.call("GET", "/api/users", query={"page_size": 10}, url=url)
        page = r.json()
        names += [u["username"] for u in page["results"]]
        pages += 1
        if not page["next"]:
            break
        url = page["next"]
    check("drf: users_list follows next over 3 pages, 25 users",
          pages == 3 and len(set(names)) == 25 == page["count"], (pages, len(names)))
    r = c.call("GET", "/api/users", query={"search": "user1", "ordering": "-username"})
    check("drf: users_list search + ordering", [u["username"] for u in r.json()["results"]][:2] == ["user19", "user18"], r)
    r = c.call("GET", "/api/users/{id}", {"id": admin_id})
    check("drf: users_retrieve", r.status == 200 and r.json()["first_name"] == "Ada", r)
    r = c.call("GET", "/api/users/{id}", {"id": 999999})
    check("drf: users_retrieve missing -> 404", r.status == 404 and "detail" in r.json(), r)
    r = c.call("PATCH", "/api/users/{id}", {"id": admin_id}, json_body={"email": "not-an-email"})
    check("drf: users_partial_update invalid email -> 400", r.status == 400 and "email" in r.json(), r)
    user_ids = {u["username"]: u["id"] for u in c.call("GET", "/api/users", query={"page_size": 100}).json()["results"]}
    as_user01 = Client(base)
    as_user01.headers["Authorization"] = basic_auth("user01")
    r = as_user01.call("DELETE", "/api/users/{id}", {"id": user_ids["user02"]})
    check("drf: users_destroy of another user as non-staff -> 403", r.status == 403, r)
    r = c.call("DELETE", "/api/users/{id}", {"id": user_ids["user24"]})
    check("drf: users_destroy -> 204", r.status == 204, r)

    # Organizations.
    r = c.call("GET", "/api/organizations", query={"page": 2, "page_size": 5})
    check("drf: organizations_list page 2", r.status == 200 and r.json()["count"] == 12 and r.json()["previous"], r)
    r = c.call("POST", "/api/organizations",
               json_body={"slug": "smoke", "name": "Smoke", "description": "d", "contact": {"email": "s@example.com"}})
    check("drf: organizations_create -> 201", r.status == 201 and r.json()["owner"]["username"] == "admin", r)
    org = r.json()["id"]
    r = c.call("POST", "/api/organizations", json_body={"slug": "smoke"})
    check("drf: organizations_create duplicate slug -> 400", r.status == 400 and "slug" in r.json(), r)
    r = c.call("GET", "/api/organizations/{id}", {"id": org})
    check("drf: organizations_retrieve", r.status == 200 and r.json()["contact"] == {"email": "s@example.com"}, r)
    r = c.call("PUT", "/api/organizations/{id}", {"id": org}, json_body={"slug": "smoke", "name": "Smoke", "description": "d"})
    check("drf: organizations_update", r.status == 200, r)
    r = c.call("PATCH", "/api/organizations/{id}", {"id": org}, json_body={"name": "Smoke 2"})
    check("drf: PATCH without description keeps it", r.status == 200 and r.json()["description"] == "d", r)
    r = c.call("PATCH", "/api/organizations/{id}", {"id": org}, json_body={"description": None})
    check("drf: PATCH description null clears it", r.status == 200 and r.json()["description"] is None, r)
    r = c.call("GET", "/api/organizations/{id}", {"id": 999999})
    check("drf: organizations_retrieve missing -> 404", r.status == 404, r)
    logo = os.urandom(5000)
    r = c.call("GET", "/api/organizations/{id}/logo", {"id": org})
    check("drf: logo before upload -> 404 JSON", r.status == 404 and "detail" in r.json(), r)
    r = c.call("POST", "/api/organizations/{id}/logo", {"id": org}, fields={"caption": "hi"}, files={"file": ("logo.bin", logo)})
    check("drf: organizations_logo_create multipart -> 201", r.status == 201 and r.json()["size"] == len(logo), r)
    r = c.call("GET", "/api/organizations/{id}/logo", {"id": org}, headers={"Accept": "application/octet-stream"})
    check("drf: organizations_logo_retrieve bytes", r.status == 200 and r.body == logo
          and r.headers.get("Content-Type") == "application/octet-stream", r.status)

    # Invitations and memberships.
    r = c.call("POST", "/api/invitations", json_body={"organization": org, "role": "boss", "user": "user05"})
    check("drf: invitations_create unknown role -> 400", r.status == 400 and "role" in r.json(), r)
    r = c.call("POST", "/api/invitations", json_body={"organization": org, "role": "worker", "user": "user05"})
    check("drf: invitations_create -> 201", r.status == 201, r)
    key = r.json()["key"]
    r = c.call("GET", "/api/invitations", query={"search": "smoke"})
    check("drf: invitations_list", r.status == 200 and r.json()["count"] == 1, r)
    r = c.call("GET", "/api/invitations/{key}", {"key": key})
    check("drf: invitations_retrieve", r.status == 200 and r.json()["user"] == "user05", r)
    r = c.call("PATCH", "/api/invitations/{key}", {"key": key}, json_body={"role": "supervisor"})
    check("drf: invitations_partial_update", r.status == 200 and r.json()["role"] == "supervisor", r)
    r = as_user01.call("POST", "/api/invitations/{key}/accept", {"key": key})
    check("drf: invitations_accept by another user -> 403", r.status == 403, r)
    r = c.call("POST", "/api/invitations/{key}/accept", {"key": key})
    check("drf: invitations_accept -> membership", r.status == 200 and r.json()["role"] == "supervisor", r)
    membership = r.json()["id"]
    r = c.call("POST", "/api/invitations", json_body={"organization": org, "role": "worker", "user": "user06"})
    r = c.call("DELETE", "/api/invitations/{key}", {"key": r.json()["key"]})
    check("drf: invitations_destroy -> 204", r.status == 204, r)
    r = c.call("GET", "/api/memberships", query={"search": "smoke"})
    check("drf: memberships_list", r.status == 200 and r.json()["count"] == 2, r)
    r = c.call("GET", "/api/memberships/{id}", {"id": membership})
    check("drf: memberships_retrieve", r.status == 200 and r.json()["user"]["username"] == "user05", r)
    r = c.call("PATCH", "/api/memberships/{id}", {"id": membership}, json_body={"role": "maintainer"})
    check("drf: memberships_partial_update", r.status == 200 and r.json()["role"] == "maintainer", r)
    r = c.call("DELETE", "/api/memberships/{id}", {"id": membership})
    check("drf: memberships_destroy -> 204", r.status == 204, r)
    r = c.call("DELETE", "/api/organizations/{id}", {"id": org})
    check("drf: organizations_destroy -> 204", r.status == 204, r)

    coverage("drf-spectacular", spec_operations(spectacular), c.called | as_user01.called)
    coverage("drf-yasg", spec_operations(yasg, yasg["basePath"]), c.called | as_user01.called)


# ------------------------------------------------------------------ FastAPI


def fastapi_checks(base):
    c = Client(base)
    with open(os.path.join(SPECS, "fastapi.json"), encoding="utf-8") as f:
        spec = json.load(f)
    check("fastapi: /openapi.json equals specs/live/fastapi.json", get_json(base + "/openapi.json") == spec)

    r = c.call("GET", "/health")
    check("fastapi: health without a token", r.status == 200 and r.json() == {"status": "ok"}, r)
    r = c.call("GET", "/pets")
    check("fastapi: no token -> 401 Error", r.status == 401 and "detail" in r.json(), r)
    r = c.call("GET", "/pets", headers={"Authorization": "Bearer wrong"})
    check("fastapi: wrong token -> 401", r.status == 401, r)
    c.headers["Authorization"] = "Bearer " + TOKEN

    ids, offset = [], 0
    while True:
        page = c.call("GET", "/pets", query={"offset": offset, "limit": 10}).json()
        ids += [p["id"] for p in page["entries"]]
        offset += page["limit"]
        if offset >= page["total_count"]:
            break
    check("fastapi: list_pets pages by offset/limit, 25 pets", len(set(ids)) == 25 == page["total_count"], len(ids))
    r = c.call("GET", "/pets", query={"tag": ["seeded", "odd"], "status": "available", "limit": 100},
               headers={"X-Request-Id": "req-1", "Cookie": "session_hint=hint-1"})
    check("fastapi: list_pets tag list + enum, header and cookie echoed",
          r.status == 200 and r.json()["total_count"] == 10
          and r.headers.get("X-Request-Id") == "req-1" and r.headers.get("X-Session-Hint") == "hint-1", r)
    r = c.call("GET", "/pets", query={"limit": 0})
    check("fastapi: limit=0 -> 422 HTTPValidationError",
          r.status == 422 and r.json()["detail"][0]["loc"] == ["query", "limit"], r)

    r = c.call("POST", "/owners", json_body={"name": "Carol", "email": "carol@example.com"})
    check("fastapi: create_owner -> 201", r.status == 201, r)
    owner = r.json()["id"]
    r = c.call("POST", "/owners", json_body={"name": "Carol", "email": "no-at-sign"})
    check("fastapi: create_owner bad email -> 422", r.status == 422, r)
    r = c.call("GET", "/owners")
    check("fastapi: list_owners array", r.status == 200 and owner in [o["id"] for o in r.json()], r)
    r = c.call("GET", "/owners/{owner_id}", {"owner_id": owner})
    check("fastapi: get_owner", r.status == 200 and r.json()["name"] == "Carol", r)
    r = c.call("GET", "/owners/{owner_id}", {"owner_id": uuid.UUID(int=0)})
    check("fastapi: get_owner missing -> 404 Error", r.status == 404 and isinstance(r.json()["detail"], str), r)

    body = {"name": "Tom", "age_months": 4, "nickname": "tommy", "weight_grams": 3100, "location": [48.1, 11.6],
            "tags": ["smoke"], "details": {"kind": "cat", "lives_left": 7}}
    r = c.call("POST", "/pets", json_body=body)
    check("fastapi: create_pet -> 201", r.status == 201 and r.json()["details"]["kind"] == "cat", r)
    pet = r.json()["id"]
    r = c.call("POST", "/pets", json_body={**body, "age_months": 0})
    check("fastapi: create_pet age_months 0 -> 422", r.status == 422, r)
    r = c.call("GET", "/pets/{pet_id}", {"pet_id": pet}, headers={"X-Request-Id": "req-2"})
    check("fastapi: get_pet echoes X-Request-Id", r.status == 200 and r.headers.get("X-Request-Id") == "req-2", r)
    r = c.call("GET", "/pets/{pet_id}", {"pet_id": uuid.UUID(int=0)})
    check("fastapi: get_pet missing -> 404", r.status == 404, r)
    r = c.call("GET", "/pets/{pet_id}", {"pet_id": "not-a-uuid"})
    check("fastapi: get_pet bad uuid -> 422", r.status == 422 and r.json()["detail"][0]["loc"] == ["path", "pet_id"], r)
    r = c.call("PATCH", "/pets/{pet_id}", {"pet_id": pet}, json_body={"name": "Tom II"})
    check("fastapi: PATCH without nickname keeps it", r.status == 200 and r.json()["nickname"] == "tommy", r)
    r = c.call("PATCH", "/pets/{pet_id}", {"pet_id": pet}, json_body={"nickname": None, "location": None})
    check("fastapi: PATCH nickname null clears it",
          r.status == 200 and r.json()["nickname"] is None and r.json()["location"] is None
          and r.json()["name"] == "Tom II", r)
    r = c.call("PATCH", "/pets/{pet_id}", {"pet_id": pet}, json_body={"name": None})
    check("fastapi: PATCH name null -> 422", r.status == 422, r)

    photo = os.urandom(100_000)
    r = c.call("POST", "/pets/{pet_id}/photo", {"pet_id": pet}, fields={"caption": "portrait"},
               files={"file": ("tom.jpg", photo)})
    check("fastapi: upload_photo multipart -> 201", r.status == 201 and r.json()["size"] == len(photo), r)
    r = c.call("GET", "/pets/{pet_id}/photo", {"pet_id": pet})
    check("fastapi: download_photo streams the bytes",
          r.status == 200 and r.body == photo and r.headers.get("Content-Type") == "application/octet-stream", r.status)
    r = c.call("POST", "/pets/{pet_id}/adopt", {"pet_id": pet}, form={"owner_id": owner, "note": "welcome"})
    check("fastapi: adopt_pet url-encoded form", r.status == 200 and r.json()["status"] == "adopted", r)
    r = c.call("POST", "/pets/{pet_id}/adopt", {"pet_id": pet}, form={"owner_id": owner})
    check("fastapi: adopt_pet twice -> 409", r.status == 409, r)
    r = c.call("DELETE", "/pets/{pet_id}", {"pet_id": pet})
    check("fastapi: delete_pet -> 204", r.status == 204 and r.body == b"", r)
    r = c.call("DELETE", "/pets/{pet_id}", {"pet_id": pet})
    check("fastapi: delete_pet again -> 404", r.status == 404, r)

    coverage("fastapi", spec_operations(spec), c.called)


# ------------------------------------------------------------------ main


def main():
    python = subprocess.run([os.path.join(HERE, "venv.sh")], check=True, capture_output=True, text=True)
    python = python.stdout.strip().splitlines()[-1]
    with tempfile.TemporaryDirectory(prefix="live-smoke-") as tmp:
        drf_port, fastapi_port = free_port(), free_port()
        servers = []
        try:
            with open(os.path.join(tmp, "drf.log"), "w") as drf_log, open(os.path.join(tmp, "fastapi.log"), "w") as fa_log:
                servers.append(start(
                    [python, "serve.py", str(drf_port)], os.path.join(HERE, "drf"),
                    {"LIVE_DB": os.path.join(tmp, "drf.sqlite3"), "LIVE_PASSWORD": PASSWORD},
                    f"http://127.0.0.1:{drf_port}/api/swagger.json", drf_log))
                servers.append(start(
                    [python, "-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--port", str(fastapi_port)],
                    os.path.join(HERE, "fastapi_app"),
                    {"LIVE_DB": os.path.join(tmp, "fastapi.sqlite3"), "LIVE_TOKEN": TOKEN},
                    f"http://127.0.0.1:{fastapi_port}/health", fa_log))
                drf_checks(f"http://127.0.0.1:{drf_port}", python)
                fastapi_checks(f"http://127.0.0.1:{fastapi_port}")
        finally:
            for proc in servers:
                proc.terminate()
            for proc in servers:
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
            if failed:
                for name in ("drf.log", "fastapi.log"):
                    path = os.path.join(tmp, name)
                    if os.path.exists(path):
                        print(f"--- {name} (last lines)")
                        print("".join(open(path).readlines()[-20:]), end="")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
