"""The archive format: turns the text of one archive file into a ParsedDocument.

Pure Python, no Django import, so it can be tested and fuzzed on strings. It never raises
on text: anything odd becomes a short warning carried on the result. The format and its
oddities are described in corpus/FORMAT.md; the rules below follow its §11.

Contract (what the importer relies on):

* ``decode(bytes)`` is UTF-8 with replacement; ``sniff_type(text)`` is the first
  ``[[type:]]`` value found by a regex search, the same value ``parse(text).type`` gives.
* All cleaned text has LF line ends, no control characters (other than LF and tab), no
  zero-width/soft hyphens, NBSP turned into spaces, HTML entities decoded exactly once.
* ``title_line`` is the first ``# `` line as written (entities decoded, whitespace collapsed):
  a stable identity. ``title`` is the display title: continuation lines joined, markers and
  escapes removed, a ``…`` truncation completed from the answers, an empty one replaced.
* ``answers`` hold every ``> `` prompt of the form in document order with its answer;
  well-known learning-plan prompts get a stable ``key``. ``insights``, ``partners`` and
  ``blog_urls`` are derived from those answers; ``body``/``authors`` only for blogs and
  publications (via ``scraped.extract_article``).
* Every pass is linear in the input: lines can be megabytes long (base64 images).
"""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass, field

from .scraped import extract_article

SECTORS = (
    "civil_society",
    "academia",
    "private_sector",
    "government",
    "un",
    "other",
    "unknown",
)


@dataclass
class Answer:
    section: str  # the "## " heading above it, cleaned; "" when none
    prompt: str  # the prompt, normalised; "" for an unnamed group sub-item
    key: str  # stable key of a well-known prompt, else ""
    text: str  # the answer, cleaned; "" when empty
    group: int | None = None  # ordinal of the <div class="group"> holding it


@dataclass
class PartnerMention:
    name: str
    sector: str  # one of SECTORS
    description: str = ""


@dataclass
class Author:
    name: str
    role: str = ""


@dataclass
class ParsedDocument:
    type: str = ""
    types: list[str] = field(default_factory=list)
    title: str = ""
    title_line: str = ""
    year: int | None = None
    published_on: datetime.date | None = None
    focal_point: str = ""
    source_url: str = ""
    countries: list[str] = field(default_factory=list)
    locations: list[tuple[str, str]] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    thematic_areas: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    data_sources: list[str] = field(default_factory=list)
    tags: dict[str, list[str]] = field(default_factory=dict)
    form: str = ""  # "start" | "close-a" | "close-b" | ""
    answers: list[Answer] = field(default_factory=list)
    insights: list[str] = field(default_factory=list)
    partners: list[PartnerMention] = field(default_factory=list)
    blog_urls: list[str] = field(default_factory=list)
    body: str = ""
    authors: list[Author] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


BLOG_TYPES = ("blog", "publications")

# --------------------------------------------------------------------------------------------
# Text cleaning

# VT/FF and the Unicode separators are used as soft line breaks in pasted Word text.
_BREAKS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff]")
# Only entities closed by ";": a bare "&copy" inside a URL query must survive.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DATA_IMAGE = re.compile(
    r"!\[[^\]\n]{0,300}\]\(\s*data:image/[^)]*\)?|data:image/[\w.+-]+;base64,[A-Za-z0-9+/=]+"
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _clean_text(text: str) -> str:
    """Whole-file normalisation of line ends, invisible characters and NBSPs."""
    text = _BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _unescape(s: str) -> str:
    """Decode HTML entities once; the decoded text is cleaned like the rest of the file."""
    if "&" not in s:
        return s
    return _clean_text(_ENTITY.sub(lambda m: html.unescape(m.group()), s))


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _shorten(s: str, limit: int = 120) -> str:
    s = _collapse(s)
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + "…"


def _clean_block(lines: list[str]) -> str:
    """Answer text: entities decoded, trailing spaces and empty checklist bullets dropped."""
    out = []
    for line in lines:
        line = _unescape(line).rstrip()
        if line.strip() != "-":
            out.append(line)
    text = "\n".join(out).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


# --------------------------------------------------------------------------------------------
# Type sniffing and tags

_TAG = re.compile(r"\[\[([A-Za-z_]+):(.*)\]\]\s*$", re.S)
_TAG_OPEN = re.compile(r"\[\[(?!type:)[A-Za-z_]+:")  # a type is one line: sniff_type reads lines
# A "[[type:" at a line start (invisible characters, which parse() drops, may precede it).
_TYPE_LINE = re.compile(
    "(?:^|(?<=[\r\n\x0b\x0c\u2028\u2029]))" + _INVISIBLE.pattern + r"*\[\[type:"
)
_LINE_BREAK = re.compile("[\r\n\x0b\x0c\u2028\u2029]")
_MAX_TAG_LINES = 60  # an unterminated "[[key:" must not swallow the document


