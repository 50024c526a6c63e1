"""Fidelity of learning plans and closing reports: what a curator would find wrong, counted.

    python bench/fidelity_plans.py PATH [--database-url URL]

Imports PATH (a whole archive folder: a closing report's plan or a plan's blog may sit in
another part) into a fresh temporary database (SQLite unless --database-url names an empty
database to migrate and fill) and prints each count over all learning-plan files and over the
held-out fifth (bench/holdout.py's `is_held_out` on the path under PATH).

Where a count is about what was lost, it is measured from the source files with rules of its
own, not the importer's parser: image links and insight words are counted in the file and
looked for in the records. Run on purpose; not part of the test suite.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cycles import setup  # noqa: E402
from holdout import is_held_out  # noqa: E402

IMAGE = re.compile(r"!\[([^\]\n]*)\]\((https?://[^)\s]+)\)")
URL = re.compile(r"https?://[^\s()<>\[\]\"']+")
DEBRIS = re.compile(r"</?(?:div|br|p|span|font|table|td|tr)\b[^>]*>|&lt;/?\w+|&amp;\w+;", re.I)
# Lines of the form's template that are no one's answer.
TEMPLATE_LINES = (
    "challenge classification",
    "please note: we ask you to only submit",
    "end of action learning plan",
    "the closing form saves automatically",
)
INSIGHT_PROMPTS = ("what are the top 5 key insights", "what are the top key insights")
SECTOR_PROMPTS = (
    "if applicable, what civil society",
    "if applicable, what academic",
    "if applicable, what private sector",
    "if applicable, what government",
    "if applicable, which un internal",
)
ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&-]+\)$")
NOTHING = re.compile(r"^\W*(n\s*/?\s*a|none|nil|not (yet|applicable)|no|-+)\b", re.I)
# Two capitalised words in a row, or an acronym: an organisation's name, roughly.
ORGANISATION = re.compile(
    r"\b[A-Z][\w&'-]+(?:\s+(?:of|de|du|la|for|and|&)?\s*[A-Z][\w'-]+)+|\b[A-Z]{2,}\b"
)
# Inside one insight: an inline numbered or lettered run ("1. … 2. …", "a. … b. …"), a run of
# spaces, " / " or bullets between items, or lines run together ("…permanently We need…").
FLATTENED = re.compile(
    r"(?:^|\s)(?:\d{1,2}|[a-e])[.)-]\s.*\s(?:\d{1,2}|[a-e])[.)-]\s|\s{3,}|•|\S / \S.* / "
    r"|\s-\s.*\s-\s|[a-z] (?:We|The|This|Our|It|There|These)\b.*[a-z] (?:We|The|This|Our|It)\b"
)
WORD = re.compile(r"[^\W_]+")
MARKER = re.compile(r"^(\d{1,2}|[ivx]{1,4}|[a-e])$")
FUNCTION_WORDS = {
    "are", "is", "the", "of", "and", "to", "in", "for", "a", "an", "with", "on",
    "de", "la", "le", "les", "des", "et", "du", "el", "los", "las", "y", "en",
}  # fmt: skip
PLACEHOLDERS = {"missing title", "title", "untitled", "challenge", "no title", "tbd", "test"}
# A query parameter that says which page (watch?v=…), not who shared it or from where.
IDENTIFYING_QUERY = re.compile(
    r"[?&](?!utm_|fbclid=|gclid=|usp=|ref|s=|si=|sender=|mibextid=|igshid=|feature=|lang=|hl="
    r"|ouid=|rtpof=|sd=)"
    r"[^=&#]+=[^&#]+"
)


def words(text: str) -> Counter:
    """Folded words of `text`, without list markers ("1", "iii") that carry no content."""
    from records.folding import fold

    text = html.unescape(html.unescape(text))
    return Counter(w for w in WORD.findall(fold(text)) if not MARKER.match(w))


def prompt_answers(text: str, openings: tuple[str, ...]) -> list[tuple[str, str]]:
    """(prompt opening, answer) for each `> ` line starting with one of `openings`: the lines
    below it up to the next `> ` line, `## ` heading or group line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found = []
    for i, line in enumerate(lines):
        if not line.startswith(">"):
            continue
        prompt = " ".join(html.unescape(line[1:]).replace("\xa0", " ").split()).lower()
        opening = next((o for o in openings if prompt.startswith(o)), None)
        if opening is None:
            continue
        body = []
        for below in lines[i + 1 :]:
            if below.startswith((">", "## ", "<div class=")) or below.strip() == "</div>":
                break
            body.append(below)
        found.append((opening, "\n".join(body).strip()))
    return found


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, n: int = 1, example: str = "") -> None:
        self.counts[name] += n
        if example and n:
            self.examples.setdefault(name, []).append(example)


