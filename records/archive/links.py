"""Links in answers: URLs as plans write them, and the blog links a closing report names."""

from __future__ import annotations

import re

from .document import Answer

URL = re.compile(r"https?://(?:(?!https?://)[^\s()<>\"'])+")  # "…/a.htmlhttps://…" is two
# A link pasted as "[text](text)", the form's way of writing the URLs it was given.
_PASTED_LINK = re.compile(r"\[([^\[\]]+)\]\(\1\)")
_URL_RUN = re.compile(r"https?://\S+")
# Where a URL pasted right after another starts: "…-98595.htmlhttps://vietnamnews.vn/…".
# After "=" or "?" it is a parameter of the first ("…?url=https://…"); a web archive's
# address holds the archived one after a "/" ("…/web/20190311113340/http://…").
_GLUED = re.compile(r"(?<=[\w/])(?=https?://)")
_WEB_ARCHIVE = "web.archive.org/"


def blog_urls(answers: list[Answer]) -> list[str]:
    """The URLs of the blog-links answers, trimmed, each once in order."""
    texts = (answer.text for answer in answers if answer.key == "blog_links")
    return list(dict.fromkeys(trim_url(url) for text in texts for url in URL.findall(text)))


def separate_urls(text: str) -> str:
    """`text` with URLs pasted one after another set apart by a space, and a pasted link
    ("[text](text)") whose text is several URLs made one link each: "[a](a) [b](b)"."""
    if "http" not in text:
        return text
    text = _PASTED_LINK.sub(_pasted_links, text)
    return _URL_RUN.sub(lambda m: " ".join(_glued_urls(m[0])), text)


def _pasted_links(link: re.Match) -> str:
    """The links a pasted link's URLs make, apart as the text writes them."""
    urls = [url for part in link[1].split() for url in _glued_urls(part)]
    if len(urls) < 2 or not all(url.startswith(("http://", "https://")) for url in urls):
        return link[0]
    return _URL_RUN.sub(
        lambda m: " ".join(f"[{url}]({url})" for url in _glued_urls(m[0])), link[1].strip()
    )


def _glued_urls(run: str) -> list[str]:
    """The URLs pasted together in `run`, one URL most often."""
    return [run] if _WEB_ARCHIVE in run else _GLUED.split(run)


def trim_url(url: str) -> str:
    """Drop what follows a URL in "[url](url)" and prose: "…/blog]", "…/blog."."""
    url = url.split("&lt;")[0].rstrip(".,;:!?")  # "…/report&lt;div&gt;": escaped HTML after it
    unbalanced = url.count("]") - url.count("[")  # "?q[0]=1" keeps its own brackets
    trailing = len(url) - len(url.rstrip("]"))
    return url[: len(url) - min(unbalanced, trailing)] if unbalanced > 0 else url
