from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "orgs"

    def ready(self):
        # Registers the drf-spectacular authentication extensions (CVAT's scheme names).
        from . import schema  # noqa: F401
