"""The public data shapes: one serialiser per kind of record, the CSV and JSON downloads of
the lists, and the read-only JSON API.

Every list (page, download, API) filters through the same FilterSet, so a parameter means
the same thing everywhere; this module only decides what a record looks like once it is out.
Nothing here reads `focal_point`, and querysets come from the FilterSets, which start from
`published()`.
"""

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch, Q
from django.http import JsonResponse, StreamingHttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from .filters import BlogFilter, InsightFilter, PartnerFilter, PlanFilter
from .models import (
    Blog,
    BlogLink,
    LearningPlan,
    Partnership,
    PlanAnswer,
    TaggedDataSource,
    TaggedMethod,
    TaggedThematicArea,
)

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Rows fetched (and prefetched for) per query batch while streaming a download: memory stays
# flat and a download costs a fixed number of queries per batch, never per row.
BATCH_SIZE = 200
FORMATS = ("csv", "json")
# Data changes only when staff edit or an import runs: five minutes of staleness is harmless.
MAX_AGE = 300


# Serialisers: a record (fetched with its kind's prefetches) to plain JSON-ready values.


def tag_names(tagged_items):
    """The names of a plan's tags of one facet, A to Z."""
    return sorted((item.tag.name for item in tagged_items.all()), key=str.casefold)


def plan_data(plan, absolute_url):
    return {
        "slug": plan.slug,
        "title": plan.title,
        "url": absolute_url(plan.get_absolute_url()),
        "stage": plan.stage,
        "year": plan.year,
        "countries": [country.code for country in plan.countries.all()],
        "sdgs": [sdg.number for sdg in plan.sdgs.all()],
        "thematic_areas": tag_names(plan.taggedthematicarea_set),
        "methods": tag_names(plan.taggedmethod_set),
        "data_sources": tag_names(plan.taggeddatasource_set),
        "challenge_statement": plan.answer("challenge_statement"),
        "learning_questions": [
            answer.text
            for answer in plan.answers.all()
            if answer.key == "learning_question" and answer.text
        ],
        "insights": [insight.text for insight in plan.insights.all()],
        "partners": [
            {"name": p.partner.name, "sector": p.partner.sector} for p in plan.partnerships.all()
        ],
        # The blog's own URL once imported (the link holds its normalised form).
        "blogs": [
            link.blog.source_url if link.blog else link.url for link in plan.blog_links.all()
        ],
    }


def insight_data(insight, absolute_url):
    plan = insight.plan
    return {
        "text": insight.text,
        "plan": {
            "slug": plan.slug,
            "title": plan.title,
            "url": absolute_url(plan.get_absolute_url()),
        },
        "countries": [country.code for country in plan.countries.all()],
        "year": plan.year,
    }


def partner_data(partner, absolute_url):
    return {
        "name": partner.name,
        "slug": partner.slug,
        "sector": partner.sector,
        "plans": [p.plan.slug for p in partner.public_partnerships],
    }


def blog_data(blog, absolute_url):
    return {
        "slug": blog.slug,
        "title": blog.title,
        "url": absolute_url(blog.get_absolute_url()),
        "kind": blog.kind,
        "source_url": blog.source_url,
        "published_on": blog.published_on.isoformat() if blog.published_on else None,
        "year": blog.year,
        "country": blog.country_id,
        "authors": [{"name": a.name, "role": a.role} for a in blog.authors.all()],
    }


@dataclass(frozen=True)
class Shape:
    """What one kind of record looks like outside the site, and what fetching it needs."""

    filterset_class: type
    serialise: Callable[..., dict]
    columns: tuple[str, ...]
    select_related: tuple = ()
    prefetch_related: tuple = ()
    # Columns the data does not show: the search text doubles a record's size.
    defer: tuple = ()

    def fetch(self, queryset):
        # The list page may prefetch what it shows; replace that with what the data needs.
        return (
            queryset.select_related(*self.select_related)
            .defer(*self.defer)
            .prefetch_related(None)
            .prefetch_related(*self.prefetch_related)
        )


PLAN_PREFETCHES = (
    "countries",
    "sdgs",
    # The tags through their rows: taggit's own prefetch builds a queryset per plan and
    # facet, which nearly tripled the time of a download of 770 plans.
    Prefetch("taggedthematicarea_set", queryset=TaggedThematicArea.objects.select_related("tag")),
    Prefetch("taggedmethod_set", queryset=TaggedMethod.objects.select_related("tag")),
    Prefetch("taggeddatasource_set", queryset=TaggedDataSource.objects.select_related("tag")),
    Prefetch(
        "answers",
        queryset=PlanAnswer.objects.filter(key__in=["challenge_statement", "learning_question"]),
    ),
    "insights",
    Prefetch("partnerships", queryset=Partnership.objects.select_related("partner")),
    # A link to an unpublished blog would name it: keep only links to no record or to a
    # published one.
    Prefetch(
        "blog_links",
        queryset=BlogLink.objects.filter(
            Q(blog__isnull=True) | Q(blog__in=Blog.objects.published())
        )
        .select_related("blog")
        .only("plan", "url", "position", "blog__source_url"),
    ),
)


