"""The learning cycle on a closing report's admin page: the plan it closes, who set the link,
the importer's evidence, and the candidates the importer weighed, for staff to choose from.

Staff set, change or clear `closes` (an autocomplete over every plan); any change makes the
link staff's, which every later import keeps.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from ..enums import CycleSource, Stage
from ..importing.cycle_joins import plan_candidates

CYCLE_FIELDS = ["closes", "closes_source", "closes_evidence", "closes_candidates"]
CYCLE_READONLY = ["closes_source", "closes_evidence", "closes_candidates"]


class CycleAdminMixin:
    """For LearningPlanAdmin: the "Learning cycle" fields and what saving `closes` means."""

    def save_model(self, request, obj, form, change):
        if "closes" in form.changed_data:
            obj.closes_source, obj.closes_evidence = CycleSource.STAFF, ""
        super().save_model(request, obj, form, change)

    @admin.display(description=_("candidates"))
    def closes_candidates(self, obj):
        """The plans this report may close, with the importer's score and evidence: those of
        its focal point and country, best first, then those of other focal points its title
        names in part."""
        if obj is None or obj.pk is None or obj.stage != Stage.CLOSING:
            return _("Only a closing report closes a plan.")
        candidates = plan_candidates(obj)
        if not candidates:
            return _(
                "No plan of the same focal point and country, of its year or up to two before, "
                "and none of another focal point that its title names."
            )
        rows = (
            (
                reverse("admin:records_learningplan_change", args=[plan.pk]),
                plan.title,
                plan.year or _("no year"),
                f"{join.score:.2f}",
                join.evidence,
                _(" (current)") if plan.pk == obj.closes_id else "",
            )
            for plan, join in candidates
        )
        return format_html(
            '<ol class="cycle-candidates">{}</ol>',
            format_html_join("", _('<li><a href="{}">{}</a> ({}): score {}; {}{}</li>'), rows),
        )
