"""Partners in the admin: how many plans name each, and the plans and names on its page."""

from records.models import Partner, Partnership
from tests.admin.pages import change_url, changelist_url
from tests.factories import make_imported_plan, make_partner


def test_partner_changelist_counts_and_sorts_by_plans(editor_client):
    rare, common = make_partner("UNDP AZ"), make_partner("UNDP Azerbaijan")
    for title in ("One", "Two"):
        Partnership.objects.create(plan=make_imported_plan(title), partner=common)
    Partnership.objects.create(plan=make_imported_plan("Three"), partner=rare)
    make_partner("Unnamed anywhere")
    # Column 3 is "plans" (after the checkbox, name and sector); "-" sorts it down.
    response = editor_client.get(changelist_url(Partner), {"o": "-3"})
    assert [(p.name, p.plan_count) for p in response.context["cl"].result_list] == [
        ("UNDP Azerbaijan", 2),
        ("UNDP AZ", 1),
        ("Unnamed anywhere", 0),
    ]
    assert '<td class="field-plan_count">2</td>' in response.content.decode()


def test_partner_page_lists_its_names_old_addresses_and_the_plans_naming_it(editor_client, plan):
    partner = Partner.objects.get(name="Baku University")
    response = editor_client.get(change_url(partner))
    aliases, redirects, plans = (f.formset for f in response.context["inline_admin_formsets"])
    assert [form.instance.key for form in aliases.forms] == ["baku university"]
    assert [form.instance.slug for form in redirects.forms] == ["baku-uni"]
    assert [(form.instance.plan.title, form.instance.description) for form in plans.forms] == [
        ("Women in STEM", "Hosts the lab.")
    ]
