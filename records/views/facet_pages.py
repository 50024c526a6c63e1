"""A facet's own page: every value of one facet of a list, counted under the list's other
filters, for the values a list page leaves out (it shows the most frequent ones)."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .lists import filter_data

# A facet with more values than this gets a box that narrows them as one types (filters.js).
FILTER_BOX_FROM = 30


@require_safe
def facet_values(request, public_list, name):
    """/plans/facets/theme/?country=AZE: the checkboxes of every theme under country=AZE, in
    a form that applies them to the plan list with the other filters kept."""
    filterset_class = public_list.filterset_class
    if name not in {facet.name for facet in filterset_class.facets}:
        raise Http404("No such facet.")
    data = filter_data(request)
    filterset = filterset_class(data=data, request=request)
    (facet,) = filterset.facet_counts(names=(name,))
    list_url = reverse(f"records:{public_list.url_name}")
    context = {
        "section": public_list.section,
        "heading": public_list.heading,
        "facet": facet,
        "list_url": list_url,
        # The list's filters, which its "back" link takes.
        "filters": data,
        # The form's checkboxes replace this facet's values; the other filters ride along.
        "hidden_params": [
            (param, value) for param, values in data.lists() if param != name for value in values
        ],
        "filter_box": len(facet.options) > FILTER_BOX_FROM,
        "errors": filterset.errors,
    }
    status = 400 if filterset.errors else 200
    return render(request, "records/facet_values.html", context, status=status)
