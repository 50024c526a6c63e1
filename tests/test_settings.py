"""How the site starts: a local run needs nothing, production refuses unsafe settings."""

import json
import os
import re
import runpy
import subprocess
import sys
from io import StringIO

import pytest
from django.core.cache import CacheHandler
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test.utils import override_settings

from tests.factories import ROOT

PRODUCTION_ENV = {
    "PRODUCTION": "1",
    "SECRET_KEY": "a-long-random-production-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "knowledge.example.org",
}


# Left out of a test's environment: the default local settings (SQLite), whatever database
# the suite itself runs on.
UNSET = {"DEBUG", "PRODUCTION", "DATABASE_URL", "REDIS_URL"}


def manage(*args, env=(), python=(sys.executable,)):
    environ = {k: v for k, v in os.environ.items() if k not in UNSET}
    environ.update(env)
    return subprocess.run(
        [*python, "manage.py", *args], cwd=ROOT, env=environ, capture_output=True, text=True
    )


def settings_module(monkeypatch, env):
    """The settings module's names, run afresh in this process with `env` as the
    environment's (over the local defaults)."""
    for name in UNSET:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "labknowledge" / "settings.py"))


def test_production_settings_pass_the_deploy_check():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert (result.returncode, result.stdout.strip()) == (
        0,
        "System check identified no issues (0 silenced).",
    )


# The settings Django's deploy checks (security.W001-W025) read.
DEPLOY_SETTINGS = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "MIDDLEWARE", "X_FRAME_OPTIONS")


def test_production_without_https_redirect_is_reported_by_the_deploy_check(monkeypatch):
    # In this process, the production settings' security ones over the tests': the check
    # above runs them whole in a process of their own.
    configured = settings_module(monkeypatch, {**PRODUCTION_ENV, "SECURE_SSL_REDIRECT": "0"})
    security = {
        name: value
        for name, value in configured.items()
        if name in DEPLOY_SETTINGS or name.startswith(("SECURE_", "SESSION_", "CSRF_"))
    }
    assert security["SECURE_SSL_REDIRECT"] is False
    with override_settings(**security), pytest.raises(SystemCheckError) as reported:
        call_command("check", "--deploy", "--fail-level", "WARNING", stdout=StringIO())
    assert re.findall(r"\(security\.(W\d+)\)", str(reported.value)) == ["W008"]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({**PRODUCTION_ENV, "DEBUG": "1"}, "DEBUG must be off when PRODUCTION is on"),
        ({**PRODUCTION_ENV, "SECRET_KEY": ""}, "SECRET_KEY must be set when PRODUCTION is on"),
        ({**PRODUCTION_ENV, "ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS must be set"),
        ({"DEBUG": "maybe"}, "DEBUG must be a boolean (1/0, true/false), not 'maybe'"),
        ({"SQLITE_TIMEOUT": "soon"}, "SQLITE_TIMEOUT must be a whole number, not 'soon'"),
        (
            {"FORWARDED_ALLOW_IPS": "10.0.0.2,proxy.internal"},
            "FORWARDED_ALLOW_IPS must list addresses or networks, not 'proxy.internal'",
        ),
    ],
)
def test_unsafe_or_malformed_settings_refuse_to_start(monkeypatch, env, message):
    with pytest.raises(ImproperlyConfigured) as refused:
        settings_module(monkeypatch, env)
    assert message in str(refused.value)


def test_manage_without_django_gives_djangos_hint():
    # -S leaves site-packages (and so Django) off the path, as outside the virtualenv.
    result = manage("check", python=(sys.executable, "-S"))
    assert result.returncode == 1
    assert "Couldn't import Django. Are you sure it's installed" in result.stderr


def test_local_run_serves_static_files_without_collectstatic(client):
    response = client.get("/static/records/site.css")
    assert response.status_code == 200
    served = b"".join(response.streaming_content)
    assert served == (ROOT / "records" / "static" / "records" / "site.css").read_bytes()


def test_favicon_is_served_at_the_root_and_linked_as_a_static_file(client, db):
    icon = (ROOT / "records" / "site_root" / "favicon.ico").read_bytes()

    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == icon
    assert icon.startswith(b"\x00\x00\x01\x00")  # an ICO file
    assert 'rel="icon" href="/static/favicon.ico"' in client.get("/statistics/").content.decode()


def test_collected_static_files_list_the_favicon_in_the_manifest(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }

    call_command("collectstatic", "--noinput", stdout=StringIO())

    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    hashed = manifest["paths"]["favicon.ico"]
    assert re.fullmatch(r"favicon\.[0-9a-f]{12}\.ico", hashed)
    assert (tmp_path / hashed).read_bytes() == (ROOT / "records/site_root/favicon.ico").read_bytes()


def test_redis_url_makes_the_cache_redis_with_one_kept_client(monkeypatch):
    configured = settings_module(monkeypatch, {"REDIS_URL": "redis://127.0.0.1:6379/4"})
    cache = CacheHandler(configured["CACHES"])["default"]
    # No connection is opened: a client connects on its first command.
    assert type(cache).__module__ == "django_redis.cache"
    assert cache.client.get_client() is cache.client.get_client()
