"""One focal point's closing reports joined to its plans by their texts (records.cycle_matching),
on records built here."""

from dataclasses import replace

from records.cycle_matching import CycleRecord, match

FISHERIES = "artisanal fishers overfishing species maritime tourism"
HACKATHON = "blue hack hackathon editions islands fogo sal vicente"


def record(pk, title, year, text, *, report=False):
    return CycleRecord(pk, title, year, frozenset({"CPV"}), text, report, not report, titled=False)


def cape_verde(report_title="The blue economy sector is well structured", titled=False):
    """Cabo Verde: the 2022 report reads nearly as much like the 2022 plan the 2023 report
    closes (the Blue Hack editions) as like the 2021 "Blue Economy Challenge"."""
    first = record(1, report_title, 2022, f"{FISHERIES} blue hack ministry", report=True)
    return [
        record(10, "Blue Economy Challenge", 2021, f"Blue economy challenge {FISHERIES} ministry"),
        record(11, "Ocean based economy", 2022, f"Ocean based economy {HACKATHON} {FISHERIES}"),
        replace(first, titled=titled),
        record(2, "Cape Verde recognizes", 2023, f"{HACKATHON} solutions proposed", report=True),
        record(20, "Digital identity", 2022, "digital identity registry civil"),
        record(21, "Drones for the islands", 2022, "drones islands droughts"),
    ]


def test_plan_another_report_reads_better_is_no_rival():
    joins = match(cape_verde())
    assert (joins[1].plan, joins[2].plan) == (10, 11)
    assert "plans other reports close better set aside" in joins[1].evidence


def test_plan_the_reports_own_title_names_is_not_set_aside():
    joins = match(cape_verde("Ocean based economy - closing", titled=True))
    assert (joins[1], joins[2].plan) == (None, 11)
