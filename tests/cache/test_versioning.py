"""The data version: every write bumps it once per committed transaction, from any path."""

import pytest
from django.db import transaction

from records import versioning
from records.models import Insight, LearningPlan, Partner
from records.versioning import DataVersion, bump, current
from tests.factories import make_plan

pytestmark = pytest.mark.django_db


def test_current_is_one_query(django_assert_num_queries):
    number = DataVersion.objects.get().number
    with django_assert_num_queries(1):
        assert current() == number


def test_current_inside_pinned_is_the_pinned_value_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0), versioning.pinned(42):
        assert current() == 42


def test_bump_outside_a_transaction_writes_at_once(committed):
    before = current()
    with committed():
        bump()
    assert current() == before + 1


def test_bumps_in_one_transaction_write_the_version_once(committed):
    before = current()
    with committed() as callbacks, transaction.atomic():
        for _ in range(50):
            bump()
        make_plan("Many writes", countries=["AZE"], sdgs=[5], insights=["One.", "Two."])
    assert (len(callbacks), current()) == (1, before + 1)


def test_each_transaction_bumps_once(committed):
    before = current()
    for n in range(3):
        with committed(), transaction.atomic():
            make_plan(f"Plan {n}")
    assert current() == before + 3


def test_a_rolled_back_savepoint_bumps_nothing_and_a_later_write_still_bumps(
    committed,
):
    before = current()
    with committed() as callbacks, transaction.atomic():
        try:
            with transaction.atomic():
                make_plan("Rolled back")
                raise RuntimeError
        except RuntimeError:
            pass
        assert callbacks == []
        Partner.objects.create(name="Kept", slug="kept")
    assert (len(callbacks), current()) == (1, before + 1)


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda plan: plan.save(), id="save"),
        pytest.param(lambda plan: plan.countries.add("KEN"), id="m2m add"),
        pytest.param(lambda plan: plan.sdgs.clear(), id="m2m clear"),
        pytest.param(lambda plan: plan.thematic_areas.add("youth"), id="tag add"),
        pytest.param(lambda plan: plan.insights.first().delete(), id="child delete"),
        pytest.param(lambda plan: Insight.objects.filter(plan=plan).delete(), id="queryset delete"),
        pytest.param(lambda plan: plan.delete(), id="delete"),
    ],
)
def test_writes_that_send_signals_bump(write, committed):
    with committed():
        plan = make_plan("Signals", countries=["AZE"], sdgs=[5], insights=["One."])
    before = current()
    with committed():
        write(plan)
    assert current() == before + 1


def test_queryset_update_sends_no_signal_so_needs_bump(committed):
    with committed():
        make_plan("Quiet")
    before = current()
    with committed():
        LearningPlan.objects.update(is_published=False)
    assert current() == before
    with committed():
        LearningPlan.objects.update(is_published=True)
        bump()
    assert current() == before + 1


def test_a_missing_row_is_recreated_from_the_clock(committed):
    DataVersion.objects.all().delete()
    assert current() == 0
    with committed():
        bump()
    # Microseconds since 1970: never a number an earlier database's counter reached.
    assert current() > 1_700_000_000_000_000
