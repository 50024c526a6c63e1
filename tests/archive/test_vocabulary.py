"""The archive's sector values are the site's: records.enums.Sector holds every one it emits."""

from records.archive import sectors
from records.enums import Sector


def test_every_sector_the_archive_emits_is_a_sector_choice():
    assert set(Sector.values) >= sectors.SECTORS


def test_sectors_cover_the_sector_of_every_word_name_and_prompt():
    emitted = {
        sectors.sector_word("ngo"),
        sectors.sector_in_name("no clue"),
        *sectors.SECTOR_OF_PROMPT.values(),
    }
    assert emitted <= sectors.SECTORS
    assert set(Sector.values) == sectors.SECTORS
