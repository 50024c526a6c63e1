"""The merge page's form: the record to keep among those selected, and the name it keeps."""

import pytest

from records.admin.merge_choice import MergeChoiceForm
from records.models import Partner


def partners(*names):
    return [Partner(pk=pk, name=name, slug=f"p{pk}") for pk, name in enumerate(names, 1)]


def test_merge_choice_suggests_keeping_the_record_most_plans_name():
    one, two = partners("One", "Two")
    one.plan_count, two.plan_count = 1, 3
    form = MergeChoiceForm([one, two], choose_name=True)
    assert (form["keep"].initial, form["name"].initial) == ("2", "")
    assert form.fields["keep"].choices == [
        ("1", 'One <span class="help">(1 plan)</span>'),
        ("2", 'Two <span class="help">(3 plans)</span>'),
    ]
    assert [value for value, _ in form.fields["name"].choices] == ["", "as:One", "as:Two", "typed"]


@pytest.mark.parametrize(
    "name, typed, chosen",
    [
        ("", "", ""),
        ("as:Two", "", "Two"),
        ("typed", "  The   One\x0b ", "The One"),
        ("typed", "x" * 255, "x" * 255),
    ],
)
def test_merge_choice_gives_the_record_to_keep_and_its_name(name, typed, chosen):
    records = partners("One", "Two")
    data = {"keep": "1", "name": name, "typed_name": typed}
    form = MergeChoiceForm(records, data, choose_name=True)
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["keep"], form.cleaned_data["name"]) == (records[0], chosen)


@pytest.mark.parametrize(
    "data, errors",
    [
        ({}, {"keep": ["Choose the partner to keep."]}),
        ({"keep": "3"}, {"keep": ["Choose the partner to keep."]}),
        ({"keep": "1", "name": "as:Three"}, {"name": ["Choose or type the name to keep."]}),
        ({"keep": "1", "name": "typed"}, {"typed_name": ["Choose or type the name to keep."]}),
        (
            {"keep": "1", "name": "typed", "typed_name": "x" * 256},
            {"typed_name": ["Choose or type the name to keep."]},
        ),
    ],
)
def test_merge_choice_refuses_a_record_or_name_not_offered(data, errors):
    form = MergeChoiceForm(partners("One", "Two"), data, choose_name=True)
    assert form.errors == errors


def test_merge_choice_of_tags_has_no_name():
    form = MergeChoiceForm(partners("One", "Two"), {"keep": "2", "name": "as:Nobody"})
    assert (form.is_valid(), list(form.fields)) == (True, ["keep"])
    assert form.cleaned_data == {"keep": form.records["2"]}
