"""A curator read a plan beside its page (golden file under tests/data/learningplan/golden/):
a link of its evidence whose text fragment holds an apostrophe ("…#:~:text=Some%20of%20Edson's
%20neighbors…") should point to the whole address the file wrote, not stop at the apostrophe
and leave the rest of the address as text after it."""

import re

from records.models import LearningPlan
from tests.factories import DATA, run_import

ZIMBABWE = (
    DATA
    / "learningplan"
    / "golden"
    / (
        "use_of_unmanned_aerial_vehicles__drones__in_data_collection_and_processing_for_"
        "assisted_natural_re_.md"
    )
)
WRITTEN = (
    "https://www.wbcsd.org/download/file/16131#:~:text=Some%20of%20Edson's%20neighbors"
    "%20have,and%20making%20farming%20even%20harder."
)


def page(client) -> str:
    run_import(ZIMBABWE)
    plan = LearningPlan.objects.get(source_file=ZIMBABWE.name)
    assert WRITTEN in plan.answer("qualitative_evidence") or any(
        WRITTEN in a.text for a in plan.answers.all()
    )
    return client.get(plan.get_absolute_url()).content.decode()


def test_the_other_link_of_the_answer_shows_whole(db, client):
    url = (
        "https://earth.org/approved-mine-in-lower-zambezi-national-park-threatens-africas-"
        "most-important-river-basin/"
    )
    assert f'href="{url}"' in page(client)


def test_a_link_with_an_apostrophe_points_to_the_whole_address(db, client):
    html = page(client)
    # The page's link ends at "Edson" and "'s%20neighbors…" follows it as text.
    assert re.search(r'href="[^"]*Edson(&#x27;|%27|\')s%20neighbors%20have', html)
    assert "</a>&#x27;s%20neighbors" not in html