def sniff_type(text: str) -> str:
    """The first [[type:]] value, without a full parse (same rules as parse())."""
    for m in _TYPE_LINE.finditer(text):
        end = _LINE_BREAK.search(text, m.end())
        tag = _TAG.match(_clean_text(text[m.start() : end.start() if end else len(text)]))
        if tag and tag.group(1) == "type":
            return _tag_value(tag.group(2))
    return ""


def _tag_value(raw: str) -> str:
    return _unescape(raw).strip()


def _read_tags(lines: list[str], warnings: list[str]) -> tuple[list[tuple[str, str]], list[bool]]:
    """All tag lines anywhere: (key, value) pairs in order and a per-line "is a tag" flag."""
    tags: list[tuple[str, str]] = []
    is_tag = [False] * len(lines)
    unterminated: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("[["):
            i += 1
            continue
        m = _TAG.match(line)
        if m:
            tags.append((m.group(1), _tag_value(m.group(2))))
            is_tag[i] = True
        elif _TAG_OPEN.match(line) and "]]" not in line:
            end = _tag_end(lines, i)
            if end is None:
                unterminated.append(line)
            else:
                m = _TAG.match("\n".join(lines[i : end + 1]))
                if m:
                    tags.append((m.group(1), _tag_value(m.group(2))))
                    is_tag[i : end + 1] = [True] * (end + 1 - i)
                    i = end
        i += 1
    if unterminated:
        more = f" and {len(unterminated) - 1} more" if len(unterminated) > 1 else ""
        warnings.append(f"unterminated tag {_shorten(unterminated[0], 40)!r}{more}")
    return tags, is_tag


def _tag_end(lines: list[str], start: int) -> int | None:
    """Index of the line closing a multi-line tag, None when it is not a tag after all."""
    for j in range(start + 1, min(len(lines), start + _MAX_TAG_LINES)):
        line = lines[j]
        if _TAG.match(line):
            return None  # a complete tag: the opener was text
        if "]]" in line:
            return j if line.rstrip().endswith("]]") else None
    return None


def _dedupe(values, key=lambda v: v) -> list:
    seen: set = set()
    out = []
    for v in values:
        k = key(v)
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def _facet_key(value: str) -> str:
    """ "In-depth interviews" and "in depth interviews," are one value."""
    return _collapse(re.sub(r"[^\w\s]|_", "", value.lower().replace("-", " ")))


def _facet(values: list[str]) -> list[str]:
    cleaned = (_collapse(v).rstrip(",;. ") for v in values)
    return _dedupe((v for v in cleaned if _facet_key(v)), _facet_key)


def _apply_tags(doc: ParsedDocument, pairs: list[tuple[str, str]]) -> None:
    for key, value in pairs:
        if value:
            doc.tags.setdefault(key, []).append(value)
    doc.tags = {k: _dedupe(v) for k, v in doc.tags.items()}
    doc.types = doc.tags.get("type", [])
    doc.type = doc.types[0] if doc.types else ""
    if not doc.type:
        doc.warnings.append("no [[type:]] tag")
    doc.focal_point = doc.tags.get("focal_point", [""])[0]
    doc.source_url = doc.tags.get("source", [""])[0]
    doc.countries = doc.tags.get("country", [])
    doc.locations = _locations(pairs)
    doc.thematic_areas = _facet(doc.tags.get("thematic_areas", []))
    doc.methods = _facet(doc.tags.get("methods", []))
    doc.data_sources = _facet(doc.tags.get("datasources", []))
    doc.sdgs = _sdgs(doc.tags.get("sdgs", []), doc.warnings)
    if "year" in doc.tags:
        doc.year = _year(doc.tags["year"][0], doc.warnings)
    if "date" in doc.tags:
        doc.published_on = _date(doc.tags["date"][0], doc.warnings)


def _locations(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """country/latlng tags come as ordered pairs, one per map pin."""
    out: list[tuple[str, str]] = []
    country = None
    for key, value in pairs:
        if key == "country":
            if country is not None:
                out.append((country, ""))
            country = value
        elif key == "latlng":
            out.append((country or "", value))
            country = None
    if country is not None:
        out.append((country, ""))
    return _dedupe(loc for loc in out if any(loc))


def _sdgs(values: list[str], warnings: list[str]) -> list[int]:
    numbers = set()
    for value in values:
        m = re.match(r"\s*(\d{1,2})(?!\d)", value)
        if m and 1 <= int(m.group(1)) <= 17:
            numbers.add(int(m.group(1)))
        else:
            warnings.append(f"unreadable sdg {value!r}")
    return sorted(numbers)


def _year(value: str, warnings: list[str]) -> int | None:
    if not re.fullmatch(r"\d{4}", value):
        warnings.append(f"year is not a number: {value!r}")
        return None
    if value == "1970":
        warnings.append("year 1970 is a placeholder: ignored")
        return None
    return int(value)


# --------------------------------------------------------------------------------------------
# Dates: ISO, or day / month name / year in the languages of the archive

_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
)
_MONTHS = {
    name: number for names in _MONTH_NAMES for number, name in enumerate(names.split(), start=1)
}


