"""What each kind of record looks like outside the site: its rows, fetched by an exported_*
builder of records/queries.py, as plain JSON-ready values, and the CSV columns they flatten to.
Nothing here reads `focal_point`."""

from collections.abc import Callable
from dataclasses import dataclass

from .. import queries
from ..archive.prompts import prompt_label
from ..enums import AnswerKey
from ..http_urls import http_url
from ..link_urls import blog_links


@dataclass(frozen=True)
class Shape:
    # A row as a download or the API gives it: serialise(row, absolute_url) -> dict.
    serialise: Callable[..., dict]
    # The list's rows, filtered and sorted, with what `serialise` reads.
    rows: Callable
    # The CSV header: the serialised fields, a nested record's flattened to `<field>_<sub>`.
    columns: tuple[str, ...]


def tag_names(tagged_items):
    """The names of a plan's tags of one facet, A to Z."""
    return sorted((item.tag.name for item in tagged_items.all()), key=str.casefold)


def page_data(record, absolute_url):
    """The fields naming a record with a page of its own, and that page's URL."""
    return {
        "slug": record.slug,
        "title": record.title,
        "url": absolute_url(record.get_absolute_url()),
    }


def plan_data(plan, absolute_url):
    return {
        **page_data(plan, absolute_url),
        "stage": plan.stage,
        "year": plan.year,
        "countries": [country.code for country in plan.countries.all()],
        "sdgs": [sdg.number for sdg in plan.sdgs.all()],
        "thematic_areas": tag_names(plan.taggedthematicarea_set),
        "methods": tag_names(plan.taggedmethod_set),
        "data_sources": tag_names(plan.taggeddatasource_set),
        "challenge_statement": plan.answer(AnswerKey.CHALLENGE_STATEMENT),
        "learning_questions": [
            answer.text
            for answer in plan.answers.all()
            if answer.key == AnswerKey.LEARNING_QUESTION and answer.text
        ],
        # Each item of the evidence under its label: its own, else its question's.
        "evidence": [
            {"text": answer.text, "label": answer.label or prompt_label(answer.prompt)}
            for answer in plan.answers.all()
            if answer.key in queries.EVIDENCE_KEYS and answer.text
        ],
        "insights": [insight.text for insight in plan.insights.all()],
        "partners": [
            {"name": p.partner.name, "sector": p.partner.sector} for p in plan.partnerships.all()
        ],
        # The public links only (see BlogLink.objects.public()); the blog's own URL once
        # imported, else the URL the plan wrote (the link holds its normalised form); only
        # http(s) URLs.
        "blogs": [
            url
            for link in blog_links(plan)
            if (url := http_url(link.blog.source_url if link.blog else link.shown_url))
        ],
    }


def insight_data(insight, absolute_url):
    plan = insight.plan
    return {
        "text": insight.text,
        "plan": page_data(plan, absolute_url),
        "countries": [country.code for country in plan.countries.all()],
        "year": plan.year,
    }


def partner_data(partner, absolute_url):
    return {
        "name": partner.name,
        "slug": partner.slug,
        "sector": partner.sector,
        "plans": [p.plan.slug for p in partner.public_partnerships],
        "countries": [{"code": c.code, "name": c.name} for c in partner.plan_countries],
    }


def blog_data(blog, absolute_url):
    return {
        **page_data(blog, absolute_url),
        "kind": blog.kind,
        "source_url": http_url(blog.source_url) or None,
        "published_on": blog.published_on.isoformat() if blog.published_on else None,
        "year": blog.year,
        "country": blog.country_id,
        "authors": [{"name": a.name, "role": a.role} for a in blog.authors.all()],
    }


PLANS = Shape(
    plan_data,
    queries.exported_plans,
    columns=(
        "slug",
        "title",
        "url",
        "stage",
        "year",
        "countries",
        "sdgs",
        "thematic_areas",
        "methods",
        "data_sources",
        "challenge_statement",
        "learning_questions",
        "evidence",
        "insights",
        "partners",
        "blogs",
    ),
)
INSIGHTS = Shape(
    insight_data,
    queries.exported_insights,
    columns=("text", "plan_slug", "plan_title", "plan_url", "countries", "year"),
)
PARTNERS = Shape(
    partner_data,
    queries.exported_partners,
    columns=("name", "slug", "sector", "plans", "countries"),
)
BLOGS = Shape(
    blog_data,
    queries.exported_blogs,
    columns=(
        "slug",
        "title",
        "url",
        "kind",
        "source_url",
        "published_on",
        "year",
        "country",
        "authors",
    ),
)