def record_text(plan) -> str:
    """Everything a plan's records hold in words: answers (and any items below them),
    insights, partnership descriptions, blog links."""
    parts = [plan.title]
    parts += [f"{a.prompt}\n{a.text}" for a in plan.answers.all()]
    parts += [i.text for i in plan.insights.all()]
    parts += [p.description for p in plan.partnerships.all()]
    parts += [link.url for link in plan.blog_links.all()]
    return "\n".join(parts)


def is_placeholder(title: str) -> bool:
    from records.folding import fold

    folded = " ".join(WORD.findall(fold(title)))
    tokens = folded.split()
    return (
        not tokens
        or folded in PLACEHOLDERS
        or all(t.isdigit() for t in tokens)
        or len(tokens) == 1
        or (len(tokens) <= 3 and tokens[-1] in FUNCTION_WORDS)
    )


def measure(plan, text: str, tally: Tally, sdg13: set[int]) -> None:
    """Add one plan's (or closing report's) counts, read from its record and its file `text`."""
    from records.enums import Stage

    name = plan.source_file
    answers = list(plan.answers.all())
    closing = plan.stage == Stage.CLOSING
    tally.add("plans and reports", 1)
    held = record_text(plan)

    unnamed = [a for a in answers if not a.prompt.strip() and a.text.strip()]
    tally.add("records with an answer stored without its question", bool(unnamed), name)

    in_file = {url for _, url in IMAGE.findall(text)}
    lost = [url for url in in_file if url not in held]
    tally.add("images in the files", len(in_file))
    tally.add("images lost", len(lost), f"{name}: {lost[:2]}" if lost else "")
    tally.add("records losing an image", bool(lost))

    for a in answers:
        debris = DEBRIS.search(a.text)
        tally.add("answers with HTML debris", bool(debris), f"{name}: {debris and debris[0]}")
        lines = [line.strip().lower() for line in a.text.split("\n")]
        template = any(line.startswith(TEMPLATE_LINES) for line in lines)
        tally.add("answers with a template line", template, name)

    for _, answer in prompt_answers(text, INSIGHT_PROMPTS)[:1]:
        source = words(answer)
        if not source:
            continue
        tally.add("closing reports with insights in the file", 1)
        kept = words(held)
        missing = sum((source - kept).values())
        share = missing / sum(source.values())
        tally.add("reports losing >15% of insight words", share > 0.15, f"{name}: {share:.0%}")
    insights = list(plan.insights.all())
    if closing and len(insights) == 1 and len(insights[0].text) > 400:
        tally.add("long single insights", 1)
        glued = FLATTENED.search(insights[0].text)
        tally.add("glued/flattened single insights", bool(glued), name)

    if plan.closing_form == "close-a":
        # A name and its acronym ("University of the Atlantic (UTA)") is named in an answer
        # that writes either first ("UTA (University of the Atlantic)").
        partners = [
            form
            for p in plan.partnerships.all()
            for form in {p.partner.name, ACRONYM_AFTER.sub("", p.partner.name)}
        ]
        tally.add("CLOSE-A reports", 1)
        unrecorded = 0
        for _, answer in prompt_answers(text, SECTOR_PROMPTS):
            answer = html.unescape(answer).replace("\xa0", " ").strip()
            if not answer or NOTHING.match(answer) or not ORGANISATION.search(answer):
                continue
            folded = answer.casefold()
            if not any(p.casefold() in folded for p in partners):
                unrecorded += 1
                tally.add(
                    "CLOSE-A sector answers naming no recorded partner", 1, f"{name}: {answer[:80]}"
                )
        tally.add("CLOSE-A reports with such an answer", bool(unrecorded))

    if closing:
        tally.add("closing reports", 1)
        tally.add("closing reports joined", plan.closes_id is not None, name)
        tally.add("closing reports listed under SDG 13 (stage=closing&sdg=13)", plan.pk in sdg13)
    tally.add("placeholder/fragment titles", is_placeholder(plan.title), f"{name}: {plan.title!r}")
    tally.add("titles flagged for review", plan.title_from_text)

    links = [link.url for link in plan.blog_links.all()]
    for url in dict.fromkeys(URL.findall(html.unescape(text))):
        if not IDENTIFYING_QUERY.search(url):
            continue
        base = url.split("?")[0].rstrip("/").split("://")[1].removeprefix("www.")
        dropped = any(link.split("://")[1].removeprefix("www.") == base for link in links)
        tally.add("links whose identifying query was dropped", dropped, f"{name}: {url}")


