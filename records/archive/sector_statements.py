"""What a partner's description says it is: "X is a government organization", "a Cameroonian
startup", "Parastatal body under the aegis of the Ministry of …" (see `stated_sector`)."""

from __future__ import annotations

import re

from ..folding import fold
from .sectors import CIVIL_SOCIETY, GOVERNMENT, OTHER, PRIVATE_SECTOR, UN, UNKNOWN, sector_word

# What a description says an organisation is: "X is a government organization", "a
# Cameroonian startup specialised in AI", "The private company that manages…", "fue la
# empresa contratada", "La cooperativa X".
_KIND_NOUNS = {
    PRIVATE_SECTOR: "startup|start-up|company|firm|empresa|entreprise|incubator"
    r"|(?:innovation|tech|technology|impact|start-?up) hub",
    CIVIL_SOCIETY: "ngo|ong|cooperative|cooperativa|coop[eé]rative|foundation|association"
    "|fundaci[oó]n|asociaci[oó]n|non[- ]?profit\\w*|charity"
    # Organisations of people, not of a state or a market: "a youth organization".
    r"|(?:youth|women['’]?s?|grassroots|community|youth[- ]led|women[- ]led)\s+organi[sz]ation",
    # "a Benue State government parastatal", "a public body".
    GOVERNMENT: "parastatal|public body|state body",
    UNKNOWN: "organi[sz]ation|organizaci[oó]n|organisme|institution|body|entity|agency",
}
_KIND = "|".join(_KIND_NOUNS.values())
# The words between the article and the kind: no preposition, whose noun the kind would not be
# ("a partner of the company").
_SAID = r"(?P<said>(?:(?!(?:of|for|with|to|in|at|by|on|from)\s)[\w'’-]+\s+){0,5}?)"
_IS_A = re.compile(
    r"(?i)(?:(?:^|\b(?:is|was|are|were|es|fue|est|était)\s+)(?:a|an|una?|la|el|une?|the)|^the"
    # "Latin America’s largest microfinance institution": a place's, without an article.
    r"|^(?-i:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s))\s+"
    rf"{_SAID}(?P<kind>{_KIND})\b(?!['’])"  # "is the company's interest" says no kind
)
# A line naming one organisation, then saying what kind it is and what it does: "Go Teddy, a
# local start-up who provides services including food delivery through SUPERAPP".
DESCRIBED_BY_KIND = re.compile(
    rf"(?P<name>[A-Z][^,;:()]{{0,80}}?),\s+(?:(?i:a|an)\s+)?{_SAID}(?i:{_KIND})"
    r"\s+(?:who|which|that)\b"
)
# The sector a description labels its partner with before a colon: "Oceanic Global, Private
# Sector: Co-development…", "…, Government & Private Sector: …" (the first said).
# Capitalised as a label is: "… of 78 public, private and academic institutions" labels nothing.
_LABELLED_SECTOR = re.compile(r"^[^:,\n]{2,120},\s*([A-Z][^:,\n]{1,39}?)\s*(?:[&/]|\band\b|:)")


# A kind of organisation: searched first, so that the patterns naming the name, compiled for
# each name, are only compiled for a description that holds one.
_KIND_WORD = re.compile(rf"(?i)\b(?:{_KIND})\b")


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s|\n")
# The sentences past the first read for what the organisation is.
_LATER_SENTENCES = 3


# A project of UNDP's office, said without its name: "CO project working with youths".
_OWN_PROJECT = re.compile(
    r"^(?:(?i:an?|the)\s+)?(?:UNDP|CO|(?i:country office))(?:['’]s)?\s+(?i:project|programme"
    r"|program|initiative)\b"
)
# A web address on a description's first line, before what it says.
_ADDRESS_LINE = re.compile(r"^\s*(?:https?://|www\.)\S*\s*\n")


