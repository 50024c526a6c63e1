"""What every download and API response shares: it may be cached publicly for a while, and
its errors are JSON."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control

# Data changes only when staff edit or an import runs: five minutes of staleness is harmless.
MAX_AGE = 300


def cacheable(response):
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def error(status, detail, **extra):
    return cacheable(JsonResponse({"detail": detail, **extra}, status=status))


def invalid_filters(filterset):
    """The 400 of a download or an API list whose filter parameters are malformed (the HTML
    list answers 400 too), with the reasons by parameter."""
    errors = {name: [str(m) for m in messages] for name, messages in filterset.errors.items()}
    return error(400, "Invalid filter parameters.", errors=errors)
