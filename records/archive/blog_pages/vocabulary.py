"""Word lists of scraped pages, the forms lines are compared in, and the line tests built on them.

Every list is compared with `fold(line)`. The lists keep the variants of every language the
archive holds, including pages no test covers.
"""

from __future__ import annotations

import re

# The link to the source page that the scraper put between the header tags and the page.
ORIGINAL_LINK = "[Original article published here]("

# First line of an undp.org page ("skip link").
SKIP_LINKS = {
    "skip to main content", "skip to content", "pasar al contenido principal",
    "saltar al contenido principal", "ir al contenido principal", "aller au contenu principal",
    "passer au contenu principal", "ir para o conteúdo principal",
    "saltar para o conteúdo principal", "ana içeriğe atla", "preskoči na glavni sadržaj",
    "перейти к основному содержанию", "تجاوز إلى المحتوى الرئيسي",
}  # fmt: skip
HOME = {"home", "inicio", "início", "accueil", "anasayfa"}
# Titles that are page chrome, not the article's title.
BOILERPLATE_TITLES = {"", "write"} | HOME | SKIP_LINKS

DOWNLOAD = {"download", "descargar", "télécharger"}
# Language switch and file size next to a publication's download link.
DOWNLOAD_CHROME = DOWNLOAD | {"baixar", "english", "español", "français"}

# Menu, breadcrumb and language lines found before the article.
NAV = HOME | DOWNLOAD | {
    "who we are", "what we do", "our impact", "get involved", "our focus", "global", "search",
    "menu", "menú", "english", "español", "français", "português", "quiénes somos",
    "qué hacemos", "nuestro impacto", "involúcrate", "participa", "nous connaître",
    "notre travail", "notre impact", "nous rejoindre", "qui sommes-nous", "quem somos",
    "o que fazemos", "o nosso impacto", "nosso impacto", "envolva-se", "envolve-se",
    "ko smo mi", "šta radimo", "početna", "الرئيسية", "blog", "blogs", "publications",
    "publication", "publicaciones", "publicações", "news", "stories", "projects", "proyectos",
    "projets", "actualités", "noticias", "accelerator labs", "accelerator lab",
    "laboratorio de aceleración", "pdf", "--- image caption ---",
    "--- article text goes here ---",
}  # fmt: skip

# Header line of an author block.
AUTHOR_HEADS = {
    "author", "authors", "autor", "autores", "autora", "autoras", "auteur", "auteurs",
    "auteure", "auteures", "escrito por", "written by", "écrit par", "rédigé par", "yazar",
    "yazarlar", "autori", "автор", "авторы", "муаллиф", "muallif", "المؤلف", "المؤلفون",
    "tác giả", "lead author", "lead authors", "co-author", "co-authors",
}  # fmt: skip

# "Read more" link closing a related-post teaser; "view more" closing a teaser list.
READ_MORE = {
    "read more", "leer más", "leer mas", "lire la suite", "lire plus", "ler mais", "leia mais",
    "saiba mais", "devamını oku", "pročitajte više", "opširnije", "weiterlesen", "اقرأ أكثر",
    "اقرأ المزيد", "читать далее", "подробнее",
}  # fmt: skip
VIEW_MORE = {"view more", "ver más", "voir plus", "see more", "ver mais", "load more", "view all"}

# Labels heading a related-post teaser ("BLOG" / title / summary / "READ MORE").
TEASER_LABELS = {
    "blog", "blogs", "news", "publications", "publication", "stories", "story",
    "press releases", "press release", "speeches", "speech", "projects", "project", "events",
    "event", "articles", "article", "announcements", "publicaciones", "publicación",
    "comunicados de prensa", "comunicado de prensa", "comunicados", "noticias", "historias",
    "discursos", "proyectos", "eventos", "actualités", "communiqués", "communiqués de presse",
    "histoires", "discours", "projets", "événements", "notícias",
    "publicações", "histórias", "projetos", "projectos", "haberler", "yayınlar",
    "hikayeler", "vijesti", "publikacije", "priče", "projekti", "مدونة", "أخبار",
}  # fmt: skip

