import pytest
from django.http import QueryDict

from records.filters import PLAN_FACETS, Facet, PlanFilter
from tests.filters.results import facet

pytestmark = pytest.mark.django_db


def test_facet_declares_the_filter_and_the_counts_of_its_parameter():
    for declared in PlanFilter.facets:
        assert PlanFilter.base_filters[declared.name].facet is declared
        assert PlanFilter.base_filters[declared.name].field_name == declared.path
    assert [f.name for f in PLAN_FACETS] == [f.name for f in PlanFilter.facets]
    cycle = {f.name: f.closed_plan_path for f in PlanFilter.facets if f.closed_plan_path}
    assert cycle == {
        "sdg": ("closes__sdgs__number", "closes__sdgs__name"),
        "theme": ("closes__thematic_areas__slug", "closes__thematic_areas__name"),
    }


def test_facet_via_a_relation_prefixes_its_paths():
    country = Facet("country", "Country", "countries__code", "countries__name")

    assert country.via("plan") == Facet(
        "country", "Country", "plan__countries__code", "plan__countries__name"
    )
    assert Facet("year", "Year", "year").via("plan").label == ""


def test_plan_facets_count_published_plans(catalogue):
    filterset = PlanFilter(data=QueryDict())

    assert facet(filterset, "country") == {"KAZ": (1, False), "KEN": (1, False), "KGZ": (1, False)}
    assert facet(filterset, "sdg") == {
        "4": (1, False),
        "5": (2, False),
        "7": (1, False),
        "8": (1, False),
    }
    assert "secret-theme" not in facet(filterset, "theme")
    assert facet(filterset, "stage") == {"plan": (2, False), "closing": (1, False)}
    assert facet(filterset, "year") == {"2023": (2, False), "2022": (1, False)}


def test_plan_facets_count_under_the_other_filters(catalogue):
    filterset = PlanFilter(data=QueryDict("country=KAZ&sdg=5"))

    # The country facet ignores the country filter, not the SDG one.
    assert facet(filterset, "country") == {"KAZ": (1, True), "KEN": (1, False)}
    assert facet(filterset, "sdg") == {"4": (1, False), "5": (1, True)}
    assert facet(filterset, "region") == {"central-asia": (1, False)}
    assert facet(filterset, "theme") == {"education": (1, False), "gender-equality": (1, False)}


def test_plan_facets_list_a_selected_value_nothing_matches(catalogue):
    filterset = PlanFilter(data=QueryDict("country=ARM&sdg=8"))

    assert facet(filterset, "country") == {"KGZ": (1, False), "ARM": (0, True)}


def test_plan_facets_list_ticked_values_first(catalogue):
    (countries,) = PlanFilter(data=QueryDict("country=KGZ")).facet_counts(names=["country"])

    assert [(o.value, o.selected) for o in countries.options] == [
        ("KGZ", True),
        ("KAZ", False),
        ("KEN", False),
    ]


def test_plan_facets_order_values_by_count_or_by_value(catalogue):
    (sdgs, themes, years) = PlanFilter(data=QueryDict()).facet_counts(
        names=["theme", "sdg", "year"]
    )

    assert [o.label for o in sdgs.options] == [
        "4. Quality education",
        "5. Gender equality",
        "7. Affordable and clean energy",
        "8. Decent work and economic growth",
    ]
    assert [o.value for o in themes.options] == ["gender-equality", "education", "energy", "youth"]
    assert [o.value for o in years.options] == ["2023", "2022"]


def test_plan_facets_of_a_malformed_query_are_empty_but_keep_the_selection(catalogue):
    filterset = PlanFilter(data=QueryDict("sdg=abc&country=KAZ"))

    assert facet(filterset, "country") == {}
    assert facet(filterset, "stage") == {}


def test_plan_facets_take_one_query(catalogue, django_assert_num_queries):
    # The data version; every facet, each filtered one over the other filters, in one query.
    with django_assert_num_queries(2):
        PlanFilter(data=QueryDict("country=KAZ&sdg=5&theme=education")).facet_counts()
    # The text query is a subquery of the counts (the search index finds it once a group).
    with django_assert_num_queries(2):
        PlanFilter(data=QueryDict("q=women&sdg=5")).facet_counts()
