"""What the records imported from the archive, plans and blogs, share: their source
(SourceRecord), a language, the constraints on their key and language, and the text their
full-text index covers. Re-exported by records.models."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .enums import TextLanguage


class SourceRecord(models.Model):
    """Where a record came from in the archive, and whether staff changed it since."""

    source_key = models.CharField(
        _("source key"),
        max_length=2000,
        blank=True,
        editable=False,
        help_text=_("Natural key the importer matches this record on."),
    )
    source_file = models.CharField(_("source file"), max_length=255, blank=True, editable=False)
    source_sha256 = models.CharField(_("source sha256"), max_length=64, blank=True, editable=False)
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True, editable=False)
    edited_since_import = models.BooleanField(
        _("edited since import"),
        default=False,
        help_text=_(
            "Set when staff save the record; the importer then reports a conflict "
            "instead of overwriting it."
        ),
    )
    parse_warnings = models.JSONField(
        _("parser warnings"), default=list, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


# PostgreSQL refuses a tsvector over 1 MB; the import's limits keep a plan far below this, and
# a blog's text past it adds little to what a search finds.
MAX_SEARCH_DOCUMENT = 200_000


def search_document(*texts):
    """The text the full-text index covers: every non-empty part, one per line, cut to
    MAX_SEARCH_DOCUMENT characters."""
    return "\n".join(text for text in texts if text)[:MAX_SEARCH_DOCUMENT]


def language_field():
    """A plan's or blog's TextLanguage, which its search entry is stemmed by."""
    return models.CharField(
        _("language"),
        max_length=5,
        choices=TextLanguage,
        default=TextLanguage.ENGLISH,
        help_text=_("Detected at import; search stems the words by this language's rules."),
    )


def imported_record_constraints(prefix):
    """What the table of an imported plan or blog checks: one record per natural key, and a
    language of TextLanguage."""
    return [
        models.UniqueConstraint(
            fields=["source_key"], condition=~Q(source_key=""), name=f"{prefix}_unique_source_key"
        ),
        models.CheckConstraint(
            condition=Q(language__in=TextLanguage.values), name=f"{prefix}_language_valid"
        ),
    ]
