"""Scraped blog and publication pages: pull the article out of the page text.

Contract
--------
``extract_article(lines, title) -> (title, body, authors)``

* ``lines``: the page's text lines after the header tags, already cleaned by the caller
  (entities decoded, NBSP turned into spaces, no CR). Blank lines are ignored.
* ``title``: the document's ``# `` title as given. It is returned unchanged unless it is
  boilerplate ("Skip to main content", "Home", "Write", "Pasar al contenido principal",
  "Aller au contenu principal" and their kin, a "Home  Country  Blogs" breadcrumb, empty,
  or ending with "..."); then the real title is looked up in the page: the mixed-case line
  repeating the upper-case breadcrumb, else that breadcrumb, else the line before the date;
  the Medium headline. When none is found the given title is returned unchanged.
* ``body``: the article alone, one page line per paragraph, paragraphs joined with "\\n\\n".
  Navigation, breadcrumb, repeated title, date line, author block, related-post teasers,
  footer, Medium chrome and ``--- … ---`` markers are dropped. Index pages and empty pages
  give whatever text is left (possibly ""). PDF text in publications is kept as is.
* ``authors``: ``records.archive.Author`` items read from the "Author(s)" block (names in
  upper case are turned into title case), or from a Medium byline; otherwise ``[]``.

Pure Python, standard library only, no Django. The function never raises: on an internal
error it falls back to the non-blank lines joined, the given title and no authors. Every
scan is linear in the number of lines and no regular expression can backtrack badly, so a
whole corpus (~1,300 pages, some lines 17k characters long) takes well under a second.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["extract_article"]

# ---------------------------------------------------------------------------------------------
# Vocabularies (compared case-folded)

# First line of an undp.org page ("skip link").
_SKIP_LINKS = {
    "skip to main content",
    "skip to content",
    "pasar al contenido principal",
    "saltar al contenido principal",
    "ir al contenido principal",
    "aller au contenu principal",
    "passer au contenu principal",
    "ir para o conteúdo principal",
    "saltar para o conteúdo principal",
    "ana içeriğe atla",
    "preskoči na glavni sadržaj",
    "перейти к основному содержанию",
    "تجاوز إلى المحتوى الرئيسي",
}

# Titles that are page chrome, not the article's title.
_BOILERPLATE_TITLES = {"", "home", "write", "inicio", "início", "accueil", "anasayfa"} | _SKIP_LINKS

# Menu, breadcrumb and language lines found before the article.
_NAV = {
    "who we are",
    "what we do",
    "our impact",
    "get involved",
    "our focus",
    "global",
    "search",
    "home",
    "menu",
    "menú",
    "english",
    "español",
    "français",
    "português",
    "quiénes somos",
    "qué hacemos",
    "nuestro impacto",
    "involúcrate",
    "participa",
    "inicio",
    "nous connaître",
    "notre travail",
    "notre impact",
    "nous rejoindre",
    "qui sommes-nous",
    "accueil",
    "quem somos",
    "o que fazemos",
    "o nosso impacto",
    "nosso impacto",
    "envolva-se",
    "envolve-se",
    "início",
    "anasayfa",
    "ko smo mi",
    "šta radimo",
    "početna",
    "الرئيسية",
    "blog",
    "blogs",
    "publications",
    "publication",
    "publicaciones",
    "publicações",
    "news",
    "stories",
    "projects",
    "proyectos",
    "projets",
    "actualités",
    "noticias",
    "accelerator labs",
    "accelerator lab",
    "laboratorio de aceleración",
    "pdf",
    "download",
    "descargar",
    "télécharger",
    "--- image caption ---",
    "--- article text goes here ---",
}

# Header line of an author block.
_AUTHOR_HEADS = {
    "author",
    "authors",
    "autor",
    "autores",
    "autora",
    "autoras",
    "auteur",
    "auteurs",
    "auteure",
    "auteures",
    "escrito por",
    "written by",
    "écrit par",
    "rédigé par",
    "yazar",
    "yazarlar",
    "autori",
    "автор",
    "авторы",
    "муаллиф",
    "muallif",
    "المؤلف",
    "المؤلفون",
    "tác giả",
}

_AUTHOR_HEAD_INITIALS = {h[0] for h in _AUTHOR_HEADS}

# "Read more" link closing a related-post teaser; "view more" closing a teaser list.
_READ_MORE = {
    "read more",
    "leer más",
    "leer mas",
    "lire la suite",
    "lire plus",
    "ler mais",
    "leia mais",
    "saiba mais",
    "devamını oku",
    "pročitajte više",
    "opširnije",
    "weiterlesen",
    "اقرأ أكثر",
    "اقرأ المزيد",
    "читать далее",
    "подробнее",
}
_VIEW_MORE = {"view more", "ver más", "voir plus", "see more", "ver mais", "load more", "view all"}

# Labels heading a related-post teaser ("BLOG" / title / summary / "READ MORE").
_TEASER_LABELS = {
    "blog", "blogs", "news", "publications", "publication", "stories", "story",
    "press releases", "press release", "speeches", "speech", "projects", "project", "events",
    "event", "articles", "article", "announcements", "publicaciones", "publicación",
    "comunicados de prensa", "comunicado de prensa", "comunicados", "noticias", "historias",
    "discursos", "proyectos", "eventos", "actualités", "communiqués", "communiqués de presse",
    "histoires", "discours", "projets", "événements", "notícias",
    "publicações", "histórias", "projetos", "projectos", "haberler", "yayınlar",
    "hikayeler", "vijesti", "publikacije", "priče", "projekti", "مدونة", "أخبار",
}  # fmt: skip

_WIDGETS = {"video player", "audio player"}

# Headings introducing a list of teasers, or page chrome at the end of the article.
_RELATED_HEADS = {
    "related publications",
    "related blogs",
    "related blog",
    "related content",
    "related stories",
    "related news",
    "related projects",
    "related posts",
    "related articles",
    "publicaciones relacionadas",
    "contenido relacionado",
    "blogs relacionados",
    "publications connexes",
    "contenu associé",
    "contenus associés",
    "articles connexes",
    "publicações relacionadas",
    "content types",
    "tipos de contenido",
    "types de contenu",
    "current selection",
}

# Metadata block of a publication page ("DOCUMENT TYPE / Annual Report / REGIONS AND …").
_DOC_META_HEADS = {
    "document type",
    "tipo de documento",
    "type de document",
    "type de documents",
}
_DOC_META_FOLLOW = {
    "regiões e países",
    "objetivos de desenvolvimento sustentável",
    "objectifs de développement durable",
    "sujets",
    "tópicos",
    "regions and countries",
    "regiones y países",
    "régions et pays",
    "sustainable development goals",
    "topics",
    "temas",
    "thèmes",
    "objetivos de desarrollo sostenible",
}

_DOC_META_STRONG = {
    "document type",
    "tipo de documento",
    "type de document",
    "regions and countries",
    "regiones y países",
    "régions et pays",
    "regiões e países",
}

# Footer: first line, and the line right after it.
_FOOTER_PAIRS = (
    ("united nations", "development programme"),
    ("programa de las naciones unidas", "para el desarrollo"),
    ("programme des nations unies", "pour le développement"),
    ("programa das nações unidas", "para o desenvolvimento"),
    ("برنامج الأمم", "المتحدة الإنمائي"),
)
_FOOTER_FIRST = {a for a, _ in _FOOTER_PAIRS}
_FOOTER_INITIALS = {a[0] for a, _ in _FOOTER_PAIRS}
_FOOTER_ONE_LINE = {
    "united nations development programme",
    "programa de las naciones unidas para el desarrollo",
    "programme des nations unies pour le développement",
    "programa das nações unidas para o desenvolvimento",
}
_FOOTER_MENU_NEXT = {
    "who we are",
    "quiénes somos",
    "nous connaître",
    "quem somos",
    "ko smo mi",
    "من نحن",
    "about us",
}

_MONTHS = {
    # English
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # Spanish
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    # French
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
    "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
    # Portuguese
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
    "outubro", "novembro", "dezembro",
    # Turkish
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
    "eylül", "ekim", "kasım", "aralık",
    # Italian / Indonesian / Serbian (latin) and a few others
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
    "ottobre", "dicembre", "januari", "februari", "maret", "juni", "juli", "agustus",
    "desember", "januar", "februar", "avgust", "oktobar", "novembar", "decembar",
}  # fmt: skip
_DATE_FILLERS = {"de", "del", "of", "ж.", "ж", "г.", "г", "le", "the"}

# Words that make a short line look like a job title rather than a person's name.
_ROLE_WORDS = {
    "head", "jefe", "jefa", "chef", "cheffe", "officer", "oficial", "analyst", "analista",
    "specialist", "especialista", "spécialiste", "manager", "gerente", "coordinator",
    "coordinador", "coordinadora", "coordonnateur", "coordonnatrice", "director",
    "directora", "directeur", "directrice", "advisor", "adviser", "asesor", "asesora",
    "conseiller", "conseillère", "representative", "representante", "représentant",
    "représentante", "expert", "experta", "experto", "experte", "consultant", "consultante",
    "consultor", "consultora", "associate", "asociado", "asociada", "intern", "pasante",
    "stagiaire", "fellow", "volunteer", "voluntario", "voluntaria", "volontaire", "lead",
    "leader", "líder", "programme", "program", "programa", "undp", "pnud", "lab", "labs",
    "laboratorio", "laboratoire", "laboratório", "accelerator", "acclab", "team", "équipe",
    "equipo", "researcher", "investigador", "investigadora", "chercheur", "chercheuse",
    "secretary", "secretario", "secretaria", "minister", "ministro", "ministre", "ministry",
    "founder", "co-founder", "fundador", "fundadora", "fondateur", "ceo", "professor",
    "profesor", "profesora", "student", "estudiante", "assistant", "asistente",
    "assistante", "economist", "economista", "économiste", "editor", "editora",
    "communications", "communication", "comunicación", "university", "universidad",
    "université", "deputy", "resident", "chief", "senior", "junior", "responsable",
    "chargé", "chargée", "gestionnaire", "portfolio", "portafolio", "unit", "hub", "office",
    "oficina", "bureau", "agency", "agencia", "agence", "mapping", "exploration",
    "experimentation", "solutions", "innovation", "innovación", "digital", "strategist",
    "coordination", "national", "nacional", "regional", "global", "policy", "project",
    "proyecto", "projet", "partnerships", "technical", "técnico", "técnica", "officer,",
    "ambassador", "president", "presidente", "président", "manager,", "mayor", "alcalde",
    "maire", "management", "governor", "gobernador", "rector", "chairman", "chairperson",
}  # fmt: skip

_NAME_PARTICLES = {
    "de", "da", "das", "do", "dos", "du", "des", "del", "della", "di", "la", "le", "van",
    "von", "der", "den", "ter", "ten", "y", "e", "al", "el", "bin", "binti", "ibn", "bint",
    "ben", "st.", "af", "zu", "i",
}  # fmt: skip
_NAME_STOPWORDS = {
    "of", "the", "for", "and", "in", "to", "a", "an", "on", "with", "from", "by", "at", "is",
    "are", "our", "we", "how", "what", "why", "when", "who", "your", "its", "this", "that",
    "los", "las", "en", "para", "por", "con", "sobre", "una", "un", "pour", "et", "les",
    "avec", "sur", "une", "dans", "au", "aux", "como", "com", "em", "uma",
}  # fmt: skip
_NAME_PREFIXES = {"dr.", "dr", "prof.", "mr.", "ms.", "mrs.", "phd", "(phd)", "ing.", "lic."}

_CAPTION_STARTS = (
    "photo",
    "foto",
    "credit",
    "crédit",
    "image",
    "imagen",
    "illustration",
    "ilustración",
    "figure",
    "figura",
    "source",
    "fuente",
    "picture",
    "©",
)

_MEDIUM_CHROME = {
    "write",
    "sign up",
    "sign in",
    "get started",
    "open in app",
    "follow",
    "following",
    "listen",
    "share",
    "more",
    "·",
    "--",
    "member-only story",
    "press enter or click to view image in full size",
    "top highlight",
    "responses",
    "see all responses",
    "help",
    "status",
    "about",
    "careers",
    "press",
    "blog",
    "privacy",
    "terms",
    "rules",
    "text to speech",
    "teams",
}
_MEDIUM_TOP = {"write", "sign up", "sign in", "get started", "open in app"}
_MEDIUM_END_STARTS = (
    "support independent authors",
    "pay authors",
    "written by",
    "more from ",
    "recommended from medium",
    "see all from",
    "get the medium app",
    "see more recommendations",
    "to make medium work",
    "responses (",
    "no responses yet",
)

_ZERO_WIDTH_CHARS = "\u200b\u200e\u200f\ufeff\u2060\u00ad"
_ZERO_WIDTH_RE = re.compile(f"[{_ZERO_WIDTH_CHARS}]+")

_TAG_RE = re.compile(r"\[\[[A-Za-z_]+:[^\n]*\]\]")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DAY_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_NUMERIC_DATE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")
_MARKER_RE = re.compile(r"-{3} ?[A-Za-z][A-Za-z ]{0,40}? ?-{3}")
_MIN_READ_RE = re.compile(r"\d+ min read")
_MEDIUM_DATE_IN_TEXT_RE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}"
)
_CLAPS_RE = re.compile(r"[\d.,]+[KkMm]?")
_LANG_PREFIX_RE = re.compile(
    r"(?:en|es|fr|pt|ar|ru|uk|tr|sr|ku|ka|hy|az|kk|ky|uz|tg|mn|sq|mk|bs|hr|ro|id|vi|th): ?\S",
    re.IGNORECASE,
)
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_CAMEL_JOIN_RE = re.compile(r"[a-z\u00e0-\u00ff][A-Z]")


# ---------------------------------------------------------------------------------------------
# Public function


def extract_article(lines: list[str], title: str) -> tuple[str, str, list[Any]]:
    """Return (title, body, authors) of a scraped blog or publication page.

    lines: the page's cleaned text lines after the header tags (entities decoded, NBSP→space,
    no CR). title: the document's `# ` title as given (may be boilerplate).
    """
    try:
        return _extract(lines, title)
    except Exception:  # noqa: BLE001 - the contract is to never raise
        try:
            text = "\n\n".join(s for s in _prepare(lines))
        except Exception:  # noqa: BLE001
            text = ""
        return (title if isinstance(title, str) else ""), text, []


# ---------------------------------------------------------------------------------------------
# Small helpers


def _prepare(lines: Any) -> list[str]:
    """Non-blank lines, stripped, zero-width characters removed."""
    if lines is None:
        return []
    if isinstance(lines, str):
        lines = [lines]
    try:
        text = "\n".join(lines)
    except TypeError:
        text = "\n".join("" if x is None else str(x) for x in lines)
    if not text.isascii() and any(ch in text for ch in _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH_RE.sub("", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\r" in text:
        text = text.replace("\r", "")
    return [s for s in map(str.strip, text.split("\n")) if s]


def _skip_header(lines: list[str]) -> list[str]:
    """Drop header lines handed over by mistake: tags and the "Original article" link."""
    last = -1
    for i, s in enumerate(lines[:60]):
        if s.startswith("[Original article published here](") or _TAG_RE.fullmatch(s):
            last = i
    return lines[last + 1 :] if last >= 0 else lines


def _fold(s: str) -> str:
    f = s.casefold()
    return " ".join(f.split()) if "  " in f or "\t" in f else f


def _key(s: str) -> str:
    """Letters and digits only, case-folded: the form used to compare title lines."""
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _is_upper(s: str) -> bool:
    """True when the line has cased letters and none of them is lower case."""
    letters = 0
    for ch in s:
        if ch.isalpha():
            if ch.islower():
                return False
            if ch.isupper():
                letters += 1
    return letters >= 2


def _is_boilerplate_title(title: str) -> bool:
    t = " ".join(title.split())
    if _fold(t) in _BOILERPLATE_TITLES:
        return True
    if t.endswith("...") or t.endswith("…"):
        return True
    f = _fold(t)
    # "Skip to main content Georgia WHO WE ARE…": the navigation read as a long title.
    if any(f.startswith(link + " ") for link in _SKIP_LINKS):
        return True
    # "# Home      Lesotho      Blogs": a breadcrumb used as the title.
    first = f.split(" ", 1)[0]
    return first in {"home", "inicio", "accueil", "início", "anasayfa"} and "  " in title


def _is_date(s: str) -> bool:
    """A line holding only a date: "OCTOBER 13, 2022", "7 de diciembre de 2021", …"""
    if len(s) > 40 or len(s) < 6:
        return False
    if _NUMERIC_DATE_RE.fullmatch(s.strip(" .")):
        return True
    tokens = s.replace(",", " ").split()
    if not 2 <= len(tokens) <= 7:
        return False
    year = day = month = 0
    for tok in tokens:
        t = tok.casefold().strip(".")
        if t in _DATE_FILLERS or not t:
            continue
        if _YEAR_RE.fullmatch(t):
            year += 1
        elif _DAY_RE.fullmatch(t):
            day += 1
        elif t in _MONTHS:
            month += 1
        elif t.isalpha() and 3 <= len(t) <= 12:
            month += 2  # an unknown word: only a date with a day and a year around it
        else:
            return False
    if year != 1 or day > 1:
        return False
    if month == 1:
        return True
    return month == 2 and day == 1


def _strip_leading_date(s: str) -> str:
    """Drop a date opening the line: "February 24, 2025 This…" → "This…"."""
    words = s.split(" ", 5)
    for n in (4, 3, 2):
        if len(words) > n and _is_date(" ".join(words[:n])):
            return " ".join(words[n:]).strip()
    return s


def _strip_marker(s: str) -> str:
    """Remove "--- Image caption ---" style markers from a line; "" when nothing is left."""
    if "---" not in s:
        return s
    out = _MARKER_RE.sub(lambda m: " " if m.start() > 0 and m.end() < len(s) else "", s)
    return out.strip()


def _is_read_more(s: str) -> bool:
    return len(s) <= 30 and _fold(s).rstrip(" .›>»→") in _READ_MORE


def _is_view_more(s: str) -> bool:
    return len(s) <= 20 and _fold(s).rstrip(" .›>»→") in _VIEW_MORE


def _is_teaser_label(s: str, strict: bool) -> bool:
    if len(s) > 40:
        return False
    if _fold(s) in _TEASER_LABELS:
        return True
    return not strict and len(s) <= 30 and _is_upper(s) and not _is_read_more(s)


def _role_words(s: str) -> bool:
    for w in s.replace(",", " ").replace("/", " ").replace("-", " ").split():
        if w.casefold().strip("().:;") in _ROLE_WORDS:
            return True
    return False


def _is_caption(s: str) -> bool:
    f = s.casefold()
    return f.startswith(_CAPTION_STARTS)


def _name_like(s: str) -> bool:
    """A short line shaped like a person's name in mixed case ("Ana Djú", "Isa da Costa")."""
    if not 3 <= len(s) <= 60:
        return False
    if any(ch.isdigit() for ch in s) or any(ch in s for ch in ':/@|“”"?!;#'):
        return False
    if "," in s.rstrip(","):
        return False
    words = s.rstrip(",").split()
    if not 1 <= len(words) <= 7:
        return False
    if s.endswith(".") and not (len(words[-1]) <= 3 or words[-1].casefold() in _NAME_PREFIXES):
        return False
    if any(w.casefold().strip("().,") in _NAME_STOPWORDS for w in words):
        return False
    capitals = 0
    for i, w in enumerate(words):
        w0 = w.lstrip("(“\"'‘")
        if not w0:
            return False
        if w0[0].isupper():
            capitals += 1
        elif (w0.casefold() in _NAME_PARTICLES and i > 0) or w0.casefold() in _NAME_PREFIXES:
            continue
        else:
            return False
    return capitals >= 1 and (len(words) >= 2 or capitals == 1 and len(s) >= 4)


