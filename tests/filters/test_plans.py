import pytest
from django.http import QueryDict

from records.filters import MAX_VALUES, PlanFilter
from records.models import LearningPlan
from tests.filters.results import titles

pytestmark = pytest.mark.django_db


def test_plan_filter_defaults_to_published_plans_newest_first(catalogue):
    assert titles(PlanFilter(data=QueryDict())) == [
        "Solar kiosks",
        "Women in STEM careers",
        "Youth jobs in Kyrgyzstan",
    ]
    assert titles(PlanFilter()) == titles(PlanFilter(data=QueryDict(), queryset=None))


def test_plan_filter_keeps_to_a_given_queryset(catalogue):
    queryset = LearningPlan.objects.filter(year=2023)
    assert titles(PlanFilter(data=QueryDict("sdg=5"), queryset=queryset)) == [
        "Hidden STEM plan",
        "Solar kiosks",
        "Women in STEM careers",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=KAZ", ["Women in STEM careers"]),
        ("country=kaz", ["Women in STEM careers"]),
        ("region=central-asia", ["Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
        ("sdg=5", ["Solar kiosks", "Women in STEM careers"]),
        ("theme=gender-equality", ["Solar kiosks", "Women in STEM careers"]),
        ("method=sensemaking", ["Solar kiosks", "Women in STEM careers"]),
        ("data_source=interviews", ["Youth jobs in Kyrgyzstan"]),
        ("year=2022", ["Youth jobs in Kyrgyzstan"]),
        ("stage=closing", ["Women in STEM careers"]),
        ("q=stem", ["Women in STEM careers"]),
        ("q=engineering", ["Women in STEM careers"]),
        ("sdg=", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
    ],
)
def test_plan_filter_by_each_parameter(catalogue, query, expected):
    assert titles(PlanFilter(data=QueryDict(query))) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sdg=7&sdg=8", ["Solar kiosks", "Youth jobs in Kyrgyzstan"]),
        ("country=KAZ&country=KEN", ["Solar kiosks", "Women in STEM careers"]),
        ("theme=youth&theme=energy", ["Solar kiosks", "Youth jobs in Kyrgyzstan"]),
        (
            "year=2022&year=2023",
            ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"],
        ),
    ],
)
def test_plan_filter_ors_the_values_of_one_parameter(catalogue, query, expected):
    assert titles(PlanFilter(data=QueryDict(query))) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sdg=5&country=KEN", ["Solar kiosks"]),
        ("sdg=5&stage=plan", ["Solar kiosks"]),
        ("sdg=7&sdg=8&region=central-asia", ["Youth jobs in Kyrgyzstan"]),
        (
            "q=women&year=2023&method=sensemaking&sort=title",
            ["Solar kiosks", "Women in STEM careers"],
        ),
        ("sdg=8&country=KEN", []),
    ],
)
def test_plan_filter_ands_different_parameters(catalogue, query, expected):
    assert titles(PlanFilter(data=QueryDict(query))) == expected


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("sdg=abc", "sdg"),
        ("sdg=18", "sdg"),
        ("sdg=5&sdg=0", "sdg"),
        ("year=abc", "year"),
        ("year=20233", "year"),
        ("country=ZZZZ", "country"),
        ("country=12", "country"),
        ("stage=draft", "stage"),
        ("theme=not a slug!", "theme"),
        ("region=central/asia", "region"),
        ("sort=random", "sort"),
        ("q=" + "x" * 201, "q"),
        ("&".join(f"year={2000 + n}" for n in range(MAX_VALUES + 1)), "year"),
    ],
)
def test_plan_filter_gives_nothing_for_a_malformed_value(catalogue, query, field):
    filterset = PlanFilter(data=QueryDict(query))

    assert list(filterset.qs) == []
    assert list(filterset.errors) == [field]


def test_plan_filter_gives_nothing_for_an_unknown_country(catalogue):
    filterset = PlanFilter(data=QueryDict("country=ZZZ"))

    assert list(filterset.qs) == []
    assert filterset.errors == {}
