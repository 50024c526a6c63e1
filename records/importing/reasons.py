"""Why an import did not write a file, said to staff in their language. A Reason is its English
text, what `import_seeds` prints and the report groups files by, which keeps its message
(marked with gettext_noop) and parameters: the upload page translates it when it shows it, and
a job's report stores both (`as_json`, `from_json`)."""

from django.utils.translation import gettext


class Reason(str):
    """`message % params` in English, keeping both for the translation."""

    def __new__(cls, message: str, **params):
        params = {k: v if isinstance(v, Reason) else str(v) for k, v in params.items()}
        reason = super().__new__(cls, message % params if params else message)
        reason.message, reason.params = message, params
        return reason

    def translated(self) -> str:
        if not self.params:
            return gettext(self.message)
        return gettext(self.message) % {k: translated(v) for k, v in self.params.items()}

    def as_json(self) -> dict:
        params = {k: v.as_json() if isinstance(v, Reason) else v for k, v in self.params.items()}
        return {"message": self.message, "params": params}


def translated(reason: str) -> str:
    """A Reason in the active language; any other text (an error's own) as it is."""
    return reason.translated() if isinstance(reason, Reason) else reason


def reason_of(exc: Exception) -> str:
    """The Reason an exception was raised with, or its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Reason) else str(exc)


def from_json(data) -> str:
    """The Reason `as_json` stored (or the text stored in its place)."""
    if not isinstance(data, dict):
        return data
    params = {k: from_json(v) for k, v in data["params"].items()}
    return Reason(data["message"], **params)
