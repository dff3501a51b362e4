"""`manage.py seed`: the admin, 24 more users and 12 organizations, so that lists
span several pages (page size 10). Idempotent: run it at every start.

Every seeded user's password is $LIVE_PASSWORD (default "admin-password").
"""
import os

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from orgs.models import Invitation, Membership, Organization, Role

USERS = 24
ORGANIZATIONS = 12


class Command(BaseCommand):
    help = "Create the admin user and enough users and organizations for paged lists."

    @transaction.atomic
    def handle(self, *args, **options):
        password = os.environ.get("LIVE_PASSWORD") or "admin-password"
        admin = self.user("admin", password, is_staff=True, is_superuser=True, email="admin@example.com")
        users = [
            self.user(f"user{n:02d}", password, first_name="User", last_name=f"{n:02d}", email=f"user{n:02d}@example.com")
            for n in range(1, USERS + 1)
        ]
        for n in range(1, ORGANIZATIONS + 1):
            org, created = Organization.objects.get_or_create(
                slug=f"org{n:02d}",
                defaults={"name": f"Organization {n:02d}", "description": f"Seeded organization {n:02d}", "owner": admin},
            )
            if created:
                self.member(admin, org, Role.OWNER)
        org01 = Organization.objects.get(slug="org01")
        if not Membership.objects.filter(organization=org01).exclude(user=admin).exists():
            for user, role in zip(users, [Role.WORKER, Role.SUPERVISOR, Role.MAINTAINER]):
                self.member(user, org01, role)
            Invitation.objects.get_or_create(
                key="seeded-invitation", defaults={"owner": admin, "organization": org01, "role": Role.WORKER, "user": users[3]}
            )
        self.stdout.write(f"seeded: {User.objects.count()} users, {Organization.objects.count()} organizations")

    def user(self, username, password, **fields):
        user, _ = User.objects.get_or_create(username=username, defaults=fields)
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        return user

    def member(self, user, org, role):
        Membership.objects.get_or_create(
            user=user, organization=org, defaults={"role": role, "is_active": True, "joined_date": timezone.now()}
        )