def _month(token: str) -> int | None:
    if token in _MONTHS:
        return _MONTHS[token]
    if len(token) >= 3:  # abbreviations: "sept", "févr", "oct"
        found = {n for name, n in _MONTHS.items() if name.startswith(token)}
        if len(found) == 1:
            return found.pop()
    return None


def _date(value: str, warnings: list[str]) -> datetime.date | None:
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        year, month, day = map(int, m.groups())
    else:
        tokens = re.findall(r"\d+|[^\W\d_]+", value.lower())
        years = [int(t) for t in tokens if t.isdigit() and len(t) == 4]
        days = [int(t) for t in tokens if t.isdigit() and len(t) <= 2]
        months = [n for n in map(_month, (t for t in tokens if not t.isdigit())) if n]
        if len(years) != 1 or len(days) != 1 or len(months) != 1:
            warnings.append(f"unreadable date {value!r}")
            return None
        year, month, day = years[0], months[0], days[0]
    if year == 1970:
        warnings.append("date 1970 is a placeholder: ignored")
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        warnings.append(f"impossible date {value!r}")
        return None


# --------------------------------------------------------------------------------------------
# Known prompts (compared lower-case, quotes dropped, whitespace collapsed)

_PROMPTS = (
    ("please provide a name for your action learning plan", "title", "start"),
    ("challenge type:", "challenge_type", ""),
    ("challenge statement:", "challenge_statement", ""),
    ("background:", "background", ""),
    ("quantitative evidence:", "quantitative_evidence", ""),
    ("qualitative evidence:", "qualitative_evidence", ""),
    ("value proposition:", "value_proposition", ""),
    ("short tweet summary", "tweet_summary", ""),
    ("who are your top 5 partners", "partners", ""),
    ("please state the name of the parter", "partner_name", ""),
    ("please state the name of the partner", "partner_name", ""),
    ("what sector does our partner belong to", "partner_sector", ""),
    ("what sector does your partner belong to", "partner_sector", ""),
    ("please provide a brief description of the collaboration", "partner_description", ""),
    ("please provide a brief description of the partnership", "partner_description", ""),
    ("is this a new and unusual partner", "partner_new", ""),
    ("learning question:", "learning_question", ""),
    ("to what stage(s) in the learning cycle", "learning_stage", ""),
    ("usage of methods:", "methods_usage", ""),
    ("existing data gaps:", "data_gaps", ""),
    ("early leads to grow:", "early_leads", ""),
    ("please upload any further supporting evidence", "evidence_uploads", ""),
    ("for this frontier challenge, how much of your time", "time_allocation", ""),
    ("what are the top 5 key insights", "insights", "close-a"),
    ("what are the top key insights", "insights", "close-b"),
    ("please paste the link(s) to the blog(s)", "blog_links", ""),
    ("please paste any link(s) to blog(s)", "blog_links", ""),
    ("did you experience any barriers", "barriers", ""),
    ("relating to your types of data, why did you chose these", "data_rationale", ""),
    ("why was it necessary to apply the above innovation method", "method_rationale", ""),
    ("bonus question:", "bonus_question", ""),
    ("if applicable, what civil society organisations", "partners_civil_society", ""),
    ("if applicable, what academic partners", "partners_academia", ""),
    ("if applicable, what private sector partners", "partners_private_sector", ""),
    ("if applicable, what government partners", "partners_government", ""),
    ("if applicable, which un internal partners", "partners_un", ""),
    ("relating to your answers above: who of the partners listed", "partners_new_unusual", ""),
    ("please indicate what partners you have actually worked with", "partners_worked_with", ""),
    ("considering the outcomes of this learning challenge", "handover", ""),
    ("can you provide more detail on your handover process", "handover_detail", ""),
    ("end of action learning plan", "end", ""),
    ("the closing form saves automatically", "end", ""),
)
# One-word group sub-prompts must match exactly: "Test" must not claim "Testing showed…".
_EXACT_PROMPTS = {
    "sense": "time_sense",
    "explore": "time_explore",
    "test": "time_test",
    "grow": "time_grow",
}
_UNNAMED_PROMPTS = ("", "none")  # "None" is a leaked Python None on upload groups
_CHALLENGE_TYPE_NOTE = "please note: we ask you to only submit a maximum of 3 challenges"
_SECTOR_PROMPTS = {
    "partners_civil_society": "civil_society",
    "partners_academia": "academia",
    "partners_private_sector": "private_sector",
    "partners_government": "government",
    "partners_un": "un",
}


