from records.enums import Sector
from records.importing.lookups import Lookups
from records.models import Blog, DataSource, LearningPlan, Method, Partner, PartnerAlias
from tests.factories import run_import, seed_file


def tag_names(manager):
    return sorted(manager.names())


def test_lookups_country_codes_once_each_and_unknown_names_warned(db):
    warnings = []
    codes = Lookups().country_codes(
        ["Azerbaijan", "aze", "Null Island", "Atlantis", "Kenya"], warnings
    )
    assert codes == ["AZE", "KEN"]
    assert warnings == ["unknown country 'Atlantis'"]


def test_lookups_sdg_numbers_keep_only_real_goals(db):
    assert Lookups().sdg_numbers([5, 18, 0, 17]) == [5, 17]


def test_lookups_tags_ids_match_on_slug_and_create_once(db):
    lookups = Lookups()
    ids = lookups.tags.ids("methods", ["In-depth interviews", "in depth interviews", "Survey"])
    assert list(Method.objects.order_by("pk").values_list("pk", "name")) == [
        (ids[0], "In-depth interviews"),
        (ids[1], "Survey"),
    ]
    assert lookups.tags.ids("methods", ["IN DEPTH INTERVIEWS"]) == ids[:1]
    assert list(DataSource.objects.all()) == []


def test_lookups_discard_forgets_rows_of_a_failed_file(db):
    lookups = Lookups()
    [first] = lookups.partner_ids([("Baku State University", "academia")], [])
    lookups.discard()
    Partner.objects.all().delete()
    [second] = lookups.partner_ids([("Baku State University", "academia")], [])
    lookups.commit()
    assert second != first
    assert lookups.partner_ids([("baku state  university", "unknown")], []) == [second]
    assert list(PartnerAlias.objects.values_list("key", flat=True)) == ["baku state university"]


def test_lookups_partner_sector_fills_in_an_unknown_one(db):
    lookups = Lookups()
    [pk] = lookups.partner_ids([("SmartNation", "unknown")], [])
    lookups.partner_ids([("SmartNation", "civil_society")], [])
    lookups.partner_ids([("SmartNation", "government")], [])
    assert Partner.objects.get(pk=pk).sector == Sector.CIVIL_SOCIETY
    assert lookups.partner_ids([("...", "academia")], []) == [None]


def test_lookups_partner_ids_of_one_file_take_its_first_known_sector(db):
    lookups = Lookups()
    [known] = lookups.partner_ids([("Baku State University", "unknown")], [])
    mentions = [
        ("SmartNation", "unknown"),
        ("...", "academia"),
        ("smartnation", "civil_society"),
        ("Baku State University", "academia"),
        ("SMARTNATION", "government"),
    ]
    new, none, again, baku, once_more = lookups.partner_ids(mentions, [])
    assert (none, again, once_more, baku) == (None, new, new, known)
    assert list(Partner.objects.order_by("pk").values_list("name", "sector")) == [
        ("Baku State University", Sector.ACADEMIA),
        ("SmartNation", Sector.CIVIL_SOCIETY),
    ]


def test_lookups_slug_for_skips_slugs_taken_in_the_run(db):
    lookups = Lookups()
    assert [lookups.slug_for(Blog, "A post") for _ in range(3)] == [
        "a-post",
        "a-post-2",
        "a-post-3",
    ]
    assert Blog.objects.count() == 0


def test_merged_tag_spelling_maps_to_the_kept_tag(db, tmp_path):
    from records.merging import merge_tags

    run_import(seed_file(0))
    merge_tags(
        DataSource.objects.get(slug="trend-watchers-news"), DataSource.objects.filter(slug="press")
    )
    changed = tmp_path / seed_file(0).name
    changed.write_bytes(seed_file(0).read_bytes() + b"\nOne more line.\n")
    lines, _ = run_import(changed)
    assert lines[-1].startswith("1 file: 0 created, 1 updated")
    assert tag_names(LearningPlan.objects.get().data_sources) == [
        "solutions mapping",
        "trend watchers news",
    ]
    assert not DataSource.objects.filter(slug="press").exists()
