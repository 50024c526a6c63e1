import functools

import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs the block's on-commit callbacks at its end, as a real commit
    would: a test runs inside one transaction that never commits, and the data version is
    bumped on commit. Writes the test must see bumped (its arrange steps too) go inside one."""
    return functools.partial(django_capture_on_commit_callbacks, execute=True)


@pytest.fixture(autouse=True)
def _writes_bump_at_once():
    """Here the data version is bumped as in production: once per transaction, on commit."""