def _upper_name_like(s: str) -> bool:
    if not 3 <= len(s) <= 80 or not _is_upper(s):
        return False
    if any(ch.isdigit() for ch in s) or any(ch in s for ch in ":/@|?!;#"):
        return False
    words = s.split()
    if any(w.casefold().strip("().,") in _NAME_STOPWORDS for w in words):
        return False
    return 1 <= len(words) <= 8 and not _is_date(s)


def _role_like(s: str) -> bool:
    """A line that can follow a name as its job title."""
    if len(s) > (400 if _LANG_PREFIX_RE.match(s) else 160):
        return False
    if _is_date(s) or _is_caption(s) or _is_read_more(s):
        return False
    if len(s.split()) > 25:
        return False
    return not (s.endswith((".", "!", "?", ":")) and len(s) > 100)


def _title_case_name(name: str) -> str:
    """Upper-case name to title case: "JENNY KYZY (ENSI TSZIE)" → "Jenny Kyzy (Ensi Tszie)"."""
    name = " ".join(name.split()).strip(" ,;")
    if not _is_upper(name):
        return name

    def cap(m: re.Match[str]) -> str:
        w = m.group(0)
        return w[:1].upper() + w[1:].lower()

    words = []
    for i, w in enumerate(name.split(" ")):
        if i > 0 and w.casefold() in _NAME_PARTICLES - {"i", "e", "y"} and len(words) > 0:
            words.append(w.lower())
        else:
            words.append(_LETTERS_RE.sub(cap, w))
    return " ".join(words)


