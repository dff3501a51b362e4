"""URLs: the API under /api/ (no trailing slashes, like CVAT) and both schemas.

  /api/schema        drf-spectacular, OpenAPI 3.0.3: YAML by default,
                     JSON with ?format=json (or Accept: application/vnd.oai.openapi+json)
  /api/swagger.json  drf-yasg, Swagger 2.0 (JSON)
"""
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from drf_yasg import openapi
from drf_yasg.views import get_schema_view
from rest_framework import permissions
from rest_framework.routers import DefaultRouter

from orgs import views

router = DefaultRouter(trailing_slash=False)
router.include_root_view = False
router.register("users", views.UserViewSet, basename="user")
router.register("organizations", views.OrganizationViewSet, basename="organization")
router.register("memberships", views.MembershipViewSet, basename="membership")
router.register("invitations", views.InvitationViewSet, basename="invitation")

# drf-yasg's document info (SWAGGER_SETTINGS["DEFAULT_INFO"] points here, for generate_swagger).
yasg_info = openapi.Info(
    title="Live DRF API",
    default_version="1.0.0",
    description="A small CVAT-like API (users, organizations, memberships, invitations) "
    "used by the live-server tests of the Rust SDK generator.",
)


class SchemaView(SpectacularAPIView):
    swagger_schema = None  # keeps drf-yasg from listing drf-spectacular's view


yasg_view = get_schema_view(
    yasg_info,
    public=True,
    permission_classes=[permissions.AllowAny],
    authentication_classes=[],
)

urlpatterns = [
    path("api/auth/login", views.LoginView.as_view(), name="login"),
    path("api/auth/logout", views.LogoutView.as_view(), name="logout"),
    path("api/schema", SchemaView.as_view(), name="schema"),
    re_path(r"^api/swagger(?P<format>\.json)$", yasg_view.without_ui(cache_timeout=0), name="swagger"),
    path("api/", include(router.urls)),
]
