"""The archive's sector values are the site's: records.enums.Sector holds every one it emits."""

from records.archive import sectors
from records.enums import Sector
from tests.factories import DATA, parse_file, seed_path


def test_every_sector_the_archive_emits_is_a_sector_choice():
    assert sectors.SECTORS.issubset(Sector.values)


def test_partner_sectors_of_the_real_plans_are_emitted_sectors():
    plans = [*sorted((DATA / "learningplan").glob("*.md")), seed_path("000"), seed_path("001")]
    found = {mention.sector for path in plans for mention in parse_file(path).partners}
    assert found == set(Sector.values)  # the real plans name every sector
    assert found <= sectors.SECTORS