WIDGETS = {"video player", "audio player"}

# Headings introducing a list of teasers, or page chrome at the end of the article.
RELATED_HEADS = {
    "related publications", "related blogs", "related blog", "related content",
    "related stories", "related news", "related projects", "related posts", "related articles",
    "publicaciones relacionadas", "contenido relacionado", "blogs relacionados",
    "publications connexes", "contenu associé", "contenus associés", "articles connexes",
    "publicações relacionadas", "content types", "tipos de contenido", "types de contenu",
    "current selection",
}  # fmt: skip

# Metadata block of a publication page ("DOCUMENT TYPE / Annual Report / REGIONS AND …"), and
# the labels that mark it even when they are not in upper case.
DOC_META_LABELS = {
    "document type", "tipo de documento", "type de document", "type de documents",
    "regions and countries", "regiones y países", "régions et pays", "regiões e países",
    "sustainable development goals", "objetivos de desarrollo sostenible",
    "objectifs de développement durable", "objetivos de desenvolvimento sustentável", "topics",
    "temas", "thèmes", "sujets", "tópicos",
}  # fmt: skip
DOC_META_STRONG = {
    "document type", "tipo de documento", "type de document", "regions and countries",
    "regiones y países", "régions et pays", "regiões e países",
}  # fmt: skip

# Footer: its first line and how the line after it starts; or the whole name on one line,
# followed by the footer menu.
FOOTER_PAIRS = {
    "united nations": "development programme",
    "programa de las naciones unidas": "para el desarrollo",
    "programme des nations unies": "pour le développement",
    "programa das nações unidas": "para o desenvolvimento",
    "برنامج الأمم": "المتحدة الإنمائي",
}
FOOTER_ONE_LINE = {
    "united nations development programme",
    "programa de las naciones unidas para el desarrollo",
    "programme des nations unies pour le développement",
    "programa das nações unidas para o desenvolvimento",
}
FOOTER_MENU_NEXT = {
    "who we are", "quiénes somos", "nous connaître", "quem somos", "ko smo mi", "من نحن",
    "about us",
}  # fmt: skip

