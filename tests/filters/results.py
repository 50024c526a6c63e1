"""What the filter tests read from a FilterSet."""


def titles(filterset):
    return [str(record) for record in filterset.qs]


def facet(filterset, name):
    """{value: (count, selected)} of one facet."""
    (counts,) = filterset.facet_counts(names=[name])
    return {option.value: (option.count, option.selected) for option in counts.options}
