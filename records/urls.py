from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/", views.home, name="plan_list"),
    path("plans/<slug:slug>/", views.home, name="plan_detail"),
    path("insights/", views.home, name="insight_list"),
    path("partners/", views.home, name="partner_list"),
    path("partners/<slug:slug>/", views.home, name="partner_detail"),
    path("blogs/", views.home, name="blog_list"),
    path("blogs/<slug:slug>/", views.home, name="blog_detail"),
    path("countries/<str:code>/", views.home, name="country"),
    path("regions/<slug:slug>/", views.home, name="region"),
    path("sdgs/<int:number>/", views.home, name="sdg"),
]
