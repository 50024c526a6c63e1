"""A curator read a closing report beside its page (golden file under
tests/data/learningplan/golden/): its blog links show and point to the URLs the file wrote,
"https://www.undp.org/…", though a link holds the normalised form blogs are keyed by."""

from records.models import BlogLink, LearningPlan
from tests.factories import DATA, run_import

MADABA = DATA / "learningplan" / "golden" / "tourism_in_madaba.md"
WRITTEN = (
    "https://www.undp.org/jordan/blog/"
    "through-eyes-comms-intern-reflecting-my-journey-undp-accelerator-lab-jordan"
)


def test_blog_links_show_the_url_the_file_wrote(db, client):
    run_import(MADABA)
    plan = LearningPlan.objects.get(source_file=MADABA.name)
    # The link keeps the key blogs are matched by.
    assert BlogLink.objects.filter(plan=plan, url=WRITTEN.replace("www.", "")).exists()
    page = client.get(plan.get_absolute_url()).content.decode()
    assert f'<a href="{WRITTEN}" rel="nofollow ugc noopener">{WRITTEN}</a>' in page
    assert "https://undp.org/jordan" not in page


def test_the_api_gives_the_url_the_file_wrote(db, client):
    run_import(MADABA)
    (row,) = client.get("/api/plans/").json()["results"]
    assert WRITTEN in row["blogs"]
    assert not [url for url in row["blogs"] if url.startswith("https://undp.org/")]
