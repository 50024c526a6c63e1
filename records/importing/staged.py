"""A key → id mapping of an import run whose new entries wait for their file to be written
(`Staged`), and how it finds keys another run may have written since it was read."""

from __future__ import annotations


class Staged:
    """A key → id mapping whose new entries wait for their file to be written; keys it does not
    know are looked for with `find` (keys → {key: id}), in case another run wrote them since."""

    def __init__(self, known: dict, find):
        self.known = known
        self.find = find
        self.pending: dict = {}
        # The keys the last `look_up` did not find: taken as absent without asking again.
        self.absent: set = set()

    def get(self, key):
        return self.get_many([key]).get(key)

    def get_many(self, keys) -> dict:
        """key → id of those of `keys` known, staged, or found by one `find` of the others."""
        found, unseen = {}, []
        for key in keys:
            value = self.pending.get(key) or self.known.get(key)
            if value is None:
                if key not in self.absent:
                    unseen.append(key)
            else:
                found[key] = value
        if unseen:
            written = self.find(unseen)
            self.known.update(written)
            found.update(written)
        return found

    def look_up(self, keys) -> None:
        """Ask `find` once for those of `keys` not known, ahead of a batch of files; until the
        next look-up, those it does not find are taken as absent without asking again."""
        unseen = {key for key in keys if key not in self.known and key not in self.pending}
        written = self.find(list(unseen)) if unseen else {}
        self.known.update(written)
        self.absent = unseen - written.keys()

    def stage(self, key, value) -> None:
        self.pending[key] = value

    def commit(self) -> None:
        self.known.update(self.pending)
        self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()


class StagedList:
    """Items of the current file, kept once it is written (`commit`) until taken."""

    def __init__(self):
        self.pending: list = []
        self.kept: list = []

    def add(self, items) -> None:
        self.pending += items

    def commit(self) -> None:
        self.kept += self.pending
        self.pending = []

    def discard(self) -> None:
        self.pending = []

    def take(self) -> list:
        kept, self.kept = self.kept, []
        return kept


def finder(rows, field: str, value: str = "pk"):
    """keys → {key: `value`} of the rows of the queryset `rows` whose `field` is one of the
    keys: one query, by the field's unique index."""

    def find(keys):
        return dict(rows.filter(**{f"{field}__in": keys}).order_by().values_list(field, value))

    return find


def find_none(keys) -> dict:
    return {}