def _make_author(name: str, role: str = "") -> Any:
    from .archive import Author  # local import: archive.py imports this module

    return Author(name=_title_case_name(name), role=" ".join(role.split()).strip(" ,;"))


# ---------------------------------------------------------------------------------------------
# Authors


def _is_name(s: str, upper_mode: bool) -> bool:
    if upper_mode:
        return _upper_name_like(s) and not _role_words(s)
    return _name_like(s) and not _role_words(s)


def _is_role(s: str, upper_mode: bool) -> bool:
    if not _role_like(s):
        return False
    if upper_mode:
        return not _upper_name_like(s)
    return _role_words(s) or not _name_like(s)


def _split_glued_role(role: str) -> tuple[str, str]:
    """Split a role glued to the next paragraph.

    "Head of X, UNDP LabCitizen science is…" → ("Head of X, UNDP Lab", "Citizen science is…").
    """
    if len(role) < 40:
        return role, ""
    for m in _CAMEL_JOIN_RE.finditer(role, 15):
        rest = role[m.start() + 1 :]
        words = rest.split()
        if len(rest) >= 30 and len(words) >= 5 and words[1][:1].islower():
            return role[: m.start() + 1], rest
    return role, ""


def _parse_author_block(lines: list[str], k: int, stop: int) -> tuple[list[Any], int, str]:
    """Read name/role pairs from lines[k:stop].

    Returns (authors, index after the block, article text glued to the last role line).
    """
    authors: list[Any] = []
    if k >= stop:
        return authors, k, ""
    first = lines[k]
    upper_mode = _upper_name_like(first)
    if not _is_name(first, upper_mode):
        # "Hanane Kaouane, Head of Experimentation, Accelerator Lab UNDP Algeria."
        while k < stop and ", " in lines[k] and len(lines[k]) <= 250:
            found = _parse_byline(lines[k])
            if not found:
                break
            authors.extend(found)
            k += 1
        return authors, k, ""
    prev_had_role = True
    leftover = ""
    while k < stop and not leftover:
        line = lines[k]
        if not _is_name(line, upper_mode):
            break
        if authors and prev_had_role:
            nxt = lines[k + 1] if k + 1 < stop else ""
            ok = bool(nxt) and (_is_role(nxt, upper_mode) or _is_name(nxt, upper_mode))
            # upper mode: a last name without a role, followed by the article
            ok = ok or (upper_mode and len(line.split()) <= 5 and len(nxt) > 160)
            if not ok:
                break
        name = line.rstrip(",")
        k += 1
        role = ""
        if k < stop and _is_role(lines[k], upper_mode):
            role, leftover = _split_glued_role(lines[k])
            k += 1
            # "en: Head of Solutions Mapping" / "tr: Çözüm Haritalama Yöneticisi"
            if _LANG_PREFIX_RE.match(role) and not leftover:
                while k < stop and _LANG_PREFIX_RE.match(lines[k]) and len(lines[k]) <= 400:
                    role += " " + lines[k]
                    k += 1
        prev_had_role = bool(role)
        authors.append(_make_author(name, role))
    return authors, k, leftover


