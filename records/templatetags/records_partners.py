"""What a partner's card says of its countries under the list's filters."""

from django import template

register = template.Library()


@register.filter
def matched_countries(partner) -> tuple[list, int]:
    """(the countries of `partner`'s published plans that the list's plan filters matched, A
    to Z; how many others its plans have). Read from the `matched` flag of its prefetched
    `country_rows` (records.queries.plan_countries); without plan filters every country
    matched."""
    codes = {row.country_code for row in partner.country_rows if getattr(row, "matched", True)}
    countries = partner.plan_countries
    matched = [country for country in countries if country.code in codes]
    return matched, len(countries) - len(matched)
