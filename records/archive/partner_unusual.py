"""The answer on which partners were new and unusual, and why: the organisations it names as
the subjects of its sentences are partners, whether listed above or not."""

from __future__ import annotations

import re

from .organisations import ORGANISATION
from .partner_prose import partners_in_prose

NEW_UNUSUAL = "partners_new_unusual"
# UNDP, whom the partners are new to, and short acronyms that name a topic as often as an
# organisation ("SDG", "R&D", "LAN"): no partner read out of that answer.
_NOT_UNUSUAL = re.compile(r"UNDP|UNPD|PNUD|[A-Z&]{2,3}")
_SENTENCE_END = re.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z])")
# Where a sentence's subject ends: its verb, a colon, a dash.
_SUBJECT_END = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|became|brought|helped"
    r"|provided|made|[a-z]{3,}ed)\b|:\s|\s[-–—]\s"
)


def unusual_names(text: str) -> list[tuple[str, str]]:
    """(name, its line) of the organisations the new-and-unusual answer names as the subjects
    of its sentences ("Both Tesaireka Paraguay (TRP) and the National University of Itapua
    (UNI) were…", "Cambridge University: The UNDP-AccLab supported…"; not "…linked to a
    project of the TICCA Network"). A name with no organisation's word and no acronym counts
    where the sentence calls it a partner ("Sekitar Kita was a new and unusual partner"; not
    "Cabo Verde has established a financial ecosystem")."""
    found = []
    for line in filter(None, (" ".join(line.split()) for line in text.split("\n"))):
        for sentence in _SENTENCE_END.split(line):
            verb = _SUBJECT_END.search(sentence)
            subject = sentence[: verb.start()] if verb else sentence
            partner = "partner" in sentence.casefold()
            found += [
                (name, line)
                for name in partners_in_prose(sentence)
                if name in subject
                and not _NOT_UNUSUAL.fullmatch(name)
                and (partner or name.isupper() or ORGANISATION.search(name))
            ]
    return found
