"""A blog's country: the country office its source URL names wins over a tag naming another."""

import pytest

from records.importing.country_offices import country_key, office_slug
from records.models import Blog
from tests.factories import DATA, run_import

BLOG = DATA / "blog"
TAGGED_USA = BLOG / "blog_the_100_fish_use_experiment.md"  # undp.org/samoa/…
TAGGED_CONGO = (  # undp.org/fr/drcongo/…, tagged with the other Congo
    BLOG / "blog_scanner_l_cosyst_me_local_retour_sur_les_d_couvertes_du_laboratoire_d_acc_l"
    "_ration.md"
)
AGREEING = BLOG / "blog_100_fish_use_project_lessons_in_sustainable_project_design.md"


def test_the_url_office_wins_over_the_tag_and_says_so(db):
    lines, code = run_import(TAGGED_USA, TAGGED_CONGO, AGREEING)
    assert (lines[-1], code) == (
        "3 files: 3 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed",
        0,
    )
    blogs = {b.source_url.rsplit("/", 1)[1]: b for b in Blog.objects.all()}
    got = {slug: (b.country_id, b.parse_warnings) for slug, b in blogs.items()}
    assert got == {
        "100-fish-use-experiment": (
            "WSM",
            ["country WSM from the source URL, not the tag's United States"],
        ),
        "scanner-lecosysteme-local-retour-sur-les-decouvertes-du-laboratoire-dacceleration": (
            "COD",
            ["country COD from the source URL, not the tag's Congo"],
        ),
        "100-fish-use-project-lessons-sustainable-project-design": ("WSM", []),
    }
    lines, code = run_import(TAGGED_USA, TAGGED_CONGO, AGREEING)
    assert (lines[-1], code) == (
        "3 files: 0 created, 0 updated, 3 unchanged, 0 conflicts, 0 skipped, 0 failed",
        0,
    )


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.undp.org/serbia/blog/x", "serbia"),
        ("https://www.undp.org/es/paraguay/blog/x", "paraguay"),
        ("https://www.gm.undp.org/content/gambia/en/home/blog/2021/x.html", "gambia"),
        ("https://www.undp.org/acceleratorlabs/blog/x", "acceleratorlabs"),
        ("https://www.undp.org/blog", ""),
        ("https://medium.com/@undp/serbia-x", ""),
        ("not a url", ""),
    ],
)
def test_office_slug(url, slug):
    assert office_slug(url) == slug


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Türkiye", "turkiye"),
        ("Viet Nam", "vietnam"),
        ("Bosnia and Herzegovina", "bosnia-herzegovina"),
        ("Côte d'Ivoire", "cote_divoire"),
        ("Guinea-Bissau", "guinea-bissau"),
    ],
)
def test_country_names_and_url_slugs_share_a_key(name, slug):
    assert country_key(name) == country_key(slug)
