"""The fixed vocabularies of the knowledge base, each one list of values with its labels.

Model fields, their check constraints, filters, the importer and the admin all read these;
nothing else spells the values out. The archive parser (pure Python, no Django) emits the
same strings; `tests/archive/test_vocabulary.py` holds the two together.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Where a learning plan is in its cycle: planned, or closed with what was learned."""

    PLAN = "plan", _("Action learning plan")
    CLOSING = "closing", _("Closing report")


class CycleSource(models.TextChoices):
    """Who joined a closing report to the plan it closes. A staff choice (a plan, or none)
    is never changed by an import; an importer match is redone after every import run."""

    MATCHED = "matched", _("Matched by the importer")
    STAFF = "staff", _("Set by staff")


# The kind of organisation a partner is; "unknown" until a plan or staff say.
class Sector(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    ACADEMIA = "academia", _("Academia")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    GOVERNMENT = "government", _("Government")
    UN = "un", _("UN")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Unknown")


# Posts, and the longer reports published as documents.
class BlogKind(models.TextChoices):
    BLOG = "blog", _("Blog")
    PUBLICATION = "publication", _("Publication")


class ArchiveType(models.TextChoices):
    """The `[[type:]]` values of the archive that become records; other types are skipped."""

    LEARNING_PLAN = "learningplan", _("Learning plan or closing report")
    BLOG = "blog", _("Blog")
    PUBLICATIONS = "publications", _("Publication")

    @property
    def blog_kind(self) -> BlogKind | None:
        return {
            ArchiveType.BLOG: BlogKind.BLOG,
            ArchiveType.PUBLICATIONS: BlogKind.PUBLICATION,
        }.get(self)


class Outcome(models.TextChoices):
    """What an import did with one file."""

    CREATED = "created", _("created")
    UPDATED = "updated", _("updated")
    UNCHANGED = "unchanged", _("unchanged")
    CONFLICT = "conflict", _("conflict")
    SKIPPED = "skipped", _("skipped")
    FAILED = "failed", _("failed")

    @property
    def wrote(self) -> bool:
        return self in (Outcome.CREATED, Outcome.UPDATED)


class AnswerKey(models.TextChoices):
    """The stable keys of the form's well-known prompts (PlanAnswer.key); an answer to any
    other prompt has the key "". The archive parser (records.archive.prompts) spells them
    for itself; tests/archive/test_vocabulary.py holds the two together."""

    TITLE = "title"
    CHALLENGE_TYPE = "challenge_type"
    CHALLENGE_STATEMENT = "challenge_statement"
    BACKGROUND = "background"
    QUANTITATIVE_EVIDENCE = "quantitative_evidence"
    QUALITATIVE_EVIDENCE = "qualitative_evidence"
    VALUE_PROPOSITION = "value_proposition"
    TWEET_SUMMARY = "tweet_summary"
    PARTNERS = "partners"
    PARTNER_NAME = "partner_name"
    PARTNER_SECTOR = "partner_sector"
    PARTNER_DESCRIPTION = "partner_description"
    PARTNER_NEW = "partner_new"
    LEARNING_QUESTION = "learning_question"
    LEARNING_STAGE = "learning_stage"
    METHODS_USAGE = "methods_usage"
    DATA_GAPS = "data_gaps"
    EARLY_LEADS = "early_leads"
    EVIDENCE_UPLOADS = "evidence_uploads"
    TIME_ALLOCATION = "time_allocation"
    TIME_SENSE = "time_sense"
    TIME_EXPLORE = "time_explore"
    TIME_TEST = "time_test"
    TIME_GROW = "time_grow"
    INSIGHTS = "insights"
    # The insights answer's closing text, after its list: the importer's row, no prompt's.
    INSIGHTS_AFTER = "insights_after"
    BLOG_LINKS = "blog_links"
    BARRIERS = "barriers"
    DATA_RATIONALE = "data_rationale"
    METHOD_RATIONALE = "method_rationale"
    BONUS_QUESTION = "bonus_question"
    PARTNERS_CIVIL_SOCIETY = "partners_civil_society"
    PARTNERS_ACADEMIA = "partners_academia"
    PARTNERS_PRIVATE_SECTOR = "partners_private_sector"
    PARTNERS_GOVERNMENT = "partners_government"
    PARTNERS_UN = "partners_un"
    PARTNERS_NEW_UNUSUAL = "partners_new_unusual"
    PARTNERS_WORKED_WITH = "partners_worked_with"
    HANDOVER = "handover"
    HANDOVER_DETAIL = "handover_detail"
    END = "end"


class TextLanguage(models.TextChoices):
    """The language a plan or blog is written in, as detected at import: search stems each
    record's words by the rules of its language."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    OTHER = "other", _("Other")


# What a card or page says of a record written in each language.
WRITTEN_IN = {
    TextLanguage.ENGLISH: _("In English"),
    TextLanguage.FRENCH: _("In French"),
    TextLanguage.SPANISH: _("In Spanish"),
    TextLanguage.OTHER: _("In another language"),
}


def written_in(language: str) -> str:
    """What a card or page says of a record written in `language`: nothing when the
    interface speaks it."""
    if language == (translation.get_language() or "en").split("-")[0]:
        return ""
    return str(WRITTEN_IN.get(language, ""))


def text_lang(language: str) -> str:
    """The ` lang="…"` attribute of a record's text in `language` on a page in another one
    (none for OTHER, whose language is unknown)."""
    if language == TextLanguage.OTHER or not written_in(language):
        return ""
    return f' lang="{language}"'


class Bureau(models.TextChoices):
    """UNDP's regional bureaus: the regions as the labs' visitors name them. Derived for each
    country in fixtures/build_countries.py; "" for a country no bureau serves."""

    AFRICA = "africa", _("Africa")
    ARAB_STATES = "arab-states", _("Arab States")
    ASIA_PACIFIC = "asia-pacific", _("Asia-Pacific")
    # Also Türkiye, the Caucasus and Cyprus: the part of Western Asia that is not Arab States.
    EUROPE_CENTRAL_ASIA = "europe-central-asia", _("Europe and Central Asia")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")


class SearchKind(models.TextChoices):
    """What a search entry indexes (records.models.SearchEntry)."""

    PLAN = "plan", _("Learning plan")
    INSIGHT = "insight", _("Insight")
    PARTNER = "partner", _("Partner")
    BLOG = "blog", _("Blog")
