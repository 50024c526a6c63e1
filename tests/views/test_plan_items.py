"""A plan's page shows the form's structure: each question once above its items, each item
under its label, uploaded pictures as pictures (lazily, sized, from the archive's address)."""

import re

import pytest

from records.models import LearningPlan, PlanAnswer
from tests.factories import DATA, make_plan, run_import
from tests.views.html import section

pytestmark = pytest.mark.django_db

PICTURE = (
    "https://undp-accelerator-labs.github.io/Archive_SDG_Commons_2023/blobs/learningplans/"
    "a99520a497105740471649cbaafd3860.png"
)


def test_imported_evidence_items_under_their_question_with_the_picture_shown(client):
    name = "a_participatory_approach_to_amplify_behavioral_awareness_on_waste_management.md"
    run_import(DATA / "learningplan" / name)
    plan = LearningPlan.objects.get()

    html = section(client.get(plan.get_absolute_url()), "form-heading")

    # Two items of the quantitative evidence, its question shown once above them.
    assert html.count("Quantitative evidence: What (official) data sources") == 1
    quantitative = html.split("Quantitative evidence: What")[1].split("Qualitative evidence:")[0]
    assert quantitative.count('<div class="answer-text">') == 2
    assert "It estimates that a person living in a city produces 500g" in quantitative
    (img,) = re.findall(r"<img [^>]*>", quantitative)
    assert f'src="{PICTURE}"' in img
    assert 'alt="Quantitative evidence: Attached image 1 (PNG)"' in img
    assert 'loading="lazy"' in img and 'width="640" height="480"' in img


def test_labelled_items_under_their_labels_and_foreign_or_unsafe_pictures_not_shown(client):
    plan = make_plan("Plan")
    prompt = "Qualitative evidence: What weak signals have you recently spotted?"
    items = [
        ("", "First signal."),
        ("Quantitative evidence", '![a "b"](https://elsewhere.example/x.png?a=1&b=2)'),
        ("Qualitative evidence", "![x](javascript:alert(1)) <script>"),
    ]
    PlanAnswer.objects.bulk_create(
        PlanAnswer(
            plan=plan,
            position=10 + n,
            key="qualitative_evidence",
            prompt=prompt,
            label=label,
            text=text,
        )  # fmt: skip
        for n, (label, text) in enumerate(items)
    )

    html = section(client.get(plan.get_absolute_url()), "form-heading")

    assert html.count(prompt) == 1
    assert re.findall(r'<p class="item-label">([^<]*)</p>', html) == [
        "Quantitative evidence",
        "Qualitative evidence",
    ]
    assert "<img" not in html  # a picture from another host is a link to it
    assert (
        '<a href="https://elsewhere.example/x.png?a=1&amp;b=2" rel="nofollow ugc noopener">'
        "Image: a &quot;b&quot;</a>"
    ) in html
    assert "javascript:" not in html.replace("![x](javascript:alert(1))", "")
    assert "<script>" not in html
