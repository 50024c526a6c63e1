"""What the public may see of each model: its QuerySet's `published()` (or, for blog links,
`public()`), which every public view, feed, sitemap and export reads. Re-exported by
records.models; a QuerySet reaches the other models through its model's relations."""

from django.db import models
from django.db.models import Exists, OuterRef, Q


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class ThroughPlanQuerySet(models.QuerySet):
    """Insights and partnerships are public when their plan is."""

    def published(self):
        return self.filter(plan__is_published=True)


class PartnershipQuerySet(ThroughPlanQuerySet):
    def published(self):
        """Those of a published plan, found as those of no hidden plan: the keys of the few
        hidden plans come from an index, where a join reads every partnership's plan row."""
        plans = self.model._meta.get_field("plan").related_model
        return self.exclude(plan__in=plans.objects.filter(is_published=False))


class PartnerQuerySet(models.QuerySet):
    def published(self):
        """Partners are public through their plans: those with at least one published plan.
        Looked for partner by partner, which stops at the first, rather than by listing
        every published partnership."""
        partnerships = self.model._meta.get_field("partnerships").related_model.objects
        return self.filter(Exists(partnerships.published().filter(partner=OuterRef("pk"))))


class BlogLinkQuerySet(models.QuerySet):
    def public(self):
        """The links a public page, download or the API may show: those to no Blog record (a URL
        never imported) or to a published one. A link to an unpublished blog shows nowhere,
        neither as a link to its page nor as its URL."""
        return self.filter(Q(blog__isnull=True) | Q(blog__is_published=True))
