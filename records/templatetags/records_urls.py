"""The paths of the routes that take no arguments (the navigation, the footer), each reversed
once per URLconf and script prefix rather than on every page.

    {% load records_urls %}<a href="{% route 'records:home' %}">
"""

from functools import cache

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@register.simple_tag
def route(name: str) -> str:
    """The path of the route `name`, as `{% url name %}` gives it."""
    return _path(name, get_urlconf(), get_script_prefix())


@cache
def _path(name: str, urlconf, prefix: str) -> str:
    # The URLconf and the script prefix are part of the key: reverse() reads both.
    return reverse(name, urlconf=urlconf)