def _parse_byline(text: str) -> list[Any]:
    """Authors of a byline: "A Name, B Name and C Name" or "A Name, Head of X"."""
    text = text.strip().strip(":").strip()
    if not text or len(text) > 300:
        return []
    parts = re.split(r"( and | y | et | & | ?\| ?|; )", text)
    authors: list[Any] = []
    sep = ""
    for idx, chunk in enumerate(parts):
        if idx % 2:
            sep = chunk
            continue
        chunk = chunk.strip(" ,;")
        if not chunk:
            continue
        pieces = [p.strip() for p in chunk.split(",") if p.strip()]
        head = pieces[0]
        if not (_is_name(head, _is_upper(head)) and (len(head.split()) >= 2 or not authors)):
            if not authors or len(chunk) > 100 or ":" in chunk:
                break
            # "…, Learning and Community Manager": the role went on after " and ".
            last = authors[-1]
            joiner = sep if sep.strip() not in {"|", ";"} else ", "
            last.role = f"{last.role}{joiner}{chunk}" if last.role else chunk
            continue
        if all(_is_name(p, _is_upper(p)) and len(p.split()) >= 2 for p in pieces):
            authors.extend(_make_author(p) for p in pieces)
        else:
            authors.append(_make_author(head, ", ".join(pieces[1:])))
    for author in authors:
        author.role = author.role.rstrip(" .")
    return authors


