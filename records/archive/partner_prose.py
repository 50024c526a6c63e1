"""Organisations named inside a sentence: "We worked with a globally recognized NGO (TECHO)
to develop …", "Yala Rajabhat University in exploring waste management solutions".

A name is a run of capitalised words (with "of", "for", "and", "de"… inside it) holding a word
that organisations use ("Ministry", "University", "Foundation", "Ltd"…), or an acronym of two
capitals or more; its acronym in parentheses goes with it. Words capitalised because they
start the sentence ("We", "Nous", "The") are no name; nor are places ("Buenos Aires"). The
subject an answer starts with is a name without such a word ("Quilt AI was our technical
consultant", "UNICEF and the Ministry of Education will…"): the answer is about a partner.

A class of actors ("MSMEs", "NGO", "Universities", "Civil Society Organizations") is not one
organisation: it is never read out of a sentence.
"""

from __future__ import annotations

import re

from .organisations import (
    ORGANISATION,
    ORGANISATION_WORDS,
    abbreviated_after_and,
    abbreviates,
    distributed,
    parent_then_unit,
)
from .partner_clauses import run_bounds
from .partner_groups import two_names
from .places import place_or_field
from .sectors import UN, sector_in_name, sector_word

# The small words between a name's capitalised words: "Ministry of Trade and Industry".
_CONNECTOR_WORDS = (
    "of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "les", "del", "y", "et", "&",
    "pour", "en",
)  # fmt: skip
# "with" only in "Persons with Disabilities".
_CONNECTORS = rf"(?:{'|'.join(_CONNECTOR_WORDS)}|with(?=\s+Disabilit))"
# Those and "à" with its forms: the small words name_words does not count.
_SMALL_WORDS = frozenset([*_CONNECTOR_WORDS, "à", "a", "au", "aux"])
_CAPITALISED = r"(?:(?:[dl]['’])?[A-Z][\w'’&-]*|\d*[A-Z]{2,}\d*)"  # "d’Analyse" too
# A head word written in lower case ends a name: "Bahir Dar university".
_LOWER_HEAD = r"(?:\s+(?:university|ministry|municipality|foundation|association|college|company))?"
_NAME = re.compile(
    rf"{_CAPITALISED}(?:\s+(?:{_CONNECTORS}\s+)*{_CAPITALISED})*{_LOWER_HEAD}"
    r"(?:\s*\([A-Z][\w&.\s-]{0,20}\)|(?<=[A-Z])\s*\([A-Z][\w&.\s'’-]{0,60}\))?"
)
# "Ministry of Trade, Tourism, and Telecommunications": the fields of one body, one name.
_ENDS_OF_WORD = re.compile(r"\b(?:of|for)\s+[A-Z][a-z]+$")
_OF_LIST = re.compile(r"(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
# One capitalised word: who a body's members are, before the name it holds (`_holds`).
_ONE_WORD = re.compile(r"[A-Z][a-z'’-]+")
# A name's field ending with an adjective, whose noun is written in lower case: "Ministry of
# Higher education", "Agency for Medium and Small-scaled enterprises".
_QUALIFIED = re.compile(r"\b(?:of|for)\s(?:[^\s]+\s)*?[A-Z][\w-]*(?:er|al|ic|ary|-scaled|-sized)$")
_NOUN_AFTER = re.compile(r"\s(?!(?:and|or|the|with|from|that|this|which|who)\b)[a-z]{4,}\b")
# "worked with Open Map Development Tanzania", "engaged … through R9 UX Community": a long run
# after "with" or "through" is whom with.
_WITH = re.compile(r"(?i)\b(?:with|avec|con|alongside|through)\s+(?:the\s+|la\s+|le\s+|l['’])?$")
_MIN_WITH_WORDS = 3
_CALLED = re.compile(r"\b(?:called|named|known as)\s+['\"“‘]([A-Z][^'\"”’]{1,60})['\"”’]")
# Alone, an acronym of three capitals or more ("GIZ", "2GIS"); "IT" and "UX" are words,
# "COVID-19", "SDG", "SWM" (solid waste management) topics, "SWOT" a method, "MOU" a document.
_ACRONYM = re.compile(
    r"^(?!COVID|(?:SDG|ICT|GDP|MOU|SWOT|PEST(?:LE|EL)|KPI|SWM|MSW|TVET|STEA?M"
    r"|NDC|CSR|ESG)S?$)\d?[A-Z][A-Z0-9&-]{2,}$"
)
_GLOSSED = re.compile(r"^(.*?)\s*\(([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)+)\)$")
# An acronym before its expansion: "UNI-CV (University of Cabo Verde)".
_EXPANDED = re.compile(r"^([A-Z][A-Z0-9&-]{2,}|[A-Z]-[A-Z][a-z]+)\s*\(([A-Z][^()]*)\)$")
_NAMED_ACRONYM = re.compile(r"^(.*?)\s*\(([A-Z][A-Z0-9&-]{1,})\)$")
# Capitalised only because they start a sentence or a clause.
_NOT_NAME_WORDS = (
    "We Our Us They Their It This These Those In As With Through During Although However "
    "Also So Then Finally Additionally Moreover Currently Unfortunately Nous Notre Nos Ils "
    "Avec Dans Pour Con Para Hemos The A An And Yes No Not Both Only Many Several Some All "
    "Various Other Each La Le Les El Los Las It’s It's Its"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# What a name ends with when it is a class of actors, not one organisation.
_CLASS_HEAD_WORDS = (
    "smes msmes ngos csos cbos ongs oscs universities institutions organizations organisations "
    "companies businesses enterprises startups start-ups ministries municipalities agencies "
    "authorities donors partners stakeholders citizens communities groups members officials "
    "representatives residents people youth women farmers students schools actors"
)
_CLASS_HEADS = frozenset(_CLASS_HEAD_WORDS.split())
# The word after a sentence's subject: a verb ("was", "provided"), a dash, a colon, "and".
_AFTER_SUBJECT = re.compile(
    r"\s*(?:[-–—:(]|\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|also|and"
    r"|[a-z]{3,}ed)\b)"
)
# A subject that a relative clause says did something: "Edemy who provided their app…".
_WHO_DID = re.compile(r"\s+(?:who|which)\s+[a-z]{3,}ed\b")
# A name glossed by what it is: "Deque Software, an Indian company that…".
_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w/-]+\s+){0,6}?(?:company|firm|start-?up|ngo|organi[sz]ation"
    r"|foundation|association|university|institute|agency|network|cooperative|think tank|hub"
    r"|incubator|accelerator|consultancy|studio|social enterprise|broadcaster)\b",
    re.IGNORECASE,
)
# Words a name of its own starts with after "and" ("UNICEF and the Ministry of Education").
_HEAD_WORDS = (
    r"ministry|minist[eèé]re|ministerio|university|universit[eé]|universidad|department"
    r"|municipality|office|agency|directorate|chamber|secretariat|institute|embassy|city of"
)
# What a body is under: its parent ("functioning under the Ministry of …", "under the aegis of").
_UNDER = r"\bunder\s+(?:the\s+)?(?:aegis\s+of\s+)?(?:the\s+)?"
_UNDER_RE = re.compile(_UNDER)
_DANGLING = re.compile(r"\s+(?:and|&|et|y)$")
_LEADING_AND = re.compile(r"^(?:and|&|et|y)\s+")
# A word in lower case, no small word between a name's words: what follows a capitalised word
# that starts a phrase in sentence case ("Packaging manufacturers").
_PHRASE_AFTER = re.compile(rf"\s+(?!{_CONNECTORS}\b)[a-z]")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|across)\s+$")
# A list going on after a name: ", and ", " and ", ", as well as the established " (no bare "the").
_LISTED_NEXT = re.compile(
    r"(?:,\s+|\s+(?=and|&|as))(?:and\s+|&\s+|as well as\s+)?(?:the\s+[a-z]+\s+)?(?=[A-Z])"
)
# A name's acronym declared in parentheses, and any gloss ending a run.
_DECLARES = re.compile(r"\([A-Z][A-Z0-9&-]+\)$")
_GLOSS_AT_END = re.compile(r"\s*\(([^()]+)\)$")
# "A and B", A of two words or more (`split_run`).
_AND_ENDED = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)\s+(?:and|&)\s+([A-Z].*)")
# A run of capitalised words longer than a name (partners._MAX_NAME_WORDS) is split where a
# name ends at its organisation's word and another begins.
_MAX_GLUED_WORDS = 8
_NAME_END = re.compile(
    r"(?i)commission|council|division|department|agency|authority|institute|university"
    r"|foundation|association|ministry|network|cent(?:er|re)|office|bureau|directorate"
    r"|secretariat|committee|federation|union|chamber|company|corporation|ltd|limited|inc"
    r"|bank|board|trust|society|cooperative|lab|hub"
)
# UN entities named without an organisation's word.
_UN_ENTITY = re.compile(r"^(?:UN[- ]?(?:Women|Habitat)|United Nations(?: [A-Z][\w-]+)+)$")
# "and" before a name of its own: an acronym ending the run, "(the) Ministry of…", "and the"
# before a name with an organisation's word ("… Ministry of Health and the Zanzibar City
# Council": "the" starts a new noun phrase), or after a name closed by its acronym.
_AND_NAME = re.compile(
    rf"\s+(?:and|&|et|y)\s+(?:the\s+)?(?=[A-Z][A-Z0-9&-]+$|(?i:{_HEAD_WORDS})\b)"
    rf"|\s+and\s+the\s+(?=[A-Z][^,]*\b(?i:{ORGANISATION_WORDS})\b)"
    r"|(?<=\))\s+(?:and|&|et|y)\s+(?:the\s+)?(?=[A-Z])"  # "NEOC (…) and Ministry of Health"
)


