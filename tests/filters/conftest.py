import datetime

import pytest

from tests.factories import make_blog, make_plan, shared_rows


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """Three published plans and a hidden one sharing their country, SDG, theme and partner;
    two published blogs and a hidden one. Built once per module; tests only read it."""
    with shared_rows(django_db_blocker):
        yield {
            "stem": make_plan(
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
            ),
            "youth": make_plan(
                "Youth jobs in Kyrgyzstan",
                year=2022,
                countries=["KGZ"],
                sdgs=[8],
                thematic_areas=["youth"],
                methods=["Ethnography"],
                data_sources=["interviews"],
                challenge="Young people cannot find work.",
            ),
            "solar": make_plan(
                "Solar kiosks",
                year=2023,
                countries=["KEN"],
                sdgs=[5, 7],
                thematic_areas=["energy", "gender equality"],
                methods=["Sensemaking"],
                data_sources=["surveys"],
                challenge="Women sell solar power in markets.",
                partners=[("Solar Co", "private_sector")],
            ),
            "hidden": make_plan(
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
            ),
            "girls": make_blog(
                "STEM girls in Kazakhstan",
                published_on=datetime.date(2023, 5, 1),
                country="KAZ",
                body="Girls code in Almaty.",
            ),
            "report": make_blog(
                "Energy report",
                kind="publication",
                published_on=datetime.date(2022, 3, 1),
                country="KEN",
                body="Solar energy in Kenya.",
            ),
            "hidden_blog": make_blog(
                "Hidden STEM blog",
                published_on=datetime.date(2023, 6, 1),
                country="KAZ",
                body="Girls code, hidden.",
                is_published=False,
            ),
        }
