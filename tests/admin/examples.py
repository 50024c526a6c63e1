"""The plan and the blog most admin tests look at: an imported closing report naming a partner
(into which another was merged) and linking to a blog, and that blog."""

from records.models import BlogLink, PartnerRedirect, Partnership
from tests.factories import make_blog, make_imported_plan, make_partner

BLOG_URL = "https://example.org/blog/stem"


def example_plan():
    plan = make_imported_plan()
    partner = make_partner("Baku University")
    Partnership.objects.create(plan=plan, partner=partner, description="Hosts the lab.")
    PartnerRedirect.objects.create(slug="baku-uni", partner=partner)
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
