from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import exports, feeds, sitemaps, views

app_name = "records"

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/", views.PlanListView.as_view(), name="plan_list"),
    path("plans/<slug:slug>/", views.plan_detail, name="plan_detail"),
    path("insights/", views.InsightListView.as_view(), name="insight_list"),
    path("partners/", views.PartnerListView.as_view(), name="partner_list"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("blogs/", views.BlogListView.as_view(), name="blog_list"),
    path("blogs/<slug:slug>/", views.blog_detail, name="blog_detail"),
    path("countries/<str:code>/", views.country, name="country"),
    path("regions/<slug:slug>/", views.region, name="region"),
    path("sdgs/<int:number>/", views.sdg, name="sdg"),
    path("themes/<str:slug>/", views.theme, name="theme"),
    path("api/plans/", exports.api_list, {"kind": "plans"}, name="api_plans"),
    path("api/insights/", exports.api_list, {"kind": "insights"}, name="api_insights"),
    path("api/partners/", exports.api_list, {"kind": "partners"}, name="api_partners"),
    path("api/blogs/", exports.api_list, {"kind": "blogs"}, name="api_blogs"),
    path("feeds/blogs/", feeds.LatestBlogsFeed(), name="feed_blogs"),
    path("feeds/closing-reports/", feeds.LatestClosingReportsFeed(), name="feed_closing_reports"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": sitemaps.SITEMAPS},
        name="sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
