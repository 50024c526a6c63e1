"""What the tests build on: the paths of the real archive files they read, the import as a
user runs it, and records made with the ORM."""

import datetime
import subprocess
import sys
import zipfile
from contextlib import contextmanager
from functools import cache
from io import BytesIO, StringIO
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.db import transaction

from records import versioning
from records.archive import ParsedDocument, decode, parse
from records.enums import Sector, Stage
from records.imported_records import search_document
from records.models import (
    Blog,
    BlogAuthor,
    BlogLink,
    Insight,
    LearningPlan,
    Partner,
    PartnerAlias,
    Partnership,
    PlanAnswer,
    partner_key,
)
from records.search import entries
from records.slugs import unique_slug

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

FOCAL_POINT = "focal.point@undp.org"


def seed_path(number: str) -> Path:
    """The seed file whose name starts with `number` ("000" to "004")."""
    return next(SEEDS.glob(f"{number}_*"))


@cache
def parse_file(path: Path) -> ParsedDocument:
    """An archive file parsed as the importer reads it. Parsed once: treat it as read-only."""
    return parse(decode(path.read_bytes()), path.name)


def parse_seed(number: str) -> ParsedDocument:
    """Seed `number` ("000" to "004"), parsed (read-only, see `parse_file`)."""
    return parse_file(seed_path(number))


def parse_data(relative: str) -> ParsedDocument:
    """The archive file at `relative` under tests/data, parsed (read-only, see `parse_file`)."""
    return parse_file(DATA / relative)


def plan_text(body: str, title: str = "T") -> str:
    """A learning plan document: its title, type tag and a "Title" section holding `body`."""
    return f"# {title}\n\n[[type:learningplan]]\n## Title\n\n{body}"


def article(doc: ParsedDocument) -> tuple[str, str, list]:
    """What the blog-page reader made of a blog document: (title, body, authors)."""
    return doc.title, doc.body, doc.authors


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


def page_text(title: str, lines: list[str]) -> str:
    """A scraped blog document: its `# ` title, type tag and page lines."""
    return f"# {title}\n\n[[type:blog]]\n\n" + "\n".join(lines) + "\n"


def manage(env: dict, *args: str) -> subprocess.Popen:
    """`manage.py *args` in a process of its own with the environment `env`, its output (and
    errors) readable from `stdout`: for the tests of several processes at once."""
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def run_import(*paths, **options):
    """Run import_seeds like a user would; returns (stdout lines, exit code)."""
    out = StringIO()
    code = 0
    try:
        call_command("import_seeds", *map(str, paths), stdout=out, **options)
    except CommandError as exc:
        code = exc.returncode
    return out.getvalue().splitlines(), code


@contextmanager
def shared_rows(django_db_blocker):
    """For a module- or class-scoped fixture: the rows it makes inside are shared, read-only,
    by the tests of its scope, and rolled back after the last of them (each test's own
    writes are rolled back after it, as ever).

        @pytest.fixture(scope="module")
        def catalogue(django_db_setup, django_db_blocker):
            with shared_rows(django_db_blocker):
                yield make_catalogue()
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def make_zip(members):
    """The bytes of a deflated zip holding `members`, a {name: bytes} dict, in its order."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def make_editor(username="editor"):
    """A staff member in the "Lab editor" group: edits records, not users."""
    user = User.objects.create_user(username, f"{username}@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Lab editor"))
    return user


def make_partner(name, sector=Sector.UNKNOWN):
    """A partner with the alias the importer gives its name."""
    partner = Partner.objects.create(name=name, slug=unique_slug(Partner, name), sector=sector)
    PartnerAlias.objects.create(partner=partner, key=partner_key(name))
    return partner


def make_partners(names, sector=Sector.UNKNOWN):
    """A partner of each of `names`, as make_partner makes it, made together: one insert of
    the partners, one of their aliases, their index entries in one write."""
    slugs = set(Partner.objects.values_list("slug", flat=True))
    partners = Partner.objects.bulk_create(
        Partner(name=name, slug=unique_slug(Partner, name, slugs), sector=sector) for name in names
    )
    PartnerAlias.objects.bulk_create(
        PartnerAlias(partner=partner, key=partner_key(partner.name)) for partner in partners
    )
    entries.write([entries.partner_entry(partner) for partner in partners])
    versioning.bump()
    return partners


