from django.contrib.sitemaps.views import sitemap
from django.urls import path, register_converter
from django.urls.converters import StringConverter

from . import feeds, sitemaps, views
from .exports import api_list
from .lists import PUBLIC_LISTS

app_name = "records"


class PrintableConverter(StringConverter):
    """A path segment without control characters: a NUL would reach PostgreSQL, which refuses
    it in text (DataError), where no such code or slug can exist anyway (a 404)."""

    regex = "[^/\x00-\x1f\x7f]+"


register_converter(PrintableConverter, "printable")

urlpatterns = [
    path("", views.home, name="home"),
    *(
        path(
            f"{public.kind}/",
            views.FacetedListView.as_view(public_list=public),
            name=public.url_name,
        )
        for public in PUBLIC_LISTS
    ),
    path("plans/<slug:slug>/", views.plan_detail, name="plan_detail"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("blogs/<slug:slug>/", views.blog_detail, name="blog_detail"),
    path("countries/<printable:code>/", views.country, name="country"),
    path("regions/<slug:slug>/", views.region, name="region"),
    path("sdgs/<int:number>/", views.sdg, name="sdg"),
    path("themes/<printable:slug>/", views.theme, name="theme"),
    *(
        path(f"api/{public.kind}/", api_list, {"public_list": public}, name=public.api_url_name)
        for public in PUBLIC_LISTS
    ),
    path("feeds/blogs/", feeds.LatestBlogsFeed(), name="feed_blogs"),
    path("feeds/closing-reports/", feeds.LatestClosingReportsFeed(), name="feed_closing_reports"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
