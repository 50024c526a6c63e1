"""Plans' links find the archived blog by its other addresses: the old site's, a country
subsite's, a language prefix, the page's slug or its title."""

import pytest

from records.importing import Importer, import_paths
from records.importing.blog_addresses import address_key, blog_index, find_blog, url_key
from records.models import Blog, BlogLink
from tests.factories import DATA, make_blog, make_plan

LINKS = DATA / "links"
BLOGS = [
    (1, "https://www.undp.org/north-macedonia/blog/what-10-kg-citrus-waste-worth", "T", "MKD"),
    (2, "https://www.undp.org/ukraine/blog/step-1-system-mapping", "Step 1: System mapping", "UKR"),
    (3, "https://www.undp.org/kenya/blog/step-1-system-mapping", "Step 1: System mapping", "KEN"),
    (
        4,
        "https://www.undp.org/uganda/blog/x",
        "Meet the Young Mothers Shaping Uganda’s Economy",
        "UGA",
    ),
]
COUNTRY_KEYS = {"northmacedonia": "MKD", "ukraine": "UKR", "kenya": "KEN", "uganda": "UGA"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("What is 10 kg of citrus waste worth?", "what10kgcitruswasteworth"),
        ("Food for thought: why is food waste a challenge?", "foodthoughtwhyfoodwastechallenge"),
        ("Uganda’s mothers", "ugandamother"),
        ("blog", ""),
        ("2021", ""),
        ("the 2021", ""),
    ],
)
def test_address_key_keeps_the_words_a_page_address_keeps(text, key):
    assert address_key(text) == key


@pytest.mark.parametrize(
    ("url", "blog"),
    [
        # The old site, a subsite, "10kg" for "10 kg", capitals, small words and ".html".
        (
            "https://www.mk.undp.org/content/north-macedonia/en/home/blog/"
            "What-is-10kg-of-citrus-waste-worth.html",
            1,
        ),
        # One slug, two offices: the office in the URL settles it.
        ("https://ua.undp.org/content/ukraine/en/home/blog/2022/step-1--system-mapping.html", 2),
        ("https://www.undp.org/es/kenya/blog/step-1-system-mapping", 3),
        # One slug, two offices, and a URL naming neither: left alone.
        ("https://example.org/step-1-system-mapping", None),
        # The title's words, with a curly apostrophe written into the URL.
        (
            "https://www.undp.org/uganda/blog/meet-young-mothers-shaping-uganda%E2%80%99s-economy",
            4,
        ),
        ("https://www.undp.org/kenya/blog/", None),
        ("https://bit.ly/3xYz", None),
    ],
)
def test_find_blog_by_address_words(url, blog):
    assert find_blog(url, blog_index(BLOGS), COUNTRY_KEYS) == blog


def test_url_key_reads_the_last_part_of_the_path():
    assert url_key("https://x.undp.org/content/a/en/home/blog/Getting-our-senses.html?x=1") == (
        "gettingoursense"
    )
    assert url_key("https://[::1/step-one-mapping") == ""  # not a URL


@pytest.mark.django_db
def test_plan_link_to_an_old_address_finds_the_archived_blog_whatever_the_order():
    """The plan links to two of its blog series by their old mk.undp.org addresses; the blogs
    are archived under undp.org/north-macedonia/… . Imported plan first, then the blogs."""
    import_paths([LINKS / "learningplan"])
    assert not BlogLink.objects.exclude(blog=None).exists()
    import_paths([LINKS / "blog"])
    linked = BlogLink.objects.exclude(blog=None).values_list("blog__title", flat=True)
    assert sorted(linked) == [
        "What is 10 kg of citrus waste worth?",
        "Working with complex systems",
    ]
    plan_links = BlogLink.objects.filter(plan__source_file__startswith="bio_and_organic")
    assert plan_links.count() == 3 and plan_links.filter(blog=None).count() == 1


@pytest.mark.django_db
def test_links_of_a_plan_staff_edited_are_left_as_they_are():
    blog = make_blog("Working with complex systems", country="MKD")
    plan = make_plan(
        "Edited",
        blog_urls=[
            "https://mk.undp.org/content/north-macedonia/en/home/blog/Working-with-complex-systems.html"
        ],
    )
    plan.edited_since_import = True
    plan.save()
    Importer().run([])
    assert BlogLink.objects.get(plan=plan).blog is None
    plan.edited_since_import = False
    plan.save()
    Importer().run([])
    assert BlogLink.objects.get(plan=plan).blog == blog
    assert Blog.objects.count() == 1
