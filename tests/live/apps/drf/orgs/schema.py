"""drf-spectacular authentication extensions: the security schemes of CVAT's spec.

DRF's three authentication classes get CVAT's names instead of drf-spectacular's
defaults (priority 1 beats the built-in extensions, which have -1):
  tokenAuth   apiKey in header Authorization, "x-token-prefix": "Token"
  sessionAuth apiKey in cookie sessionid, AND csrfAuth (cookie csrftoken)
              AND csrfHeaderAuth (header X-CSRFToken) in one requirement
  basicAuth   http basic
"""
from drf_spectacular.extensions import OpenApiAuthenticationExtension

CSRF_DESCRIPTION = (
    "A CSRF protection token. Can be received in the 'csrftoken' cookie in the\n"
    "server response on the /api/auth/login endpoint.\n"
)


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "rest_framework.authentication.TokenAuthentication"
    name = "tokenAuth"
    priority = 1

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "The token (the \"key\") from the server response on\n"
            "the /api/auth/login endpoint, sent as \"Token <key>\".\n",
            "x-token-prefix": "Token",
        }


class SessionAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "rest_framework.authentication.SessionAuthentication"
    name = ["sessionAuth", "csrfAuth", "csrfHeaderAuth"]
    priority = 1

    def get_security_definition(self, auto_schema):
        return [
            {"type": "apiKey", "in": "cookie", "name": "sessionid"},
            {"type": "apiKey", "in": "cookie", "name": "csrftoken", "description": CSRF_DESCRIPTION},
            {"type": "apiKey", "in": "header", "name": "X-CSRFToken", "description": CSRF_DESCRIPTION},
        ]


class BasicAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "rest_framework.authentication.BasicAuthentication"
    name = "basicAuth"
    priority = 1

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "basic"}
