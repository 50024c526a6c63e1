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


def index_routes(prefix, index_view, entry, entry_view, entry_name):
    """/prefix/, an index page with its counts, and /prefix/<entry>/, the plan list under the
    URL of one of its entries."""
    return [
        path(f"{prefix}/", index_view, name=f"{prefix}_index"),
        path(f"{prefix}/{entry}/", entry_view, name=entry_name),
    ]


urlpatterns = [
    path("", views.home, name="home"),
    *(
        path(f"{public.kind}/", views.list_page, {"public_list": public}, name=public.url_name)
        for public in PUBLIC_LISTS
    ),
    *(
        path(
            f"{public.kind}/facets/<str:name>/",
            views.facet_values,
            {"public_list": public},
            name=public.facet_url_name,
        )
        for public in PUBLIC_LISTS
    ),
    path("search/", views.search, name="search"),
    path("plans/<slug:slug>/", views.plan_detail, name="plan_detail"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("blogs/<slug:slug>/", views.blog_detail, name="blog_detail"),
    path("blogs/<slug:slug>/full/", views.blog_full_text, name="blog_full_text"),
    *index_routes("countries", views.countries_index, "<printable:code>", views.country, "country"),
    *index_routes("regions", views.regions_index, "<slug:slug>", views.region, "region"),
    *index_routes("sdgs", views.sdgs_index, "<int:number>", views.sdg, "sdg"),
    *index_routes("themes", views.themes_index, "<printable:slug>", views.theme, "theme"),
    path("statistics/", views.statistics, name="statistics"),
    *(
        path(f"api/{public.kind}/", api_list, {"public_list": public}, name=public.api_url_name)
        for public in PUBLIC_LISTS
    ),
    path("feeds/blogs/", feeds.LatestBlogsFeed(), name="feed_blogs"),
    path("feeds/closing-reports/", feeds.LatestClosingReportsFeed(), name="feed_closing_reports"),
    path("sitemap.xml", sitemaps.sitemap_xml, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
