"""The URLs a plan's blog links show: a link holds the normalised form blogs are keyed by
(records.importing.columns.normalise_url), and a page or a download shows the URL the plan
wrote ("https://www.undp.org/…", not "https://undp.org/…")."""

from .archive.links import blog_urls
from .importing.columns import written_urls


def blog_links(plan):
    """The plan's blog links, each with `shown_url`: the URL as the plan's blog-links answer
    writes it, or the link's own when the answer does not (a link staff added). Reads the
    plan's answers and links as they are prefetched."""
    written = written_urls(blog_urls(plan.answers.all()))
    links = list(plan.blog_links.all())
    for link in links:
        link.shown_url = written.get(link.url, link.url)
    return links
