"""The partner merge suggestions page: each group of look-alike partners with its reasons,
posting to the merge action's confirmation page."""

import pytest

from records.models import Partner, Partnership
from tests.admin.pages import changelist_url, messages_of, run_merge
from tests.factories import (
    make_imported_plan,
    make_partner,
    make_partners,
    make_plan,
    make_plans,
)

SUGGESTIONS = "/admin/records/partner/merge-suggestions/"


def merge(client, keep, other, **choices):
    return run_merge(client, Partner, "merge_selected_partners", [keep, other], **choices)


def partners_of(response):
    return [[p.name for p in s.partners] for s in response.context["page_obj"]]


def test_suggestions_list_each_group_with_its_reasons_most_plans_first(editor_client):
    make_plan("Malawi plan", countries=["MWI"], partners=[("University of Malawi", "academia")])
    make_plan("Other plan", countries=["MWI"], partners=[("UNIMA", "academia")])
    make_plan("Third", countries=["MWI"], partners=[("University of Malawi", "academia")])
    make_plan("Zambia plan", countries=["ZMB"], partners=[("University of Zambia", "academia")])
    make_partner("Citizen Lab")
    make_partner("Citizenlab")
    make_partner("Ministry of Health")  # one per country: with no plan, no country
    make_partner("the Ministry of Health")

    response = editor_client.get(SUGGESTIONS)

    assert partners_of(response) == [
        ["University of Malawi", "UNIMA"],
        ["Citizen Lab", "Citizenlab"],
    ]
    assert [s.reasons for s in response.context["page_obj"]] == [
        ["“UNIMA” is the acronym of “University of Malawi”."],
        [
            "“Citizen Lab” and “Citizenlab” differ only in case, accents, punctuation, “the” "
            "or plurals."
        ],
    ]
    html = response.content.decode()
    assert "(3 plans)" in html
    unima = Partner.objects.get(name="UNIMA")
    assert f'name="_selected_action" value="{unima.pk}" id="merge-{unima.pk}" checked' in html


def test_suggestions_page_is_linked_from_the_changelist_for_staff_who_may_merge(
    editor_client, client, editor
):
    assert f'href="{SUGGESTIONS}"' in editor_client.get(changelist_url(Partner)).content.decode()
    viewer = type(editor).objects.create_user("viewer", password="pw", is_staff=True)
    client.force_login(viewer)
    assert client.get(SUGGESTIONS).status_code == 403


def test_suggestion_posts_to_the_confirmation_page_with_a_choice_of_name(editor_client):
    keep, other = make_partner("University of Malawi"), make_partner("University of Malawi (UNIMA)")
    page = editor_client.post(
        changelist_url(Partner),
        {
            "action": "merge_selected_partners",
            "index": "0",
            "_selected_action": [keep.pk, other.pk],
        },
    )
    assert page.template_name == "admin/records/confirm_action.html"
    assert page.context["names"] == ["University of Malawi", "University of Malawi (UNIMA)"]
    html = page.content.decode()
    assert 'value="as:University of Malawi (UNIMA)"' in html
    assert (
        '<input type="radio" name="name" value="" id="id_name_0" checked> The kept one’s own name'
        in html
    )


@pytest.mark.parametrize(
    "choice, typed, name",
    [
        ("", "", "University of Malawi"),
        ("as:University of Malawi (UNIMA)", "", "University of Malawi (UNIMA)"),
        ("typed", "  University  of Malawi, Zomba ", "University of Malawi, Zomba"),
    ],
)
def test_merge_keeps_the_chosen_name_and_the_kept_address(editor_client, choice, typed, name):
    keep, other = make_partner("University of Malawi"), make_partner("University of Malawi (UNIMA)")
    Partnership.objects.create(plan=make_imported_plan(), partner=other)
    done = merge(editor_client, keep, other, name=choice, typed_name=typed)
    assert messages_of(done) == [f"Merged 1 partner into {name}: 1 partnership moved, 0 combined."]
    assert list(Partner.objects.values_list("name", "slug")) == [(name, "university-of-malawi")]


@pytest.mark.parametrize(
    "choice, typed", [("typed", "   "), ("as:Somebody else", ""), ("typed", "x" * 256)]
)
def test_merge_refuses_a_name_not_chosen_from_the_page(editor_client, choice, typed):
    one, two = make_partner("One"), make_partner("Two")
    done = merge(editor_client, one, two, name=choice, typed_name=typed)
    assert messages_of(done) == ["Choose or type the name to keep."]
    assert Partner.objects.count() == 2


@pytest.mark.parametrize("groups", [1, 60])
def test_suggestions_page_query_count_is_fixed(editor_client, django_assert_num_queries, groups):
    plans = make_plans(
        {"title": f"Plan {n}", "stage": "closing", "countries": ["AZE"]} for n in range(groups)
    )
    partners = make_partners(
        name for n in range(groups) for name in (f"Agency number {n}", f"The Agency number {n}")
    )
    # Plan n and its two agencies, the partners 2n and 2n + 1.
    Partnership.objects.bulk_create(
        Partnership(plan=plans[index // 2], partner=partner)
        for index, partner in enumerate(partners)
    )
    # Session, user, permissions (user and group), the data version, then partners, their
    # countries and the countries' names; from the cache until the next write.
    with django_assert_num_queries(8):
        response = editor_client.get(SUGGESTIONS)
    assert len(response.context["page_obj"]) == min(groups, 50)
    assert response.context["page_obj"].paginator.count == groups
    with django_assert_num_queries(5):
        again = editor_client.get(SUGGESTIONS, {"page": 2})
    assert again.context["page_obj"].paginator.count == groups


def test_suggestions_follow_a_merge(editor_client):
    keep, other = make_partner("Citizen Lab"), make_partner("Citizenlab")
    assert partners_of(editor_client.get(SUGGESTIONS)) == [["Citizen Lab", "Citizenlab"]]
    merge(editor_client, keep, other)
    assert partners_of(editor_client.get(SUGGESTIONS)) == []


def test_suggestions_come_fifty_a_page(editor_client):
    for n in range(51):
        make_partner(f"Agency number {n:02d}")
        make_partner(f"The Agency number {n:02d}")
    first, second = editor_client.get(SUGGESTIONS), editor_client.get(SUGGESTIONS, {"page": 2})
    assert len(partners_of(first)) == 50
    assert partners_of(second) == [["Agency number 50", "The Agency number 50"]]
    assert '<a href="?page=2">Next</a>' in first.content.decode()
    assert "51 suggestions, page 2 of 2." in second.content.decode()


def test_suggestions_and_their_reasons_speak_each_staff_members_language(editor_client):
    make_partner("Citizen Lab")
    make_partner("Citizenlab")

    french = editor_client.get(SUGGESTIONS, HTTP_ACCEPT_LANGUAGE="fr")
    english = editor_client.get(SUGGESTIONS, HTTP_ACCEPT_LANGUAGE="en")

    assert "1 suggestion." in french.content.decode()
    assert "Fusionner…" in french.content.decode()
    assert [s.reasons for s in french.context["page_obj"]] == [
        [
            "«\xa0Citizen Lab\xa0» et «\xa0Citizenlab\xa0» ne diffèrent que par la casse, les "
            "accents, la ponctuation, «\xa0the\xa0» ou des pluriels."
        ]
    ]
    assert [s.reasons for s in english.context["page_obj"]] == [
        [
            "“Citizen Lab” and “Citizenlab” differ only in case, accents, punctuation, “the” "
            "or plurals."
        ]
    ]
