"""The staff admin: pages, edit tracking, actions, the import page and the Lab editor role."""

import io
import zipfile
from html.parser import HTMLParser

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from records.importing.uploads import MAX_FILE_BYTES
from records.enums import Sector, Stage
from records.models import (
    SDG,
    Blog,
    BlogAuthor,
    BlogLink,
    Country,
    DataSource,
    Insight,
    LearningPlan,
    Method,
    Partner,
    PartnerAlias,
    Partnership,
    PlanAnswer,
    Region,
    TaggedDataSource,
    ThematicArea,
    partner_key,
)
from tests.factories import SEEDS, run_import

# -- builders ----------------------------------------------------------------------------------


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Lab editor"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def make_partner(name, sector=Sector.UNKNOWN):
    partner = Partner.objects.create(name=name, slug=name.lower().replace(" ", "-"), sector=sector)
    PartnerAlias.objects.create(partner=partner, key=partner_key(name))
    return partner


def make_plan(title="Women in STEM", slug=None, **fields):
    fields.setdefault("stage", Stage.CLOSING)
    fields.setdefault("year", 2023)
    plan = LearningPlan.objects.create(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        source_key=f"learningplan:{title}",
        source_file=f"learningplan/{title}.md",
        source_sha256="a" * 64,
        parse_warnings=["unknown country 'Atlantis'"],
        **fields,
    )
    PlanAnswer.objects.bulk_create(
        [
            PlanAnswer(
                plan=plan, position=0, section="Title", prompt="Name your plan.", text=title
            ),
            PlanAnswer(
                plan=plan,
                position=1,
                section="Challenge statement",
                prompt="What is your challenge?",
                key="challenge_statement",
                text="Women leave STEM fields early.",
            ),
        ]
    )
    Insight.objects.bulk_create(
        [
            Insight(plan=plan, position=0, text="Mentoring keeps women in STEM."),
            Insight(plan=plan, position=1, text="Employers want data."),
        ]
    )
    plan.countries.set(["AZE"])
    plan.sdgs.set([5])
    plan.thematic_areas.add("gender focus")
    plan.methods.add("sensemaking")
    plan.data_sources.add("press")
    plan.search_document = plan.build_search_document()
    plan.save()
    return plan


@pytest.fixture
def plan(db):
    plan = make_plan()
    Partnership.objects.create(
        plan=plan, partner=make_partner("Baku University"), description="Hosts the lab."
    )
    BlogLink.objects.create(plan=plan, url="https://example.org/blog/stem")
    return plan


@pytest.fixture
def blog(db):
    blog = Blog.objects.create(
        title="What we learnt in Baku",
        slug="what-we-learnt-in-baku",
        source_url="https://example.org/blog/stem",
        source_key="https://example.org/blog/stem",
        year=2023,
        country_id="AZE",
        body="First paragraph.\n\nSecond paragraph.",
    )
    BlogAuthor.objects.create(blog=blog, name="Leyla", role="Head of exploration")
    return blog


