"""A name read out of a sentence, its edges set by the words around it there: a verb that
starts the sentence's predicate is no part of it ("Florida State University Supported the
design…"), nor a person named after it ("University of Panama Raúl Kelly, scholar from…",
"Khomas Regional Council and the Constituency Councillor"); a date that ends it is
("Neighborhood Council of Colonia 20 de Octubre"). A head said once for several places is each
one's ("University of Buea, Dschang, and …": the University of Dschang too)."""

from __future__ import annotations

import re

from .organisations import ORGANISATION, programme_of

# A capitalised verb in the past, then the noun phrase it governs.
_VERB_LAST = re.compile(r"\s+[A-Z][a-z]{2,}ed$")
_GOVERNED = r"\s+(?:the|a|an|its|our|their|this|these)\s"
# A number and a month or a saint's day after "de"/"of": "20 de Octubre", "1st of May".
_DATE_AFTER = r"(\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:de|del|of)\s+[A-Z][\w'’-]+)"
# Two capitalised words, then a comma and what a person is: "Raúl Kelly, scholar from…".
_PERSON_LAST = re.compile(r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")
_ROLE = (
    r",\s+(?:an?\s+|the\s+)?(?:scholar|professor|researcher|lecturer|director|expert|student"
    r"|specialist|founder|coordinator|head|consultant)\b"
)


# A person named by their office after a body and "and the": "Khomas Regional Council and the
# Constituency Councillor".
_AND_OFFICE_HOLDER = re.compile(
    r"\s+and\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Councillor|Mayor|Governor|Minister|Chief"
    r"|Director|President|Ambassador|Deputy)s?$"
)


def edged(name: str, text: str) -> str:
    """`name` as the sentence `text` it was read from bounds it (see the module)."""
    if office := _AND_OFFICE_HOLDER.search(name):
        return name[: office.start()]
    at = text.find(name)
    if at < 0:
        return name
    after = text[at + len(name) :]
    if (verb := _VERB_LAST.search(name)) and re.match(_GOVERNED, after):
        return name[: verb.start()]
    if (person := _PERSON_LAST.search(name)) and re.match(_ROLE, after):
        return name[: person.start()]
    if date := re.match(_DATE_AFTER, after):
        return name + date[1]
    return name


# "<head> of <Place>": a body's head word before "of" and one place's name.
_HEAD_OF_PLACE = re.compile(r"(?P<head>.*\b(?P<word>[A-Z][a-z]+)\s+of)\s+[A-Z][a-z]+")
# One more place after it, its head left out: ", Dschang," or " and Dschang.".
_NEXT_PLACE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)([A-Z][a-z]{2,})(?=\s*(?:,|\)|\.|and\b))")


def shared_head(name: str, text: str) -> list[str]:
    """The names a head said once makes of the places listed after `name` in `text`: "University
    of Dschang" of "University of Buea, Dschang, and the National school"; [] when none."""
    head = _HEAD_OF_PLACE.fullmatch(name)
    at = text.find(name)
    if not head or at < 0 or not ORGANISATION.fullmatch(head["word"]):
        return []
    found, end = [], at + len(name)
    while place := _NEXT_PLACE.match(text, end):
        found.append(f"{head['head']} {place[1]}")
        end = place.end()
    return found


_DASH = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")


def with_programmes(names: list[str], text: str) -> list[str]:
    """`names`, an acronym and the programme's name that follows it after a dash in `text`
    joined into one ("SDC – Market Makers Project …", see `programme_of`)."""
    joined: list[str] = []
    for name in names:
        before = joined[-1] if joined else ""
        at = text.find(before) if before else -1
        dash = _DASH.match(text, at + len(before)) if at >= 0 else None
        if dash and text.startswith(name, dash.end()) and programme_of(before, name):
            joined[-1] = f"{before} {dash[0].strip()} {name}"
        else:
            joined.append(name)
    return joined
