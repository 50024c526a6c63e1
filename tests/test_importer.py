import datetime
import hashlib
import shutil

import pytest
from django.db import connection

from records.enums import BlogKind, Stage
from records.importer import Importer, normalise_url
from records.models import Blog, BlogLink, Insight, LearningPlan, Partner, Partnership
from tests.factories import DATA, SEEDS, run_import

SEED = {n: next(SEEDS.glob(f"{n:03d}_*.txt")) for n in range(5)}
SUMMARY_FIRST = "5 files: 5 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed"
SUMMARY_AGAIN = "5 files: 0 created, 0 updated, 5 unchanged, 0 conflicts, 0 skipped, 0 failed"


def plan_by_seed(n):
    return LearningPlan.objects.get(source_file=SEED[n].name)


def tag_names(manager):
    return sorted(manager.names())


def partners_of(plan):
    return [
        (p.partner.name, p.partner.sector)
        for p in plan.partnerships.select_related("partner").order_by("position")
    ]


# -- the seeds -----------------------------------------------------------------------------


def test_import_seeds_summary_first_and_second_run(db):
    lines, code = run_import(SEEDS)
    assert (lines[-1], code) == (SUMMARY_FIRST, 0)
    lines, code = run_import(SEEDS)
    assert (lines[-1], code) == (SUMMARY_AGAIN, 0)


def test_import_seeds_defaults_to_the_seeds_folder(db):
    lines, code = run_import()
    assert (lines[-1], code) == (SUMMARY_FIRST, 0)


def test_seed_plan_000_fields(seeds):
    plan = plan_by_seed(0)
    assert plan.title == (
        "Growing number of women in STEM fields and helping them to advance throughout their "
        "careers."
    )
    assert plan.stage == Stage.PLAN
    assert plan.year == 2023
    assert list(plan.countries.values_list("code", flat=True)) == ["AZE"]
    assert list(plan.sdgs.values_list("number", flat=True)) == [5, 8, 9]
    assert tag_names(plan.thematic_areas) == [
        "behavioral change",
        "community project",
        "gender focus",
    ]
    assert tag_names(plan.methods) == [
        "Crowdsourcing",
        "Proof of concept",
        "Sensemaking",
        "System Thinking",
    ]
    assert tag_names(plan.data_sources) == ["press", "solutions mapping", "trend watchers news"]
    assert plan.answer("challenge_statement") == (
        "Our challenge is that female students in STEM fields leave the field or get stuck in "
        "their careers at early stages."
    )
    assert plan.answer("learning_question") == (
        "What are the best mechanisms to bring young females into STEM fields, retain them and "
        "ensure the progress?"
    )


def test_seed_plan_000_partners_with_sector_and_description(seeds):
    plan = plan_by_seed(0)
    assert partners_of(plan) == [
        ("Association of Women Scientists of Azerbaijan", "civil_society"),
        ("American Chamber of Commerce", "private_sector"),
        ("SmartNation", "civil_society"),
        ("Innovation and Digital Development Agency", "government"),
        ("Safavvy.org", "private_sector"),
    ]
    descriptions = [p.description for p in plan.partnerships.order_by("position")]
    assert descriptions[0] == "helping us to implement our mentorship program"
    assert all(descriptions)


def test_seed_closing_report_001_title_insights_and_blog(seeds):
    plan = plan_by_seed(1)
    assert plan.title == (
        "To progress STEM students need personal interaction with role models, individual approach"
    )
    assert plan.stage == Stage.CLOSING
    assert [i.text for i in plan.insights.order_by("position")] == [
        "To progress STEM students need personal interaction with role models, individual approach",
        "While advocating for women in STEM, need to include men into the dialogue",
        "Quotas for women in STEM could be applied, but there should be development work behind",
        "We have to be careful with positive discrimination issues",
    ]
    blog = Blog.objects.get(source_file=SEED[3].name)
    assert [link.blog for link in plan.blog_links.all()] == [blog]


def test_seed_closing_report_001_partners_by_sector(seeds):
    assert sorted(partners_of(plan_by_seed(1)), key=lambda p: (p[1], p[0])) == [
        ("Baku Oil Higher School", "academia"),
        ("State Oil Academy", "academia"),
        ("State Technical University", "academia"),
        ("Association of Women Scientists of Azerbaijan", "civil_society"),
        ("SmartNation", "civil_society"),
        ("Innovation and Digital Development Agency", "government"),
        ("American Chamber of Commerce", "private_sector"),
        ("Safavvy.org", "private_sector"),
    ]


def test_seed_plans_000_and_001_share_partner_records(seeds):
    plans = [plan_by_seed(0), plan_by_seed(1)]
    assert Partner.objects.filter(partnerships__plan__in=plans).distinct().count() == 8


