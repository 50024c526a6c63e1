"""The plan and the blog most admin tests look at: an imported closing report naming a partner
and linking to a blog, and that blog."""

from records.models import BlogLink, Partnership
from tests.factories import make_blog, make_imported_plan, make_partner

BLOG_URL = "https://example.org/blog/stem"


def example_plan():
    plan = make_imported_plan()
    Partnership.objects.create(
        plan=plan, partner=make_partner("Baku University"), description="Hosts the lab."
    )
    BlogLink.objects.create(plan=plan, url=BLOG_URL)
    return plan


def example_blog():
    return make_blog(
        "What we learnt in Baku",
        source_url=BLOG_URL,
        year=2023,
        country="AZE",
        body="First paragraph.\n\nSecond paragraph.",
        authors=[("Leyla", "Head of exploration")],
    )
