"""What a list's query parameters may hold: a parameter repeats to give several values, and
each value is cleaned by a form field. A malformed value is a form error, never a query."""

from functools import partial

from django import forms
from django.core.exceptions import ValidationError

# More values than anyone ticks by hand; a longer list is refused, not run as a huge query.
MAX_VALUES = 50


class MultipleValueField(forms.Field):
    """Every value of a repeated query parameter, each cleaned by `child`; blank ones ignored."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, child: forms.Field, **kwargs):
        self.child = child
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return []
        values = [value] if isinstance(value, str) else list(value)
        values = [v.strip() for v in values if v.strip()]
        if len(values) > MAX_VALUES:
            raise ValidationError(f"At most {MAX_VALUES} values.", code="max_values")
        return list(dict.fromkeys(self.child.clean(v) for v in values))


def country_code(value: str) -> str:
    if len(value) != 3 or not value.isascii() or not value.isalpha():
        raise ValidationError("A country is its ISO 3166 alpha-3 code, e.g. AZE.", "code")
    return value.upper()


class CountryCodeField(forms.CharField):
    def clean(self, value):
        return country_code(super().clean(value))


def slug_field():
    return forms.SlugField(max_length=100, allow_unicode=True)


def sdg_field():
    return forms.IntegerField(min_value=1, max_value=17)


def year_field():
    return forms.IntegerField(min_value=1900, max_value=2100)


def choice_field(vocabulary):
    """A field factory for one value of a vocabulary of records/enums.py."""
    return partial(forms.ChoiceField, choices=vocabulary.choices)
