"""The themes' (and methods', data sources') merge suggestions: each group of spellings of one
tag with its reasons; merging keeps the merged spellings as aliases, whose addresses redirect."""

from records.models import LearningPlan, ThematicArea
from tests.admin.pages import change_url, changelist_url, form_data, run_merge
from tests.factories import make_plan

SUGGESTIONS = "/admin/records/thematicarea/merge-suggestions/"


def test_suggestions_list_each_group_with_its_reasons_the_better_spelling_first(editor_client):
    make_plan("One", thematic_areas=["fin-tech", "water", "environment"])
    make_plan("Two", thematic_areas=["fin-tech", "water", "environment"])
    make_plan("Three", thematic_areas=["fintech", "agua", "enviroment", "planting"])
    make_plan("Five", thematic_areas=["enviroment"])  # as many plans as the right spelling
    make_plan("Four", thematic_areas=["planning"])  # another word, not a typo

    response = editor_client.get(SUGGESTIONS)

    page = response.context["page_obj"]
    assert [[t.name for t in s.tags] for s in page] == [
        ["environment", "enviroment"],
        ["fintech", "fin-tech"],  # fewer words the thesaurus does not know
        ["water", "agua"],
    ]
    assert [s.reasons for s in page] == [
        ["“enviroment” and “environment”: one letter apart (enviroment / environment)."],
        ["“fintech” and “fin-tech”: the same words once hyphens and spaces are removed."],
        ["“agua” and “water”: Spanish for “water” (UN thesaurus)."],
    ]
    html = response.content.decode()
    assert "(3 plans)" in html and "<td>2</td>" in html
    agua = ThematicArea.objects.get(name="agua")
    assert f'name="_selected_action" value="{agua.pk}" id="merge-{agua.pk}" checked' in html
    changelist = editor_client.get(changelist_url(ThematicArea)).content.decode()
    assert f'href="{SUGGESTIONS}"' in changelist


def test_methods_have_their_own_suggestions(editor_client):
    make_plan("One", methods=["co-design"], thematic_areas=["codesign"])
    make_plan("Two", methods=["Co design"])

    response = editor_client.get("/admin/records/method/merge-suggestions/")

    assert [s.reasons for s in response.context["page_obj"]] == [
        [
            "“Co design” and “co-design”: the same words once case, accents and plurals are set "
            "aside."
        ]
    ]
    themes = editor_client.get(SUGGESTIONS).content.decode()
    assert "No thematic areas look alike." in themes


def test_staff_who_may_not_merge_get_no_suggestions(client, editor):
    viewer = type(editor).objects.create_user("viewer", password="pw", is_staff=True)
    client.force_login(viewer)
    assert client.get(SUGGESTIONS).status_code == 403


def test_merging_a_suggestion_keeps_the_spelling_as_an_alias_that_redirects(editor_client):
    make_plan("One", thematic_areas=["water"])
    make_plan("Two", thematic_areas=["agua"])
    water, agua = ThematicArea.objects.get(name="water"), ThematicArea.objects.get(name="agua")

    run_merge(editor_client, ThematicArea, "merge_selected_tags", [water, agua])

    water.refresh_from_db()
    assert water.aliases == ["agua"]
    assert not ThematicArea.objects.filter(name="agua").exists()
    assert set(
        LearningPlan.objects.filter(thematic_areas=water).values_list("title", flat=True)
    ) == {
        "One",
        "Two",
    }
    response = editor_client.get("/themes/agua/")
    assert (response.status_code, response["Location"]) == (301, "/themes/water/")
    assert editor_client.get(SUGGESTIONS).context["page_obj"].paginator.count == 0


def test_staff_edit_a_themes_other_spellings_one_a_line(editor_client):
    make_plan("One", thematic_areas=["environment"])
    theme = ThematicArea.objects.get()
    url = change_url(theme)
    data = form_data(editor_client.get(url))
    assert data["aliases"] == ""

    data["aliases"] = "Medio Ambiente\n\nenviroment\nmedio-ambiente\n"
    editor_client.post(url, data)

    theme.refresh_from_db()
    assert theme.aliases == ["medio-ambiente", "enviroment"]
    assert "medio-ambiente\nenviroment" in editor_client.get(url).content.decode()
    response = editor_client.get("/themes/medio-ambiente/")
    assert response["Location"] == "/themes/environment/"
