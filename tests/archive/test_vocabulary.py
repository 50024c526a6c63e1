"""The archive's vocabularies are the site's: records.enums.Sector holds every sector it
emits, records.enums.AnswerKey every answer key."""

from records.archive import prompts, sectors
from records.enums import AnswerKey, Sector
from tests.factories import DATA, parse_file, seed_path


def test_every_sector_the_archive_emits_is_a_sector_choice():
    assert sectors.SECTORS.issubset(Sector.values)


def test_partner_sectors_of_the_real_plans_are_emitted_sectors():
    plans = [*sorted((DATA / "learningplan").glob("*.md")), seed_path("000"), seed_path("001")]
    found = {mention.sector for path in plans for mention in parse_file(path).partners}
    assert found == set(Sector.values)  # the real plans name every sector
    assert found <= sectors.SECTORS


def test_the_answer_keys_the_archive_emits_are_the_answer_key_choices():
    assert set(AnswerKey.values) == prompts.ANSWER_KEYS
