from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from rest_framework import serializers

from .models import Invitation, Logo, Membership, Organization


class LoginSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False)

    def validate(self, attrs):
        user = authenticate(self.context["request"], username=attrs["username"], password=attrs["password"])
        if user is None:
            raise serializers.ValidationError("Unable to log in with provided credentials.", code="authorization")
        attrs["user"] = user
        return attrs


class TokenSerializer(serializers.Serializer):
    key = serializers.CharField()


class DetailSerializer(serializers.Serializer):
    detail = serializers.CharField()


class BasicUserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "first_name", "last_name"]
        read_only_fields = fields


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = [
            "id", "username", "first_name", "last_name", "email",
            "is_staff", "is_superuser", "is_active", "date_joined", "last_login",
        ]
        read_only_fields = ["id", "username", "is_staff", "is_superuser", "is_active", "date_joined", "last_login"]


class OrganizationSerializer(serializers.ModelSerializer):
    owner = BasicUserSerializer(read_only=True)
    contact = serializers.DictField(child=serializers.CharField(), required=False)

    class Meta:
        model = Organization
        # description is a nullable TextField: `null` in a PATCH clears it, a missing key keeps it.
        fields = ["id", "slug", "name", "description", "created_date", "updated_date", "contact", "owner"]
        read_only_fields = ["created_date", "updated_date"]


class LogoUploadSerializer(serializers.Serializer):
    file = serializers.FileField()
    caption = serializers.CharField(max_length=255)


class LogoSerializer(serializers.ModelSerializer):
    size = serializers.SerializerMethodField()

    class Meta:
        model = Logo
        fields = ["filename", "caption", "size", "uploaded_date"]
        read_only_fields = fields

    def get_size(self, logo) -> int:
        return len(logo.content)


class MembershipSerializer(serializers.ModelSerializer):
    user = BasicUserSerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ["id", "user", "organization", "role", "is_active", "joined_date"]
        read_only_fields = ["organization", "is_active", "joined_date"]


class InvitationSerializer(serializers.ModelSerializer):
    owner = BasicUserSerializer(read_only=True)
    user = serializers.SlugRelatedField(slug_field="username", queryset=User.objects.all())

    class Meta:
        model = Invitation
        fields = ["key", "created_date", "owner", "organization", "role", "user"]
        read_only_fields = ["key", "created_date"]

    def validate(self, attrs):
        if self.instance is not None:
            for field in ("organization", "user"):
                if field in attrs and attrs[field] != getattr(self.instance, field):
                    raise serializers.ValidationError({field: "Cannot be changed once the invitation is sent."})
            return attrs
        org, user = attrs["organization"], attrs["user"]
        if Membership.objects.filter(organization=org, user=user).exists():
            raise serializers.ValidationError({"user": "The user is already a member of the organization."})
        if Invitation.objects.filter(organization=org, user=user).exists():
            raise serializers.ValidationError({"user": "The user is already invited to the organization."})
        return attrs
