import pytest

from records import queries
from records.models import BlogLink, LearningPlan, PlanAnswer
from tests.factories import make_linked_blogs, make_plan

pytestmark = pytest.mark.django_db


def test_blog_links_public_are_those_to_no_record_or_to_a_published_blog():
    public_blog, hidden_blog = make_linked_blogs()
    urls = [public_blog.source_url, hidden_blog.source_url, "https://example.org/not-imported"]
    plan = make_plan("Linking", blog_urls=urls)
    make_plan("Hidden linking", blog_urls=urls, is_published=False)

    public = BlogLink.objects.public().filter(plan=plan).order_by("position")

    assert [(link.url, link.blog) for link in public] == [
        (public_blog.source_url, public_blog),
        ("https://example.org/not-imported", None),
    ]


@pytest.mark.parametrize(
    ("challenge", "insights", "summary"),
    [
        ("Our challenge.", ["First insight.", "Second insight."], "Our challenge."),
        ("", ["First insight.", "Second insight."], "First insight."),
        ("", [], "Not exported."),
    ],
)
def test_plan_card_quotes_the_challenge_else_the_first_insight_else_the_tweet(
    challenge, insights, summary
):
    plan = make_plan("Report", stage="closing", challenge=challenge, insights=insights)
    # A closing report imported before its insights were split kept them as an answer too.
    PlanAnswer.objects.create(plan=plan, position=9, key="insights", text="Raw insights.")

    assert queries.plan_cards(LearningPlan.objects.all()).get().card_summary == summary


def test_plan_card_of_a_plan_without_any_quotable_text_quotes_nothing():
    plan = make_plan("Bare")
    PlanAnswer.objects.filter(plan=plan).delete()

    assert queries.plan_cards(LearningPlan.objects.all()).get().card_summary is None
