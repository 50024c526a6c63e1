"""A plan's card, as every page listing plans shows it."""

import re

import pytest

from records.models import PlanAnswer
from tests.factories import make_plan

pytestmark = pytest.mark.django_db


def cards(response):
    return "".join(re.findall(r'<li class="card">.*?</li>\n', response.content.decode(), re.S))


def test_plan_card_shows_stage_year_countries_and_the_first_forty_words_escaped(client):
    words = " ".join(f"w{n}" for n in range(45))
    make_plan('Kids <&> "Schools"', year=2021, countries=["KEN", "AZE"], challenge=words)

    response = client.get("/plans/")

    assert cards(response) == (
        '<li class="card">\n'
        '  <h3 class="card-title"><a href="/plans/kids-schools/">'
        "Kids &lt;&amp;&gt; &quot;Schools&quot;</a></h3>\n"
        '  <p class="meta"><span class="badge badge-plan">Action learning plan</span>'
        " <span>2021</span> <span>Azerbaijan, Kenya</span></p>\n"
        f'  <p class="summary">{" ".join(f"w{n}" for n in range(40))} …</p>\n'
        "</li>\n"
    )


def test_plan_card_without_year_countries_or_quoted_text_shows_its_stage_alone(client):
    plan = make_plan("Bare report", stage="closing", year=None)
    PlanAnswer.objects.filter(plan=plan).delete()

    response = client.get("/plans/")

    assert cards(response) == (
        '<li class="card">\n'
        '  <h3 class="card-title"><a href="/plans/bare-report/">Bare report</a></h3>\n'
        '  <p class="meta"><span class="badge badge-closing">Closing report</span></p>\n'
        "</li>\n"
    )
