"""The theme vocabulary at import: spellings apart (hyphens, glued words, misspellings) and
translations fold into one theme, the others kept as aliases; a later import lands on it; the
better spelling names a theme the same run created, never one staff already know."""

from records.models import LearningPlan, ThematicArea
from records.tag_suggestions import tag_merge_suggestions
from tests.factories import DATA, make_plan, plan_text, run_import

THEMES = DATA / "themes"  # plans whose themes are spelled apart, from the archive


def vocabulary() -> dict[str, list[str]]:
    return {t.name: t.aliases for t in ThematicArea.objects.exclude(aliases=[])}


def write_plan(folder, name, *themes):
    path = folder / f"{name}.md"
    tags = "".join(f"[[thematic_areas:{theme}]]\n" for theme in themes)
    path.write_text(plan_text("Body.", title=name).replace("## Title", tags + "## Title"))
    return path


def test_archive_spellings_fold_into_one_theme_each(db):
    lines, code = run_import(THEMES)

    assert code == 0, lines
    assert vocabulary() == {
        "digital agriculture": ["digitalagriculture"],
        "fintech": ["fin-tech"],
        "public sector innovation": ["punlic-sector-innovation"],
        # "reneweable energy" came first: the run renamed its theme for the better spelling.
        "renewable energy": ["reneweable-energy"],
        "social justice": ["justice-sociale"],
    }
    assert ThematicArea.objects.get(name="renewable energy").slug == "renewable-energy"
    assert tag_merge_suggestions(ThematicArea) == []
    count = ThematicArea.objects.count()

    lines, code = run_import(THEMES)

    assert lines[-1].endswith("6 unchanged, 0 conflicts, 0 skipped, 0 failed")
    assert (ThematicArea.objects.count(), vocabulary()["fintech"]) == (count, ["fin-tech"])


def test_a_later_import_lands_on_the_theme_staff_know(db, tmp_path):
    make_plan("Known", thematic_areas=["Agua", "environment"])

    run_import(write_plan(tmp_path, "later", "water", "enviroment", "Medio ambiente"))

    plan = LearningPlan.objects.get(source_file="later.md")
    # A theme of an earlier run keeps its name, even a worse one: staff know it by it.
    assert sorted(plan.thematic_areas.values_list("name", flat=True)) == ["Agua", "environment"]
    assert vocabulary() == {"Agua": ["water"], "environment": ["enviroment", "medio-ambiente"]}


def test_a_run_names_its_new_theme_by_the_better_spelling(client, db, tmp_path):
    first = write_plan(tmp_path, "a", "agua", "igualdad de género")
    second = write_plan(tmp_path, "b", "Water", "gender equality")

    run_import(first, second)

    assert vocabulary() == {"Water": ["agua"], "gender equality": ["igualdad-de-género"]}
    assert [
        sorted(p.thematic_areas.values_list("slug", flat=True))
        for p in LearningPlan.objects.order_by("source_file")
    ] == [["gender-equality", "water"]] * 2
    response = client.get("/themes/igualdad-de-g%C3%A9nero/")
    assert (response.status_code, response["Location"]) == (301, "/themes/gender-equality/")


def test_distinct_themes_stay_apart(db, tmp_path):
    run_import(
        write_plan(tmp_path, "a", "urban planning", "waste management", "e-governance"),
        write_plan(tmp_path, "b", "urban planting", "water management", "governance"),
    )

    assert ThematicArea.objects.count() == 6
    assert vocabulary() == {}