def _display_prompt(raw: str) -> str:
    return _collapse(_unescape(raw.replace("\\n", " ")))


def _match_prompt(prompt: str) -> tuple[str, str] | None:
    """(key, form marker) of a known prompt, ("", "") for an unnamed one, None if unknown."""
    norm = _collapse(re.sub('["“”„]', "", prompt.lower()))
    if norm in _UNNAMED_PROMPTS:
        return "", ""
    if norm in _EXACT_PROMPTS:
        return _EXACT_PROMPTS[norm], ""
    for prefix, key, marker in _PROMPTS:
        if norm.startswith(prefix):
            return key, marker
    return None


# --------------------------------------------------------------------------------------------
# Title


_MAX_TITLE_LINES = 12


def _is_title(line: str) -> bool:
    return line == "#" or (line.startswith("#") and line[1:2].isspace())


def _title_block(lines: list[str], is_tag: list[bool]) -> tuple[int, int]:
    """(index of the first "# " line, index after its continuation lines); (-1, 0) if none."""
    start = next((i for i, line in enumerate(lines) if _is_title(line) and not is_tag[i]), -1)
    if start < 0:
        return -1, 0
    first_tag = next((i for i, t in enumerate(is_tag) if t), -1)
    # The title only continues up to header tags that follow it closely ("# Home" / "Kenya" /
    # "Blog" / "..." in scraped pages); never over structure.
    if not start < first_tag <= start + _MAX_TITLE_LINES:
        return start, start + 1
    if any(
        line.lstrip().startswith(("#", ">", "<", "![")) for line in lines[start + 1 : first_tag]
    ):
        return start, start + 1
    return start, first_tag


_LEADING_MARKER = re.compile(r"^\s*(?:[-+*•>]+|\(?\d{1,2}\s*[.)\-–:]+\.?(?!\d))\s*")


def _strip_marker(s: str) -> str:
    return _LEADING_MARKER.sub("", s, count=1)


# A completed title longer than this (a whole insight paragraph) ends at its first sentence.
_TITLE_LIMIT = 200
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _complete_title(title: str, candidates) -> str | None:
    """The full text a "…"-truncated title was cut from, if an answer starts with it."""
    prefix = _collapse(_strip_marker(title.rstrip(" .…"))).casefold()
    if len(prefix) < 8:
        return None
    for candidate in candidates:
        full = _collapse(_strip_marker(candidate))
        if len(full) > len(prefix) and full.casefold().startswith(prefix):
            if len(full) <= _TITLE_LIMIT:
                return full
            end = _SENTENCE_END.search(full, len(prefix))
            if end and end.end() <= _TITLE_LIMIT:
                return full[: end.end()]
            return _shorten(full, _TITLE_LIMIT)
    return None


def _answer_lines(answers: list[Answer]):
    for answer in answers:
        yield from answer.text.split("\n")


def _title_fallback(doc: ParsedDocument, name: str) -> tuple[str, str]:
    """(title, where it came from) for a document whose "# " title is empty."""
    if doc.type == "learningplan":
        title_answer = next((a.text for a in doc.answers if a.key == "title" and a.text), "")
        if title_answer:
            return _shorten(title_answer), "the Title answer"
        if doc.insights:
            return _shorten(doc.insights[0]), "the first insight"
    first = next((a.text for a in doc.answers if a.text.strip()), "")
    if first:
        return _shorten(first), "the first answer"
    stem = re.split(r"[\\/]", name)[-1].rsplit(".", 1)[0]
    return _collapse(stem.replace("_", " ")), "the file name"


def _read_title(lines: list[str], start: int, end: int) -> tuple[str, str]:
    """(title line as written, display title) of the title block; ("", "") if none."""
    if start < 0:
        return "", ""
    first = _collapse(_unescape(lines[start][1:]))
    rest = [_collapse(_unescape(line)) for line in lines[start + 1 : end]]
    title = _collapse(" ".join([first, *rest])).removeprefix("- ").strip()
    return first, _ESCAPE.sub(r"\1", title)


# --------------------------------------------------------------------------------------------
# Answers


def _is_header(line: str) -> bool:
    return not line.strip() or line.startswith("[Original article published here](")


