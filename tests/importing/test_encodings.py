"""What an import makes of a file's encoding: Unicode decoded, code pages detected and noted,
UTF-16 without its mark and binary files refused by name."""

import pytest

from records.enums import Outcome
from records.importing import FileResult, Importer
from records.models import LearningPlan
from tests.factories import DATA

ENCODINGS = DATA / "encodings"
TITLE = (
    "L'abondance des déchets ménagers et ceux produits par les abbattoires est une source non "
    "négligeable de biogaz"
)


def import_file(name):
    return Importer().run([(name, (ENCODINGS / name).read_bytes())]).results


@pytest.mark.parametrize(
    ("name", "warnings"),
    [
        ("plan_utf8.md", []),
        ("plan_utf8_bom.md", []),
        ("plan_utf16_bom.md", []),
        ("plan_windows1252.md", ["not UTF-8: read as cp1252"]),
    ],
)
def test_unicode_and_code_page_files_import_with_their_accents(db, name, warnings):
    assert import_file(name) == [FileResult(name, Outcome.CREATED)]
    plan = LearningPlan.objects.get()
    assert plan.title == TITLE
    assert "très intéréssante" in plan.search_document
    assert plan.parse_warnings[: len(warnings)] == warnings
    assert "not UTF-8" not in " ".join(plan.parse_warnings[len(warnings) :])


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "plan_utf16le_no_bom.md",
            "UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with its mark)",
        ),
        ("binary_ls.md", "not a text file: it holds NUL bytes"),
    ],
)
def test_files_that_are_not_readable_text_fail_with_their_reason(db, name, reason):
    assert import_file(name) == [FileResult(name, Outcome.FAILED, reason)]
    assert not LearningPlan.objects.exists()


def test_binary_without_nul_bytes_fails_as_not_text(db):
    data = (ENCODINGS / "binary_ls.md").read_bytes().replace(b"\x00", b"")
    assert Importer().run([("ls.md", data)]).results == [
        FileResult(
            "ls.md",
            Outcome.FAILED,
            "not a text file: neither UTF-8 nor an encoding that could be recognised",
        )
    ]
