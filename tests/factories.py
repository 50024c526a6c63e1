"""What the tests build on: the paths of the real archive files they read, the import as a
user runs it, and records made with the ORM."""

import datetime
from functools import cache
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from records.archive import ParsedDocument, decode, parse
from records.models import (
    Blog,
    BlogAuthor,
    BlogLink,
    Insight,
    LearningPlan,
    Partner,
    Partnership,
    PlanAnswer,
    unique_slug,
)

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


def run_import(*paths, **options):
    """Run import_seeds like a user would; returns (stdout lines, exit code)."""
    out = StringIO()
    code = 0
    try:
        call_command("import_seeds", *map(str, paths), stdout=out, **options)
    except SystemExit as exc:
        code = exc.code
    return out.getvalue().splitlines(), code


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
    blog = Blog.objects.create(
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
    blog.save(update_fields=["search_document"])
    BlogAuthor.objects.bulk_create(
        BlogAuthor(blog=blog, name=name, role=role, position=position)
        for position, (name, role) in enumerate(authors)
    )
    return blog


def make_plan(
    title,
    *,
    stage="plan",
    year=2023,
    countries=(),
    sdgs=(),
    thematic_areas=(),
    methods=(),
    data_sources=(),
    challenge="",
    learning_questions=(),
    insights=(),
    partners=(),
    blog_urls=(),
    is_published=True,
):
    """A plan with its answers, insights, partners ((name, sector) pairs) and blog links;
    a link is tied to the Blog with that source URL when one exists."""
    plan = LearningPlan.objects.create(
        title=title,
        slug=unique_slug(LearningPlan, title),
        stage=stage,
        year=year,
        focal_point=FOCAL_POINT,
        is_published=is_published,
    )
    plan.countries.set(countries)
    plan.sdgs.set(sdgs)
    plan.thematic_areas.set(thematic_areas)
    plan.methods.set(methods)
    plan.data_sources.set(data_sources)
    answers = [("challenge_statement", "Challenge statement", challenge)]
    answers += [("learning_question", "Learning question", q) for q in learning_questions]
    answers += [("tweet_summary", "Tweet", "Not exported.")]
    PlanAnswer.objects.bulk_create(
        PlanAnswer(plan=plan, position=position, key=key, prompt=prompt, text=text)
        for position, (key, prompt, text) in enumerate(answers)
    )
    Insight.objects.bulk_create(
        Insight(plan=plan, text=text, position=position) for position, text in enumerate(insights)
    )
    for position, (name, sector) in enumerate(partners):
        partner = Partner.objects.filter(name=name).first() or Partner.objects.create(
            name=name, slug=unique_slug(Partner, name), sector=sector
        )
        Partnership.objects.create(plan=plan, partner=partner, position=position)
    BlogLink.objects.bulk_create(
        BlogLink(
            plan=plan,
            url=url,
            blog=Blog.objects.filter(source_url=url).first(),
            position=position,
        )
        for position, url in enumerate(blog_urls)
    )
    plan.search_document = plan.build_search_document()
    plan.save(update_fields=["search_document"])
    return plan


def make_catalogue():
    """One published closing report with everything filled, its hidden twin, a published and
    a hidden blog it links to."""
    public_blog = make_blog(
        "Women who code",
        source_url="https://www.undp.org/azerbaijan/blog/women-who-code",
        published_on=datetime.date(2023, 5, 17),
        country="AZE",
        body="Paragraph one.\n\nParagraph two.",
        authors=[("Leyla Seyidzade", "Head of Exploration"), ("Nargiz Guliyeva", "")],
    )
    hidden_blog = make_blog(
        "Hidden blog",
        source_url="https://www.undp.org/azerbaijan/blog/hidden",
        published_on=datetime.date(2023, 6, 1),
        is_published=False,
    )
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
    return [
        make_plan(
            f"{prefix} {n:02d}",
            stage="closing",
            countries=["AZE", "KEN"],
            sdgs=[5, 8],
            thematic_areas=["gender focus"],
            methods=["Sensemaking"],
            data_sources=["press"],
            challenge="Our challenge is that...",
            learning_questions=["Why?", "How?"],
            insights=["First insight.", "Second insight."],
            partners=[(f"Partner {n}", "academia"), ("Shared Partner", "government")],
            blog_urls=[blog.source_url, "https://example.org/not-imported"],
        )
        for n in range(count)
    ]


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