def _parse_answers(doc: ParsedDocument, lines: list[str], skip: list[bool]) -> None:
    """Every "> " prompt with the answer below it, in document order."""
    known = {}
    for i, line in enumerate(lines):
        if line.startswith(">") and not skip[i]:
            known[i] = _match_prompt(_display_prompt(line[1:]))
    markers = {m[1] for m in known.values() if m}
    doc.form = next((f for f in ("close-a", "close-b", "start") if f in markers), "")
    # In learning plans a "> " line that is no template is a user's quoted answer line.
    plan_mode = doc.type == "learningplan" or bool(doc.form)

    section, group, groups = "", None, 0
    current: Answer | None = None
    body: list[str] = []

    def flush() -> None:
        nonlocal current
        if current is not None:
            if current.key == "challenge_type":
                body[:] = [b for b in body if not b.lower().startswith(_CHALLENGE_TYPE_NOTE)]
            current.text = _clean_block(body)
            doc.answers.append(current)
        current = None
        body.clear()

    for i, line in enumerate(lines):
        if skip[i]:
            continue
        stripped = line.strip()
        if line.startswith("##") and (line[2:3].isspace() or line == "##"):
            flush()
            section = _collapse(_unescape(line[2:]))
        elif stripped == '<div class="group">':
            flush()
            group, groups = groups, groups + 1
        elif stripped == "</div>" and group is not None:
            flush()
            group = None
        elif i in known and (known[i] or not plan_mode or current is None):
            flush()
            key, _ = known[i] or ("", "")
            unnamed = known[i] == ("", "")
            prompt = "" if unnamed else _display_prompt(line[1:])
            current = Answer(section, prompt, key, "", group)
        elif current is not None:
            body.append(line)
    flush()
    if group is not None:
        doc.warnings.append('unclosed <div class="group">')


# --------------------------------------------------------------------------------------------
# Insights

_NUMBER = re.compile(
    r"(?:^|(?<=\s))(?:"
    r"#(\d{1,2})[.):]?"  # "#1 Local government…"
    r"|(?i:key insight|insight|lesson|learning|finding)\s+(\d{1,2})\s?[.):-]?"  # "Insight 1: …"
    r"|\(?(\d{1,2})(?:\)\.?|\.|\s?[-–](?=\s))"  # "1.", "1)", "(1)", "1 -"
    r")(?!\d)\s*(?=\S)"
)
# Flattened lists: "-   a -   b" (NBSP runs after the dash) and "… approach -Collective …".
_INLINE_DASH = re.compile(r"\s-\s+(?=\S)|\s-(?=[A-Z])")
_INLINE_BULLET = re.compile(r"[•·]|\s\*\s")


_MAX_RUN_STARTS = 8


def _numbered_items(text: str) -> list[str]:
    """Items of a 1, 2, 3… enumeration (on separate lines or flattened), [] if none."""
    marks = [
        (int(next(filter(None, m.groups()))), m.start(), m.end()) for m in _NUMBER.finditer(text)
    ]
    best: list[tuple[int, int]] = []
    # "on 1-Dec-2022 … 1) First insight": the longest 1, 2, 3… run wins, not the first "1".
    # Only a few starts are tried so that a text full of "1." stays linear.
    starts = [i for i, (number, _, _) in enumerate(marks) if number == 1][:_MAX_RUN_STARTS]
    for first in starts:
        run = []
        for number, start, end in marks[first:]:
            if number == len(run) + 1:
                run.append((start, end))
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return []
    ends = [start for start, _ in best[1:]] + [len(text)]
    return [text[body:end] for (_, body), end in zip(best, ends, strict=True)]


def _split_insights(text: str) -> list[str]:
    lines = [_strip_quote(line) for line in text.split("\n")]
    items = _numbered_items("\n".join(lines))
    if not items:
        lines = [line for line in lines if line.strip()]
        intro = [i for i, line in enumerate(lines[:-1]) if _is_intro(line)]
        if intro:  # "…includes 2 phases:" list, "First insights are:" list → the last list
            lines = lines[intro[-1] + 1 :]
        if len(lines) == 1 and (
            lines[0].lstrip().startswith(("-", "*")) or len(_INLINE_DASH.findall(lines[0])) > 1
        ):
            # A flattened list: its items are whole, even those starting in lower case.
            lines = _INLINE_DASH.split(lines[0])
        else:
            lines = _join_wrapped(lines)
        items = [part for line in lines for part in _INLINE_BULLET.split(line)]
    cleaned = (_collapse(_strip_marker(item)).rstrip(",; ") for item in items)
    return [item for item in cleaned if re.search(r"\w", item)]


