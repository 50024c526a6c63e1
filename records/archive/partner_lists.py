"""Lists of partners' names: an answer's candidate lines (partner_lines), where one name ends and
the next starts in a line ("E-Mar, AGC Green Tech and Nova Iskra", "AGC Green Tech with Ebf
Germany as consultant"), and whether a line is a sentence about the partners rather than a name
(records.archive.partners reads the names out of those with records.archive.partner_prose).
"""

from __future__ import annotations

import re

from .enumerations import LEADING_MARKER, numbered_items
from .organisations import (
    ONE_NAME,
    ORGANISATION,
    ORGANISATION_WORDS,
    abbreviates,
    distributed,
    is_group,
    names_one,
    programme_of,
    unit_and_parent,
    unit_of_named,
)
from .partner_groups import names_among_classes
from .partner_pasted import names_apart, pasted_items
from .partner_prose import name_words, split_run
from .places import place_or_field
from .sectors import sector_word
from .text import collapse

# A gloss in parentheses or brackets: "CONATEL (government entity…)", "UNRCO [other UN…]".
PAREN = re.compile(r"\s?[(\[]([^()\[\]]{1,60})[)\]]")
# Between a name and what it says: "Name - what we do", "UNWTO- Provided…", "Name: …", and
# the end of a sentence ("Ministry of Health. We: (1) wrote…").
SEPARATOR = re.compile(r"\s[-–—]+\s|(?<=[\w)])[-–—]+\s|:\s|(?<=[a-z]{2})\.\s+(?=[A-Z])")
# HTML that breaks a list into lines ("Local maritime community<div>Government<div>Donors").
_BREAKS = re.compile(r"</?(?:div|br|p|li|ul|ol)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
# A bullet inside a line starts an item of a list pasted flat: "· SBS – … Births · Ministry of
# Health – …".
_INLINE_BULLET = re.compile(r"(?<=\S)[^\S\n]+(?=[·•▪●][^\S\n])")
# A line ending so continues on the next: "Ministry of the" / "Environment".
# Paragraphs run together on one line, two spaces or more between them: "…in Argentina.
# Florida State University Supported…", "The Technological University of Panama  The Center…".
_RUN_PARAGRAPHS = re.compile(r"(?<=\w[.!?])[^\S\n]{3,}(?=[A-Z])|(?<=\w)[^\S\n]{2,}(?=The\s)")
_DANGLING = re.compile(r"\b(?:the|and|of|for|de|du|des|la|le|et|y|del|to|with|&)$", re.I)
# Between two partners on one line: "; " before a capital outside parentheses ("UNDP CO
# Portfolios (Environment; Youth)" is one), or a sentence's end before a name and a dash.
_NEXT_PARTNER = re.compile(
    r";\s*(?=[^\W_a-z])(?![^()]*\))|(?<=[.!?])\s+(?=[A-Z(][^\s.]*\s?(?:(?:[A-Z(][^\s.]*|and|&)\s?){0,7}?[-–—]\s)"
)
_PROSE_START_WORDS = (
    "we our us they their them it its this these those i my he she there here in as with "
    "through during since although however also so then finally firstly secondly "
    "additionally moreover furthermore currently unfortunately indirectly mainly yes "
    "nous notre nos ils elles il elle cette ces avec dans pour con para hemos nosotros"
)
_PROSE_STARTS = frozenset(_PROSE_START_WORDS.split())
# Auxiliaries and verb forms that make a "name" a clause: "SMEs participated in the program";
# not the end of a compound ("Small-scaled").
_VERBISH = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|can|did|does|helped|provided|[a-z]{3,}(?:ed|ing))\b"
)
# A class of actors written in lower case: "companies", "manufacturers/start-up".
_CLASS_IN_LOWER_CASE = re.compile(
    r"\b(?:companies|manufacturers|producers|start-?ups?|businesses|enterprises|ngos|csos"
    r"|organi[sz]ations|associations|cooperatives|communities|institutions|agencies)\b"
)
# A label before an item: "NGO: ", "Company: ".
_LABEL = re.compile(r"(?:^|(?<=\s))([A-Z][A-Za-z]{1,19}):\s")
_PROSE_PHRASES = ("the lab", "the accelerator lab", "the acclab", "the team", "the project")
# A name, then a verb and what the organisation did: "Blufu SARL provided the drones".
_SUBJECT_VERB = re.compile(
    r"^[A-Z0-9][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|del|y|et|&)\s+)*"
    r"[A-Z0-9][\w&'’.-]*){0,6}\s+(?:was|were|has|have|had|helped|provided|supported"
    r"|[a-z]{3,}ed)\s+\w"
)
# "EcoAndina, 500RPM, La Caja Verde, among others": the list ends before "among others".
_AND_OTHERS = re.compile(
    r"(?:,\s*|\s+)(?:among others|and others|and more|etc\.?|entre otros|entre autres)\W*$", re.I
)
# "AGC Green Tech with Ebf Germany as consultant": two partners, the second's role said.
_WITH_ROLE = re.compile(r"(.+?)\s+with\s+([A-Z].*?)\s+as\s+(?:an?\s+|the\s+)?([a-z][\w -]*)")
# A class of actors, then the names: "Solution carriers such as Briquette du Kivu, MakalaBio",
# "Range of partners - ESOs like Makers Asylum, School of Social Entrepreneurs".
_SUCH_AS = re.compile(
    r"^(?:[A-Z]?[a-z]+(?:\s+[a-z]+){0,2}\s*[-–—:]\s*)?"
    r"(?:[A-Z]?[a-z]+|[A-Z]{2,}s)(?:\s+[a-z]+){0,3}\s+(?:such as|including|namely|like):?\s+"
    r"(?=[A-Z][^,]*,)"
)
# A body's name going on with its fields: "Ministry of Food, Agriculture and…".
_FIELDS_OF = re.compile(r"\b(?:of|for)\s+[A-Z]\w*$")
# A single word that reads as a name in a list: "E-Mar", "EcoAndina", not "Livestock".
_ONE_WORD_NAME = re.compile(r"[A-Z][\w&'’]*(?:-[A-Z][\w&'’]*|[a-z][A-Z][\w&'’]*)")
# "A, B, C", "A + B" and "A / B" name several organisations when each part reads as a name.
_LISTSEPARATOR = re.compile(r",\s+|\s\+\s")
# A single capitalised word, a name among names in a list of this many parts or more.
_ONE_WORD = re.compile(r"[A-Z][\w'’&-]+")
_MIN_LISTED = 3
# A name that ends with an organisation's word, a body a place may follow.
_ENDS_AS_BODY = re.compile(rf"(?i)\b(?:{ORGANISATION_WORDS})$")
# A part ending with what a body is of: "Municipalities of Santa Rosa", "… in Yala".
_OF_NAMES = re.compile(r"\b(?:of|for|in|de)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


# The person an organisation is named after, part of its name.
_NAMED_AFTER = re.compile(r"\s+named\s+after\s+[A-Z][\w.'’ -]{1,40}$")


def is_prose(name: str) -> bool:
    """A sentence about the partners rather than a partner's name."""
    name = PAREN.sub("", name) or name  # "Ministry … (focused on gender)" is still a name
    name = _NAMED_AFTER.sub("", name)  # "Issykkul State University named after K.Tynystanov"
    words = name.split()
    if _opens_as_prose(name):
        return True
    if _SUBJECT_VERB.match(name):
        return True
    lower = sum(1 for w in words if w[:1].islower())
    sentence = len(words) >= 8 and lower * 2 > len(words) and name.endswith(".")
    sentence = sentence or (len(words) >= 6 and bool(re.search(r"\w\.\s+[A-Z]", name)))
    return len(words) > 25 or sentence or (len(words) >= 6 and bool(_VERBISH.search(name)))


def runs_on(line: str) -> bool:
    """Whether a line runs names and classes of actors together, with no verb, separator or
    comma between them ("Food delivery companies Plastic Free Laos Packaging
    manufacturers/start-up Ministry of …"): no sentence, no list, a class in lower case."""
    return not (
        SEPARATOR.search(line) or "," in line or is_prose(line) or _VERBISH.search(line)
    ) and bool(_CLASS_IN_LOWER_CASE.search(line))


def _opens_as_prose(text: str) -> bool:
    """Whether `text` starts as a sentence does: a pronoun or "The lab…"."""
    words = text.split(maxsplit=1)
    first = words[0].strip(".,:;\"'") if words else ""
    # "IT Park" and "US Embassy" are names: acronyms are not pronouns.
    pronoun = first.lower() in _PROSE_STARTS and (len(first) == 1 or not first.isupper())
    return pronoun or text.lower().startswith(_PROSE_PHRASES)


def split_names(line: str) -> list[str]:
    """ "Spices Board India, Global Standards Organization (GS1), Ministry of Commerce" and
    "OYO and Real DC / UNICEF" as one name each; a line is kept whole unless every part,
    outside parentheses, reads as an organisation's name (see `_is_name_part`), so "Ministry
    of Food, Agriculture and Light Industry" stays one."""
    line = _AND_OTHERS.sub("", line)
    listed = _SUCH_AS.sub("", line)
    if listed != line and len(names := split_names(listed)) > 1:
        return names
    if len(with_role := _with_role(line)) > 1:
        return [name for part in with_role for name in split_names(part)]
    m = SEPARATOR.search(line)
    if m and programme_of(line[: m.start()].rpartition(" ")[2], line[m.end() :]):
        m = None  # "… and SDC – Market Makers Project …": the dash is inside a name
    if m:  # "A, B - what we do": the names before it, each with the description
        names = split_names(line[: m.start()])
        return [line] if len(names) == 1 else [f"{name} - {line[m.end() :]}" for name in names]
    if _opens_as_prose(line):  # "We worked with …": partner_prose reads the names out of it
        return [line]
    if among := names_among_classes(line):
        return among
    slashed = [part.strip() for part in line.split(" / ")]
    named = [part for part in slashed if names_one(part)]  # "… / beneficiary communities"
    if len(slashed) > 1 and len(named) > 1 and all(_slashed_name(part) for part in named):
        return [name for part in named for name in split_names(part)]
    parts, depth, start = [], 0, 0
    for m in re.finditer(r"[()]|" + _LISTSEPARATOR.pattern, line):
        if m.group() in "()":
            depth += 1 if m.group() == "(" else -1
        elif depth == 0:
            parts.append(line[start : m.start()])
            start = m.end()
    parts.append(line[start:])
    parts = [re.sub(r"^(?:and|&|et|y)\s+", "", part.strip(" .")) for part in parts]  # ", and C"
    parts = [
        _LOWER_LEAD.sub("", p) if _LOWER_LEAD.match(p) and not names_one(p) else p for p in parts
    ]
    parts = _joined_by_acronym(parts)
    # "…, X and the Y"; "City Administrations of Myrnograd and Chervonograd, …"
    parts = [name for part in parts for one in distributed(part) for name in split_run(one)]
    parts = [name for part in _last_and(parts) for name in _with_role(part)]
    parts = _with_places(parts)
    if len(parts) == 1 or not _names_each(parts):
        return split_run(line)
    if len(parts) == 2 and (unit_and_parent(*parts) or unit_of_named(*parts)):
        return [
            line
        ]  # "Rights Lab, University of Nottingham", "Atal Innovation Mission, Niti Aayog"
    return parts


# Words in lower case before a name in a list: "gouverneure Faso Civic" names Faso Civic.
_LOWER_LEAD = re.compile(r"^(?:[a-zà-ÿ][\w'’-]*\s+){1,2}(?=[A-Z][\w&'’-]*(?:\s+[A-Z]|$))")
# The acronym a part ends with: "Environment and Culture (MTEC)".
_ENDING_ACRONYM = re.compile(r"\s?\(([A-Z][A-Za-z]{1,7})\)$")


def _joined_by_acronym(parts: list[str]) -> list[str]:
    """The parts of a comma list that the acronym ending one of them spells out together as
    one name: "Ministry of Tourism", "Environment and Culture (MTEC)" are the "Ministry of
    Tourism, Environment and Culture (MTEC)"."""
    joined: list[str] = []
    for part in parts:
        m = _ENDING_ACRONYM.search(part)
        bare = part[: m.start()] if m else ""
        if m and joined and not abbreviates(m[1], bare):
            for back in (1, 2):
                whole = ", ".join([*joined[-back:], bare])
                if len(joined) >= back and abbreviates(m[1], whole):
                    joined[-back:] = [f"{whole} ({m[1]})"]
                    break
            else:
                joined.append(part)
        else:
            joined.append(part)
    return joined


def _with_places(parts: list[str]) -> list[str]:
    """The parts of a comma list, a body's place kept with it: "The President's office,
    Zanzibar, The Tony Blair Institute…" names the office of Zanzibar and the institute. A
    name that ends with its fields ("Ministry of Home Affairs, Immigration, …") goes on."""
    kept: list[str] = []
    for part in parts:
        body = kept and _ENDS_AS_BODY.search(kept[-1])
        if body and _ONE_WORD.fullmatch(part) and place_or_field(part):
            kept[-1] = f"{kept[-1]}, {part}"
        else:
            kept.append(part)
    return kept


def _names_each(parts: list[str]) -> bool:
    """Whether every part of a comma list reads as a name (`_is_name_part`). In a list of three
    or more where some part surely is a name ("Ecoandina, 500RPM, REGOSH", "Grammarly, Retail
    Market, World of Communities"), a single capitalised word is one too, unless it is a place
    or a field ("Kathmandu", "Cooperatives": `place_or_field`)."""
    named = [_is_name_part(part, len(parts)) for part in parts]
    if all(named):
        return True
    return (
        len(parts) >= _MIN_LISTED
        and any(named)
        and all(ok or _listed_word(parts, i) for i, ok in enumerate(named))
    )


def _listed_word(parts: list[str], i: int) -> bool:
    """Whether the single capitalised word `parts[i]` is a name of the list: no place or field,
    no sector or class of actors, nor what goes on from the part before it, a body's place
    ("Benue State University, Makurdi") or its fields ("Ministry of Small and Medium-Sized
    Enterprises, Economy and Social Handicraft", "Municipalities of Santa Rosa, Reyes")."""
    part, before = parts[i], parts[i - 1] if i else ""
    return (
        bool(_ONE_WORD.fullmatch(part))
        and not place_or_field(part)
        and not sector_word(part)
        and not is_group(part)
        and not ORGANISATION.search(before)
        and not _OF_NAMES.search(before)
    )


def _last_and(parts: list[str]) -> list[str]:
    """A list's last item split at its "and" when both sides read as names: "A, B and C" names
    three; "Ministry of Food, Agriculture and Light Industry" (the fields of one body after
    "of") stays one."""
    if len(parts) < 2 or _FIELDS_OF.search(parts[0]):
        return parts
    halves = re.split(r"\s+(?:and|&)\s+", parts[-1], maxsplit=1)
    if len(halves) == 2 and _FIELDS_OF.search(halves[0]):  # "Ministry of Labor and Social…"
        return parts
    if len(halves) == 2 and all(ONE_NAME.fullmatch(half) for half in halves):
        return [*parts[:-1], *halves]
    return parts


def _with_role(part: str) -> list[str]:
    """ "AGC Green Tech with Ebf Germany as consultant": the two partners, the second with its
    role; else the part itself."""
    role = _WITH_ROLE.fullmatch(part)
    if role and names_one(role[2]):
        return [role[1], f"{role[2]} - {role[3]}"]
    return [part]


def _slashed_name(part: str) -> bool:
    """A part of "Zendai / Duang Prateep Foundation / …": a name, or one capitalised word,
    which the slashes mark as a name ("Zendai")."""
    return _is_name_part(part, 0) or bool(re.fullmatch(r"[A-Z][\w'’&-]+", part))


def _is_name_part(part: str, count: int) -> bool:
    words = part.split()
    if not words:
        return False
    if words[0][:1].islower() and not names_one(part):
        return False  # "university of Monastir", "ministère de la santé" are names
    if name_words(part) > 8 or is_prose(part):
        return False
    # Two comma parts, one with "and", are one name ("Ministry of Food, Agriculture and Light
    # Industry") unless the part is one already (`_joined_by_acronym`); a single word is a
    # name only in capitals ("UNICEF"), not "Livestock".
    if count == 2 and re.search(r"\s(?:and|&)\s", part) and ", " not in PAREN.sub("", part):
        return False
    return (
        len(words) > 1
        or part.isupper()
        or any(c.isdigit() for c in part)
        or bool(_ONE_WORD_NAME.fullmatch(part))
    )


def partner_lines(text: str, inline: bool = True) -> list[str]:
    """One candidate per line or ";" segment, or per item of a list numbered inline unless
    not `inline`; names broken after "of the" are rejoined."""
    text = _INLINE_BULLET.sub("\n", _TAG.sub("", _BREAKS.sub("\n", text)))
    text = names_apart(_RUN_PARAGRAPHS.sub("\n", text))
    inline = inline and numbered_items(text)  # "(1) Think Sea Corp (2) Japan Innovation Unit"
    if inline:
        return [part for item in inline for part in split_names(collapse(item))]
    groups: list[list[str]] = []
    dangling = False
    for line in filter(None, map(collapse, text.split("\n"))):
        if dangling:
            groups[-1].append(line)
        else:
            groups.append([line])
        dangling = bool(_DANGLING.search(line))
    lines = [" ".join(group) for group in groups]
    if any(LEADING_MARKER.match(line) for line in lines):
        lines = _attach_continuations(lines)
    # "A; B" lists partners, "… with them; they help" does not: split before a capital only;
    # and before a sentence that starts with a name and a dash ("… innovations. Copperbelt
    # University(CBU)- Under the…").
    segments = [seg.strip() for line in lines for seg in _NEXT_PARTNER.split(line)]
    segments = [
        part for seg in segments for item in pasted_items(seg) for part in _labelled_items(item)
    ]
    return [name for segment in segments for name in split_names(segment)]


def _labelled_items(line: str) -> list[str]:
    """ "NGO: Synchroprostir NGO: IMPACT UA NGO: CID": the items a line runs together under
    one label said again before each; else the line."""
    labels = _LABEL.findall(line)
    if len(labels) < 2 or len(set(labels)) > 1 or not line.startswith(labels[0]):
        return [line]
    return [item.strip() for item in re.split(rf"\s+(?={re.escape(labels[0])}:\s)", line)]


def _attach_continuations(lines: list[str]) -> list[str]:
    """In a numbered or bulleted list an unmarked line continues the item above it."""
    groups: list[list[str]] = []
    for line in lines:
        if groups and LEADING_MARKER.match(groups[-1][0]) and not LEADING_MARKER.match(line):
            groups[-1].append(line)
        else:
            groups.append([line])
    out = []
    for first, *rest in groups:
        joiner = " " if SEPARATOR.search(first) else " - "  # the rest describes the name
        out.append(f"{first}{joiner}{' '.join(rest)}" if rest else first)
    return out


def labels(text: str, name: str) -> bool:
    """Whether `text` labels a part of it with `name` (or the acronym in its parentheses): "REA -
    The Lab is…", "…; Kalinago council: capturing…". No pattern for a name it cannot hold."""
    forms = [name, *PAREN.findall(name)[:1]]
    held = not text.isascii() or any(not n.isascii() or n.lower() in text.lower() for n in forms)
    names = "|".join(map(re.escape, forms))
    label = rf"(?:^|[.;]\s|\n)\s*(?:the\s+)?(?:{names})\s*(?:[-–—]+|:)\s"
    return held and bool(re.search(label, text, re.I))


def named_in(text: str, name: str) -> re.Match | None:
    """Where `text` names the organisation `name`, as whole words, in any case; None if it
    does not. A pattern is compiled for each name: not for an ASCII name an ASCII text does
    not hold in any case."""
    if name.isascii() and text.isascii() and name.lower() not in text.lower():
        return None
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)


# A relative clause or an apposition after a name that starts a line: "MASH Foundation which is
# a social enterprise…".
_WHICH_IS = re.compile(r"\s*(?:,\s*)?(?:which|who|that)\s+(?:is|are)\s+")


def described(name: str, text: str) -> str:
    """What `text` says of the name it starts with in a relative clause ("MASH Foundation which
    is a social enterprise…" says "a social enterprise…"); else `text`."""
    m = _WHICH_IS.match(text, len(name)) if text.startswith(name) else None
    return text[m.end() :] if m else text
