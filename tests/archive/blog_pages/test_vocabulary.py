"""records.archive.blog_pages.vocabulary: the line tests built on the word lists."""

import pytest

from records.archive.blog_pages.vocabulary import (
    fold,
    is_boilerplate_title,
    is_caption,
    is_date,
    key,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("OCTOBER 13, 2022", True, id="upper-case-english"),
        pytest.param("7 de diciembre de 2021", True, id="spanish-with-fillers"),
        pytest.param("12.03.2021", True, id="numeric"),
        pytest.param("2021 ж. 13 september", True, id="filler-compared-without-its-dot"),
        pytest.param("13 Foo 2021", True, id="unknown-word-with-day-and-year"),
        pytest.param("March 2021", True, id="month-and-year"),
        pytest.param("Sometime in 2021", False, id="prose"),
    ],
)
def test_is_date_holds_only_a_date(line, expected):
    assert is_date(line) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Skip to main content Georgia WHO WE ARE…", True, id="navigation-as-title"),
        pytest.param("Home      Lesotho      Blogs", True, id="breadcrumb-as-title"),
        pytest.param("Write", True, id="medium-write"),
        pytest.param("", True, id="empty"),
        pytest.param("A title...", True, id="cut-off"),
        pytest.param("Real title", False, id="real"),
    ],
)
def test_is_boilerplate_title(title, expected):
    assert is_boilerplate_title(title) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Imagen: PNUD", True, id="image-covers-imagen"),
        pytest.param("Photo: UNDP", True, id="photo"),
        pytest.param("The photo shows", False, id="not-at-the-start"),
    ],
)
def test_is_caption(line, expected):
    assert is_caption(line) == expected


def test_fold_and_key_are_the_compared_forms():
    assert (fold("Skip  To   Main"), key("Title – Here!")) == ("skip to main", "titlehere")