def _find_author_head(lines: list[str], lo: int, hi: int) -> int:
    for i in range(lo, hi):
        s = lines[i]
        if (
            len(s) <= 20
            and s[0].lower() in _AUTHOR_HEAD_INITIALS
            and _fold(s).rstrip(" :") in _AUTHOR_HEADS
        ):
            return i
    return -1


# ---------------------------------------------------------------------------------------------
# undp.org pages (and anything that is not a Medium page)


def _article_start(lines: list[str], given_key: str, given_title: str) -> tuple[int, str]:
    """Index where the article starts, and the real title line found ("" when none)."""
    n = len(lines)
    # 1. Skip the navigation prefix: skip link, site name, menu, upper-case breadcrumb.
    i = 0
    country_key = ""
    if n and _fold(lines[0]) in _SKIP_LINKS:
        i = 1
        if (
            i < n
            and len(lines[i]) <= 60
            and not _is_upper(lines[i])
            and _fold(lines[i]) not in _NAV
        ):
            country_key = _key(lines[i])
            i += 1
    upper_title = ""
    seen_nav = i > 0
    while i < n and i < 40:
        s = lines[i]
        f = _fold(s)
        if f in _NAV or f in _SKIP_LINKS:
            seen_nav = True
            i += 1
            continue
        if seen_nav and len(s) <= 300 and _is_upper(s) and i < 25:
            k = _key(s)
            if len(k) >= 4 and k != country_key:
                upper_title = s
            i += 1
            continue
        break
    nav_end = i

    # 2. Title lines right after it: the mixed-case copy of the breadcrumb title, the given
    #    title, or (no breadcrumb) a line repeated at once ("Title" / "Title" or "Title …").
    line_keys: dict[int, str] = {}

    def key_of(x: int) -> str:
        k = line_keys.get(x)
        if k is None:
            k = line_keys[x] = _key(lines[x][:1000])
        return k

    keys = [k for k in (_key(upper_title), given_key) if len(k) >= 4]
    pairs_ok = not keys
    if not given_key and len(_key(given_title)) >= 12:
        keys.append(_key(given_title))  # "# Home  Syria  Blogs" repeated as the first line
    last = -1
    last_prefix = False
    title_line = ""
    gap = 0
    j = nav_end
    while j < n and j < nav_end + 12:
        s = lines[j]
        if len(s) > 3000:
            break
        k = key_of(j)
        hit = ""
        for tk in keys:
            if k == tk:
                hit = "exact"
                break
            if len(tk) >= 8 and k.startswith(tk):
                hit = "prefix"
        if not hit and pairs_ok and len(k) >= 8 and len(s) <= 400 and not _is_read_more(s):
            # a line followed within 3 lines by its own repeat
            for x in range(j + 1, min(n, j + 4)):
                kx = key_of(x)
                if kx == k or kx.startswith(k):
                    keys.append(k)
                    hit = "exact"
                    break
        if hit:
            last = j
            last_prefix = hit == "prefix" and len(k) > max(len(t) for t in keys) + 3
            gap = 0
            if hit == "exact" and not _is_upper(s):
                title_line = s
            j += 1
            continue
        gap += 1
        if (last >= 0 and gap > 3) or _is_date(s) or (last < 0 and len(s) > 400):
            break
        j += 1
    if last >= 0:
        # A title line that runs on into the standfirst is kept: the caller cuts the title.
        return (last if last_prefix else last + 1), title_line or upper_title
    return nav_end, upper_title


