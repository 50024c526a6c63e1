"""The `[[year:]]` and `[[date:]]` tags: ISO, or day / month name / year in the archive's languages.

1970 is the archive's placeholder for "no date": it gives None and a warning.
"""

from __future__ import annotations

import datetime
import re

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


def month(token: str) -> int | None:
    """The month a lower-case name or unambiguous abbreviation names, else None."""
    if token in _MONTHS:
        return _MONTHS[token]
    if len(token) >= 3:  # abbreviations: "sept", "févr", "oct"
        found = {n for name, n in _MONTHS.items() if name.startswith(token)}
        if len(found) == 1:
            return found.pop()
    return None


def parse_year(value: str, warnings: list[str]) -> int | None:
    if not re.fullmatch(r"\d{4}", value):
        warnings.append(f"year is not a number: {value!r}")
        return None
    if value == "1970":
        warnings.append("year 1970 is a placeholder: ignored")
        return None
    return int(value)


def parse_date(value: str, warnings: list[str]) -> datetime.date | None:
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        year, month_number, day = map(int, m.groups())
    else:
        tokens = re.findall(r"\d+|[^\W\d_]+", value.lower())
        years = [int(t) for t in tokens if t.isdecimal() and len(t) == 4]
        days = [int(t) for t in tokens if t.isdecimal() and len(t) <= 2]
        months = [n for n in map(month, (t for t in tokens if not t.isdecimal())) if n]
        if len(years) != 1 or len(days) != 1 or len(months) != 1:
            warnings.append(f"unreadable date {value!r}")
            return None
        year, month_number, day = years[0], months[0], days[0]
    if year == 1970:
        warnings.append("date 1970 is a placeholder: ignored")
        return None
    try:
        return datetime.date(year, month_number, day)
    except ValueError:
        warnings.append(f"impossible date {value!r}")
        return None