def _join_wrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped text: a line starting in lower case continues the one above."""
    groups: list[list[str]] = []
    for line in map(str.strip, lines):
        if _is_intro(line):
            continue
        if groups and line[:1].islower():
            groups[-1].append(line)
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


def _strip_quote(line: str) -> str:
    return line.lstrip()[1:] if line.lstrip().startswith(">") else line


def _is_intro(line: str) -> bool:
    line = line.strip()
    return line.endswith(":") and _strip_marker(line) == line


# --------------------------------------------------------------------------------------------
# Partners

_SECTOR_WORDS = {
    "civil_society": "cso, csos, ngo, ngos, ingo, cbo, ong, ongs, osc, civil society, "
    "civil society organisation, civil society organization, local ngo, foundation, "
    "association, charity, non-profit, nonprofit, community, sociedad civil, société civile",
    "academia": "academia, academic, academics, university, universities, research, "
    "research institute, research institution, think tank, université, universidad",
    "private_sector": "private, private sector, private company, startup, start-up, start up, "
    "company, business, corporate, sme, msme, enterprise, social enterprise, secteur privé, "
    "sector privado",
    "government": "government, gov, govt, ministry, municipality, public, public sector, "
    "local government, local authority, local authorities, public institution, "
    "government agency, gobierno, gouvernement, secteur public, sector público",
    "un": "un, un agency, un agencies, united nations, un system, undp, unicef, unfpa, unhcr, "
    "unesco, unep, un women, unwomen, wfp, fao, ilo, iom, who, unido, unops, undrr, unv, "
    "uncdf, un-habitat, ohchr, unaids",
    "other": "donor, donors, media, ifi, igo, international organisation, "
    "international organization, development partner",
}
_SECTOR_OF = {
    phrase.strip(): sector for sector, words in _SECTOR_WORDS.items() for phrase in words.split(",")
}
_PAREN = re.compile(r"\s?\(([^()]{1,60})\)")
_SEPARATOR = re.compile(r"\s[-–—]+\s|:\s")
_URL = re.compile(r"https?://(?:(?!https?://)[^\s()<>\"'])+")  # "…/a.htmlhttps://…" is two
_VOID = re.compile(
    r"^(?:n\s*/\s*a|n\.?a\.?|n7a|none|nil|no|not|nothing|non|nope|tbd|tbc|aucun\w*|néant"
    r"|ningun[oa]|no aplica|pas encore|yet to be|to be (?:determined|defined|confirmed))"
    r"(?![\w-])",
    re.I,
)
_ABOVE = re.compile(r"\b(?:above|ci-dessus|arriba)\b", re.I)
_PROSE_START_WORDS = (
    "we our us they their them it its this these those i my he she there here in as with "
    "through during since although however also so then finally firstly secondly "
    "additionally moreover furthermore currently unfortunately indirectly mainly yes "
    "nous notre nos ils elles il elle cette ces avec dans pour con para hemos nosotros"
)
_PROSE_STARTS = frozenset(_PROSE_START_WORDS.split())
# Auxiliaries and verb forms that make a "name" a clause: "SMEs participated in the program".
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|can|did|does|helped|provided|[a-z]{3,}(?:ed|ing))\b"
)
_PROSE_PHRASES = ("the lab", "the accelerator lab", "the acclab", "the team", "the project")
_DANGLING = re.compile(r"\b(?:the|and|of|for|de|du|des|la|le|et|y|del|to|with|&)$", re.I)


# A sector a name gives away when the plan does not say it: "Ministry of …", "… University".
# Tried in this order; acronyms match in capitals only ("Women who code" is no WHO).
_SECTOR_IN_NAME = (
    (
        "un",
        re.compile(
            r"\b(?:UNDP|UNICEF|UNFPA|UNHCR|UNESCO|UNEP|UNIDO|UNOPS|UNDRR|UNCDF|UNV"
            r"|WFP|FAO|ILO|IOM|WHO|OHCHR|UNAIDS|UN[- ]Women|UN[- ]Habitat)\b|\bUnited Nations\b"
        ),
    ),
    ("other", re.compile(r"(?i)\b(?:world bank|development bank|european union|embassy)\b")),
    (
        "government",
        re.compile(
            r"(?i)\b(?:ministry|minist[eè]re|ministerio|government|gouvernement|gobierno"
            r"|municipality|municipal|mairie|municipalidad|prefecture|governorate|city council"
            r"|city hall|regional administration|parliament|presidency)\b"
        ),
    ),
    (
        "academia",
        re.compile(
            r"(?i)\b(?:university|universidad|universit[eé]|universidade|college|polytechnic"
            r"|institute of technology|academy|acad[eé]mie)\b"
        ),
    ),
    (
        "civil_society",
        re.compile(
            r"(?i)\b(?:foundation|fundaci[oó]n|fondation|association|asociaci[oó]n|ngo|cso"
            r"|cooperative|coop[eé]rative|charity)\b"
        ),
    ),
    (
        "private_sector",
        re.compile(r"(?i)\b(?:ltd|llc|inc|plc|gmbh|corp|corporation|company|bank|consulting)\b"),
    ),
)


def _sector_in_name(name: str) -> str:
    return next((sector for sector, words in _SECTOR_IN_NAME if words.search(name)), "unknown")


def _sector_word(text: str) -> str | None:
    phrase = _collapse(text.lower().strip(" .,")).removesuffix(" partners")
    return _SECTOR_OF.get(phrase.removesuffix(" partner"))


def _refers_above(text: str) -> bool:
    """ "provided above", "please see above": the partners' own lines say it all."""
    return len(text) < 60 and bool(_ABOVE.search(text))


