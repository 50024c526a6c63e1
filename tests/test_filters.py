import datetime

import pytest
from django.db import connection
from django.http import QueryDict

from records.filters import MAX_VALUES, BlogFilter, InsightFilter, PartnerFilter, PlanFilter
from records.models import Insight, LearningPlan
from tests.factories import make_blog, make_plan

ON_POSTGRES = connection.vendor == "postgresql"
postgres_only = pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL full-text search")


@pytest.fixture
def catalogue(db):
    """Three published plans and a hidden one sharing their country, SDG, theme and partner;
    two published blogs and a hidden one."""
    stem = make_plan(
        "Women in STEM careers",
        stage="closing",
        year=2023,
        countries=["KAZ"],
        sdgs=[4, 5],
        thematic_areas=["gender equality", "education"],
        methods=["Sensemaking"],
        data_sources=["surveys"],
        challenge="Our challenge is that women leave STEM careers early.",
        insights=["Mentors keep women in engineering."],
        partners=[("Kazakh University", "academia")],
    )
    youth = make_plan(
        "Youth jobs in Kyrgyzstan",
        year=2022,
        countries=["KGZ"],
        sdgs=[8],
        thematic_areas=["youth"],
        methods=["Ethnography"],
        data_sources=["interviews"],
        challenge="Young people cannot find work.",
    )
    solar = make_plan(
        "Solar kiosks",
        year=2023,
        countries=["KEN"],
        sdgs=[5, 7],
        thematic_areas=["energy", "gender equality"],
        methods=["Sensemaking"],
        data_sources=["surveys"],
        challenge="Women sell solar power in markets.",
        partners=[("Solar Co", "private_sector")],
    )
    hidden = make_plan(
        "Hidden STEM plan",
        stage="closing",
        year=2023,
        countries=["KAZ"],
        sdgs=[5],
        thematic_areas=["secret theme"],
        challenge="Women in STEM, hidden.",
        insights=["Hidden insight about STEM."],
        partners=[("Kazakh University", "academia"), ("Hidden Partner", "other")],
        is_published=False,
    )
    girls = make_blog(
        "STEM girls in Kazakhstan",
        published_on=datetime.date(2023, 5, 1),
        country="KAZ",
        body="Girls code in Almaty.",
    )
    report = make_blog(
        "Energy report",
        kind="publication",
        published_on=datetime.date(2022, 3, 1),
        country="KEN",
        body="Solar energy in Kenya.",
    )
    hidden_blog = make_blog(
        "Hidden STEM blog",
        published_on=datetime.date(2023, 6, 1),
        country="KAZ",
        body="Girls code, hidden.",
        is_published=False,
    )
    return {
        "stem": stem,
        "youth": youth,
        "solar": solar,
        "hidden": hidden,
        "girls": girls,
        "report": report,
        "hidden_blog": hidden_blog,
    }


def titles(filterset):
    return [str(record) for record in filterset.qs]


def facet(filterset, name):
    """{value: (count, selected)} of one facet."""
    (counts,) = filterset.facet_counts(names=[name])
    return {option.value: (option.count, option.selected) for option in counts.options}


# -- plans -------------------------------------------------------------------------------------


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
    ("sort", "expected"),
    [
        ("newest", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
        ("oldest", ["Youth jobs in Kyrgyzstan", "Solar kiosks", "Women in STEM careers"]),
        ("title", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
        ("relevance", ["Solar kiosks", "Women in STEM careers", "Youth jobs in Kyrgyzstan"]),
    ],
)
def test_plan_filter_sorts(catalogue, sort, expected):
    assert titles(PlanFilter(data=QueryDict(f"sort={sort}"))) == expected


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


# -- facet counts ------------------------------------------------------------------------------


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


def test_plan_facets_take_one_query_each(catalogue, django_assert_num_queries):
    with django_assert_num_queries(8):
        PlanFilter(data=QueryDict("country=KAZ&sdg=5&theme=education")).facet_counts()
    # The text query runs once; the facets reuse what it matched.
    with django_assert_num_queries(9):
        PlanFilter(data=QueryDict("q=women&sdg=5")).facet_counts()


# -- insights, partners, blogs -----------------------------------------------------------------


def insight_texts(filterset):
    return [insight.text for insight in filterset.qs]


def test_insight_filter_lists_insights_of_published_plans(catalogue):
    assert insight_texts(InsightFilter(data=QueryDict())) == ["Mentors keep women in engineering."]
    assert Insight.objects.count() == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=mentors", ["Mentors keep women in engineering."]),
        ("q=hidden", []),
        ("country=KAZ", ["Mentors keep women in engineering."]),
        ("region=central-asia&sdg=4", ["Mentors keep women in engineering."]),
        ("sdg=7", []),
        ("theme=education&theme=energy", ["Mentors keep women in engineering."]),
        ("year=2022", []),
        ("year=abc", []),
    ],
)
def test_insight_filter_by_parameter(catalogue, query, expected):
    assert insight_texts(InsightFilter(data=QueryDict(query))) == expected