def make_imported_plan(title="Women in STEM", **fields):
    """A closing report as the importer leaves one: its source fields and a parser warning,
    a title answer and a challenge statement, two insights, one country, SDG and tag of
    each facet. `fields` sets other LearningPlan fields."""
    fields = {"stage": Stage.CLOSING, "year": 2023, **fields}
    plan = LearningPlan.objects.create(
        title=title,
        slug=unique_slug(LearningPlan, title),
        source_key=f"learningplan:{title}",
        source_file=f"learningplan/{title}.md",
        source_sha256="a" * 64,
        parse_warnings=["unknown country 'Atlantis'"],
        **fields,
    )
    PlanAnswer.objects.bulk_create(
        [
            PlanAnswer(
                plan=plan, position=0, section="Title", prompt="Name your plan.", text=title
            ),
            PlanAnswer(
                plan=plan,
                position=1,
                section="Challenge statement",
                prompt="What is your challenge?",
                key="challenge_statement",
                text="Women leave STEM fields early.",
            ),
        ]
    )
    Insight.objects.bulk_create(
        [
            Insight(plan=plan, position=0, text="Mentoring keeps women in STEM."),
            Insight(plan=plan, position=1, text="Employers want data."),
        ]
    )
    plan.countries.set(["AZE"])
    plan.sdgs.set([5])
    plan.thematic_areas.add("gender focus")
    plan.methods.add("sensemaking")
    plan.data_sources.add("press")
    plan.search_document = plan.build_search_document()
    plan.save()
    return plan


def make_many_plans(n):
    """n plans in two countries, each with its own partner, two answers and two insights,
    and n blogs; built in bulk to keep the test fast."""
    plans = LearningPlan.objects.bulk_create(
        LearningPlan(title=f"Plan {i}", slug=f"plan-{i}", year=2020 + i % 4) for i in range(n)
    )
    partners = Partner.objects.bulk_create(
        Partner(name=f"Partner {i}", slug=f"partner-{i}") for i in range(n)
    )
    PartnerAlias.objects.bulk_create(PartnerAlias(partner=p, key=p.slug) for p in partners)
    Partnership.objects.bulk_create(
        Partnership(plan=plan, partner=partner)
        for plan, partner in zip(plans, partners, strict=True)
    )
    PlanAnswer.objects.bulk_create(
        PlanAnswer(plan=plan, position=i, prompt=f"Prompt {i}") for plan in plans for i in (0, 1)
    )
    Insight.objects.bulk_create(
        Insight(plan=plan, position=i, text=f"Insight {i}") for plan in plans for i in (0, 1)
    )
    Through = LearningPlan.countries.through
    Through.objects.bulk_create(
        Through(learningplan=plan, country_id=code) for plan in plans for code in ("AZE", "GEO")
    )
    Blog.objects.bulk_create(
        Blog(
            title=f"Blog {i}",
            slug=f"blog-{i}",
            source_url=f"https://example.org/{i}",
            country_id="AZE",
            year=2023,
        )
        for i in range(n)
    )


def make_blog(
    title,
    *,
    source_url=None,
    published_on=None,
    year=None,
    country=None,
    body="",
    authors=(),
    kind="blog",
    is_published=True,
):
    blog = Blog(
        title=title,
        slug=unique_slug(Blog, title),
        kind=kind,
        source_url=source_url or f"https://www.undp.org/blog/{unique_slug(Blog, title)}",
        published_on=published_on,
        year=year or (published_on.year if published_on else None),
        country_id=country,
        body=body,
        is_published=is_published,
    )
    blog.search_document = blog.build_search_document()
    blog.save()  # indexed once, with its search document
    BlogAuthor.objects.bulk_create(
        BlogAuthor(blog=blog, name=name, role=role, position=position)
        for position, (name, role) in enumerate(authors)
    )
    return blog


PLAN_FIELDS = {
    "stage": "plan",
    "year": 2023,
    "countries": (),
    "sdgs": (),
    "thematic_areas": (),
    "methods": (),
    "data_sources": (),
    "challenge": "",
    "learning_questions": (),
    "insights": (),
    "partners": (),
    "blog_urls": (),
    "is_published": True,
}
FACETS = ("thematic_areas", "methods", "data_sources")