def _is_void(text: str) -> bool:
    """n/a-like answers: "n/a", "N/A – during the next stage", "Not yet", "None"…"""
    return bool(_VOID.match(text.strip(" -–*•.")))


def _is_prose(name: str) -> bool:
    """A sentence about the partners rather than a partner's name."""
    name = _PAREN.sub("", name) or name  # "Ministry … (focused on gender)" is still a name
    words = name.split()
    first = words[0].strip(".,:;\"'")
    # "IT Park" and "US Embassy" are names: acronyms are not pronouns.
    pronoun = first.lower() in _PROSE_STARTS and (len(first) == 1 or not first.isupper())
    if pronoun or name.lower().startswith(_PROSE_PHRASES):
        return True
    lower = sum(1 for w in words if w[:1].islower())
    sentence = len(words) >= 8 and lower * 2 > len(words) and name.endswith(".")
    sentence = sentence or (len(words) >= 6 and bool(re.search(r"\w\.\s+[A-Z]", name)))
    return len(words) > 25 or sentence or (len(words) >= 6 and bool(_VERBISH.search(name)))


def _partner_lines(text: str) -> list[str]:
    """One candidate per line or ";" segment; names broken after "of the" are rejoined."""
    inline = _numbered_items(text)  # "(1) Think Sea Corp (2) Japan Innovation Unit …"
    if inline:
        return [_collapse(item) for item in inline]
    groups: list[list[str]] = []
    dangling = False
    for line in filter(None, map(_collapse, text.split("\n"))):
        if dangling:
            groups[-1].append(line)
        else:
            groups.append([line])
        dangling = bool(_DANGLING.search(line))
    lines = [" ".join(group) for group in groups]
    if any(_LEADING_MARKER.match(line) for line in lines):
        lines = _attach_continuations(lines)
    # "A; B" lists partners, "… with them; they help" does not: split before a capital only.
    return [seg.strip() for line in lines for seg in re.split(r";\s*(?=[^\W_a-z])", line)]


def _attach_continuations(lines: list[str]) -> list[str]:
    """In a numbered or bulleted list an unmarked line continues the item above it."""
    groups: list[list[str]] = []
    for line in lines:
        if groups and _LEADING_MARKER.match(groups[-1][0]) and not _LEADING_MARKER.match(line):
            groups[-1].append(line)
        else:
            groups.append([line])
    out = []
    for first, *rest in groups:
        joiner = " " if _SEPARATOR.search(first) else " - "  # the rest describes the name
        out.append(f"{first}{joiner}{' '.join(rest)}" if rest else first)
    return out


def _parse_partner(line: str, sector: str) -> PartnerMention | None:
    """A PartnerMention from "1. Name (CSO) - what we do", None for headings and prose."""
    line = _strip_marker(line).strip(" ,;.")
    if not line or line.endswith(":") or _is_void(line):
        return None
    m = _SEPARATOR.search(line)
    name, description = (line[: m.start()], line[m.end() :]) if m else (line, "")
    for paren in _PAREN.finditer(name):
        found = _sector_word(paren.group(1))
        if found:
            name = name.replace(paren.group(), "", 1)
            sector = found if sector == "unknown" else sector
            break
    name = _collapse(_URL.sub("", name)).strip(" ,;.:-–")
    if sector == "unknown":  # "UNICEF", "NGO", "Private sector" name their own sector
        sector = _sector_word(name) or _sector_in_name(name)
    if not re.search(r"[^\W\d_]", name) or len(name) > 200 or _is_void(name) or _is_prose(name):
        return None
    return PartnerMention(name, sector, _collapse(description).lstrip(":-–— "))


def _partner_sets(answers: list[Answer]) -> list[tuple[str, str]]:
    """(name answer, description answer) of each START / CLOSE-B partner group set."""
    sets: list[list[str]] = []
    for answer in answers:
        if answer.key == "partner_name":
            sets.append([answer.text, ""])
        elif answer.key == "partner_description" and sets and not sets[-1][1]:
            sets[-1][1] = answer.text
    return [(name, desc) for name, desc in sets]


