"""What the view tests read from a page's HTML."""

import re

CARD_TITLE = re.compile(r'<h3 class="card-title"><a href="[^"]*">([^<]*)</a></h3>')


def card_titles(response):
    return CARD_TITLE.findall(response.content.decode())


def chip_links(response):
    """{label: href} of the active-filter chips."""
    html = response.content.decode()
    return {
        label: href.replace("&amp;", "&")
        for href, label in re.findall(
            r'<a class="chip" href="([^"]*)"><span class="visually-hidden">Remove </span>'
            r"([^<]*)<",
            html,
        )
    }


def section(response, heading_id):
    """The HTML of the page section headed by the element with id `heading_id`."""
    return response.content.decode().split(f'id="{heading_id}"')[1].split("</section>")[0]