def _split_title_from_line(line: str, title_key: str) -> str:
    """If `line` starts with the title (letters compared), return the rest, else ''."""
    if not title_key:
        return ""
    pos = 0
    matched = 0
    n = len(line)
    while pos < n and matched < len(title_key):
        ch = line[pos]
        if ch.isalnum():
            cf = "".join(c for c in ch.casefold() if c.isalnum())
            if title_key[matched : matched + len(cf)] != cf:
                return ""
            matched += len(cf)
        pos += 1
    if matched < len(title_key):
        return ""
    return line[pos:].strip(" .:–—-")


def _footer_start(lines: list[str], lo: int) -> int:
    n = len(lines)
    for i in range(lo, n - 1):
        s = lines[i]
        if len(s) > 60 or s[0].lower() not in _FOOTER_INITIALS:
            continue
        f = _fold(s)
        if f in _FOOTER_FIRST:
            nxt = _fold(lines[i + 1])
            if any(f == a and nxt.startswith(b) for a, b in _FOOTER_PAIRS):
                return i
        elif f in _FOOTER_ONE_LINE and _fold(lines[i + 1]) in _FOOTER_MENU_NEXT:
            return i
    return n


def _teaser_start(lines: list[str], lo: int, hi: int) -> int:
    """Walk back from `hi` over teaser blocks and related-content headings."""
    pos = hi
    while pos > lo:
        s = lines[pos - 1]
        f = _fold(s)
        if _is_read_more(s):
            # label / title / optional summary / READ MORE
            start = -1
            for strict in (True, False):
                for back in range(2, 6):
                    x = pos - back
                    if x < lo:
                        break
                    if _is_teaser_label(lines[x], strict):
                        start = x
                        break
                if start >= 0:
                    break
            if start < 0:
                start = pos - 2 if pos - 2 >= lo and len(lines[pos - 2]) <= 200 else pos - 1
            pos = max(start, lo)
            continue
        if (
            _is_view_more(s)
            or f in _RELATED_HEADS
            or f in _WIDGETS
            or (f.startswith("related ") and len(s) < 40)
        ):
            pos -= 1
            continue
        break
    return pos


def _doc_meta_start(lines: list[str], lo: int, hi: int) -> int:
    """Start of a publication page's metadata block ("DOCUMENT TYPE", "TOPICS", …).

    The block is made of short header/value lines and runs to the end of the article.
    """
    start = hi
    strong = False
    for i in range(hi - 1, max(lo, hi - 16) - 1, -1):
        s = lines[i]
        if len(s) > 300:
            break
        f = _fold(s)
        if (f in _DOC_META_HEADS or f in _DOC_META_FOLLOW) and i + 1 < hi:
            start = i
            strong = strong or _is_upper(s) or f in _DOC_META_STRONG
        elif f in _AUTHOR_HEADS and _is_upper(s) and start < hi:
            start = i
    return start if strong else hi


def _meta_authors(lines: list[str]) -> list[Any]:
    """Names from a metadata "AUTHORS" line, glued together: "Ana DjúYrika Maritz"."""
    for i, s in enumerate(lines[:-1]):
        if _is_upper(s) and _fold(s) in _AUTHOR_HEADS:
            text = lines[i + 1]
            if len(text) > 300:
                return []
            names: list[str] = []
            begin = 0
            for m in _CAMEL_JOIN_RE.finditer(text):
                names.append(text[begin : m.start() + 1])
                begin = m.start() + 1
            names.append(text[begin:])
            parts = [p.strip() for n in names for p in n.split(",") if p.strip()]
            if parts and all(_name_like(p) and len(p.split()) >= 2 for p in parts):
                return [_make_author(p) for p in parts]
            return []
    return []


def _is_download_chrome(s: str) -> bool:
    f = _fold(s)
    if f in {"download", "descargar", "télécharger", "baixar", "english", "español", "français"}:
        return True
    return f.startswith(("pdf (", "pdf(", "pdf ")) and len(s) <= 20


