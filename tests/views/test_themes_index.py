"""The themes index: A to Z whatever the case and accents, the big themes first, the long tail
found by a filter box that works as a form; an old spelling's address redirects to the theme."""

import re

from records.models import ThematicArea
from tests.factories import make_plan


def tag_links(html: str) -> list[tuple[str, str]]:
    return re.findall(
        r'<a class="tag" href="/themes/([^/]*)/">([^<]*) <span class="count">(\d+)', html
    )


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def test_themes_are_sorted_ignoring_case_and_accents_big_ones_first(client, db):
    make_plan("One", thematic_areas=["Zinc", "water", "Énergie", "Banana"])
    make_plan("Two", thematic_areas=["water", "agriculture", "Banana"])
    make_plan("Three", thematic_areas=["water"])
    make_plan("Hidden", thematic_areas=["secret"], is_published=False)

    html = client.get("/themes/").content.decode()

    assert tag_links(section(html, "big-themes")) == [
        ("water", "water", "3"),
        ("banana", "Banana", "2"),
    ]
    assert [name for _, name, _ in tag_links(section(html, "all-themes"))] == [
        "agriculture",
        "Banana",
        "Énergie",
        "water",
        "Zinc",
    ]
    assert '<label for="theme-filter">Find a theme</label>' in html


def test_filter_box_finds_a_theme_by_any_spelling_without_script(client, db):
    make_plan("One", thematic_areas=["environment", "renewable energy", "Énergie solaire"])
    make_plan("Two", thematic_areas=["environment"])
    ThematicArea.objects.filter(name="environment").update(aliases=["enviroment"])

    found = client.get("/themes/", {"q": "  ENERG "}).content.decode()
    misspelt = client.get("/themes/", {"q": "enviroment"}).content.decode()

    assert [name for _, name, _ in tag_links(found)] == ["Énergie solaire", "renewable energy"]
    assert "2 themes containing “ENERG”." in found
    assert 'value="ENERG"' in found
    assert 'id="big-themes"' not in found  # a search shows what it finds only
    assert [name for _, name, _ in tag_links(misspelt)] == ["environment"]


def test_filter_box_escapes_the_query(client, db):
    make_plan("One", thematic_areas=["water"])

    html = client.get("/themes/", {"q": '<script>"'}).content.decode()

    assert "<script>&quot;" not in html and "&lt;script&gt;&quot;" in html
    assert tag_links(html) == []


def test_an_alias_address_redirects_to_the_theme(client, db):
    make_plan("One", thematic_areas=["environment"])
    ThematicArea.objects.filter(name="environment").update(aliases=["enviroment", "medio-ambiente"])

    response = client.get("/themes/enviroment/")
    missing = client.get("/themes/enviro/")  # a part of an alias is no address

    assert (response.status_code, response["Location"]) == (301, "/themes/environment/")
    assert missing.status_code == 404


def test_themes_index_query_count(client, db, django_assert_num_queries):
    for n in range(5):
        make_plan(f"Plan {n}", thematic_areas=[f"theme {n}", "shared"])
    with django_assert_num_queries(3):  # the data version, the counts, the other spellings
        client.get("/themes/", {"q": "theme"})