def test_seed_closing_report_002(seeds):
    plan = plan_by_seed(2)
    assert list(plan.countries.values_list("code", flat=True)) == ["UZB"]
    assert tag_names(plan.data_sources) == [
        "ethnographic data",
        "focus group",
        "in-depth interviews",
    ]
    insights = list(plan.insights.values_list("text", flat=True))
    assert "Surprisingly many fathers support their daughters in getting STEM education" in insights
    names = Partner.objects.filter(partnerships__plan=plan).values_list("name", flat=True)
    assert not [n for n in names if n.casefold().startswith("n/a")]


def test_seed_blog_003(seeds):
    blog = Blog.objects.get(source_file=SEED[3].name)
    assert blog.title == "More women and girls in Azerbaijan are getting involved in science"
    assert blog.kind == BlogKind.BLOG
    assert blog.published_on == datetime.date(2022, 10, 13)
    assert blog.country_id == "AZE"
    assert [(a.name, a.role) for a in blog.authors.order_by("position")] == [
        ("Leyla Seyidzade", "Head of Exploration"),
        ("Nargiz Guliyeva", "Head of Solutions Mapping"),
    ]
    assert "Bridging the gender gap" in blog.body
    for boilerplate in ("Skip to main content", "WHO WE ARE", "Report Fraud", "© 2023"):
        assert boilerplate not in blog.body


def test_seed_blog_004(seeds):
    blog = Blog.objects.get(source_file=SEED[4].name)
    assert blog.title == "Join Community of Practices #STEM4ALL"
    assert blog.published_on == datetime.date(2021, 10, 12)
    assert blog.country_id == "KGZ"
    assert [a.name for a in blog.authors.all()] == ["Jenny Jenish Kyzy (Ensi Tszie)"]
    for boilerplate in ("Skip to main content", "WHO WE ARE", "Report Fraud", "READ MORE", "©"):
        assert boilerplate not in blog.body


def test_focal_point_emails_only_in_staff_field(seeds):
    emails = set(LearningPlan.objects.values_list("focal_point", flat=True))
    assert emails == {"leyla.seyidzade@undp.org", "farida.ahmatiy@undp.org"}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if not table.startswith("records_"):
                continue
            columns = [
                c.name
                for c in connection.introspection.get_table_description(cursor, table)
                if c.name != "focal_point"
            ]
            for column in columns:
                cursor.execute(f'SELECT "{column}" FROM "{table}"')
                values = " ".join(str(row[0]) for row in cursor.fetchall())
                assert not [e for e in emails if e in values], (table, column)


def test_every_record_keeps_its_source(seeds):
    for record in [*LearningPlan.objects.all(), *Blog.objects.all()]:
        data = (SEEDS / record.source_file).read_bytes()
        assert record.source_sha256 == hashlib.sha256(data).hexdigest()
        assert record.source_key
        assert record.imported_at is not None
        assert record.edited_since_import is False
    assert Blog.objects.get(source_file=SEED[3].name).source_key == (
        "https://undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-involved-science"
    )


# -- the import rules ----------------------------------------------------------------------


def test_same_document_under_another_name_is_the_same_record(db, tmp_path):
    run_import(SEED[0])
    copy = tmp_path / "renamed.md"
    copy.write_bytes(SEED[0].read_bytes().replace(b"throughout", b"all along"))
    lines, _ = run_import(copy)
    assert (
        lines[-1] == "1 files: 0 created, 1 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed"
    )
    plan = LearningPlan.objects.get()
    assert plan.source_file == "renamed.md"
    assert "all along" in plan.answer("title")


def test_changed_file_replaces_answers_without_duplicates(db, tmp_path):
    run_import(SEED[1])
    changed = tmp_path / SEED[1].name
    changed.write_bytes(SEED[1].read_bytes().replace(b"- Quotas for women", b"- Quotas for girls"))
    lines, _ = run_import(changed)
    assert lines[-1].startswith("1 files: 0 created, 1 updated")
    plan = LearningPlan.objects.get()
    assert plan.insights.count() == 4
    assert plan.insights.filter(text__startswith="Quotas for girls").count() == 1
    assert Partnership.objects.filter(plan=plan).count() == 8
    assert "Quotas for girls" in plan.search_document


