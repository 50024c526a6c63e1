"""Admin search that puts the record a staff member named first: a title equal to the search
term, then titles starting with it, then every other match in the list's usual order."""

from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.db.models import Case, IntegerField, Value, When

SEARCH_RANK = "search_rank"


def title_rank(field, term):
    """0 for an exact match of `field` with `term`, 1 for a prefix match, else 2 (any case)."""
    return Case(
        When(**{f"{field}__iexact": term}, then=Value(0)),
        When(**{f"{field}__istartswith": term}, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )


class RankedChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        term = self.query.strip()
        # A column the staff member sorts by wins over the ranking.
        if not term or ORDER_VAR in self.params:
            return queryset
        rank = title_rank(self.model_admin.ranked_field, term)
        ordering = queryset.query.order_by
        return queryset.annotate(**{SEARCH_RANK: rank}).order_by(SEARCH_RANK, *ordering)


class TitleMatchFirst:
    """ModelAdmin mixin: the changelist search ranks `ranked_field` matches first."""

    ranked_field = "title"

    def get_changelist(self, request, **kwargs):
        return RankedChangeList
