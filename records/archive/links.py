"""Links in answers: URLs as plans write them, and the blog links a closing report names."""

from __future__ import annotations

import re

from .document import Answer

URL = re.compile(r"https?://(?:(?!https?://)[^\s()<>\"'])+")  # "…/a.htmlhttps://…" is two


def blog_urls(answers: list[Answer]) -> list[str]:
    """The URLs of the blog-links answers, trimmed, each once in order."""
    texts = (answer.text for answer in answers if answer.key == "blog_links")
    return list(dict.fromkeys(trim_url(url) for text in texts for url in URL.findall(text)))


def trim_url(url: str) -> str:
    """Drop what follows a URL in "[url](url)" and prose: "…/blog]", "…/blog."."""
    url = url.split("&lt;")[0].rstrip(".,;:!?")  # "…/report&lt;div&gt;": escaped HTML after it
    unbalanced = url.count("]") - url.count("[")  # "?q[0]=1" keeps its own brackets
    trailing = len(url) - len(url.rstrip("]"))
    return url[: len(url) - min(unbalanced, trailing)] if unbalanced > 0 else url