class FormReader(HTMLParser):
    """The values a browser would submit with the form whose id is given."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.data, self.in_form = {}, False
        self.textarea = self.select = None
        self.multiple = set()

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id") == self.form_id
        if not self.in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(attrs["name"], attrs.get("value", "on"))
            elif kind not in ("submit", "file", "button"):
                self.add(attrs["name"], attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.add(self.textarea, "")
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            # A textarea's content starts after one newline the template puts there.
            self.data[self.textarea][-1] += data.removeprefix("\n")


def form_data(response):
    """What the admin change form on `response` submits unchanged."""
    reader = FormReader(f"{response.context['opts'].model_name}_form")
    reader.feed(response.content.decode())
    return {name: values if len(values) > 1 else values[0] for name, values in reader.data.items()}


def change_url(obj):
    return reverse(f"admin:records_{obj._meta.model_name}_change", args=[obj.pk])


def changelist_url(model):
    return reverse(f"admin:records_{model._meta.model_name}_changelist")


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# -- pages -------------------------------------------------------------------------------------

PAGES = [
    (LearningPlan, "Women in STEM"),
    (Insight, "Mentoring keeps women in STEM."),
    (PlanAnswer, "What is your challenge?"),
    (Partner, "Baku University"),
    (PartnerAlias, "baku university"),
    (Partnership, "Baku University"),
    (Blog, "What we learnt in Baku"),
    (BlogAuthor, "Leyla"),
    (BlogLink, "https://example.org/blog/stem"),
    (ThematicArea, "gender focus"),
    (Method, "sensemaking"),
    (DataSource, "press"),
    (Country, "Azerbaijan"),
    (Region, "Western Asia"),
    (SDG, "Gender equality"),
]


@pytest.mark.parametrize(("model", "shown"), PAGES, ids=[m.__name__ for m, _ in PAGES])
def test_admin_pages_render_for_editor(editor_client, plan, blog, model, shown):
    listing = editor_client.get(changelist_url(model))
    assert listing.status_code == 200
    assert shown in listing.content.decode()
    obj = model.objects.get(pk=listing.context["cl"].result_list[0].pk)
    change = editor_client.get(change_url(obj))
    assert change.status_code == 200
    assert change.context["original"] == obj
    add = editor_client.get(reverse(f"admin:records_{model._meta.model_name}_add"))
    assert add.status_code == 200
    assert add.context["add"] is True


def test_registered_models_cover_every_records_model_but_tag_links():
    from django.apps import apps
    from django.contrib import admin

    unregistered = {
        m.__name__
        for m in apps.get_app_config("records").get_models()
        if m not in admin.site._registry
    }
    assert unregistered == {"TaggedThematicArea", "TaggedMethod", "TaggedDataSource"}
    assert {m for m, _ in PAGES} == set(apps.get_app_config("records").get_models()) - {
        apps.get_model("records", n) for n in unregistered
    }


def test_plan_change_form_shows_answers_in_order_and_the_source(editor_client, plan):
    PlanAnswer.objects.filter(plan=plan, position=0).update(position=5)
    response = editor_client.get(change_url(plan))
    page = response.content.decode()
    answers = response.context["inline_admin_formsets"][2].formset
    assert [f.instance.prompt for f in answers.forms] == [
        "What is your challenge?",
        "Name your plan.",
    ]
    assert "learningplan/Women in STEM.md" in page
    assert "a" * 64 in page
    assert "<li>unknown country &#x27;Atlantis&#x27;</li>" in page
    assert 'href="/admin/r/' in page  # View on site
    assert 'name="slug"' not in page  # kept: public links use it
    assert 'name="partnerships-0-partner"' in page and "admin-autocomplete" in page


def test_blog_change_form_edits_body_authors_date_country_kind(editor_client, blog):
    data = form_data(editor_client.get(change_url(blog)))
    data.update(
        {
            "body": "Only paragraph.",
            "published_on": "2023-05-04",
            "country": "GEO",
            "kind": "publication",
            "authors-0-name": "Leyla Seyidzade",
        }
    )
    response = editor_client.post(change_url(blog), data)
    assert response.status_code == 302
    blog.refresh_from_db()
    assert (blog.body, str(blog.published_on), blog.country_id, blog.kind) == (
        "Only paragraph.",
        "2023-05-04",
        "GEO",
        "publication",
    )
    assert list(blog.authors.values_list("name", flat=True)) == ["Leyla Seyidzade"]
    assert blog.edited_since_import is True
    assert blog.search_document == "What we learnt in Baku\nOnly paragraph."


# -- roles -------------------------------------------------------------------------------------


def test_lab_editor_group_edits_records_but_not_users(db):
    perms = set(
        Group.objects.get(name="Lab editor").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert ("records", "change_learningplan") in perms
    assert ("records", "delete_partner") in perms
    assert ("records", "view_datasource") in perms
    assert {app for app, _ in perms} == {"records"}
    assert len(perms) == 4 * 18


def test_editor_cannot_reach_user_management(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_user_add")).status_code == 403
    index = editor_client.get(reverse("admin:index"))
    apps = [app["app_label"] for app in index.context["app_list"]]
    assert apps == ["records"]
    assert reverse("admin:records_import") in index.content.decode()


def test_superuser_reaches_user_management(admin_client):
    response = admin_client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 200
    assert "admin" in [u.username for u in response.context["cl"].result_list]


# -- query counts ------------------------------------------------------------------------------


def many_plans(n):
    """n plans in two countries, each with its own partner, two answers and two insights,
    and n blogs; built in bulk to keep the test fast."""
    plans = LearningPlan.objects.bulk_create(
        LearningPlan(title=f"Plan {i}", slug=f"plan-{i}", year=2020 + i % 4) for i in range(n)
    )
    partners = Partner.objects.bulk_create(
        Partner(name=f"Partner {i}", slug=f"partner-{i}") for i in range(n)
    )
    PartnerAlias.objects.bulk_create(PartnerAlias(partner=p, key=p.slug) for p in partners)
    Partnership.objects.bulk_create(
        Partnership(plan=plan, partner=partner)
        for plan, partner in zip(plans, partners, strict=True)
    )
    PlanAnswer.objects.bulk_create(
        PlanAnswer(plan=plan, position=i, prompt=f"Prompt {i}") for plan in plans for i in (0, 1)
    )
    Insight.objects.bulk_create(
        Insight(plan=plan, position=i, text=f"Insight {i}") for plan in plans for i in (0, 1)
    )
    Through = LearningPlan.countries.through
    Through.objects.bulk_create(
        Through(learningplan=plan, country_id=code) for plan in plans for code in ("AZE", "GEO")
    )
    Blog.objects.bulk_create(
        Blog(
            title=f"Blog {i}",
            slug=f"blog-{i}",
            source_url=f"https://example.org/{i}",
            country_id="AZE",
            year=2023,
        )
        for i in range(n)
    )


# Session, user, permissions (user and group), then each changelist's own queries.
CHANGELIST_QUERIES = {
    LearningPlan: 14,
    Insight: 12,
    Blog: 12,
    Partner: 11,
    Partnership: 9,
    PlanAnswer: 9,
}


@pytest.mark.parametrize("rows", [1, 100])
@pytest.mark.parametrize("model", CHANGELIST_QUERIES, ids=lambda m: m.__name__)
def test_changelist_query_count_is_fixed(editor_client, django_assert_num_queries, model, rows):
    many_plans(rows)
    with django_assert_num_queries(CHANGELIST_QUERIES[model]):
        response = editor_client.get(changelist_url(model))
    assert len(response.context["cl"].result_list) == min(model.objects.count(), 100)
    assert model.objects.count() >= rows


# -- edits are tracked -------------------------------------------------------------------------


def test_plan_save_marks_edited_rebuilds_search_and_logs_inline_changes(
    editor_client, editor, plan
):
    data = form_data(editor_client.get(change_url(plan)))
    assert data["insights-0-text"] == "Mentoring keeps women in STEM."
    data["insights-0-text"] = "Mentoring keeps women in STEM jobs."
    response = editor_client.post(change_url(plan), data)
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.edited_since_import is True
    assert "Mentoring keeps women in STEM jobs." in plan.search_document.splitlines()
    entry = LogEntry.objects.get(object_id=str(plan.pk), action_flag=CHANGE)
    assert entry.user == editor
    assert entry.get_change_message() == (
        "Changed Text for insight “Mentoring keeps women in STEM jobs.”."
    )
    history = editor_client.get(reverse("admin:records_learningplan_history", args=[plan.pk]))
    assert [(e.user.username, e.get_change_message()) for e in history.context["action_list"]] == [
        ("editor", "Changed Text for insight “Mentoring keeps women in STEM jobs.”.")
    ]


def test_plan_save_of_answer_alone_marks_edited(editor_client, plan):
    data = form_data(editor_client.get(change_url(plan)))
    data["answers-1-text"] = "Women leave STEM jobs early."
    editor_client.post(change_url(plan), data)
    plan.refresh_from_db()
    assert plan.edited_since_import is True
    assert plan.answer("challenge_statement") == "Women leave STEM jobs early."


def test_plan_save_that_only_publishes_does_not_mark_edited(editor_client, plan):
    plan.is_published = False
    plan.save()
    data = form_data(editor_client.get(change_url(plan)))
    data["is_published"] = "on"
    editor_client.post(change_url(plan), data)
    plan.refresh_from_db()
    assert (plan.is_published, plan.edited_since_import) == (True, False)


def test_plan_inline_insights_add_delete_and_reorder(editor_client, plan):
    first, second = plan.insights.all()
    data = form_data(editor_client.get(change_url(plan)))
    # Split the second insight in two, put the new half first, delete the first insight.
    data.update(
        {
            "insights-1-text": "Employers want data",
            "insights-2-position": "0",
            "insights-2-text": "Employers want stories",
            "insights-2-plan": str(plan.pk),
            "insights-TOTAL_FORMS": "3",
            "insights-0-DELETE": "on",
        }
    )
    response = editor_client.post(change_url(plan), data)
    assert response.status_code == 302
    assert list(plan.insights.values_list("position", "text")) == [
        (0, "Employers want stories"),
        (1, "Employers want data"),
    ]


def test_plan_new_inline_row_goes_last_by_default(editor_client, plan):
    response = editor_client.get(change_url(plan))
    assert 'name="insights-__prefix__-position" value="2"' in response.content.decode()


def test_plan_partnership_inline_changes_partner(editor_client, plan):
    other = make_partner("Azerbaijan Women Network")
    data = form_data(editor_client.get(change_url(plan)))
    data["partnerships-0-partner"] = str(other.pk)
    editor_client.post(change_url(plan), data)
    assert list(plan.partnerships.values_list("partner__name", "description")) == [
        ("Azerbaijan Women Network", "Hosts the lab.")
    ]


def test_plan_sdgs_and_tags_are_editable(editor_client, plan):
    data = form_data(editor_client.get(change_url(plan)))
    assert data["sdgs"] == "5"
    assert data["data_sources"] == "press"
    data.update({"sdgs": ["4", "5"], "data_sources": "press, social media", "methods": ""})
    editor_client.post(change_url(plan), data)
    assert list(plan.sdgs.values_list("number", flat=True)) == [4, 5]
    assert sorted(plan.data_sources.names()) == ["press", "social media"]
    assert list(plan.methods.names()) == []


def test_insight_edited_on_its_own_marks_its_plan(editor_client, plan):
    insight = plan.insights.first()
    data = form_data(editor_client.get(change_url(insight)))
    data["text"] = "Mentors keep women in STEM."
    editor_client.post(change_url(insight), data)
    plan.refresh_from_db()
    assert plan.edited_since_import is True
    assert "Mentors keep women in STEM." in plan.search_document


def test_admin_edit_then_import_of_changed_file_is_a_conflict_and_keeps_edit(
    editor_client, seeds, tmp_path
):
    plan = LearningPlan.objects.get(source_file="000_8bb2515b9a91dbf4.txt")
    data = form_data(editor_client.get(change_url(plan)))
    data["title"] = "Women in STEM careers in Azerbaijan"
    assert editor_client.post(change_url(plan), data).status_code == 302

    changed = tmp_path / "000_8bb2515b9a91dbf4.txt"
    changed.write_bytes((SEEDS / changed.name).read_bytes() + b"\nOne more line.\n")
    lines, code = run_import(changed)

    assert code == 0
    assert lines[-1] == (
        "1 files: 0 created, 0 updated, 0 unchanged, 1 conflicts, 0 skipped, 0 failed"
    )
    assert lines[0].startswith("conflict: 000_8bb2515b9a91dbf4.txt: edited in the admin")
    plan.refresh_from_db()
    assert plan.title == "Women in STEM careers in Azerbaijan"
    assert plan.edited_since_import is True


# -- actions -----------------------------------------------------------------------------------


def run_action(client, model, action, objects, **extra):
    return client.post(
        changelist_url(model),
        {"action": action, "_selected_action": [o.pk for o in objects], **extra},
        follow=extra.get("post") == "yes",
    )


def test_unpublish_asks_then_unpublishes_and_says_how_many(editor_client, editor):
    plans = [make_plan("One"), make_plan("Two"), make_plan("Three", is_published=False)]
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
    both, only_other, only_third = make_plan("Both"), make_plan("Other"), make_plan("Third")
    Partnership.objects.create(plan=both, partner=keep, description="Funds the lab.")
    Partnership.objects.create(plan=both, partner=other, description="Hosts the team.")
    Partnership.objects.create(plan=only_other, partner=other, description="Advises.")
    Partnership.objects.create(plan=only_third, partner=third, description="")

    page = run_action(editor_client, Partner, "merge_selected_partners", [keep, other, third])
    assert page.template_name == "admin/records/confirm_action.html"
    assert page.context["choose"] is True
    assert Partner.objects.count() == 3

    done = run_action(
        editor_client,
        Partner,
        "merge_selected_partners",
        [keep, other, third],
        post="yes",
        keep=str(keep.pk),
    )
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


def test_merge_tags_retags_plans_once_and_deletes_the_others(editor_client):
    keep, other = DataSource.objects.create(name="news"), DataSource.objects.create(name="News ")
    third = DataSource.objects.create(name="the news")
    both, one, two = make_plan("Both"), make_plan("One"), make_plan("Two")
    both.data_sources.set([keep, other])
    one.data_sources.set([other, third])
    two.data_sources.set([third])
    method = Method.objects.create(name="news")  # another facet: untouched

    done = run_action(
        editor_client,
        DataSource,
        "merge_selected_tags",
        [keep, other, third],
        post="yes",
        keep=str(keep.pk),
    )
    assert messages_of(done) == [
        "Merged 2 data sources into news: 2 plans retagged, 1 already had it."
    ]
    assert list(DataSource.objects.exclude(name="press")) == [keep]
    assert sorted(
        TaggedDataSource.objects.filter(tag=keep).values_list("content_object__title", flat=True)
    ) == ["Both", "One", "Two"]
    assert Method.objects.filter(pk=method.pk).exists()


# -- import page -------------------------------------------------------------------------------


def upload(name, content, content_type="text/plain"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type)


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


IMPORT_URL = "/admin/records/learningplan/import/"


def report_rows(response):
    return [(r.name, r.outcome, r.reason) for r in response.context["report"].results]


def test_import_page_is_linked_and_reverses(editor_client):
    assert reverse("admin:records_import") == IMPORT_URL
    listing = editor_client.get(changelist_url(LearningPlan))
    assert f'href="{IMPORT_URL}"' in listing.content.decode()


def test_import_page_imports_a_seed_file(editor_client):
    seed = SEEDS / "000_8bb2515b9a91dbf4.txt"
    response = editor_client.post(IMPORT_URL, {"files": [upload(seed.name, seed.read_bytes())]})
    assert response.status_code == 200
    assert report_rows(response) == [("000_8bb2515b9a91dbf4.txt", "created", "")]
    assert dict(response.context["counts"])["created"] == 1
    page = response.content.decode()
    assert "1 files: 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 skipped, 0 failed" in page
    plan = LearningPlan.objects.get()
    assert plan.source_file == "000_8bb2515b9a91dbf4.txt"
    assert plan.title.startswith("Growing number of women in STEM")


def test_import_page_dry_run_writes_nothing(editor_client):
    seeds = sorted(SEEDS.iterdir())
    response = editor_client.post(
        IMPORT_URL,
        {"files": [upload(p.name, p.read_bytes()) for p in seeds], "dry_run": "on"},
    )
    assert [outcome for _, outcome, _ in report_rows(response)] == ["created"] * 5
    assert "Dry run: nothing was written" in response.content.decode()
    assert LearningPlan.objects.count() == 0
    assert Blog.objects.count() == 0


def test_import_page_imports_a_zip_and_reports_each_file(editor_client):
    seeds = sorted(SEEDS.iterdir())
    members = {f"batch/{p.name}": p.read_bytes() for p in seeds[:2]}
    members["__MACOSX/batch/._x.txt"] = b"\x00\x05"
    members["batch/notes.txt"] = b"no type here"
    response = editor_client.post(IMPORT_URL, {"files": [upload("batch.zip", zipped(members))]})
    assert report_rows(response) == [
        (f"batch/{seeds[0].name}", "created", ""),
        (f"batch/{seeds[1].name}", "created", ""),
        ("batch/notes.txt", "skipped", "no [[type:]] tag"),
    ]
    assert LearningPlan.objects.count() + Blog.objects.count() == 2


def test_import_page_rejects_a_zip_with_parent_paths(editor_client):
    seed = SEEDS / "000_8bb2515b9a91dbf4.txt"
    bad = zipped({"ok.txt": seed.read_bytes(), "../evil.txt": seed.read_bytes()})
    response = editor_client.post(IMPORT_URL, {"files": [upload("bad.zip", bad)]})
    assert report_rows(response) == [
        (
            "bad.zip",
            "failed",
            "rejected: '../evil.txt' points outside the zip's folder; "
            "nothing in this zip was imported",
        )
    ]
    assert LearningPlan.objects.count() == 0


def test_import_page_rejects_a_zip_that_unpacks_too_big(editor_client):
    bomb = zipped({f"{i}.txt": b"\0" * (20 * 1024 * 1024) for i in range(3)})
    assert len(bomb) < 200_000
    response = editor_client.post(IMPORT_URL, {"files": [upload("bomb.zip", bomb)]})
    assert report_rows(response) == [
        (
            "bomb.zip",
            "failed",
            "rejected: unpacks to more than 50 MiB; nothing in this zip was imported",
        )
    ]


def test_import_page_rejects_an_oversized_upload_and_imports_the_rest(editor_client):
    seed = SEEDS / "000_8bb2515b9a91dbf4.txt"
    response = editor_client.post(
        IMPORT_URL,
        {
            "files": [
                upload("huge.txt", b"x" * (MAX_FILE_BYTES + 1)),
                upload(seed.name, seed.read_bytes()),
            ]
        },
    )
    assert report_rows(response) == [
        ("huge.txt", "failed", "rejected: over the 5 MiB limit of one upload"),
        (seed.name, "created", ""),
    ]
    assert LearningPlan.objects.count() == 1


def test_import_page_stops_reading_past_the_total_limit(editor_client, monkeypatch):
    monkeypatch.setattr("records.importing.uploads.MAX_REQUEST_BYTES", 6 * 1024 * 1024)
    part = b"x" * (3 * 1024 * 1024 + 500_000)
    response = editor_client.post(
        IMPORT_URL, {"files": [upload("a.txt", part), upload("b.txt", part)]}
    )
    assert "report" not in response.context
    assert response.context["form"].non_field_errors() == [
        "The upload is over 6 MiB in all: upload fewer files at a time."
    ]


def test_import_page_refuses_a_request_too_big_before_reading_it(editor_client):
    response = editor_client.generic(
        "POST",
        IMPORT_URL,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert response.context["error"] == "The upload is over 25 MiB in all."
    assert LearningPlan.objects.count() == 0


def test_import_page_needs_import_permissions(client, db):
    staff = User.objects.create_user("viewer", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_learningplan"))
    client.force_login(staff)
    assert client.get(IMPORT_URL).status_code == 403
    assert IMPORT_URL not in client.get(reverse("admin:index")).content.decode()