def name_words(name: str) -> int:
    """The words of a name that are not small words between others ("direction des
    politiques publiques à la présidence du gouvernement" has five)."""
    return sum(1 for word in name.split() if word.casefold() not in _SMALL_WORDS)


def names_in_prose(text: str) -> list[str]:
    """The organisations' names a sentence holds, in order, once each; a name in quotes that
    the sentence says an organisation is called first ("a private sector entity called 'Made
    in Moris'")."""
    found: list[str] = [m[1] for m in _CALLED.finditer(text)]
    listed = False  # the run before was whom one works with, and this one is listed after it
    for start, end in _runs(text):
        run = _without_place(text[start:end])
        placed = run != text[start:end]  # a name glossed by where it is, no place itself
        words = run.split()
        while (
            len(distributed(run)) == 1
            and words
            and (words[0] in _NOT_NAMES or re.fullmatch(_CONNECTORS, words[0]))
        ):
            words.pop(0)  # "Avec la FAO"; "La Plata and Buenos Aires Universities" stays
        while len(words) > 1 and words[-1] in _NOT_NAMES:
            words.pop()  # "… Geodesy We were not working with them": the next sentence's
        # The answer's subject: before a verb, a gloss ("Local Alike (social enterprise)
        # being…") or with its acronym ("Transportation for All (T4A) Accessibility…").
        subject = start == 0 and bool(
            _AFTER_SUBJECT.match(text, end) or _DECLARES.search(text, start, end)
        )
        relative = start == 0 and bool(_WHO_DID.match(text, end))
        subject = subject or relative or bool(_APPOSITION.match(text, end))
        # Places take two words ("North Macedonia"); whom one works with, often more, and
        # the names listed after it ("with BTS Education (Kazakhstan), IT Park (Uzbekistan)").
        capitalised = [word for word in words if word[:1].isupper()]
        with_ = bool(_WITH.search(text, 0, start)) and (
            len(capitalised) >= _MIN_WITH_WORDS or placed
        )
        listed = (with_ or listed) and len(capitalised) > 1
        subject = subject or listed
        listed = listed and bool(_LISTED_NEXT.match(text, end))
        for part in (p for one in distributed(" ".join(words)) for p in split_run(one)):
            name = _name(part, subject, relative)
            # "BRH" after "Innovation Unit of BRH" is the same organisation again.
            again = _ACRONYM.match(name) and any(name in f.split() for f in found)
            if name and name not in found and not again:
                found.append(name)
    return found