def stated_sector(name: str, description: str) -> str:
    """The sector `description`'s first sentence says the organisation `name` is of (see
    `_IS_A`), or that a kind of organisation written before its name says ("La cooperativa
    La Canasta Campesina") or after it and a comma anywhere in it ("Go Teddy, a local
    start-up"), or a later sentence whose subject is the name or a pronoun ("…. They are an
    NGO that…"), or "this <kind>" anywhere in it; "unknown" else."""
    description = _ADDRESS_LINE.sub("", description)
    if _OWN_PROJECT.match(description.strip()):
        return UN
    if f"{name}, a" in description and (mixed := _of_sectors(name, description)):
        return mixed
    first, *rest = _SENTENCE_END.split(description.strip())
    labelled = _LABELLED_SECTOR.match(first)
    if labelled and sector_word(labelled[1]):
        return sector_word(labelled[1])
    if _STATE_BODY_OPENING.match(first):  # "Parastatal body under the aegis of the Ministry"
        return GOVERNMENT
    said = _IS_A.search(first)
    if said and not _is_subject(name, first[: said.start()]):
        said = None  # "Think Sea Corp is the Japanese company…" of another partner
    before = (name.casefold() in first.casefold() and _KIND_WORD.search(first)) and re.search(
        rf"(?i)\b(?P<said>)(?P<kind>{_KIND})\s+{re.escape(name)}\b", first
    )
    # "…with Go Teddy, a local start-up who…", "X, local government entity which…"
    after = f"{name}," in description and re.search(
        rf"(?i)(?<!\w){re.escape(name)},\s+(?:(?:a|an|the)\s+)?{_SAID}(?P<kind>{_KIND})\b",
        description,
    )
    # "Small Farmers Welfare Fund (Parastatal body under the aegis of …)": a gloss after it.
    gloss = f"{name} (" in description and re.search(
        rf"(?i)(?<!\w){re.escape(name)}\s+\((?:(?:a|an|the)\s+)?{_SAID}(?P<kind>{_KIND})\b",
        description,
    )
    later = [
        m
        for sentence in rest[:_LATER_SENTENCES]
        if (m := _IS_A.search(sentence)) and m.start() and _is_subject(name, sentence[: m.start()])
    ]
    # "…common points of interest for this company", "this architecture firm": the partner
    # described, of that kind.
    this = re.search(rf"(?i)\bthis\s+{_SAID}(?P<kind>{_KIND})\b", description)
    for m in (said, before, after, gloss, *later, this):
        if not m:
            continue
        if _OF_THE_STATE.match(m.string, m.end("kind")):
            return GOVERNMENT  # "an entity of the Ministry of …"
        for word in m["said"].split():
            if (said := sector_word(word)) not in (None, UN):
                return said  # "a government organization"
        kind = m["kind"].casefold()
        found = next((s for s, nouns in _KIND_NOUNS.items() if re.fullmatch(nouns, kind)), None)
        if found and found != UNKNOWN:
            return found
    return UNKNOWN


# A body a state's ministry or government holds: "an entity of the Ministry of …", "body under
# the aegis of the Ministry of Gender".
_OF_STATE = (
    r"\s+(?:of|under(?:\s+the\s+aegis\s+of)?|attached\s+to|within)\s+(?:the\s+)?"
    r"(?:ministry|minist[eèé]re|ministerio|government)\b"
)
_OF_THE_STATE = re.compile(rf"(?i){_OF_STATE}")

# A description opening by the kind of state body it is, without an article.
_STATE_BODY_OPENING = re.compile(
    rf"(?i)(?:{_KIND_NOUNS[GOVERNMENT]})\b|(?:entity|body|agency)(?={_OF_STATE})"
)


def _of_sectors(name: str, description: str) -> str:
    """ "other" when the description glosses `name` as of several sectors joined by hyphens
    ("Recicla por tu Futuro, a public-private-NGO model that leads…"), else ""."""
    m = re.search(rf"(?<!\w){re.escape(name)},\s+an?\s+(\w+(?:-\w+)+)\s", description)
    found = {sector_word(word) for word in m[1].split("-")} if m else {None}
    return OTHER if None not in found and len(found) > 1 else ""


# The subject of a sentence about the partner when not its name: "It is…", "The university is…".
_PRONOUN_SUBJECT = re.compile(r"(?i)\s*(?:it|they|this|the\s+\w+)\s*$")


def _is_subject(name: str, before: str) -> bool:
    """Whether the words `before` "is a…" in a description are the partner `name` (its first
    word, or its acronym in parentheses), a pronoun or "The <noun>", or nothing."""
    if not before.strip() or _PRONOUN_SUBJECT.fullmatch(before):
        return True
    words = re.findall(r"[\w'’-]+", name)
    before = fold(before)
    return bool(words) and any(
        fold(w) in before for w in (words[0], *re.findall(r"\(([^()]+)\)", name))
    )


# The state's own body, as a plan writes it: "the State Fund for Innovation", "the
# Government's Fund…"; its first words read on.
_STATE_S = re.compile(r"\b(?:State|Government(?:['’]s)?)\s+((?:[\w-]+\s+){2}[\w-]+)")
# Words of a name the plan's own spelling must give: "Fund for Innovation".
_STATE_S_WORDS = 3


def called_the_states(name: str, text: str) -> bool:
    """Whether `text` calls the partner `name` the state's own body by its first words, one
    letter of a word written otherwise ("Fond for Innovation and technological development",
    the plan saying "the State Fund for Innovation has not included…")."""
    words = fold(name).split()[:_STATE_S_WORDS]
    if len(words) < _STATE_S_WORDS or not name[:1].isupper():
        return False
    return any(
        all(map(_one_letter_apart, words, fold(m[1]).split())) for m in _STATE_S.finditer(text)
    )


def _one_letter_apart(word: str, other: str) -> bool:
    """The same word, or one of more than three letters spelt with another letter once."""
    apart = len(word) == len(other) and sum(a != b for a, b in zip(word, other, strict=True))
    return word == other or (len(word) > 3 and apart == 1)
