from records.enums import Sector
from records.importing import Importer
from records.importing.lookups import Lookups
from records.models import (
    Blog,
    DataSource,
    LearningPlan,
    Method,
    Partner,
    PartnerAlias,
    Partnership,
)
from tests.factories import plan_text, run_import, seed_file


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


def test_lookups_a_partner_every_country_has_is_one_per_country(db):
    lookups = Lookups()
    mentions = [
        ("Ministry of Health", "government"),
        ("UNDP CO", "un"),
        ("Ministry of Health of Kenya", "government"),
        ("UNICEF", "un"),
    ]
    kenya = lookups.partner_ids(mentions, [], ["KEN"])
    assert lookups.partner_ids(mentions, [], ["KEN"]) == kenya
    azerbaijan = lookups.partner_ids(mentions, [], ["AZE"])
    assert [a == k for a, k in zip(azerbaijan, kenya, strict=True)] == [False, False, True, True]
    assert Partner.objects.filter(name="Ministry of Health").count() == 2
    assert "ministry of health @ken" in set(PartnerAlias.objects.values_list("key", flat=True))
    # A plan of no known country keys such a name by itself.
    assert lookups.partner_ids(mentions[:1], [], []) == lookups.partner_ids(mentions[:1], [])


def test_plans_of_two_countries_never_share_a_ministry_they_both_name(db):
    def plan(country):
        return plan_text(
            f"[[country:{country}]]\n\n> Please state the name of the partner:\n\n"
            "Ministry of Health\n\n> Please state the name of the partner:\n\nUNICEF\n",
            title=f"Clinics in {country}",
        )

    files = [(f"{c}.md", plan(c).encode()) for c in ("Kenya", "Azerbaijan", "Kenya")]
    files[2] = ("kenya-2.md", plan("Kenya").replace("Clinics", "Schools").encode())
    Importer().run(files)
    partnerships = Partnership.objects.values_list("plan__title", "partner_id", "partner__name")
    by_plan = {}
    for title, pk, name in partnerships:
        by_plan.setdefault(name, {})[title] = pk
    ministry, unicef = by_plan["Ministry of Health"], by_plan["UNICEF"]
    assert ministry["Clinics in Kenya"] == ministry["Schools in Kenya"]
    assert ministry["Clinics in Kenya"] != ministry["Clinics in Azerbaijan"]
    assert len(set(unicef.values())) == 1
