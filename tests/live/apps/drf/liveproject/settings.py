"""Settings of the live-server DRF app: a small CVAT-like API for tests.

Environment:
  LIVE_DB        path of the SQLite database file (default: <tempdir>/live-drf.sqlite3)
  LIVE_PASSWORD  password of the seeded users (read by `manage.py seed`)
"""
import os
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# A test fixture: the key only signs sessions of a throwaway local server.
SECRET_KEY = "live-server-test-fixture-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_yasg",
    "orgs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "liveproject.urls"
WSGI_APPLICATION = "liveproject.wsgi.application"
TEMPLATES = []  # JSON only: no browsable API, no admin

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("LIVE_DB") or os.path.join(tempfile.gettempdir(), "live-drf.sqlite3"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Fast hashing: the seed command sets a password on ~25 users at every start.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"

# The 400 of an upload larger than this is DRF's own; logos are small.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}

REST_FRAMEWORK = {
    # Like CVAT: token, session (with CSRF) and basic authentication, in that order.
    # The first class decides the 401 challenge: "WWW-Authenticate: Token".
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "orgs.pagination.PageNumberPagination",
    "DEFAULT_FILTER_BACKENDS": [
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

# drf-spectacular: /api/schema and `manage.py spectacular` (OpenAPI 3.0.3).
# Everything that could depend on the request is fixed here, so the served document
# equals the committed specs/live/drf-spectacular.yaml.
SPECTACULAR_SETTINGS = {
    "TITLE": "Live DRF API",
    "DESCRIPTION": "A small CVAT-like API (users, organizations, memberships, invitations) "
    "used by the live-server tests of the Rust SDK generator.",
    "VERSION": "1.0.0",
    "SERVERS": [],
    "SCHEMA_PATH_PREFIX": "/api",
    # Like CVAT: separate request components (OrganizationRequest, PatchedOrganizationRequest)
    # so read-only fields stay out of bodies and uploads are `format: binary`.
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PUBLIC": True,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "ENUM_NAME_OVERRIDES": {"RoleEnum": "orgs.models.Role"},
}

# drf-yasg: /api/swagger.json and `manage.py generate_swagger` (Swagger 2.0).
# A fixed DEFAULT_API_URL makes host/schemes/basePath independent of the request.
SWAGGER_SETTINGS = {
    "DEFAULT_INFO": "liveproject.urls.yasg_info",
    "DEFAULT_API_URL": "http://localhost",  # no path: drf-yasg ignores a URL with one, even "/"
    "USE_SESSION_AUTH": False,
    # Swagger 2.0 cannot put an apiKey in a cookie, so the session scheme has no
    # counterpart here; token (with CVAT's prefix extension) and basic do.
    "SECURITY_DEFINITIONS": {
        "basicAuth": {"type": "basic"},
        "tokenAuth": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'Token from POST /api/auth/login, sent as "Token <key>".',
            "x-token-prefix": "Token",
        },
    },
}