def _partners(answers: list[Answer]) -> list[PartnerMention]:
    mentions: list[PartnerMention] = []
    for name_text, desc_text in _partner_sets(answers):
        shared = "" if _is_void(desc_text) or _refers_above(desc_text) else _collapse(desc_text)
        found = [_parse_partner(line, "unknown") for line in _partner_lines(name_text)]
        found = [p for p in found if p]
        for mention in found:
            # A list keeps its inline descriptions; a single name takes its group's one.
            if shared and (len(found) == 1 or not mention.description):
                mention.description = shared
        mentions += found
    for answer in answers:
        sector = _SECTOR_PROMPTS.get(answer.key)
        if sector:
            mentions += filter(
                None, (_parse_partner(s, sector) for s in _partner_lines(answer.text))
            )
    return _merge_partners(mentions)


def _merge_partners(mentions: list[PartnerMention]) -> list[PartnerMention]:
    """One mention per organisation; later duplicates fill a missing description or sector."""
    by_key: dict[str, PartnerMention] = {}
    for mention in mentions:
        key = _collapse(re.sub(r"[^\w\s]|_", " ", mention.name.casefold()))
        kept = by_key.setdefault(key, mention)
        if kept is not mention:
            kept.description = kept.description or mention.description
            if kept.sector == "unknown":
                kept.sector = mention.sector
    return list(by_key.values())


def _blog_urls(answers: list[Answer]) -> list[str]:
    texts = (answer.text for answer in answers if answer.key == "blog_links")
    return _dedupe(_trim_url(url) for text in texts for url in _URL.findall(text))


def _trim_url(url: str) -> str:
    """Drop what follows a URL in "[url](url)" and prose: "…/blog]", "…/blog."."""
    url = url.split("&lt;")[0].rstrip(".,;:!?")  # "…/report&lt;div&gt;": escaped HTML after it
    unbalanced = url.count("]") - url.count("[")  # "?q[0]=1" keeps its own brackets
    trailing = len(url) - len(url.rstrip("]"))
    return url[: len(url) - min(unbalanced, trailing)] if unbalanced > 0 else url


# --------------------------------------------------------------------------------------------
# Entry points


def decode(data: bytes) -> str:
    """The text of a file: UTF-8, undecodable bytes replaced (never raises)."""
    return data.decode("utf-8", errors="replace")


def parse(text: str, name: str = "") -> ParsedDocument:
    """Parse one archive file's text; `name` (the file name) is only a last-resort title."""
    doc = ParsedDocument()
    try:
        _parse(doc, text, name)
    except Exception as exc:  # noqa: BLE001 - the contract: a warning, never an exception
        doc.warnings.append(f"internal error: {type(exc).__name__}: {exc}")
    return doc


def _parse(doc: ParsedDocument, text: str, name: str) -> None:
    lines = _clean_text(text).split("\n")
    pairs, is_tag = _read_tags(lines, doc.warnings)
    _apply_tags(doc, pairs)
    images = 0
    for i, line in enumerate(lines):
        if "data:image/" in line and not is_tag[i]:
            lines[i], count = _DATA_IMAGE.subn("", line)
            images += count
    if images:
        doc.warnings.append(f"removed {images} embedded data:image picture(s)")
    start, end = _title_block(lines, is_tag)
    skip = list(is_tag)
    if start >= 0:
        skip[start:end] = [True] * (end - start)
    doc.title_line, doc.title = _read_title(lines, start, end)

    if doc.type in BLOG_TYPES:
        body_start = end
        while body_start < len(lines) and (skip[body_start] or _is_header(lines[body_start])):
            body_start += 1
        body = [_unescape(lines[i]) for i in range(body_start, len(lines)) if not skip[i]]
        doc.title, doc.body, doc.authors = extract_article(body, doc.title)
    else:
        _parse_answers(doc, lines, skip)
        insights = next((a.text for a in doc.answers if a.key == "insights" and a.text), "")
        doc.insights = _split_insights(insights)
        doc.partners = _partners(doc.answers)
        doc.blog_urls = _blog_urls(doc.answers)
        if doc.title.endswith(("…", "...")):
            full = _complete_title(doc.title, [*doc.insights, *_answer_lines(doc.answers)])
            if full:
                doc.title = full
            else:
                # Closing forms take their title from the first insight: "1) Using new data…".
                doc.title = _strip_marker(doc.title)
                doc.warnings.append("truncated title: no full text found")
    if not doc.title:
        doc.title, source = _title_fallback(doc, name)
        doc.warnings.append(f"empty title: using {source}" if doc.title else "empty title")
