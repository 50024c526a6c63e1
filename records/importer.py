"""Loads archive files into the models.

Knows the models and the import rules, nothing of the file format (that is archive.py):

- each file ends as created, updated, unchanged, conflict, skipped or failed;
- records are matched on a natural key, never on the file name: blogs by their normalised
  source URL, plans by type, title line and focal point;
- a file whose bytes were already imported is unchanged without being parsed, so a second run
  over the same files writes nothing;
- a record staff edited since its last import is not overwritten (a conflict) unless asked;
- each file is one transaction: a file that fails leaves nothing behind and the run goes on.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from . import archive
from .enums import BlogKind, Sector, Stage
from .models import (
    SDG,
    Blog,
    BlogAuthor,
    BlogLink,
    Country,
    DataSource,
    Insight,
    LearningPlan,
    Method,
    Partner,
    PartnerAlias,
    Partnership,
    PlanAnswer,
    TaggedDataSource,
    TaggedMethod,
    TaggedThematicArea,
    ThematicArea,
    partner_key,
    search_document,
    unique_slug,
)

OUTCOMES = ("created", "updated", "unchanged", "conflict", "skipped", "failed")
# Archive types we model, and the Blog kind of those that are blogs.
PLAN_TYPES = {"learningplan"}
BLOG_KINDS = {"blog": BlogKind.BLOG, "publications": BlogKind.PUBLICATION}
NO_COUNTRY = {"null island"}
SECTORS = {choice.value for choice in Sector}
TAG_FACETS = (
    ("thematic_areas", ThematicArea, TaggedThematicArea),
    ("methods", Method, TaggedMethod),
    ("data_sources", DataSource, TaggedDataSource),
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
REDACTED_EMAIL = "[e-mail removed]"


@dataclass
class FileResult:
    name: str
    outcome: str
    reason: str = ""


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(result.outcome for result in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome == "failed"]

    def summary(self) -> str:
        c = self.counts
        return (
            f"{len(self.results)} files: {c['created']} created, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {c['conflict']} conflicts, {c['skipped']} skipped, "
            f"{c['failed']} failed"
        )


class ImportFailed(Exception):
    """A file that cannot become a record; the message says why."""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path]]:
    """Every file under the given files and folders, sorted, as (display name, path).

    The display name is the path relative to the folder it was found in, so a record's
    source_file reads `learningplan/xyz.md` rather than a path of this machine.
    """
    for root in map(Path, paths):
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                yield path.relative_to(root).as_posix(), path
        else:
            yield root.name, root


def normalise_url(url: str) -> str:
    """The form of a URL that identifies a blog: https, lower-case host, no query, fragment,
    `www.` or trailing slash."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = urllib.parse.unquote(parts.path).rstrip("/")
    return f"https://{host}{path}" if host else ""


def redact_emails(text: str) -> str:
    """Archive text mentions staff e-mail addresses; none of them may reach a public page."""
    return EMAIL_RE.sub(REDACTED_EMAIL, text) if "@" in text else text


def fit(model, field_name: str, value: str, warnings: list[str]) -> str:
    """Cut a value to its column's length (SQLite would not, PostgreSQL would refuse)."""
    limit = model._meta.get_field(field_name).max_length
    if len(value) <= limit:
        return value
    warnings.append(f"{model.__name__}.{field_name} cut to {limit} characters")
    return value[: limit - 1].rstrip() + "…"


def tag_lookup(tag_model) -> dict[str, int]:
    """slug → tag id, merged-away spellings included."""
    lookup = {}
    for pk, slug, aliases in tag_model.objects.values_list("pk", "slug", "aliases"):
        lookup[slug] = pk
        lookup.update(dict.fromkeys(aliases, pk))
    return lookup


