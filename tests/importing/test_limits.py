"""The limits of one file, the same for `import_seeds` and the upload page: a file over one
fails whole, naming the file and the limit, and writes nothing."""

import pytest

from records.enums import Outcome
from records.importing import FileResult, Importer
from records.importing.limits import MAX_ANSWER_CHARS, MAX_BODY_CHARS, MiB
from records.models import MAX_SEARCH_DOCUMENT, Blog, LearningPlan, search_document
from tests.factories import run_import

FACETS = ("thematic_areas", "methods", "data_sources")
HEAD = "# A plan\n\n[[type:learningplan]]\n\n"
INSIGHTS = "> What are the top 5 key insights you generated?\n\n"


def answers(count, text="An answer."):
    """`count` answers, one per section (a plan's unknown prompt is quoted answer text)."""
    return "".join(f"## Part {n}\n\n> Question {n}?\n\n{text}\n\n" for n in range(count))


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (answers(201), "201 answers, over the limit of 200 per plan"),
        (
            INSIGHTS + "".join(f"{n}. Insight number {n}.\n" for n in range(1, 52)),
            "51 insights, over the limit of 50 per plan",
        ),
        (
            "> If applicable, what civil society organisations are you working with?\n\n"
            + "".join(f"- Foundation {'x' * n}\n" for n in range(1, 52)),
            "51 partners, over the limit of 50 per plan",
        ),
        (
            answers(1, "word " * (MAX_ANSWER_CHARS // 5 + 1)),
            "an answer of 50,004 characters, over the limit of 50,000",
        ),
    ],
)
def test_plan_over_a_row_limit_fails_and_writes_nothing(db, body, reason):
    report = Importer().run([("big.md", (HEAD + body).encode())])
    assert report.results == [FileResult("big.md", Outcome.FAILED, reason)]
    assert not LearningPlan.objects.exists()


@pytest.mark.parametrize(
    ("key", "count", "reason"),
    [
        ("thematic_areas", 1_000, "1,000 themes, over the limit of 100 per plan"),
        pytest.param(
            "thematic_areas",
            100_000,
            "100,000 themes, over the limit of 100 per plan",
            marks=pytest.mark.slow,  # scale: a hundred times as many
        ),
        ("methods", 101, "101 methods, over the limit of 100 per plan"),
        ("datasources", 101, "101 data sources, over the limit of 100 per plan"),
    ],
)
def test_plan_over_a_tag_limit_fails_and_writes_no_tag(db, key, count, reason):
    tags = "".join(f"[[{key}:tag {n}]]\n" for n in range(count))
    report = Importer().run([("tags.md", (HEAD + tags + answers(1)).encode())])
    assert report.results == [FileResult("tags.md", Outcome.FAILED, reason)]
    assert not LearningPlan.objects.exists()
    tag_models = [LearningPlan._meta.get_field(f).remote_field.model for f in FACETS]
    assert [model.objects.count() for model in tag_models] == [0, 0, 0]


def test_plan_at_the_tag_limit_imports(db):
    tags = "".join(f"[[thematic_areas:theme {n}]]\n" for n in range(100))
    report = Importer().run([("tags.md", (HEAD + tags + answers(1)).encode())])
    assert report.results == [FileResult("tags.md", Outcome.CREATED)]
    assert LearningPlan.objects.get().thematic_areas.count() == 100


BLOG_HEAD = "# A publication\n\n[[type:publications]]\n[[source:https://example.org/p]]\n\n"


def test_blog_over_the_text_limit_fails_and_writes_nothing(db):
    body = "x" * (MAX_BODY_CHARS + 1)
    report = Importer().run([("long.md", (BLOG_HEAD + body).encode())])
    reason = "a text of 2,000,001 characters, over the limit of 2,000,000"
    assert report.results == [FileResult("long.md", Outcome.FAILED, reason)]
    assert not Blog.objects.exists()


def test_plan_at_the_limits_imports(db):
    report = Importer().run([("ok.md", (HEAD + answers(200)).encode())])
    assert report.results == [FileResult("ok.md", Outcome.CREATED)]
    assert LearningPlan.objects.get().answers.count() == 200


def test_file_over_the_size_limit_fails_on_the_command_line_unless_raised(db, tmp_path):
    path = tmp_path / "huge.md"
    path.write_text(HEAD + answers(1, "x" * (5 * MiB)))
    lines, code = run_import(path)
    assert (lines, code) == (
        [
            "failed: huge.md: over the 5 MiB limit of one file",
            "1 file: 0 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 1 failed",
        ],
        1,
    )
    lines, code = run_import(path, max_file_size=6)
    assert (lines[-1], code) == (
        "1 file: 0 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 1 failed",
        1,
    )
    assert (
        lines[0] == "failed: huge.md: an answer of 5,242,880 characters, over the limit of 50,000"
    )


def test_search_document_is_cut_to_its_bound():
    assert len(search_document("t", "x" * MAX_SEARCH_DOCUMENT)) == MAX_SEARCH_DOCUMENT
