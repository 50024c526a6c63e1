from django.apps import AppConfig


class RecordsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "records"
    verbose_name = "Knowledge base"

    def ready(self):
        from . import versioning
        from .search import entries

        versioning.connect(self)
        entries.connect()