def _without_place(run: str) -> str:
    """A run without the place glossed after it: "BTS Education (Kazakhstan)"."""
    m = _GLOSS_AT_END.search(run)
    return run[: m.start()] if m and place_or_field(m[1]) else run


def partners_in_prose(text: str) -> list[str]:
    """The names a sentence holds (`names_in_prose`) but those it names as another's context:
    a body another is said to be under ("Spices Board is one of the five Commodity Boards
    functioning under the Ministry of Commerce & Industry"), that body written shorter
    ("Ministry of Commerce"), and a name that ends with another it holds ("The main Functions
    of the Spices Board", "Government of India Spices Board")."""
    names = names_in_prose(text)
    # A pattern is compiled for each name: only for the names the text holds after an "under".
    under = _UNDER_RE.search(text)
    parents = {
        name.casefold()
        for name in names
        if under and name in text and re.search(rf"{_UNDER}{re.escape(name)}(?!\w)", text)
    }
    return [
        name
        for i, name in enumerate(names)
        if not any(f"{parent} ".startswith(f"{name.casefold()} ") for parent in parents)
        and not any(_holds(name, other) for other in names[:i])
    ]


def _holds(name: str, other: str) -> bool:
    """Whether `name` ends with the name `other` it holds, as context ("The main Functions of
    the Spices Board", "Government of India Spices Board"); a word of who its members are
    before it makes another body ("Women Chamber of Commerce")."""
    before = name[: -len(other) - 1] if name.endswith(f" {other}") else ""
    return bool(before) and not (_ONE_WORD.fullmatch(before) and not ORGANISATION.search(before))


