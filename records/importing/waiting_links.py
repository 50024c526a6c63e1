"""The URLs plans' links wait for a blog of, during an import run: so that a new blog ties the
links waiting for it only when some may be."""

from __future__ import annotations

from records.models import BlogLink


class WaitingLinks:
    """As the last look-up of a batch found them, with those the batch's plans wrote since;
    not known before a look-up (a dry run looks nothing up), when any URL may have some."""

    def __init__(self):
        self.urls: set[str] | None = None

    def look_up(self, blog_urls) -> None:
        """Ask once which of these blogs' URLs links wait for."""
        waiting = BlogLink.objects.filter(url__in=list(blog_urls), blog=None)
        self.urls = set(waiting.values_list("url", flat=True))

    def may_wait(self, url: str) -> bool:
        return self.urls is None or url in self.urls

    def note(self, urls) -> None:
        """Links to these URLs were written without a blog."""
        if self.urls is not None:
            self.urls.update(urls)
