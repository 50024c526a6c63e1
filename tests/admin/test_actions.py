"""Changelist actions: each asks first, then does what it says and says what it did."""

from django.contrib.admin.models import CHANGE, LogEntry

from records.enums import Sector
from records.models import (
    Blog,
    DataSource,
    LearningPlan,
    Method,
    Partner,
    Partnership,
    TaggedDataSource,
)
from tests.admin.pages import messages_of, run_action, run_merge
from tests.factories import make_imported_plan, make_partner


def test_unpublish_asks_then_unpublishes_and_says_how_many(editor_client, editor):
    plans = [
        make_imported_plan("One"),
        make_imported_plan("Two"),
        make_imported_plan("Three", is_published=False),
    ]
    page = run_action(editor_client, LearningPlan, "unpublish", plans)
    assert page.template_name == "admin/records/confirm_action.html"
    assert [str(o) for o in page.context["objects"]] == ["One", "Three", "Two"]
    assert LearningPlan.objects.filter(is_published=False).count() == 1

    done = run_action(editor_client, LearningPlan, "unpublish", plans, post="yes")
    assert messages_of(done) == ["Unpublished 2 learning plans; 1 was already unpublished."]
    assert LearningPlan.objects.filter(is_published=True).count() == 0
    assert LearningPlan.objects.filter(edited_since_import=True).count() == 0
    assert sorted(
        LogEntry.objects.filter(user=editor, action_flag=CHANGE).values_list(
            "object_repr", flat=True
        )
    ) == ["One", "Two"]


def test_publish_publishes_selected_blogs(editor_client, blog):
    Blog.objects.update(is_published=False)
    done = run_action(editor_client, Blog, "publish", [blog], post="yes")
    assert messages_of(done) == ["Published 1 blog."]
    blog.refresh_from_db()
    assert blog.is_published is True


def test_merge_partners_moves_links_combines_descriptions_and_keeps_aliases(editor_client, editor):
    keep = make_partner("UNDP Azerbaijan", Sector.UN)
    other = make_partner("United Nations Development Programme, Azerbaijan")
    third = make_partner("UNDP AZ")
    both, only_other, only_third = (make_imported_plan(t) for t in ("Both", "Other", "Third"))
    Partnership.objects.create(plan=both, partner=keep, description="Funds the lab.")
    Partnership.objects.create(plan=both, partner=other, description="Hosts the team.")
    Partnership.objects.create(plan=only_other, partner=other, description="Advises.")
    Partnership.objects.create(plan=only_third, partner=third, description="")

    page = run_action(editor_client, Partner, "merge_selected_partners", [keep, other, third])
    assert page.template_name == "admin/records/confirm_action.html"
    assert page.context["choose"] is True
    assert Partner.objects.count() == 3

    done = run_merge(editor_client, Partner, "merge_selected_partners", [keep, other, third])
    assert messages_of(done) == [
        "Merged 2 partners into UNDP Azerbaijan: 2 partnerships moved, 1 combined."
    ]
    assert list(Partner.objects.all()) == [keep]
    assert sorted(Partnership.objects.values_list("plan__title", "description")) == [
        ("Both", "Funds the lab.\n\nHosts the team."),
        ("Other", "Advises."),
        ("Third", ""),
    ]
    assert sorted(keep.aliases.values_list("key", flat=True)) == [
        "undp az",
        "undp azerbaijan",
        "united nations development programme azerbaijan",
    ]
    assert LogEntry.objects.filter(user=editor).count() == 3


def test_merge_partners_needs_two_and_a_choice(editor_client):
    one, two = make_partner("One"), make_partner("Two")
    alone = run_action(editor_client, Partner, "merge_selected_partners", [one], post="yes")
    assert messages_of(alone) == ["Select at least two partners to merge."]
    unchosen = run_action(editor_client, Partner, "merge_selected_partners", [one, two], post="yes")
    assert messages_of(unchosen) == ["Choose the partner to keep."]
    assert Partner.objects.count() == 2


def test_merge_partners_offers_to_keep_the_one_most_plans_name(editor_client):
    common, rare = make_partner("UNDP Azerbaijan"), make_partner("UNDP Baku")
    for title in ("One", "Two"):
        Partnership.objects.create(plan=make_imported_plan(title), partner=common)
    Partnership.objects.create(plan=make_imported_plan("Three"), partner=rare)
    page = run_action(editor_client, Partner, "merge_selected_partners", [rare, common])
    assert page.context["keep"] == common
    assert [(p.name, p.plan_count) for p in page.context["objects"]] == [
        ("UNDP Azerbaijan", 2),
        ("UNDP Baku", 1),
    ]


def test_merge_tags_retags_plans_once_and_deletes_the_others(editor_client):
    keep, other = DataSource.objects.create(name="news"), DataSource.objects.create(name="News ")
    third = DataSource.objects.create(name="the news")
    both, one, two = (make_imported_plan(t) for t in ("Both", "One", "Two"))
    both.data_sources.set([keep, other])
    one.data_sources.set([other, third])
    two.data_sources.set([third])
    method = Method.objects.create(name="news")  # another facet: untouched

    done = run_merge(editor_client, DataSource, "merge_selected_tags", [keep, other, third])
    assert messages_of(done) == [
        "Merged 2 data sources into news: 2 plans retagged, 1 already had it."
    ]
    assert list(DataSource.objects.exclude(name="press")) == [keep]
    assert sorted(
        TaggedDataSource.objects.filter(tag=keep).values_list("content_object__title", flat=True)
    ) == ["Both", "One", "Two"]
    assert Method.objects.filter(pk=method.pk).exists()


def test_publish_confirmation_agrees_in_number(editor_client):
    one, two = make_imported_plan("One"), make_imported_plan("Two")
    single = run_action(editor_client, LearningPlan, "unpublish", [one])
    both = run_action(editor_client, LearningPlan, "publish", [one, two])
    assert (single.context["title"], single.context["question"]) == (
        "Unpublish 1 learning plan?",
        "This learning plan will disappear from every public page, list, feed and export. "
        "Staff can still see and edit it here.",
    )
    assert (both.context["title"], both.context["question"]) == (
        "Publish 2 learning plans?",
        "These 2 learning plans will appear on the public site.",
    )


def test_merge_confirmation_says_what_becomes_of_the_other_ones(editor_client):
    one, two = make_partner("One"), make_partner("Two")
    page = run_action(editor_client, Partner, "merge_selected_partners", [one, two])
    assert page.context["question"] == (
        "Choose the one to keep. Every plan that names another of them will name it instead, "
        "keeping the plan's description; every name becomes an alias the importer recognises, "
        "and every other one's page redirects to its page. Every other one is then deleted."
    )
