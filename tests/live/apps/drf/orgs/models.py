"""Organizations, memberships and invitations, after CVAT's `organizations` app."""
from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    MAINTAINER = "maintainer"
    OWNER = "owner"


class Organization(models.Model):
    slug = models.SlugField(max_length=16, unique=True)
    name = models.CharField(max_length=64, blank=True)
    description = models.TextField(null=True, blank=True)
    created_date = models.DateTimeField(auto_now_add=True)
    updated_date = models.DateTimeField(auto_now=True)
    contact = models.JSONField(default=dict, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.slug


class Logo(models.Model):
    """An organization's uploaded logo, kept in the database (no MEDIA_ROOT needed)."""

    organization = models.OneToOneField(
        Organization, primary_key=True, on_delete=models.CASCADE, related_name="logo"
    )
    filename = models.CharField(max_length=255)
    caption = models.CharField(max_length=255, blank=True)
    content = models.BinaryField()
    uploaded_date = models.DateTimeField(auto_now=True)


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(max_length=16, choices=Role.choices)
    is_active = models.BooleanField(default=False)
    joined_date = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="one_membership_per_user")
        ]


class Invitation(models.Model):
    key = models.CharField(max_length=64, primary_key=True)
    created_date = models.DateTimeField(auto_now_add=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=16, choices=Role.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations")

    class Meta:
        ordering = ["created_date", "key"]
