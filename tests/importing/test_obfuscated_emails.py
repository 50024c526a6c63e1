"""E-mail addresses written to dodge harvesters are redacted like plain ones; prose with "at"
and "dot" is left alone."""

import pytest

from records.importing.columns import redact_emails


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Write to j.doe@undp.org today", "Write to [e-mail removed] today"),
        ("Write to j.doe [at] undp.org today", "Write to [e-mail removed] today"),
        ("j.doe(at)undp(dot)org", "[e-mail removed]"),
        ("jane {at} undp [dot] org", "[e-mail removed]"),
        ("jane < at > undp.org", "[e-mail removed]"),
        ("Contact: j dot doe at undp dot org.", "Contact: [e-mail removed]."),
        ("J.Doe AT UNDP DOT ORG", "[e-mail removed]"),
        ("a.b@c.org and j.doe [at] undp.org", "[e-mail removed] and [e-mail removed]"),
        # Either mark in any case, " dot " between any spaces.
        ("Write to j.doe [AT] undp.org", "Write to [e-mail removed]"),
        ("J.Doe\tAT UNDP\nDot\tORG", "[e-mail removed]"),
        # Prose, or too ambiguous to tell from prose.
        ("We looked at data dot org", "We looked at data dot org"),
        ("We met at the lab. It was at 5.30 pm", "We met at the lab. It was at 5.30 pm"),
        ("Tested at scale.Next at home.org", "Tested at scale.Next at home.org"),
        ("info at undp.org", "info at undp.org"),
        ("The [at] sign", "The [at] sign"),
    ],
)
def test_redact_emails_plain_and_obfuscated(text, redacted):
    assert redact_emails(text) == redacted
