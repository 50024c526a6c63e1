"""A plan's card (title, stage, year, countries and the text it quotes), for the plan list
and every page that lists plans.

Built here with the standard library's escape rather than a template included once a card:
a list page shows twenty, and an include with its variable lookups and a reverse() per card
costs more than the rest of the page's markup. A page's cards share one reversed URL.
"""

import html

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from records.enums import text_lang, written_in

register = template.Library()

# Words of the quoted text a card shows.
SUMMARY_WORDS = 40


def slug_urls(route: str):
    """slug -> the URL of `route` for that slug, reversing the route once: a slug is made of
    characters a URL takes as they are."""
    marker = "slug"
    head, tail = reverse(route, args=[marker]).rsplit(marker, 1)
    return lambda slug: f"{head}{slug}{tail}"


def card(plan, url: str) -> str:
    """The card of `plan` (queries.plan_cards), whose page is at `url`."""
    escape = html.escape
    meta = (
        f'<span class="badge badge-{escape(plan.stage)}">{escape(plan.get_stage_display())}</span>'
    )
    language = written_in(plan.language)
    if language:
        meta += f' <span class="badge badge-language">{escape(language)}</span>'
    if plan.year:
        meta += f" <span>{plan.year}</span>"
    if plan.card_countries:
        meta += f" <span>{', '.join(escape(str(c)) for c in plan.card_countries)}</span>"
    summary = ""
    if plan.card_summary:
        words = Truncator(plan.card_summary).words(SUMMARY_WORDS, truncate=" …")
        summary = f'\n  <p class="summary"{text_lang(plan.language)}>{escape(words)}</p>'
    return (
        f'<li class="card">\n'
        f'  <h3 class="card-title"{text_lang(plan.language)}><a href="{escape(url)}">'
        f"{escape(plan.title)}</a></h3>\n"
        f'  <p class="meta">{meta}</p>{summary}\n'
        f"</li>\n"
    )


@register.simple_tag
def plan_cards(plans) -> SafeString:
    """The cards of `plans`, one after the other."""
    url = slug_urls("records:plan_detail")
    return mark_safe("".join(card(plan, url(plan.slug)) for plan in plans))