def make_plan(title, **fields):
    """A plan with its answers, insights, partners ((name, sector) pairs) and blog links;
    a link is tied to the Blog with that source URL when one exists. `fields` are those of
    PLAN_FIELDS (the defaults)."""
    [plan] = make_plans([{"title": title, **fields}])
    return plan


def make_plans(specs):
    """The plans of `specs`, each a dict of make_plan's arguments, made together: each table
    written in one insert whatever the number of plans, the plans (and new partners) indexed
    in one write once complete, and the data version bumped, as their saves would."""
    specs = [{**PLAN_FIELDS, **spec} for spec in specs]
    for spec in specs:
        unknown = set(spec) - set(PLAN_FIELDS) - {"title"}
        if unknown:
            raise TypeError(f"make_plan() got unexpected arguments {sorted(unknown)}")
    taken = set(LearningPlan.objects.values_list("slug", flat=True))
    plans = LearningPlan.objects.bulk_create(
        LearningPlan(
            title=spec["title"],
            slug=unique_slug(LearningPlan, spec["title"], taken),
            stage=spec["stage"],
            year=spec["year"],
            focal_point=FOCAL_POINT,
            is_published=spec["is_published"],
        )
        for spec in specs
    )
    pairs = list(zip(plans, specs, strict=True))
    for name in ("countries", "sdgs"):
        field = LearningPlan._meta.get_field(name)
        plan_id, value_id = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        field.remote_field.through.objects.bulk_create(
            field.remote_field.through(**{plan_id: plan.pk, value_id: getattr(v, "pk", v)})
            for plan, spec in pairs
            for v in spec[name]
        )
    for name in FACETS:
        tag_plans(pairs, name)
    answers, insights = _texts(pairs)
    _link_partners(pairs)
    _link_blogs(pairs)
    for plan in plans:
        plan.search_document = search_document(
            plan.title, *(a.text for a in answers[plan]), *(i.text for i in insights[plan])
        )
    LearningPlan.objects.bulk_update(plans, ["search_document"])
    entries.write([e for plan in plans for e in entries.plan_entries(plan, insights[plan])])
    versioning.bump()
    return plans


def tag_plans(pairs, name) -> None:
    """Tag each (plan, spec) pair's plan with the names of its spec's facet `name`, a name
    matching its tag in any case as taggit's add() does (TAGGIT_CASE_INSENSITIVE), the links
    in one insert rather than taggit's get_or_create for each."""
    through = LearningPlan._meta.get_field(name).through
    model = through.tag_model()
    found = {}
    links = []
    for plan, spec in pairs:
        tags = {}
        for text in spec[name]:
            if text not in found:
                found[text] = model.objects.filter(
                    name__iexact=text
                ).first() or model.objects.create(name=text)
            tags[found[text].pk] = found[text]
        links += [through(content_object=plan, tag=t) for t in tags.values()]
    through.objects.bulk_create(links)


def _texts(pairs):
    """The answers and insights of each pair's plan, written: ({plan: answers}, {plan:
    insights}), each in the order of its positions."""
    answers, insights = {}, {}
    for plan, spec in pairs:
        rows = [("challenge_statement", "Challenge statement", spec["challenge"])]
        rows += [("learning_question", "Learning question", q) for q in spec["learning_questions"]]
        rows += [("tweet_summary", "Tweet", "Not exported.")]
        answers[plan] = [
            PlanAnswer(plan=plan, position=position, key=key, prompt=prompt, text=text)
            for position, (key, prompt, text) in enumerate(rows)
        ]
        insights[plan] = [
            Insight(plan=plan, text=text, position=position)
            for position, text in enumerate(spec["insights"])
        ]
    PlanAnswer.objects.bulk_create(a for rows in answers.values() for a in rows)
    Insight.objects.bulk_create(i for rows in insights.values() for i in rows)
    return answers, insights


def _link_partners(pairs) -> None:
    """Each pair's plan linked to its partners, a partner found by its name or made (and
    indexed) when there is none."""
    partners, made, slugs = {}, [], None
    for _plan, spec in pairs:
        for name, sector in spec["partners"]:
            if name not in partners:
                partners[name] = Partner.objects.filter(name=name).first()
            if partners[name] is None:
                if slugs is None:
                    slugs = set(Partner.objects.values_list("slug", flat=True))
                partners[name] = Partner(
                    name=name, slug=unique_slug(Partner, name, slugs), sector=sector
                )
                made.append(partners[name])
    if made:
        Partner.objects.bulk_create(made)
        entries.write([entries.partner_entry(partner) for partner in made])
    Partnership.objects.bulk_create(
        Partnership(plan=plan, partner=partners[name], position=position)
        for plan, spec in pairs
        for position, (name, _sector) in enumerate(spec["partners"])
    )


