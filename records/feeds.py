"""Atom feeds of new blogs and new closing reports.

Atom titles are plain text (the XML writer escapes them once), but summaries are typed
"html": archive text is HTML-escaped before it goes in, so a reader shows it as text.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .archive.text import clean_text
from .enums import AnswerKey, Stage
from .models import Blog, LearningPlan, PlanAnswer

FEED_LENGTH = 30
SUMMARY_CHARS = 300


class CleanAtomFeed(Atom1Feed):
    """Atom whose entries' text is cleaned like archive text: XML 1.0 has no place for control
    characters, and one in a record (a Word line break typed into a title) must not make the
    whole feed fail."""

    def add_item(self, title, link, description, **kwargs):
        super().add_item(
            clean_text(title),
            link,
            description and clean_text(description),
            **{key: clean_text(v) if isinstance(v, str) else v for key, v in kwargs.items()},
        )


class LabKnowledgeFeed(Feed):
    feed_type = CleanAtomFeed
    # Atom wants an author on the feed or on every entry; closing reports name none.
    author_name = "Lab Knowledge"

    def item_title(self, item):
        return item.title

    def item_updateddate(self, item):
        return item.updated_at


class LatestBlogsFeed(LabKnowledgeFeed):
    title = _("Lab Knowledge: new blogs")
    subtitle = _("Blogs and publications by the labs, newest first.")

    def link(self):
        return reverse("records:blog_list")

    def items(self):
        return (
            Blog.objects.published()
            .prefetch_related("authors")
            .order_by(F("published_on").desc(nulls_last=True), "-created_at")[:FEED_LENGTH]
        )

    def item_description(self, item):
        return escape(Truncator(item.body).chars(SUMMARY_CHARS))

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_pubdate(self, item):
        if item.published_on is None:
            return None
        return datetime.datetime.combine(item.published_on, datetime.time(), tzinfo=datetime.UTC)


class LatestClosingReportsFeed(LabKnowledgeFeed):
    title = _("Lab Knowledge: new closing reports")
    subtitle = _("What the labs learned at the end of a learning cycle, newest first.")

    def link(self):
        return reverse("records:plan_list") + "?stage=closing"

    def items(self):
        return (
            LearningPlan.objects.published()
            .filter(stage=Stage.CLOSING)
            .prefetch_related(
                "insights",
                Prefetch(
                    "answers", queryset=PlanAnswer.objects.filter(key=AnswerKey.CHALLENGE_STATEMENT)
                ),
            )
            .order_by("-created_at")[:FEED_LENGTH]
        )

    def item_description(self, item):
        """The report's insights as a list; its challenge statement when it has none."""
        insights = item.insights.all()
        if insights:
            return format_html(
                "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i.text,) for i in insights))
            )
        return escape(item.answer(AnswerKey.CHALLENGE_STATEMENT))

    def item_pubdate(self, item):
        return item.created_at