def _runs(text: str):
    """(start, end) of each run of capitalised words, "Ministry of Trade, Tourism, and
    Telecommunications" as one, and "Ministry of Higher education" with the noun its last
    word qualifies."""
    m = _NAME.search(text)
    while m:
        listed = _OF_LIST.match(text, m.end()) if _ENDS_OF_WORD.search(m.group()) else None
        end = listed.end() if listed else m.end()
        noun = _NOUN_AFTER.match(text, end)
        noun = noun if noun and _QUALIFIED.search(m.group()) else None
        end = noun.end() if noun else end
        yield run_bounds(text, m.start(), end)
        m = _NAME.search(text, end)


def split_run(run: str) -> list[str]:
    """A run split where it joins two names: "UNICEF and the Ministry of Education", "FAO &
    UNFPA", "X City Municipality Y City Municipality". A name starts after "and" only with
    an acronym or a word names start with ("Ministry of…"): "Ministry of Education and
    Sports" and "Department of Science and Technology (DOST)" stay whole."""
    if two := two_names(run):
        return two
    parts = _AND_NAME.split(run)
    if len(parts) > 1 and all(_name(part) for part in parts):
        return [name for part in parts for name in split_run(part)]
    ended = _AND_ENDED.fullmatch(run)
    if ended and _NAME_END.fullmatch(ended[1].split()[-1]) and ORGANISATION.search(ended[2]):
        # "Immigration Department and Zambia Revenue Authority", "Waste Management Agency and
        # Governor's Office of Erdenet": a name ends, another with its own head word follows.
        return [ended[1], *split_run(ended[2])]
    if glued := abbreviated_after_and(run):
        # "Ghana Innovation Hub Network and Widows & Orphans Movement (WOM)": the acronym is
        # the second name's alone.
        return [*split_run(glued[0]), glued[1]]
    words = run.split()
    capitalised = all(w.lstrip("(")[:1].isupper() or w in _SMALL_WORDS | {"with"} for w in words)
    if len(words) > _MAX_GLUED_WORDS and capitalised and "," not in run:
        glued = _glued_names(words)
        if len(glued) > 1:
            return glued
    heads = [w.casefold() for w in words if ORGANISATION.fullmatch(w)]
    repeated = next((h for h in heads if heads.count(h) > 1), None)
    if not repeated:
        return [run]
    at = [i for i, word in enumerate(words) if word.casefold() == repeated]
    if at[0] == 0:  # "Ministry of A Ministry of B"
        cuts = at
    elif at[-1] == len(words) - 1:  # "A Municipality B Municipality"
        cuts = [0, *(i + 1 for i in at[:-1])]
    else:
        return [run]
    names = [" ".join(words[a:b]) for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True)]
    return [_ended(_DANGLING.sub("", _LEADING_AND.sub("", name))) for name in names]


def _ended(run: str) -> str:
    """A run without the words that start the next sentence after it ("Ministry of
    Environment  The Ministry…")."""
    words = run.split()
    if len(words) < 2 or words[-1] not in _NOT_NAMES:
        return run
    while len(words) > 1 and words[-1] in _NOT_NAMES:
        words.pop()
    return " ".join(words)


def _glued_names(words: list[str]) -> list[str]:
    """ "Royal Civil Service Commission Public Service Delivery Division Gross National
    Happiness Commission Local": the names a run of capitalised words glues together, each
    ending at a word names end with where another name (with such a word) starts, or before
    "The" ("… Signs TV The Action Foundation"); a last word alone ("Local" of "Local
    innovator") starts what follows the names. A parent and its unit after it ("Mimar Sinan
    Fine Arts University Urban Planning Application and Research Center") are one name."""
    cuts = [
        i + 1
        for i in range(len(words) - 1)
        if _ends_name(words[i], words[i + 1]) or (words[i + 1] == "The" and i > 0)
    ]
    names: list[list[str]] = []
    for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True):
        if names and parent_then_unit(" ".join(names[-1]), " ".join(words[a:b])):
            names[-1] += words[a:b]
        elif not names or any(_NAME_END.fullmatch(word) for word in words[a:b]):
            names.append(words[a:b])
        elif b < len(words) or b - a > 1:
            names[-1] += words[a:b]  # "Private Sector Foundation Uganda (PSFU)"
    return [" ".join(name) for name in names]