def _link_blogs(pairs) -> None:
    blogs = {}
    for _plan, spec in pairs:
        for url in spec["blog_urls"]:
            if url not in blogs:
                blogs[url] = Blog.objects.filter(source_url=url).first()
    BlogLink.objects.bulk_create(
        BlogLink(plan=plan, url=url, blog=blogs[url], position=position)
        for plan, spec in pairs
        for position, url in enumerate(spec["blog_urls"])
    )


def make_linked_blogs(*, body="Paragraph one.\n\nParagraph two.", hidden_country=None):
    """The published blog "Women who code" (2023-05-17, Azerbaijan, two authors) and an
    unpublished "Hidden blog", for plans to link to: (public, hidden)."""
    public_blog = make_blog(
        "Women who code",
        source_url="https://www.undp.org/azerbaijan/blog/women-who-code",
        published_on=datetime.date(2023, 5, 17),
        country="AZE",
        body=body,
        authors=[("Leyla Seyidzade", "Head of Exploration"), ("Nargiz Guliyeva", "")],
    )
    hidden_blog = make_blog(
        "Hidden blog",
        source_url="https://www.undp.org/azerbaijan/blog/hidden",
        published_on=datetime.date(2023, 6, 1),
        country=hidden_country,
        is_published=False,
    )
    return public_blog, hidden_blog


def make_catalogue():
    """One published closing report with everything filled, its hidden twin, a published and
    a hidden blog it links to."""
    public_blog, hidden_blog = make_linked_blogs()
    plan = make_plan(
        "Women in STEM",
        stage="closing",
        year=2023,
        countries=["AZE"],
        sdgs=[5, 8, 9],
        thematic_areas=["gender focus", "behavioral change"],
        methods=["Sensemaking", "Crowdsourcing"],
        data_sources=["press"],
        challenge="Our challenge is that women leave STEM careers.",
        learning_questions=["Why do they leave?", "What keeps them?"],
        insights=["Mentors matter.", "Role models matter."],
        partners=[("Baku State University", "academia"), ("Ministry of Education", "government")],
        blog_urls=[
            public_blog.source_url,
            hidden_blog.source_url,
            "https://example.org/not-imported",
        ],
    )
    hidden_plan = make_plan(
        "Hidden plan",
        stage="closing",
        year=2023,
        countries=["AZE"],
        insights=["Hidden insight."],
        partners=[("Baku State University", "academia"), ("Hidden Partner", "other")],
        is_published=False,
    )
    return {
        "plan": plan,
        "hidden_plan": hidden_plan,
        "blog": public_blog,
        "hidden_blog": hidden_blog,
    }


def make_full_plans(count, *, prefix="Plan"):
    """`count` published plans, each with every relation filled, for query counts."""
    blog = make_blog(f"{prefix} blog", source_url=f"https://example.org/{prefix.lower()}-blog")
    return make_plans(
        {
            "title": f"{prefix} {n:02d}",
            "stage": "closing",
            "countries": ["AZE", "KEN"],
            "sdgs": [5, 8],
            "thematic_areas": ["gender focus"],
            "methods": ["Sensemaking"],
            "data_sources": ["press"],
            "challenge": "Our challenge is that...",
            "learning_questions": ["Why?", "How?"],
            "insights": ["First insight.", "Second insight."],
            "partners": [(f"Partner {n}", "academia"), ("Shared Partner", "government")],
            "blog_urls": [blog.source_url, "https://example.org/not-imported"],
        }
        for n in range(count)
    )


def make_full_blogs(count, *, prefix="Blog"):
    return [
        make_blog(
            f"{prefix} {n:02d}",
            published_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=n),
            country="KEN",
            body="Body.",
            authors=[("Jane Doe", "Head of Exploration"), ("John Roe", "")],
        )
        for n in range(count)
    ]


def seed_file(number):
    """The seed document numbered `number` (0 to 4)."""
    return next(SEEDS.glob(f"{number:03d}_*.txt"))
