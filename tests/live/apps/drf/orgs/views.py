"""The API views. Every operation carries two annotations: `extend_schema` for
drf-spectacular (OpenAPI 3) and `swagger_auto_schema` for drf-yasg (Swagger 2.0),
only where a generator cannot tell by itself (no body, a binary answer, an upload)."""
import secrets

from django.contrib.auth import login, logout
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_yasg import openapi
from drf_yasg.utils import no_body, swagger_auto_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Invitation, Logo, Membership, Organization, Role
from .serializers import (
    DetailSerializer,
    InvitationSerializer,
    LoginSerializer,
    LogoSerializer,
    LogoUploadSerializer,
    MembershipSerializer,
    OrganizationSerializer,
    TokenSerializer,
    UserSerializer,
)

# ---------------------------------------------------------------- auth


class LoginView(APIView):
    """Answers a token for `Authorization: Token <key>` and logs the session in
    (sets the `sessionid` and `csrftoken` cookies), as CVAT's login does."""

    authentication_classes = []
    permission_classes = [permissions.AllowAny]

    @extend_schema(request=LoginSerializer, responses=TokenSerializer)
    @swagger_auto_schema(request_body=LoginSerializer, responses={200: TokenSerializer}, security=[])
    def post(self, request):
        serializer = LoginSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        user = serializer.validated_data["user"]
        login(request, user)
        get_token(request)  # makes CsrfViewMiddleware send the csrftoken cookie
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"key": token.key})


class LogoutView(APIView):
    """Ends the session; the token stays valid (so parallel tests keep theirs)."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(request=None, responses=DetailSerializer)
    @swagger_auto_schema(request_body=no_body, responses={200: DetailSerializer})
    def post(self, request):
        logout(request)
        return Response({"detail": "Successfully logged out."})


# ---------------------------------------------------------------- permissions


class IsSelfOrStaff(permissions.BasePermission):
    """Users: anyone signed in reads; only the user or staff change or delete."""

    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or request.user.is_staff or obj == request.user


class IsOrgOwnerOrStaff(permissions.BasePermission):
    """Organizations and what hangs off them: only the owner or staff change them."""

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS or request.user.is_staff:
            return True
        org = obj if isinstance(obj, Organization) else obj.organization
        return org.owner_id == request.user.id


# ---------------------------------------------------------------- users


class UserViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    queryset = User.objects.all().order_by("id")
    serializer_class = UserSerializer
    permission_classes = [permissions.IsAuthenticated, IsSelfOrStaff]
    http_method_names = ["get", "patch", "delete", "head", "options"]  # no PUT, like CVAT
    search_fields = ["username", "first_name", "last_name", "email"]
    ordering_fields = ["id", "username", "first_name", "last_name", "date_joined"]
    ordering = ["id"]

    @extend_schema(operation_id="users_retrieve_self", responses=UserSerializer)
    @swagger_auto_schema(responses={200: UserSerializer})
    @action(detail=False, methods=["get"], url_path="self", pagination_class=None, filter_backends=[])
    def retrieve_self(self, request):
        """The signed-in user."""
        return Response(UserSerializer(request.user, context={"request": request}).data)


# ---------------------------------------------------------------- organizations


class BinaryDownloadNegotiation(DefaultContentNegotiation):
    """The logo download answers bytes whatever the Accept header says (no 406);
    its errors (404) are rendered by the first renderer, JSON."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class OrganizationViewSet(viewsets.ModelViewSet):
    queryset = Organization.objects.select_related("owner").order_by("id")
    serializer_class = OrganizationSerializer
    permission_classes = [permissions.IsAuthenticated, IsOrgOwnerOrStaff]
    search_fields = ["slug", "name", "description"]
    ordering_fields = ["id", "slug", "name", "created_date", "updated_date"]
    ordering = ["id"]

    def perform_create(self, serializer):
        org = serializer.save(owner=self.request.user)
        Membership.objects.create(
            user=self.request.user, organization=org, role=Role.OWNER, is_active=True, joined_date=timezone.now()
        )

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    @swagger_auto_schema(
        # A GET has no body: without this, drf-yasg would copy the upload's
        # multipart/form-data (the route's parser) into this operation's `consumes`.
        consumes=["application/json"],
        produces=["application/octet-stream"],
        responses={200: openapi.Response("The logo's bytes.", schema=openapi.Schema(type=openapi.TYPE_FILE))},
    )
    @action(
        detail=True,
        methods=["get"],
        url_path="logo",
        parser_classes=[MultiPartParser],
        content_negotiation_class=BinaryDownloadNegotiation,
        pagination_class=None,
        filter_backends=[],
    )
    def logo(self, request, pk=None):
        """The logo as uploaded, as `application/octet-stream`."""
        org = self.get_object()
        try:
            logo = org.logo
        except Logo.DoesNotExist:
            raise NotFound("The organization has no logo.")
        response = HttpResponse(bytes(logo.content), content_type="application/octet-stream")
        response["Content-Disposition"] = 'attachment; filename="%s"' % logo.filename.replace('"', "")
        return response

    @extend_schema(request={"multipart/form-data": LogoUploadSerializer}, responses={201: LogoSerializer})
    @swagger_auto_schema(request_body=LogoUploadSerializer, responses={201: LogoSerializer})
    @logo.mapping.post
    def upload_logo(self, request, pk=None):
        """Upload (or replace) the logo: a multipart form with `file` and `caption`."""
        org = self.get_object()
        serializer = LogoUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        logo, _ = Logo.objects.update_or_create(
            organization=org,
            defaults={
                "filename": upload.name,
                "caption": serializer.validated_data["caption"],
                "content": upload.read(),
            },
        )
        return Response(LogoSerializer(logo).data, status=status.HTTP_201_CREATED)


# ---------------------------------------------------------------- memberships


class MembershipViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Membership.objects.select_related("user").order_by("id")
    serializer_class = MembershipSerializer
    permission_classes = [permissions.IsAuthenticated, IsOrgOwnerOrStaff]
    http_method_names = ["get", "patch", "delete", "head", "options"]
    search_fields = ["user__username", "organization__slug", "role"]
    ordering_fields = ["id", "role", "joined_date"]
    ordering = ["id"]


# ---------------------------------------------------------------- invitations


class InvitationViewSet(viewsets.ModelViewSet):
    queryset = Invitation.objects.select_related("owner", "user").order_by("created_date", "key")
    serializer_class = InvitationSerializer
    permission_classes = [permissions.IsAuthenticated, IsOrgOwnerOrStaff]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    lookup_field = "key"
    search_fields = ["user__username", "organization__slug", "role"]
    ordering_fields = ["created_date", "role"]
    ordering = ["created_date", "key"]

    def perform_create(self, serializer):
        org = serializer.validated_data["organization"]
        if not (self.request.user.is_staff or org.owner_id == self.request.user.id):
            raise PermissionDenied("Only the organization's owner can invite.")
        serializer.save(key=secrets.token_hex(16), owner=self.request.user)

    @extend_schema(request=None, responses=MembershipSerializer)
    @swagger_auto_schema(request_body=no_body, responses={200: MembershipSerializer})
    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated])
    def accept(self, request, key=None):
        """The invited user (or staff) joins the organization; the invitation is used up."""
        invitation = self.get_object()
        if not (request.user.is_staff or invitation.user_id == request.user.id):
            raise PermissionDenied("Only the invited user can accept.")
        membership = Membership.objects.create(
            user=invitation.user,
            organization=invitation.organization,
            role=invitation.role,
            is_active=True,
            joined_date=timezone.now(),
        )
        invitation.delete()
        return Response(MembershipSerializer(membership).data)
