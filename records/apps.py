from importlib import import_module

from django.apps import AppConfig


class RecordsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "records"
    verbose_name = "Knowledge base"

    def import_models(self):
        super().import_models()
        # The data version's one-row table lives beside the code that bumps it.
        import_module(f"{self.name}.versioning")

    def ready(self):
        from . import versioning

        versioning.connect(self)