SHAPES = {
    "plans": Shape(
        filterset_class=PlanFilter,
        serialise=plan_data,
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
            "insights",
            "partners",
            "blogs",
        ),
        prefetch_related=PLAN_PREFETCHES,
        defer=LearningPlan.UNSHOWN,
    ),
    "insights": Shape(
        filterset_class=InsightFilter,
        serialise=insight_data,
        columns=("text", "plan_slug", "plan_title", "plan_url", "countries", "year"),
        select_related=("plan",),
        prefetch_related=("plan__countries",),
        defer=tuple(f"plan__{name}" for name in LearningPlan.UNSHOWN),
    ),
    "partners": Shape(
        filterset_class=PartnerFilter,
        serialise=partner_data,
        columns=("name", "slug", "sector", "plans"),
        prefetch_related=(
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published()
                .select_related("plan")
                .only("partner", "plan__slug"),
                to_attr="public_partnerships",
            ),
        ),
    ),
    "blogs": Shape(
        filterset_class=BlogFilter,
        serialise=blog_data,
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
        prefetch_related=("authors",),
        defer=("body", *Blog.UNSHOWN),
    ),
}


# Errors, as JSON: the same for a download and the API.


def _error(status, detail, **extra):
    response = JsonResponse({"detail": detail, **extra}, status=status)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def invalid_filters(filterset):
    """The 400 of a download or an API list whose filter parameters are malformed (the HTML
    list answers 400 too), with the reasons by parameter."""
    errors = {name: [str(m) for m in messages] for name, messages in filterset.errors.items()}
    return _error(400, "Invalid filter parameters.", errors=errors)


# CSV: the same fields flattened, one row per record.


# Spreadsheets run a cell that starts with one of these as a formula; archive text is
# untrusted, so such a cell gets a leading apostrophe (the JSON keeps the exact text).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _item_text(item):
    if isinstance(item, dict):
        # {name, sector} and {name, role}: "Name (detail)".
        name, *details = item.values()
        details = [str(d) for d in details if d]
        return f"{name} ({', '.join(details)})" if details else str(name)
    return str(item)


def csv_cell(value):
    if value is None:
        return ""
    text = "; ".join(_item_text(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_row(data):
    """A serialised record as CSV cells; a nested record becomes prefixed columns."""
    row = {}
    for key, value in data.items():
        if isinstance(value, dict):
            row.update((f"{key}_{sub}", csv_cell(v)) for sub, v in value.items())
        else:
            row[key] = csv_cell(value)
    return row


class _Line:
    """A file-like object whose write returns the line, so csv.writer can feed a stream."""

    def write(self, text):
        return text


def _csv_lines(shape, records):
    writer = csv.DictWriter(_Line(), fieldnames=shape.columns)
    yield writer.writeheader()
    for data in records:
        yield writer.writerow(csv_row(data))


def _json_parts(records):
    yield "["
    separator = "\n"
    for data in records:
        yield separator + json.dumps(data, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"


def _joined(parts, size):
    """Join small strings into chunks, so the response is not written one row at a time."""
    chunk = []
    for part in parts:
        chunk.append(part)
        if len(chunk) >= size:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def download(kind, filterset):
    """Every row of a filtered list as a streamed attachment, `kinds.csv` or `kinds.json`.

    The format comes from the request's `format` parameter (one of FORMATS). Rows are
    fetched in batches of BATCH_SIZE with the prefetches run per batch.
    """
    shape = SHAPES[kind]
    request = filterset.request
    fmt = request.GET.get("format")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    if filterset.errors:
        return invalid_filters(filterset)
    queryset = shape.fetch(filterset.qs).iterator(chunk_size=BATCH_SIZE)
    records = (shape.serialise(record, request.build_absolute_uri) for record in queryset)
    if fmt == "csv":
        parts, content_type = _csv_lines(shape, records), "text/csv; charset=utf-8"
    else:
        parts, content_type = _json_parts(records), "application/json"
    response = StreamingHttpResponse(_joined(parts, BATCH_SIZE), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{kind}.{fmt}"'
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


# The API.


class BadRequest(ValueError):
    pass


def _positive_int(params, name, default):
    value = params.get(name)
    if value is None or value == "":
        return default
    # isdigit() alone accepts "²", which int() refuses.
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise BadRequest(f"{name} must be a positive whole number, not {value!r}.")
    return int(value)


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@require_safe
def api_list(request, kind):
    """A filtered list as {"count", "next", "previous", "results"}.

    `page` (from 1) and `page_size` (default PAGE_SIZE, at most MAX_PAGE_SIZE) page it; the
    other parameters are the list's filters. A malformed parameter is a 400 with a
    `detail` (and `errors` by parameter for filters), a page past the end a 404.
    """
    shape = SHAPES[kind]
    try:
        number = _positive_int(request.GET, "page", 1)
        size = min(_positive_int(request.GET, "page_size", PAGE_SIZE), MAX_PAGE_SIZE)
    except BadRequest as exc:
        return _error(400, str(exc))
    filterset = shape.filterset_class(data=request.GET, queryset=None, request=request)
    if filterset.errors:
        return invalid_filters(filterset)
    paginator = Paginator(shape.fetch(filterset.qs), size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        return _error(404, f"Page {number} does not exist: there are {paginator.num_pages}.")
    absolute_url = request.build_absolute_uri
    response = JsonResponse(
        {
            "count": paginator.count,
            "next": _page_url(request, number + 1) if page.has_next() else None,
            "previous": _page_url(request, number - 1) if page.has_previous() else None,
            "results": [shape.serialise(record, absolute_url) for record in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