def report(tally: Tally, label: str) -> None:
    print(f"\n== {label}")
    for name, count in tally.counts.items():
        print(f"{count:8d}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="an archive folder (files/<type>/...)")
    parser.add_argument("--database-url", help="an empty database to use instead of SQLite")
    parser.add_argument("--examples", type=int, default=0, help="print N examples per count")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        setup(options.database_url or f"sqlite:///{scratch}/fidelity.sqlite3")
        run(options.path, options.examples)


def run(root: Path, examples: int) -> None:
    from django.db.models import Prefetch

    from records.filters.plans import PlanFilter
    from records.importing.run import import_paths
    from records.models import LearningPlan, Partnership

    result = import_paths([root])
    failed = {r.name: r.reason for r in result.failed}
    tallies = {"all": Tally(), "held-out": Tally()}
    recorded = set(LearningPlan.objects.values_list("source_file", flat=True))
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = path.relative_to(root).as_posix()
        plan_file = name.startswith("learningplan/")
        for part in ("all", "held-out") if is_held_out(name) else ("all",):
            tally = tallies[part]
            tally.add("files", 1)
            tally.add("learning-plan files", plan_file)
            tally.add("files with content that failed", 0)
            if name in failed:
                text = path.read_text(encoding="utf-8", errors="replace")
                content = bool(re.search(r"^(?!\[\[|# )\S", text, re.M))
                tally.add("files with content that failed", content, f"{name}: {failed[name]}")
            elif plan_file:
                tally.add("learning-plan files without a record", name not in recorded, name)
    query = PlanFilter({"stage": "closing", "sdg": "13"}, queryset=LearningPlan.objects.all())
    sdg13 = set(query.qs.values_list("pk", flat=True))
    plans = LearningPlan.objects.filter(source_file__startswith="learningplan/").prefetch_related(
        "answers", "insights", "blog_links",
        Prefetch("partnerships", queryset=Partnership.objects.select_related("partner")),
    )  # fmt: skip
    partner_names: dict[str, set[str]] = {"all": set(), "held-out": set()}
    for plan in plans.iterator(chunk_size=200):
        text = (root / plan.source_file).read_text(encoding="utf-8", errors="replace")
        plan.closing_form = closing_form(text)
        parts = ("all", "held-out") if is_held_out(plan.source_file) else ("all",)
        for part in parts:
            measure(plan, text, tallies[part], sdg13)
            partner_names[part] |= {p.partner.name for p in plan.partnerships.all()}
    for part, tally in tallies.items():
        count_partners(partner_names[part], tally)
        report(tally, part)
        for name, found in tally.examples.items():
            for example in found[:examples]:
                print(f"    {name}: {example}")


def closing_form(text: str) -> str:
    lowered = text.lower()
    if "> what are the top 5 key insights" in lowered:
        return "close-a"
    return "close-b" if "> what are the top key insights" in lowered else ""


def count_partners(names: set[str], tally: Tally) -> None:
    tally.add("partners named", len(names))
    for name in sorted(names):
        tally.add("partner names over 8 words", len(name.split()) > 8, name)
        first = name.lstrip("\"“«'").split()[0] if name.split() else ""
        # A first word with a capital inside is a brand ("alMadar Co", "eCommerce
        # Association", "iSpani"), one starting with a digit a name ("2scale"): not fragments.
        fragment = not any(c.isalpha() for c in name) or (first[:1].islower() and first.islower())
        tally.add("partner names that are lower-case fragments", fragment, name)


if __name__ == "__main__":
    main()
