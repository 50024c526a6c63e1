"""Changelist columns several admins show: shortened text, country names, a plan count."""

from django.contrib import admin
from django.db.models import Count
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _


def shortened(text: str, length: int = 90) -> str:
    """`text` cut to `length` characters at most, an ellipsis ending the cut."""
    return Truncator(text).chars(length)


def country_names(countries) -> str:
    return ", ".join(country.name for country in countries.all())


class PlanCountColumn:
    """A sortable "plans" column: how many plans use the record, counted along
    `plan_count_path` in the changelist's own query (no query per row). The merge actions
    read the same annotation to suggest the record to keep."""

    plan_count_path = "plans"

    def get_queryset(self, request):
        queryset = super().get_queryset(request).annotate(plan_count=Count(self.plan_count_path))
        # A GROUP BY query drops the model's default order; the merge page lists in this order.
        return queryset.order_by(*(self.get_ordering(request) or self.model._meta.ordering))

    @admin.display(description=_("plans"), ordering="plan_count")
    def plan_count(self, obj):
        return obj.plan_count
