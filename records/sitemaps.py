"""sitemap.xml: the public pages, only for published records, each in every interface
language with its alternates (hreflang)."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse

from .lists import PUBLIC_LISTS
from .models import Blog, LearningPlan, Partner, Partnership
from .query_parameters import reads


class LanguageSitemap(Sitemap):
    """A page's entry in each of settings.LANGUAGES, naming the others as its alternates."""

    i18n = True
    alternates = True
    x_default = True


class ListSitemap(LanguageSitemap):
    """The home page and the four lists."""

    def items(self):
        return ["records:home", *(f"records:{public.url_name}" for public in PUBLIC_LISTS)]

    def location(self, item):
        return reverse(item)


class PlanSitemap(LanguageSitemap):
    def items(self):
        return LearningPlan.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class BlogSitemap(LanguageSitemap):
    def items(self):
        return Blog.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class PartnerSitemap(LanguageSitemap):
    """Partners of a published plan; a partner changes when one of those plans does."""

    def items(self):
        latest_plan_change = (
            Partnership.objects.published()
            .filter(partner=OuterRef("pk"))
            .order_by("-plan__updated_at")
            .values("plan__updated_at")[:1]
        )
        return (
            Partner.objects.published()
            .annotate(lastmod=Subquery(latest_plan_change))
            .only("slug")
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.lastmod


SITEMAPS = {
    "lists": ListSitemap,
    "plans": PlanSitemap,
    "blogs": BlogSitemap,
    "partners": PartnerSitemap,
}


@reads("p")
def sitemap_xml(request):
    """sitemap.xml, in pages of Sitemap.limit URLs (`p`) when it outgrows one."""
    return sitemap(request, SITEMAPS)