def test_staff_edit_is_a_conflict_and_is_kept(db, tmp_path):
    run_import(SEED[0])
    plan = LearningPlan.objects.get()
    plan.title = "Women in STEM (edited)"
    plan.edited_since_import = True
    plan.save()
    changed = tmp_path / SEED[0].name
    changed.write_bytes(SEED[0].read_bytes() + b"\nMore text.\n")
    lines, code = run_import(changed)
    assert code == 0
    assert (
        lines[-1] == "1 files: 0 created, 0 updated, 0 unchanged, 1 conflicts, 0 skipped, 0 failed"
    )
    assert lines[0].startswith(f"conflict: {SEED[0].name}: edited in the admin")
    plan.refresh_from_db()
    assert plan.title == "Women in STEM (edited)"

    lines, _ = run_import(changed, overwrite=True)
    assert lines[-1].startswith("1 files: 0 created, 1 updated")
    plan.refresh_from_db()
    assert plan.title.startswith("Growing number of women in STEM")
    assert plan.edited_since_import is False


def test_unchanged_file_of_an_edited_record_is_unchanged(db):
    run_import(SEED[0])
    LearningPlan.objects.update(edited_since_import=True, title="Edited")
    lines, _ = run_import(SEED[0])
    assert lines[-1].startswith("1 files: 0 created, 0 updated, 1 unchanged, 0 conflicts")
    assert LearningPlan.objects.get().title == "Edited"


def test_failed_file_is_named_with_its_reason_and_the_run_goes_on(db, tmp_path):
    (tmp_path / "a_no_source.md").write_text("# A post\n\n[[type:blog]]\n\n[[year:2022]]\n")
    shutil.copy(SEED[3], tmp_path / "b_blog.md")
    lines, code = run_import(tmp_path)
    assert code == 1
    assert "failed: a_no_source.md: no [[source:]] URL" in lines[0]
    assert (
        lines[-1] == "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 1 failed"
    )
    assert Blog.objects.count() == 1


def test_failed_file_leaves_no_half_record(db, monkeypatch):
    def explode(self, plan, urls):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Importer, "link_blogs", explode)
    lines, code = run_import(SEED[1])
    assert code == 1
    assert "RuntimeError: disk on fire" in lines[0]
    assert LearningPlan.objects.count() == Insight.objects.count() == Partner.objects.count() == 0
    monkeypatch.undo()
    # Nothing was remembered from the failed file: a later run creates everything cleanly.
    lines, code = run_import(SEED[1])
    assert (code, LearningPlan.objects.count(), Partner.objects.count()) == (0, 1, 8)


def test_types_we_do_not_model_are_skipped(db):
    lines, _ = run_import(DATA / "solution")
    count = len(list((DATA / "solution").iterdir()))
    assert lines[-1] == (
        f"{count} files: 0 created, 0 updated, 0 unchanged, 0 conflicts, {count} skipped, 0 failed"
    )


def test_dry_run_reports_and_writes_nothing(db):
    lines, code = run_import(SEEDS, dry_run=True)
    assert lines[-2:] == ["dry run: nothing was written", SUMMARY_FIRST]
    assert LearningPlan.objects.count() == Blog.objects.count() == Partner.objects.count() == 0


def test_two_files_with_one_blog_url_stay_idempotent(db, tmp_path):
    shutil.copy(SEED[3], tmp_path / "a.md")
    (tmp_path / "b.md").write_bytes(SEED[3].read_bytes().replace(b"thirty", b"30"))
    first, _ = run_import(tmp_path)
    again, _ = run_import(tmp_path)
    assert (
        first[-1] == "2 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 1 skipped, 0 failed"
    )
    assert (
        again[-1] == "2 files: 0 created, 0 updated, 1 unchanged, 0 conflicts, 1 skipped, 0 failed"
    )
    assert "thirty" in Blog.objects.get().body


def test_blog_imported_after_the_plan_gets_linked(db):
    run_import(SEED[1])
    assert BlogLink.objects.get().blog is None
    run_import(SEED[3])
    assert BlogLink.objects.get().blog == Blog.objects.get()


def test_missing_path_is_an_error(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no such file or folder"):
        run_import("does-not-exist")


def test_normalise_url_ignores_scheme_www_query_and_slash():
    assert normalise_url("http://WWW.undp.org/a/blog/x/?utm=1#top") == "https://undp.org/a/blog/x"
    assert normalise_url("not a url") == ""


def test_merged_tag_spelling_maps_to_the_kept_tag(db, tmp_path):
    from records.admin.merging import merge_tags
    from records.models import DataSource

    run_import(SEED[0])
    merge_tags(
        DataSource.objects.get(slug="trend-watchers-news"), DataSource.objects.filter(slug="press")
    )
    changed = tmp_path / SEED[0].name
    changed.write_bytes(SEED[0].read_bytes() + b"\nOne more line.\n")
    lines, _ = run_import(changed)
    assert lines[-1].startswith("1 files: 0 created, 1 updated")
    assert tag_names(LearningPlan.objects.get().data_sources) == [
        "solutions mapping",
        "trend watchers news",
    ]
    assert not DataSource.objects.filter(slug="press").exists()