def test_insight_facets_count_insights_of_published_plans(catalogue):
    filterset = InsightFilter(data=QueryDict())

    assert facet(filterset, "country") == {"KAZ": (1, False)}
    assert facet(filterset, "sdg") == {"4": (1, False), "5": (1, False)}


def test_partner_filter_lists_partners_of_published_plans(catalogue):
    filterset = PartnerFilter(data=QueryDict())

    assert [(p.name, p.plan_count) for p in filterset.qs] == [
        ("Kazakh University", 1),
        ("Solar Co", 1),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sector=academia", ["Kazakh University"]),
        ("sector=academia&sector=private_sector", ["Kazakh University", "Solar Co"]),
        ("sector=other", []),
        ("country=KAZ", ["Kazakh University"]),
        ("country=KAZ&sector=private_sector", []),
        ("region=eastern-africa", ["Solar Co"]),
        ("sdg=7", ["Solar Co"]),
        ("theme=gender-equality", ["Kazakh University", "Solar Co"]),
        ("theme=secret-theme", []),
        ("q=UNIVERSITY", ["Kazakh University"]),
        ("q=hidden", []),
        ("sector=nonsense", []),
    ],
)
def test_partner_filter_by_parameter(catalogue, query, expected):
    assert titles(PartnerFilter(data=QueryDict(query))) == expected


def test_partner_facets_ignore_hidden_plans(catalogue):
    filterset = PartnerFilter(data=QueryDict())

    assert facet(filterset, "sector") == {"academia": (1, False), "private_sector": (1, False)}
    assert facet(filterset, "country") == {"KAZ": (1, False), "KEN": (1, False)}
    assert facet(filterset, "sdg") == {"4": (1, False), "5": (2, False), "7": (1, False)}


def test_partner_filter_sorts_by_number_of_plans(catalogue):
    make_plan("Second solar plan", countries=["KEN"], partners=[("Solar Co", "private_sector")])

    assert titles(PartnerFilter(data=QueryDict("sort=plans"))) == ["Solar Co", "Kazakh University"]


def test_blog_filter_lists_published_blogs_newest_first(catalogue):
    assert titles(BlogFilter(data=QueryDict())) == ["STEM girls in Kazakhstan", "Energy report"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=publication", ["Energy report"]),
        ("kind=blog&kind=publication", ["STEM girls in Kazakhstan", "Energy report"]),
        ("country=KEN", ["Energy report"]),
        ("region=central-asia", ["STEM girls in Kazakhstan"]),
        ("year=2022", ["Energy report"]),
        ("q=GIRLS code", ["STEM girls in Kazakhstan"]),
        ("q=hidden", []),
        ("kind=blog&country=KEN", []),
        ("sort=oldest", ["Energy report", "STEM girls in Kazakhstan"]),
        ("kind=video", []),
    ],
)
def test_blog_filter_by_parameter(catalogue, query, expected):
    assert titles(BlogFilter(data=QueryDict(query))) == expected


def test_blog_facets_count_under_the_other_filters(catalogue):
    filterset = BlogFilter(data=QueryDict("kind=blog"))

    assert facet(filterset, "kind") == {"blog": (1, True), "publication": (1, False)}
    assert facet(filterset, "country") == {"KAZ": (1, False)}
    assert facet(filterset, "region") == {"central-asia": (1, False)}


# -- text search on PostgreSQL -----------------------------------------------------------------


@postgres_only
def test_plan_search_stems_and_ranks_by_relevance(catalogue):
    make_plan("Solar, solar and more solar", year=2020, challenge="Solar panels for solar kiosks.")

    # "solaring" and "solar" share a stem; the older plan says it more often, so it ranks first.
    assert titles(PlanFilter(data=QueryDict("q=solaring"))) == [
        "Solar, solar and more solar",
        "Solar kiosks",
    ]
    assert titles(PlanFilter(data=QueryDict("q=solar&sort=newest"))) == [
        "Solar kiosks",
        "Solar, solar and more solar",
    ]


@postgres_only
def test_plan_search_reads_web_search_syntax(catalogue):
    assert titles(PlanFilter(data=QueryDict('q="solar power" -wind'))) == ["Solar kiosks"]
    assert titles(PlanFilter(data=QueryDict("q=kiosks or careers&sort=title"))) == [
        "Solar kiosks",
        "Women in STEM careers",
    ]


@postgres_only
@pytest.mark.parametrize(
    ("filterset_class", "index"),
    [
        (PlanFilter, "records_learningplan_search"),
        (InsightFilter, "records_insight_search"),
        (BlogFilter, "records_blog_search"),
    ],
)
def test_search_can_use_its_full_text_index(catalogue, filterset_class, index):
    search = filterset_class().filters["q"]
    matches = search.filter(search.model.objects.all(), "women")
    sql, params = matches.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        # With so few rows the planner would scan; forbid it to see whether the index fits
        # the expression the filter computes.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert f"Bitmap Index Scan on {index}" in plan