def _ends_name(word: str, after: str) -> bool:
    """Whether a run of capitalised words ends a name at `word`, a word names end with,
    before `after`, a capitalised word that is no organisation's word ("Commission Public";
    not "Service Delivery")."""
    return (
        bool(_NAME_END.fullmatch(word))
        and after[:1].isupper()
        and not re.fullmatch(_CONNECTORS, after, re.I)
        and not ORGANISATION.fullmatch(after.strip("()"))
        and not after.startswith("(")
    )


def _name(run: str, subject: bool = False, relative: bool = False) -> str:
    """The organisation's name a run of capitalised words is, or "". The subject of an
    answer is a name when it is not a word capitalised only by its place ("Universities"):
    a single word only when a relative clause says what it did (`relative`)."""
    run = _ended(run)
    glossed = _GLOSSED.match(run)
    if glossed and sector_word(glossed.group(1)):
        # "an NGO (Tesai Reka Paraguay)": the name, the sector in a gloss parse_partner reads.
        return f"{glossed.group(2)} ({glossed.group(1)})"
    named = _NAMED_ACRONYM.match(run)
    if named and sector_word(named.group(1)):
        # "a globally recognized NGO (TECHO)": TECHO, the sector in a gloss parse_partner reads.
        return f"{named.group(2)} ({named.group(1)})"
    if named and abbreviates(named.group(2), named.group(1)):
        return run  # "Designated Areas for Sustainable Tourism Administration (DASTA)"
    expanded = _EXPANDED.match(run)
    if expanded:
        # "UTA (University of the Atlantic)": the name, with its acronym after it; "INAU
        # (National institution of children…)": the acronym, glossed.
        acronym, expansion = expanded.groups()
        return f"{expansion} ({acronym})" if ORGANISATION.search(expansion) else acronym
    plain = named.group(1) if named else run
    words = plain.split()
    if not words or sector_word(plain) not in (None, UN):
        return ""  # "MSME", "NGO": a class of actors
    if words[-1].islower() and (
        sector_word(" ".join(words[:-1])) not in (None, UN)
        or (len(words) == 2 and not _ACRONYM.match(words[0]))
    ):
        return ""  # "MSME association", "Agriculture ministry"; "SIMAD university" is one
    if words[-1].casefold() in _CLASS_HEADS and not (
        ORGANISATION.search(plain) or sector_in_name(plain) == UN
    ):
        return ""  # "Women-led SMEs"; "Ministry of Youth" and "UN Women" are one
    if len(words) >= 2 and ORGANISATION.search(plain) or _ACRONYM.match(plain):
        return run
    if all(_ACRONYM.match(word) for word in words):
        return run  # "GEF SGP"
    if _UN_ENTITY.match(plain):
        return run
    proper = len(words) >= 2 or any(c.isupper() for c in plain[1:])  # "Quilt AI", "Open-Seneca"
    return run if subject and (proper or relative) else ""


def run_on_names(text: str) -> list[str]:
    """The names a line runs together with classes of actors, no verb between them: "Food
    delivery companies Plastic Free Laos Packaging manufacturers/start-up Ministry of Natural
    Resources and Environment Ministry of Industry and Commerce" names Plastic Free Laos and
    the two ministries. A run of two capitalised words or more is a name; its last word is
    not when a word in lower case follows it, as a phrase in sentence case starts ("Packaging
    manufacturers", "Food delivery companies")."""
    found: list[str] = []
    for m in _NAME.finditer(text):
        if _PLACE_BEFORE.search(text, 0, m.start()):
            continue  # "Local communities in Sukhothai and Suphan Buri provinces"
        words = m.group().split()
        if _PHRASE_AFTER.match(text, m.end()):
            words = words[:-1]
        while words and re.fullmatch(_CONNECTORS, words[-1], re.I):
            words.pop()
        for part in split_run(" ".join(words)) if words else ():
            name = _name(part, subject=len(part.split()) > 1)
            if name and name not in found:
                found.append(name)
    return found
