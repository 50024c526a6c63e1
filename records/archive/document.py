"""What the parser hands the importer: one ParsedDocument per archive file.

Plain dataclasses that import nothing of `records`, so every module of the archive package
(and the blog-page reader inside it) can build them without importing the parser.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# The `[[type:]]` values whose text is a scraped page: their article is read by `blog_pages`.
BLOG_TYPES = ("blog", "publications")


@dataclass
class Answer:
    section: str  # the "## " heading above it, cleaned; "" when none
    prompt: str  # the prompt, normalised; "" for an unnamed group sub-item
    key: str  # stable key of a well-known prompt, else ""
    text: str  # the answer, cleaned; "" when empty
    group: int | None = None  # ordinal of the <div class="group"> holding it
    label: str = ""  # the label a labelled item of the answer is written under, else ""


@dataclass
class PartnerMention:
    name: str
    sector: str  # one of `sectors.SECTORS`, the values of records.enums.Sector
    description: str = ""


@dataclass
class Author:
    name: str
    role: str = ""


@dataclass
class ParsedDocument:
    type: str = ""
    types: list[str] = field(default_factory=list)
    title: str = ""
    title_line: str = ""
    # No real title: the "# " line was empty, an intro line or the start of the insights,
    # and `title` was taken from the text or the file name.
    title_from_text: bool = False
    year: int | None = None
    published_on: datetime.date | None = None
    focal_point: str = ""
    source_url: str = ""
    countries: list[str] = field(default_factory=list)
    locations: list[tuple[str, str]] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    thematic_areas: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    data_sources: list[str] = field(default_factory=list)
    tags: dict[str, list[str]] = field(default_factory=dict)
    form: str = ""  # "start" | "close-a" | "close-b" | ""
    answers: list[Answer] = field(default_factory=list)
    insights: list[str] = field(default_factory=list)
    insights_intro: str = ""  # the insights answer's text before its list of insights
    insights_after: str = ""  # the insights answer's closing text, after its list
    partners: list[PartnerMention] = field(default_factory=list)
    blog_urls: list[str] = field(default_factory=list)
    body: str = ""
    authors: list[Author] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
