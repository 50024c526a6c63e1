"""Staff login: throttled by django-axes per account and per address."""

from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.db.models import F

from tests.factories import make_editor

LOGIN = "/admin/login/"
LOCKED = "Login locked"


@pytest.fixture
def editor(db):
    return make_editor()


def log_in(client, password, username="editor", address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def logged_in_as(client):
    return client.session.get("_auth_user_id")


def fail_eleven_times(client, **who):
    return [log_in(client, f"wrong-{n}", **who).status_code for n in range(11)]


def test_eleventh_wrong_password_locks_the_account_even_for_the_right_one(client, editor):
    assert fail_eleven_times(client) == [200] * 9 + [429, 429]
    response = log_in(client, "pw")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert logged_in_as(client) is None


def test_locked_account_is_refused_from_another_address(client, editor):
    fail_eleven_times(client, address="203.0.113.7")
    response = log_in(client, "pw", address="198.51.100.2")
    assert (response.status_code, logged_in_as(client)) == (429, None)


def test_locked_address_is_refused_for_another_account(client, editor):
    make_editor("other")
    for n in range(11):
        log_in(client, "wrong", username=f"guess-{n}")
    response = log_in(client, "pw", username="other")
    assert (response.status_code, logged_in_as(client)) == (429, None)


def test_lock_ends_after_the_cool_off(client, editor):
    fail_eleven_times(client)
    # The attempts as the database would hold them 15 minutes later.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=15, seconds=1))
    assert log_in(client, "pw").status_code == 302
    assert logged_in_as(client) == str(editor.pk)


def test_axes_reset_unlocks_at_once(client, editor):
    fail_eleven_times(client)
    call_command("axes_reset", stdout=StringIO())
    assert log_in(client, "pw").status_code == 302
    assert logged_in_as(client) == str(editor.pk)


def test_wrong_passwords_below_the_limit_then_the_right_one_log_in_and_are_forgotten(
    client, editor
):
    for n in range(9):
        assert LOCKED not in log_in(client, f"wrong-{n}").content.decode()
    assert log_in(client, "pw").status_code == 302
    assert logged_in_as(client) == str(editor.pk)
    assert list(AccessAttempt.objects.all()) == []


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""],
    ids=["other-host", "scheme-relative", "javascript", "empty"],
)
def test_login_with_an_unsafe_or_empty_next_lands_on_the_admin_index(client, editor, next_url):
    response = client.post(
        f"{LOGIN}?next={next_url}", {"username": "editor", "password": "pw", "next": next_url}
    )
    assert (response.status_code, response.url) == (302, "/admin/")


def test_login_with_a_safe_next_lands_there(client, editor):
    response = client.post(LOGIN, {"username": "editor", "password": "pw", "next": "/plans/"})
    assert (response.status_code, response.url) == (302, "/plans/")


def test_locked_address_behind_the_proxy_is_the_forwarded_one(client, editor):
    # The default FORWARDED_ALLOW_IPS trusts 127.0.0.1, the local proxy.
    def via_proxy(username, password, forwarded):
        return client.post(
            LOGIN,
            {"username": username, "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    statuses = [via_proxy(f"guess-{n}", "wrong", "198.51.100.9").status_code for n in range(11)]
    assert statuses == [200] * 9 + [429, 429]
    assert via_proxy("editor", "pw", "203.0.113.7").status_code == 302
    assert logged_in_as(client) == str(editor.pk)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.9"}
