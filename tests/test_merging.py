"""Merging two spellings of one partner or one tag, called directly as the admin's actions
call it."""

from records.enums import Sector
from records.merging import PartnerMerge, TagMerge, merge_partners, merge_tags
from records.models import DataSource, Partner, PartnerRedirect, Partnership
from tests.factories import make_imported_plan, make_partner


def test_merge_partners_takes_a_known_sector_for_an_unknown_one(db):
    keep, other = make_partner("UNDP AZ"), make_partner("UNDP Azerbaijan", Sector.UN)
    Partnership.objects.create(plan=make_imported_plan(), partner=other, description="Funds.")
    result = merge_partners(keep, [keep, other])
    assert result == PartnerMerge(moved=1, combined=0, aliases=1)
    keep.refresh_from_db()
    assert keep.sector == Sector.UN
    assert list(Partner.objects.all()) == [keep]
    assert sorted(keep.aliases.values_list("key", flat=True)) == ["undp az", "undp azerbaijan"]


def test_merge_partners_keeps_the_sector_of_the_kept_one(db):
    keep = make_partner("UNDP Azerbaijan", Sector.UN)
    merge_partners(keep, [make_partner("UNDP AZ", Sector.GOVERNMENT)])
    keep.refresh_from_db()
    assert keep.sector == Sector.UN


def test_merge_tags_keeps_the_merged_spellings_as_aliases(db):
    keep = DataSource.objects.create(name="news", aliases=["newspaper"])
    other = DataSource.objects.create(name="the news", aliases=["the-press"])
    make_imported_plan().data_sources.set([other])
    result = merge_tags(keep, DataSource.objects.filter(pk=other.pk))
    assert result == TagMerge(retagged=1, already_tagged=0)
    keep.refresh_from_db()
    assert keep.aliases == ["newspaper", "the-news", "the-press"]
    assert list(DataSource.objects.filter(name__contains="news")) == [keep]


def test_merge_partners_gives_the_kept_partner_the_chosen_name_and_keeps_every_name(db):
    keep, other = make_partner("UNIMA"), make_partner("University of Malawi")
    merge_partners(keep, [other], name="University of Malawi (UNIMA)")
    keep.refresh_from_db()
    assert (keep.name, keep.slug) == ("University of Malawi (UNIMA)", "unima")
    assert sorted(keep.aliases.values_list("key", flat=True)) == [
        "unima",
        "university of malawi",
        "university of malawi unima",
    ]


def test_merge_partners_redirects_the_merged_addresses_in_one_step_after_a_chain(db):
    a, b, c = make_partner("A one"), make_partner("B two"), make_partner("C three")
    merge_partners(b, [a])
    assert list(PartnerRedirect.objects.values_list("slug", "partner")) == [("a-one", b.pk)]
    merge_partners(c, [b])
    assert sorted(PartnerRedirect.objects.values_list("slug", "partner")) == [
        ("a-one", c.pk),
        ("b-two", c.pk),
    ]


def test_merging_back_into_a_merged_address_drops_its_redirect(db):
    a, b = make_partner("A one"), make_partner("B two")
    merge_partners(b, [a])
    revived = Partner.objects.create(name="A one", slug="a-one")  # staff add it again
    merge_partners(revived, [b])
    assert list(PartnerRedirect.objects.values_list("slug", "partner")) == [("b-two", revived.pk)]
