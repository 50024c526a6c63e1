"""The project's settings with Django's dummy cache: every request is the first after a
write (bench/datasette.py serves the project with them)."""

from labknowledge.settings import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
