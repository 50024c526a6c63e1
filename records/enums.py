"""The fixed vocabularies of the knowledge base, each one list of values with its labels.

Model fields, their check constraints, filters, the importer and the admin all read these;
nothing else spells the values out. The archive parser (pure Python, no Django) emits the
same strings; `tests/archive/test_vocabulary.py` holds the two together.
"""

from django.db import models


class Stage(models.TextChoices):
    """Where a learning plan is in its cycle: planned, or closed with what was learned."""

    PLAN = "plan", "Action learning plan"
    CLOSING = "closing", "Closing report"


class CycleSource(models.TextChoices):
    """Who joined a closing report to the plan it closes. A staff choice (a plan, or none)
    is never changed by an import; an importer match is redone after every import run."""

    MATCHED = "matched", "Matched by the importer"
    STAFF = "staff", "Set by staff"


# The kind of organisation a partner is; "unknown" until a plan or staff say.
class Sector(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", "Civil society"
    ACADEMIA = "academia", "Academia"
    PRIVATE_SECTOR = "private_sector", "Private sector"
    GOVERNMENT = "government", "Government"
    UN = "un", "UN"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Unknown"


# Posts, and the longer reports published as documents.
class BlogKind(models.TextChoices):
    BLOG = "blog"
    PUBLICATION = "publication"


class ArchiveType(models.TextChoices):
    """The `[[type:]]` values of the archive that become records; other types are skipped."""

    LEARNING_PLAN = "learningplan", "Learning plan or closing report"
    BLOG = "blog", "Blog"
    PUBLICATIONS = "publications", "Publication"

    @property
    def blog_kind(self) -> BlogKind | None:
        return {
            ArchiveType.BLOG: BlogKind.BLOG,
            ArchiveType.PUBLICATIONS: BlogKind.PUBLICATION,
        }.get(self)


class Outcome(models.TextChoices):
    """What an import did with one file."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    SKIPPED = "skipped"
    FAILED = "failed"

    @property
    def wrote(self) -> bool:
        return self in (Outcome.CREATED, Outcome.UPDATED)


class TextLanguage(models.TextChoices):
    """The language a plan or blog is written in, as detected at import: search stems each
    record's words by the rules of its language."""

    ENGLISH = "en", "English"
    FRENCH = "fr", "French"
    SPANISH = "es", "Spanish"
    OTHER = "other", "Other"


class Bureau(models.TextChoices):
    """UNDP's regional bureaus: the regions as the labs' visitors name them. Derived for each
    country in fixtures/build_countries.py; "" for a country no bureau serves."""

    AFRICA = "africa", "Africa"
    ARAB_STATES = "arab-states", "Arab States"
    ASIA_PACIFIC = "asia-pacific", "Asia-Pacific"
    # Also Türkiye, the Caucasus and Cyprus: the part of Western Asia that is not Arab States.
    EUROPE_CENTRAL_ASIA = "europe-central-asia", "Europe and Central Asia"
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", "Latin America and the Caribbean"


class SearchKind(models.TextChoices):
    """What a search entry indexes (records.models.SearchEntry)."""

    PLAN = "plan", "Learning plan"
    INSIGHT = "insight", "Insight"
    PARTNER = "partner", "Partner"
    BLOG = "blog", "Blog"
