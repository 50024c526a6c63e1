"""The marks of a module of browser tests (`pytestmark = BROWSER_MARKS`)."""

import os

import pytest

BROWSER_MARKS = [
    pytest.mark.browser,
    # The live server reads committed data; the reference data (countries, SDGs) that the
    # flush after each test removes is restored from its serialized copy.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not os.environ.get("BROWSER_TESTS"), reason="set BROWSER_TESTS=1 to drive Chromium"
    ),
]