class Importer:
    """One import run. Holds lookups of reference data, tags and partners for its files.

    Lookups of rows created while importing a file only become visible to later files once
    that file's transaction committed, so a failed file leaves no stale entry behind.
    """

    def __init__(self, *, overwrite: bool = False, dry_run: bool = False):
        self.overwrite = overwrite
        self.dry_run = dry_run
        self.report = ImportReport()
        self.seen_shas: dict[str, str] = {}  # sha256 → name of the file in this run
        self.imported_shas = set(
            LearningPlan.objects.exclude(source_sha256="").values_list("source_sha256", flat=True)
        ) | set(Blog.objects.exclude(source_sha256="").values_list("source_sha256", flat=True))
        self.countries: dict[str, str] = {}
        for code, name, aliases in Country.objects.values_list("code", "name", "aliases"):
            for spelling in [code, name, *aliases]:
                self.countries[spelling.casefold()] = code
        self.sdgs = set(SDG.objects.values_list("number", flat=True))
        self.lookups: dict[str, dict] = {
            **{f"tag:{facet}": tag_lookup(tag_model) for facet, tag_model, _ in TAG_FACETS},
            "partner": dict(PartnerAlias.objects.values_list("key", "partner_id")),
            "blog": dict(Blog.objects.exclude(source_key="").values_list("source_key", "pk")),
            "plan": dict(
                LearningPlan.objects.exclude(source_key="").values_list("source_key", "pk")
            ),
        }
        self.pending: dict[str, dict] = {}
        self.slugs = {
            model: set(model.objects.values_list("slug", flat=True))
            for model in (LearningPlan, Blog, Partner)
        }

    def lookup(self, kind: str, key: str):
        return self.pending.get(kind, {}).get(key) or self.lookups[kind].get(key)

    def remember(self, kind: str, key: str, value) -> None:
        self.pending.setdefault(kind, {})[key] = value

    # -- the run --------------------------------------------------------------------------

    def run(
        self,
        documents: Iterable[tuple[str, bytes | Callable[[], bytes]]],
        progress: Callable[[FileResult], None] | None = None,
    ) -> ImportReport:
        """Import (name, bytes) pairs; bytes may be a callable that reads them, so a large
        folder is never held in memory at once."""
        # A dry run writes like a real one, inside one transaction it then rolls back, so it
        # reports exactly what a real run would do.
        with transaction.atomic() if self.dry_run else contextlib.nullcontext():
            for name, data in documents:
                result = self.import_one(name, data)
                self.report.results.append(result)
                if progress:
                    progress(result)
            if self.dry_run:
                transaction.set_rollback(True)
        return self.report

    def import_one(self, name: str, data: bytes | Callable[[], bytes]) -> FileResult:
        try:
            data = data() if callable(data) else data
        except OSError as exc:
            return FileResult(name, "failed", f"cannot read the file: {exc.strerror or exc}")
        sha = hashlib.sha256(data).hexdigest()
        self.seen_shas.setdefault(sha, name)
        if sha in self.imported_shas:
            return FileResult(name, "unchanged")
        text = archive.decode(data)
        doc_type = archive.sniff_type(text)
        if doc_type not in PLAN_TYPES and doc_type not in BLOG_KINDS:
            reason = f"type {doc_type!r} is not imported" if doc_type else "no [[type:]] tag"
            return FileResult(name, "skipped", reason)
        try:
            with transaction.atomic():
                doc = archive.parse(text, name)
                if doc_type in PLAN_TYPES:
                    outcome, reason = self.import_plan(name, sha, doc)
                else:
                    outcome, reason = self.import_blog(name, sha, doc, BLOG_KINDS[doc_type])
        except ImportFailed as exc:
            outcome, reason = "failed", str(exc)
        except Exception as exc:  # one bad file never stops the run
            outcome, reason = "failed", f"{type(exc).__name__}: {exc}"
        if outcome in ("created", "updated"):
            for kind, entries in self.pending.items():
                self.lookups[kind].update(entries)
            self.imported_shas.add(sha)
        self.pending.clear()
        return FileResult(name, outcome, reason)

    def existing(self, model, kind: str, key: str, sha: str):
        """The record with this natural key, and what to do with it: (record, outcome, reason),
        where outcome is None when the file should be written."""
        pk = self.lookup(kind, key)
        if pk is None:
            return None, None, ""
        record = model.objects.get(pk=pk)
        if record.source_sha256 in self.seen_shas and record.source_sha256 != sha:
            earlier = self.seen_shas[record.source_sha256]
            return record, "skipped", f"same record as {earlier}, earlier in this run"
        if record.edited_since_import and not self.overwrite:
            return (
                record,
                "conflict",
                "edited in the admin since its last import; kept the edit "
                "(--overwrite replaces it)",
            )
        return record, None, ""

    def stamp(self, record, name: str, sha: str, key: str, warnings: list[str]) -> None:
        record.source_key = key
        record.source_file = fit(type(record), "source_file", name, warnings)
        record.source_sha256 = sha
        record.imported_at = timezone.now()
        record.edited_since_import = False
        record.parse_warnings = warnings

    # -- learning plans -------------------------------------------------------------------

    def import_plan(self, name: str, sha: str, doc: archive.ParsedDocument):
        identity = f"{doc.type}\n{doc.title_line or doc.title}\n{doc.focal_point}"
        key = "learningplan:" + hashlib.sha256(identity.encode()).hexdigest()[:40]
        plan, outcome, reason = self.existing(LearningPlan, "plan", key, sha)
        if outcome:
            return outcome, reason
        created = plan is None
        warnings = list(doc.warnings)
        plan = plan or LearningPlan()
        plan.title = fit(LearningPlan, "title", doc.title or name, warnings)
        if created:
            plan.slug = unique_slug(LearningPlan, plan.title, self.slugs[LearningPlan])
        plan.stage = Stage.CLOSING if doc.form in ("close-a", "close-b") else Stage.PLAN
        plan.year = doc.year
        plan.focal_point = fit(LearningPlan, "focal_point", doc.focal_point, warnings)
        # Everything that can add a warning comes first, so the plan is saved once.
        answers = [
            PlanAnswer(
                position=position,
                section=fit(PlanAnswer, "section", a.section, warnings),
                prompt=a.prompt,
                key=fit(PlanAnswer, "key", a.key, warnings),
                text=redact_emails(a.text),
            )
            for position, a in enumerate(doc.answers)
        ]
        insights = [
            Insight(position=position, text=redact_emails(text))
            for position, text in enumerate(doc.insights)
        ]
        partners = self.partner_descriptions(doc.partners, warnings)
        countries = self.country_codes(doc.countries, warnings)
        # The same text plan.build_search_document() gives from the rows written below.
        plan.search_document = search_document(
            plan.title, *(a.text for a in answers), *(i.text for i in insights)
        )
        self.stamp(plan, name, sha, key, warnings)
        plan.save()

        if not created:
            for related in (plan.answers, plan.insights, plan.partnerships, plan.blog_links):
                related.all().delete()
        for row in (*answers, *insights):
            row.plan = plan
        PlanAnswer.objects.bulk_create(answers)
        Insight.objects.bulk_create(insights)
        Partnership.objects.bulk_create(
            Partnership(plan=plan, partner_id=pid, description=description, position=position)
            for position, (pid, description) in enumerate(partners.items())
        )
        self.link_blogs(plan, doc.blog_urls)
        plan.countries.set(countries)
        plan.sdgs.set([n for n in doc.sdgs if n in self.sdgs])
        for facet, tag_model, through in TAG_FACETS:
            tag_ids = self.tag_ids(getattr(doc, facet), f"tag:{facet}", tag_model)
            if not created:
                through.objects.filter(content_object=plan).delete()
            through.objects.bulk_create(through(content_object=plan, tag_id=pk) for pk in tag_ids)
        if created:
            self.remember("plan", key, plan.pk)
        return ("created" if created else "updated"), ""

    def country_codes(self, names: list[str], warnings: list[str]) -> list[str]:
        codes = []
        for name in names:
            code = self.countries.get(name.casefold())
            if code:
                codes.append(code)
            elif name.casefold() not in NO_COUNTRY:
                warnings.append(f"unknown country {name!r}")
        return list(dict.fromkeys(codes))

    def tag_ids(self, names: list[str], kind: str, tag_model) -> list[int]:
        """The tags of these names, matched on slug ("in-depth" and "in depth" are one),
        created when new."""
        tag_ids = []
        for name in names:
            tag = tag_model(name=fit(tag_model, "name", name, []))
            slug = tag.slugify(tag.name)[:100]
            if not slug:
                continue
            pk = self.lookup(kind, slug)
            if pk is None:
                tag.slug = slug
                tag.save()
                pk = tag.pk
                self.remember(kind, slug, pk)
            tag_ids.append(pk)
        return list(dict.fromkeys(tag_ids))

    def partner_descriptions(
        self, mentions: list[archive.PartnerMention], warnings: list[str]
    ) -> dict[int, str]:
        """partner id → this plan's description of the work with it; new partners created."""
        partnerships = {}
        for mention in mentions:
            key = partner_key(mention.name)
            if not key:
                continue
            sector = mention.sector if mention.sector in SECTORS else Sector.UNKNOWN
            partner_id = self.lookup("partner", key)
            if partner_id is None:
                name = fit(Partner, "name", mention.name, warnings)
                partner = Partner.objects.create(
                    name=name, slug=unique_slug(Partner, name, self.slugs[Partner]), sector=sector
                )
                PartnerAlias.objects.create(partner=partner, key=fit(PartnerAlias, "key", key, []))
                partner_id = partner.pk
                self.remember("partner", key, partner_id)
            elif sector != Sector.UNKNOWN:
                # A sector learnt from a later plan fills in an unknown one; staff choices stay.
                Partner.objects.filter(pk=partner_id, sector=Sector.UNKNOWN).update(sector=sector)
            partnerships.setdefault(partner_id, redact_emails(mention.description))
        return partnerships

    def link_blogs(self, plan, urls: list[str]) -> None:
        links = dict.fromkeys(filter(None, map(normalise_url, urls)))
        BlogLink.objects.bulk_create(
            BlogLink(plan=plan, url=url, blog_id=self.lookup("blog", url), position=position)
            for position, url in enumerate(links)
            if len(url) <= 2000
        )

    # -- blogs and publications -----------------------------------------------------------

    def import_blog(self, name: str, sha: str, doc: archive.ParsedDocument, kind: str):
        key = normalise_url(doc.source_url)
        if not key:
            raise ImportFailed("no [[source:]] URL: a blog is identified by its URL")
        if len(doc.source_url.strip()) > 2000 or len(key) > 2000:
            raise ImportFailed("the [[source:]] URL is longer than 2,000 characters")
        blog, outcome, reason = self.existing(Blog, "blog", key, sha)
        if outcome:
            return outcome, reason
        created = blog is None
        warnings = list(doc.warnings)
        blog = blog or Blog()
        blog.title = fit(Blog, "title", doc.title or name, warnings)
        if created:
            blog.slug = unique_slug(Blog, blog.title, self.slugs[Blog])
        blog.kind = kind
        blog.source_url = doc.source_url.strip()
        blog.published_on = doc.published_on
        blog.year = doc.year
        codes = self.country_codes(doc.countries, warnings)
        blog.country_id = codes[0] if codes else None
        blog.body = redact_emails(doc.body)
        blog.search_document = blog.build_search_document()
        self.stamp(blog, name, sha, key, warnings)
        blog.save()
        if not created:
            blog.authors.all().delete()
        BlogAuthor.objects.bulk_create(
            BlogAuthor(
                blog=blog,
                name=fit(BlogAuthor, "name", author.name, warnings),
                role=fit(BlogAuthor, "role", author.role, warnings),
                position=position,
            )
            for position, author in enumerate(doc.authors)
        )
        if created:
            BlogLink.objects.filter(url=key, blog__isnull=True).update(blog=blog)
            self.remember("blog", key, blog.pk)
        return ("created" if created else "updated"), ""


def import_paths(paths, **options) -> ImportReport:
    """Import every file under `paths` (files or folders); see Importer for the options."""
    documents = ((name, path.read_bytes) for name, path in iter_paths(paths))
    progress = options.pop("progress", None)
    return Importer(**options).run(documents, progress=progress)
