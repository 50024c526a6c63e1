"""An import's reasons: English text (what import_seeds prints and the report groups by) that
keeps its message and parameters, translated where staff read it and kept through a job's
stored report."""

from django.utils import translation

from records.enums import Outcome
from records.importing import FileResult
from records.importing.jobs import report_from_json, report_json
from records.importing.reasons import Reason, from_json, translated
from records.importing.report import ImportReport
from records.importing.uploads import Uploads
from tests.factories import make_zip


def test_a_reason_is_its_english_text_and_translates_with_its_parameters():
    reason = Reason("type %(type)s is not imported", type=repr("story"))

    assert reason == "type 'story' is not imported"
    assert FileResult("s.md", Outcome.SKIPPED, reason).line() == (
        "skipped: s.md: type 'story' is not imported"
    )
    with translation.override("fr"):
        assert translated(reason) == "le type 'story' n'est pas importé"
        assert translated("ValueError: bad") == "ValueError: bad"


def test_a_nested_reason_translates_whole_after_the_job_stored_it():
    files = Uploads()
    files.add("bad.zip", make_zip({"../x.md": b"# A\n"}))
    report = ImportReport()
    report.add(FileResult("bad.zip", Outcome.FAILED, files.rejected[0].reason))

    [result] = report_from_json(report_json(report)).results

    assert result.reason == (
        "rejected: '../x.md' points outside the zip's folder; nothing in this zip was imported"
    )
    with translation.override("fr"):
        assert translated(result.reason) == (
            "refusé : '../x.md' pointe hors du dossier du zip ; rien de ce zip n'a été importé"
        )


def test_a_stored_report_of_english_reasons_alone_still_reads():
    data = {"results": [["a.md", "skipped", "no [[type:]] tag"]]}

    [result] = report_from_json(data).results

    assert (result.reason, translated(result.reason)) == ("no [[type:]] tag", "no [[type:]] tag")
    assert from_json("an error") == "an error"