def _extract_page(lines: list[str], title: str) -> tuple[str, str, list[Any]]:
    boiler = _is_boilerplate_title(title)
    given_key = "" if boiler else _key(title)
    n = len(lines)

    start, found_title = _article_start(lines, given_key, title)

    # Publication page: "English / PDF (1MB) / DOWNLOAD / Title / date": the article follows.
    for i in range(start, min(n, start + 6)):
        if _fold(lines[i]) in {"download", "descargar", "télécharger"}:
            j = i + 1
            tk = _key(found_title) or given_key
            while j < n and j <= i + 3 and tk and _key(lines[j]) == tk:
                j += 1
            start = j
            break

    # Footer, teasers and metadata at the end.
    end = _footer_start(lines, start)
    end = _teaser_start(lines, start, end)
    meta = _doc_meta_start(lines, start, end)
    meta_authors = _meta_authors(lines[meta:end]) if meta < end else []
    end = meta

    body_lines = lines[start:end]
    title_key = given_key or _key(found_title)

    # Head of the article: standfirst glued to the title, date lines, download chrome.
    head: list[str] = []
    fallback_title = ""
    for idx, s in enumerate(body_lines[:12]):
        if _is_date(s) or _is_download_chrome(s):
            if _is_date(s) and not fallback_title and not found_title:
                for prev in reversed(head):
                    if len(prev) <= 250 and not _is_caption(prev):
                        fallback_title = prev
                        break
            continue
        if idx == 0 and title_key:
            rest = s
            for _ in range(3):  # "Title Title standfirst…"
                cut = _split_title_from_line(rest, title_key)
                if cut == "" and _key(rest) == title_key:
                    rest = ""
                    break
                if not cut:
                    break
                rest = cut
            if rest != s:
                rest = _strip_leading_date(rest)
                if rest:
                    head.append(rest)
                continue
        head.append(s)
    head.extend(body_lines[12:])
    body_lines = head

    # Author block.
    authors: list[Any] = []
    # (searched near the top and near the end only: PDF text may have "Author" lines)
    nb = len(body_lines)
    h = _find_author_head(body_lines, 0, min(nb, 60))
    if h < 0 and nb > 60:
        h = _find_author_head(body_lines, max(60, nb - 40), nb)
    if h >= 0:
        authors, after, leftover = _parse_author_block(body_lines, h + 1, len(body_lines))
        before = body_lines[:h]
        # No title found: "Country / Title / Author…" — the line above the block is it.
        if (
            boiler
            and not (found_title or fallback_title)
            and 0 < h <= 3
            and all(len(x) <= 150 for x in before)
            and not _is_caption(before[-1])
        ):
            fallback_title = before[-1]
            before = []
        body_lines = before + ([leftover] if leftover else []) + body_lines[after:]
    else:
        # "Author: Gina Lucarelli, UNDP Accelerator Lab Team Leader" near the top.
        for i, s in enumerate(body_lines[:8]):
            f = s.casefold()
            head_word = f.split(":", 1)[0].strip() if ":" in f[:20] else ""
            if head_word in _AUTHOR_HEADS:
                rest = s.split(":", 1)[1].strip()
                byline, glued = _split_glued_role(rest)
                found = _parse_byline(byline)
                if not found:
                    glued = ""
                    # "Author: Tayo AkinyemiVendors at Nakasero Market…" (caption glued on)
                    mm = _CAMEL_JOIN_RE.search(rest, 0, 80)
                    if mm and _is_name(rest[: mm.start() + 1], False):
                        found = [_make_author(rest[: mm.start() + 1])]
                        glued = rest[mm.start() + 1 :]
                if found:
                    authors = found
                    body_lines[i : i + 1] = [glued] if glued else []
                break

    if not authors:
        authors = meta_authors

    # Markers and widgets anywhere.
    out = [
        s
        for s in (_strip_marker(x) if "---" in x else x for x in body_lines)
        if s and not (len(s) <= 12 and _fold(s) in _WIDGETS)
    ]

    new_title = title
    candidate = found_title or fallback_title
    if boiler and candidate and _key(candidate) != _key(title):
        new_title = candidate
    return new_title, "\n\n".join(out), authors


# ---------------------------------------------------------------------------------------------
# Medium pages


def _is_medium(lines: list[str]) -> bool:
    if not lines:
        return False
    if _fold(lines[0]) == "write":
        return True
    head = lines[0][:600]
    m = _MIN_READ_RE.search(head)
    return bool(m) and "·" in head[m.end() : m.end() + 3] and "Share" in head