MONTHS = {
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
# Compared without their dots: "ж." is "ж".
DATE_FILLERS = {"de", "del", "of", "ж", "г", "le", "the"}

# Words that make a short line look like a job title rather than a person's name (compared
# without commas and hyphens: "co-founder" is "co" and "founder").
ROLE_WORDS = {
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
    "founder", "fundador", "fundadora", "fondateur", "ceo", "professor",
    "profesor", "profesora", "student", "estudiante", "assistant", "asistente",
    "assistante", "economist", "economista", "économiste", "editor", "editora",
    "communications", "communication", "comunicación", "university", "universidad",
    "université", "deputy", "resident", "chief", "senior", "junior", "responsable",
    "chargé", "chargée", "gestionnaire", "portfolio", "portafolio", "unit", "hub", "office",
    "oficina", "bureau", "agency", "agencia", "agence", "mapping", "exploration",
    "experimentation", "solutions", "innovation", "innovación", "digital", "strategist",
    "coordination", "national", "nacional", "regional", "global", "policy", "project",
    "proyecto", "projet", "partnerships", "technical", "técnico", "técnica",
    "ambassador", "president", "presidente", "président", "mayor", "alcalde",
    "maire", "management", "governor", "gobernador", "rector", "chairman", "chairperson",
    "department", "departamento", "département", "center", "centre", "centro", "public",
}  # fmt: skip

NAME_PARTICLES = {
    "de", "da", "das", "do", "dos", "du", "des", "del", "della", "di", "la", "le", "van",
    "von", "der", "den", "ter", "ten", "y", "e", "al", "el", "bin", "binti", "ibn", "bint",
    "ben", "st.", "af", "zu", "i",
}  # fmt: skip
NAME_STOPWORDS = {
    "of", "the", "for", "and", "in", "to", "a", "an", "on", "with", "from", "by", "at", "is",
    "are", "our", "we", "how", "what", "why", "when", "who", "your", "its", "this", "that",
    "los", "las", "en", "para", "por", "con", "sobre", "una", "un", "pour", "et", "les",
    "avec", "sur", "une", "dans", "au", "aux", "como", "com", "em", "uma",
}  # fmt: skip
NAME_PREFIXES = {"dr.", "dr", "prof.", "mr.", "ms.", "mrs.", "phd", "ing.", "lic."}

# Compared as prefixes: "image" covers "imagen".
CAPTION_STARTS = (
    "photo", "foto", "credit", "crédit", "image", "illustration", "ilustración", "figure",
    "figura", "source", "fuente", "picture", "©",
)  # fmt: skip

MEDIUM_TOP = {"write", "sign up", "sign in", "get started", "open in app"}
MEDIUM_CHROME = MEDIUM_TOP | {
    "follow", "following", "listen", "share", "more", "·", "--", "member-only story",
    "press enter or click to view image in full size", "top highlight", "responses",
    "see all responses", "help", "status", "about", "careers", "press", "blog", "privacy",
    "terms", "rules", "text to speech", "teams",
}  # fmt: skip
# Compared as prefixes of the case-folded line.
MEDIUM_END_STARTS = (
    "support independent authors", "pay authors", "written by", "more from ",
    "recommended from medium", "see all from", "get the medium app", "see more recommendations",
    "to make medium work", "responses (", "no responses yet",
)  # fmt: skip

_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DAY_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_NUMERIC_DATE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")


def fold(s: str) -> str:
    """Case-folded, runs of spaces made one: the form the lists are compared in."""
    f = s.casefold()
    return " ".join(f.split()) if "  " in f else f  # most lines have no run: skip the split


def key(s: str) -> str:
    """Letters and digits only, case-folded: the form title lines are compared in."""
    return "".join(filter(str.isalnum, s.casefold()))


def is_upper(s: str) -> bool:
    """True when the line has two upper-case letters or more and no lower-case one."""
    return s.isupper() and sum(map(str.isupper, s)) >= 2


def is_boilerplate_title(title: str) -> bool:
    f = " ".join(title.casefold().split())
    return (
        f in BOILERPLATE_TITLES
        or f.endswith(("...", "…"))
        # "Skip to main content Georgia WHO WE ARE…": the navigation read as a long title.
        or any(f.startswith(link + " ") for link in SKIP_LINKS)
        # "# Home      Lesotho      Blogs": a breadcrumb used as the title.
        or (f.partition(" ")[0] in HOME and "  " in title)
    )


def is_date(s: str) -> bool:
    """A line holding only a date: "OCTOBER 13, 2022", "7 de diciembre de 2021", "12.03.2021"."""
    if not 6 <= len(s) <= 40:
        return False
    if _NUMERIC_DATE_RE.fullmatch(s.strip(" .")):
        return True
    tokens = s.replace(",", " ").split()
    if not 2 <= len(tokens) <= 7:
        return False
    year = day = month = 0
    for token in tokens:
        t = token.casefold().strip(".")
        if not t or t in DATE_FILLERS:
            continue
        if _YEAR_RE.fullmatch(t):
            year += 1
        elif _DAY_RE.fullmatch(t):
            day += 1
        elif t in MONTHS:
            month += 1
        elif t.isalpha() and 3 <= len(t) <= 12:
            month += 2  # an unknown word: only a date with a day and a year around it
        else:
            return False
    return year == 1 and day <= 1 and (month == 1 or (month == 2 and day == 1))


def is_caption(s: str) -> bool:
    return s.casefold().startswith(CAPTION_STARTS)


def is_read_more(s: str) -> bool:
    return len(s) <= 30 and fold(s).rstrip(" .›>»→") in READ_MORE
