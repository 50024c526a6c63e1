"""A record must be a record: documents with nothing to show, or a title that is not text,
fail with their reason and write nothing."""

import pytest

from records.enums import Outcome
from records.importing import FileResult, Importer
from records.models import Blog, LearningPlan
from tests.factories import DATA, run_import

PLAN_TAG = b"[[type:learningplan]]"
BLOG_HEAD = b"[[type:blog]]\n[[source:https://www.undp.org/blog/x]]\n"
NOT_TEXT = "the title {!r} is not text"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("only.md", PLAN_TAG, "no '# ' title line and no answers: nothing to import"),
        ("only nl.md", PLAN_TAG + b"\n\n", "no '# ' title line and no answers: nothing to import"),
        (
            "empty_answers.md",
            PLAN_TAG + b"\n## Title\n\n> What is the title?\n\n",
            "no '# ' title line and no answers: nothing to import",
        ),
        (
            "ls.md",
            b"# buckets: %lu\n" + PLAN_TAG + b"\n> Q\n\nA\n",
            NOT_TEXT.format("buckets: %lu"),
        ),
        ("fmt.md", b"# %s: %08x\n" + PLAN_TAG + b"\n> Q\n\nA\n", NOT_TEXT.format("%s: %08x")),
        (
            "glyphs.md",
            b"# @@ 0x1f ## 42 ;;\n" + PLAN_TAG + b"\n",
            NOT_TEXT.format("@@ 0x1f ## 42 ;;"),
        ),
        (
            "replaced.md",
            "# Caf\ufffd culture\n".encode() + PLAN_TAG,
            NOT_TEXT.format("Caf\ufffd culture"),
        ),
        (
            "untitled_blog.md",
            BLOG_HEAD + b"\nA body.\n",
            "no '# ' title line: a blog or publication needs a title",
        ),
    ],
)
def test_document_that_is_no_record_fails_with_its_reason(db, name, data, reason):
    assert Importer().run([(name, data)]).results == [FileResult(name, Outcome.FAILED, reason)]
    assert (LearningPlan.objects.count(), Blog.objects.count()) == (0, 0)


@pytest.mark.parametrize(
    "data",
    [
        b"# A post\n" + BLOG_HEAD,
        b"# Untitled blog post\n" + BLOG_HEAD + b"\n*No article content available.*\n",
    ],
)
def test_blog_page_without_article_is_skipped(db, data):
    result = FileResult("empty.md", Outcome.SKIPPED, "no article text")
    assert Importer().run([("empty.md", data)]).results == [result]
    assert Blog.objects.count() == 0


@pytest.mark.parametrize(
    "name",
    [
        # A country's index of posts, and a post scraped with the teasers of others only.
        "blog_home_zambia_blogs_zambia_blogs.md",
        "blog_samoa_acclab_engages_collective_intelligence_for_the_climate_crisis.md",
    ],
)
def test_scraped_blog_page_without_article_is_skipped_and_the_run_succeeds(db, name):
    lines, code = run_import(DATA / "blog" / name)
    assert (lines, code) == (
        [
            f"skipped: {name}: no article text",
            "1 file: 0 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed",
        ],
        0,
    )


@pytest.mark.parametrize(
    ("data", "title"),
    [
        (b"# 100% renewable by 2030\n" + PLAN_TAG, "100% renewable by 2030"),
        (b"# 20%off: pricing pilots\n" + PLAN_TAG, "20%off: pricing pilots"),
        (PLAN_TAG + b"\n## Title\n\n> Title\n\nOnly an answer\n", "Only an answer"),
    ],
)
def test_plan_with_a_prose_title_or_an_answer_imports(db, data, title):
    assert Importer().run([("p.md", data)]).results == [FileResult("p.md", Outcome.CREATED)]
    assert LearningPlan.objects.get().title == title


def test_publication_without_body_imports(db):
    name = "blog_a_toolkit_for_public_sector_innovators.md"
    lines, code = run_import(DATA / "publications" / name)
    assert (lines[-1], code) == (
        "1 file: 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed",
        0,
    )
    assert Blog.objects.get().title == "A Toolkit for Public Sector Innovators"