def _extract_medium(lines: list[str], title: str) -> tuple[str, str, list[Any]]:
    boiler = _is_boilerplate_title(title)
    if _fold(lines[0]) != "write":
        return _extract_medium_oneline(lines, title)
    n = len(lines)
    i = 0
    while i < n and _fold(lines[i]) in _MEDIUM_TOP:
        i += 1
    if i < n and _fold(lines[i]) == "member-only story":
        i += 1
    # Headline lines up to the publication name, which sits just before "·" / "Follow".
    follow = -1
    for j in range(i, min(n, i + 12)):
        if _fold(lines[j]) in {"follow", "following"}:
            follow = j
            break
    headline: list[str] = []
    if follow >= 0:
        k = follow - 1
        if k >= i and lines[k] == "·":
            k -= 1
        headline = lines[i:k]  # lines[k] is the publication / author name
        i = follow + 1
    else:
        headline = lines[i : i + 1]
        i += 1
    # Reading time, date, clap counts, Listen / Share.
    while i < n:
        s = lines[i]
        f = _fold(s)
        if (
            f in _MEDIUM_CHROME
            or _MIN_READ_RE.fullmatch(f)
            or _CLAPS_RE.fullmatch(s)
            or _is_medium_date(s)
        ):
            i += 1
            continue
        break
    # End of the article.
    end = n
    for j in range(i, n):
        if lines[j].casefold().startswith(_MEDIUM_END_STARTS):
            end = j
            break
    if end < n and lines[end].casefold().startswith(("written by", "more from ")):
        # Tags and clap counts between the article and "Written by".
        k = end
        while k > i and _CLAPS_RE.fullmatch(lines[k - 1]):
            k -= 1
        tags = 0
        while k > i and tags < 8 and _looks_like_tag(lines[k - 1]):
            k -= 1
            tags += 1
        end = k
    body = lines[i:end]

    authors: list[Any] = []
    if body:
        first = body[0]
        low = first.casefold()
        by = ""
        for prefix in ("a blog by:", "a blog by", "blog by:", "by:", "by "):
            if low.startswith(prefix):
                by = first[len(prefix) :]
                break
        if by:
            authors = _parse_byline(by)
            if authors:
                body = body[1:]
        elif _name_like(first.rstrip(",")) and not _role_words(first):
            role = ""
            drop = 1
            if first.endswith(",") and len(body) > 1 and _role_like(body[1]):
                role = body[1]
                drop = 2
            authors = [_make_author(first.rstrip(","), role)]
            body = body[drop:]

    out: list[str] = []
    for s in body:
        if _fold(s) in _MEDIUM_CHROME:
            continue
        # Drop caps split off their word: "T" + "he Covid-19 pandemic…"
        if out and len(out[-1]) == 1 and out[-1].isalpha() and s[:1].islower():
            out[-1] = out[-1] + s
            continue
        out.append(s)

    new_title = title
    if boiler and headline:
        new_title = headline[0]
        rest = headline[1:]
        out = rest + out
    elif headline and _key(headline[0]) == _key(title):
        out = headline[1:] + out
    return new_title, "\n\n".join(out), authors


def _is_medium_date(s: str) -> bool:
    if len(s) > 20:
        return False
    tokens = s.replace(",", " ").split()
    if not 2 <= len(tokens) <= 3:
        return False
    if tokens[0].casefold().strip(".") not in _MONTHS:
        return False
    return all(t.isdigit() for t in tokens[1:])


def _looks_like_tag(s: str) -> bool:
    if len(s) > 40 or s.endswith((".", "!", "?", ":", ",")):
        return False
    return 1 <= len(s.split()) <= 4 and not any(ch.isdigit() for ch in s)


def _extract_medium_oneline(lines: list[str], title: str) -> tuple[str, str, list[Any]]:
    """A Medium page flattened into one line: "TitlePubFollow7 min read·Date--ListenShare…"."""
    boiler = _is_boilerplate_title(title)
    text = lines[0]
    m = _MIN_READ_RE.search(text[:600])
    pre = text[: m.start()] if m else ""
    post = text[m.end() :] if m else text
    # "Agile minds…COVID-19UNDP Accelerator Labs·Follow": headline, then publication name.
    head = pre.rstrip(" ·")
    if head.endswith("Follow"):
        head = head[: -len("Follow")].rstrip(" ·")
    publication = ""
    for marker in ("UNDP", "UN "):
        p = head.rfind(marker)
        if p > 0 and head[p - 1] != " " and len(head) - p <= 50:
            publication = head[p:]
            head = head[:p]
            break
    else:
        for mm in _CAMEL_JOIN_RE.finditer(head):
            rest = head[mm.start() + 1 :]
            if len(rest) <= 50 and " " in rest:
                publication = rest
                head = head[: mm.start() + 1]
                break
    new_title = title
    if boiler and head.strip():
        new_title = head.strip()
    # Body after "ListenShare" (or after the date when it is missing).
    for marker in ("ListenShare", "Share", "Listen"):
        p = post.find(marker, 0, 200)
        if p >= 0:
            post = post[p + len(marker) :]
            break
    post = post.replace("Press enter or click to view image in full size", "")
    # Related posts glued after the article: "…this piece.UNDP Accelerator LabsWhat we…"
    if publication:
        start = 0
        while True:
            p = post.find(publication, start)
            if p < 0:
                break
            window = post[p : p + 400]
            if (
                p > 0
                and post[p - 1] != " "
                and ("A response icon" in window or _MEDIUM_DATE_IN_TEXT_RE.search(window))
            ):
                post = post[:p]
                break
            start = p + 1
    authors: list[Any] = []
    if post.startswith("By "):
        byline = post[3:300]
        # The byline runs into the first sentence: "…Partnerships AdvisorInformal workers…"
        mm = _CAMEL_JOIN_RE.search(byline)
        if mm:
            byline = byline[: mm.start() + 1]
            authors = _parse_byline(byline)
            if authors:
                post = post[3 + mm.start() + 1 :]
    body = [post.strip()] + lines[1:]
    end = len(body)
    for j, line in enumerate(body):
        if line.casefold().startswith(_MEDIUM_END_STARTS):
            end = j
            break
    body = [line for line in body[:end] if line and _fold(line) not in _MEDIUM_CHROME]
    return new_title, "\n\n".join(body), authors


# ---------------------------------------------------------------------------------------------


def _extract(lines: Any, title: Any) -> tuple[str, str, list[Any]]:
    if not isinstance(title, str):
        title = "" if title is None else str(title)
    prepared = _skip_header(_prepare(lines))
    if not prepared:
        return title, "", []
    if len(prepared) == 1 and prepared[0].strip("*_ ").casefold().startswith(
        "no article content available"
    ):
        return title, "", []
    if _is_medium(prepared):
        return _extract_medium(prepared, title)
    return _extract_page(prepared, title)
