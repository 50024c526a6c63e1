"""Changelist actions. Each asks for confirmation on its own page first, then says what it did.

The confirmation page posts back to the changelist with `post=yes`, the way Django's own
"delete selected" does, so the changelist's filters and selection come back with it.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import model_ngettext
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .. import versioning
from ..merging import merge_partners, merge_tags
from .merge_choice import MergeChoiceForm

# The confirmation page names this many records, then says how many more there are.
MAX_LISTED = 50


def confirmation(modeladmin, request, queryset, *, action, title, question, choice=None):
    """The page asking to confirm `action` on `queryset`, with the records listed, or with
    `choice` (a MergeChoiceForm over them) to fill in."""
    opts = modeladmin.model._meta
    select_across = request.POST.get("select_across") == "1"
    objects = list(choice.records.values()) if choice else list(queryset[:MAX_LISTED])
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "subtitle": None,
        "question": question,
        "opts": opts,
        "objects": objects,
        "more": 0 if choice else max(queryset.count() - len(objects), 0),
        "choose": choice is not None,
        "form": choice,
        "keep": choice.suggested if choice else None,
        "names": choice.names if choice else [],
        "action": action,
        "select_across": select_across,
        "selected": [] if select_across else request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
    }
    request.current_app = modeladmin.admin_site.name
    return TemplateResponse(request, "admin/records/confirm_action.html", context)


def confirmed(request):
    return request.POST.get("post") == "yes"


def set_published(modeladmin, request, queryset, value: bool):
    opts = queryset.model._meta
    if not confirmed(request):
        count = queryset.count()
        names = {"counter": count, "name": model_ngettext(opts, count)}
        if value:
            title = ngettext(
                "Publish %(counter)d %(name)s?", "Publish %(counter)d %(name)s?", count
            )
            question = ngettext(
                "This %(name)s will appear on the public site.",
                "These %(counter)d %(name)s will appear on the public site.",
                count,
            )
        else:
            title = ngettext(
                "Unpublish %(counter)d %(name)s?", "Unpublish %(counter)d %(name)s?", count
            )
            question = ngettext(
                "This %(name)s will disappear from every public page, list, feed and export. "
                "Staff can still see and edit it here.",
                "These %(counter)d %(name)s will disappear from every public page, list, feed "
                "and export. Staff can still see and edit them here.",
                count,
            )
        return confirmation(
            modeladmin,
            request,
            queryset,
            action="publish" if value else "unpublish",
            title=title % names,
            question=question % names,
        )
    with transaction.atomic():
        to_change = list(queryset.filter(is_published=not value))
        for obj in to_change:
            modeladmin.log_change(request, obj, [{"changed": {"fields": ["published"]}}])
        queryset.model.objects.filter(pk__in=[o.pk for o in to_change]).update(is_published=value)
        versioning.bump()  # update() sends no signal
    message = published_message(opts, value, len(to_change), queryset.count() - len(to_change))
    modeladmin.message_user(request, message, messages.SUCCESS)
    return None


def published_message(opts, value: bool, changed: int, already: int) -> str:
    """What (un)publishing did: `changed` records of `opts`, `already` in that state before."""
    names = {"counter": changed, "name": model_ngettext(opts, changed)}
    if value:
        message = ngettext(
            "Published %(counter)d %(name)s", "Published %(counter)d %(name)s", changed
        )
    else:
        message = ngettext(
            "Unpublished %(counter)d %(name)s", "Unpublished %(counter)d %(name)s", changed
        )
    message %= names
    if already and value:
        message += ngettext(
            "; %(counter)d was already published", "; %(counter)d were already published", already
        ) % {"counter": already}
    elif already:
        message += ngettext(
            "; %(counter)d was already unpublished",
            "; %(counter)d were already unpublished",
            already,
        ) % {"counter": already}
    return message + "."


@admin.action(description=_("Publish selected %(verbose_name_plural)s"), permissions=["change"])
def publish(modeladmin, request, queryset):
    return set_published(modeladmin, request, queryset, True)


@admin.action(description=_("Unpublish selected %(verbose_name_plural)s"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    return set_published(modeladmin, request, queryset, False)


def merge_selected(modeladmin, request, queryset, *, action, explanation, merge, choose_name=False):
    """Ask which record to keep (and with `choose_name`, which name it keeps), then call
    `merge(keep, others)` (with `name=`), which returns the message saying what moved."""
    queryset = modeladmin.get_queryset(request).filter(pk__in=queryset.values("pk"))
    opts = queryset.model._meta
    if queryset.count() < 2:
        modeladmin.message_user(
            request,
            gettext("Select at least two %(name)s to merge.") % {"name": opts.verbose_name_plural},
            messages.WARNING,
        )
        return None
    records = list(queryset)
    if not confirmed(request):
        return confirmation(
            modeladmin,
            request,
            queryset,
            action=action,
            title=gettext("Merge %(name)s") % {"name": opts.verbose_name_plural},
            question=gettext(
                "Choose the one to keep. %(explanation)s Every other one is then deleted."
            )
            % {"explanation": explanation},
            choice=MergeChoiceForm(records, choose_name=choose_name),
        )
    choice = MergeChoiceForm(records, request.POST, choose_name=choose_name)
    if not choice.is_valid():
        for errors in choice.errors.values():
            for error in errors:
                modeladmin.message_user(request, error, messages.ERROR)
        return None
    keep = choice.cleaned_data["keep"]
    others = [r for r in records if r.pk != keep.pk]
    names = ", ".join(str(o) for o in others)
    with transaction.atomic():
        modeladmin.log_deletions(request, others)
        rename = {"name": choice.cleaned_data["name"]} if choose_name else {}
        message = merge(keep, others, **rename)
        modeladmin.log_change(request, keep, f"Merged {names} into this one: {message}")
    modeladmin.message_user(
        request,
        ngettext(
            "Merged %(counter)d %(name)s into %(keep)s: %(message)s",
            "Merged %(counter)d %(name)s into %(keep)s: %(message)s",
            len(others),
        )
        % {
            "counter": len(others),
            "name": model_ngettext(opts, len(others)),
            "keep": keep,
            "message": message,
        },
        messages.SUCCESS,
    )
    return None


def merge_action(name, *, description, explanation, merge, summary, choose_name=False):
    """The changelist action `name`: staff choose the record to keep among those selected
    (and with `choose_name`, the name it keeps), then `merge(keep, others)` runs and
    `summary(result)` says what moved."""

    @admin.action(description=description, permissions=["change", "delete"])
    def action(modeladmin, request, queryset):
        return merge_selected(
            modeladmin,
            request,
            queryset,
            action=name,
            explanation=explanation,
            merge=lambda keep, others, **kwargs: summary(merge(keep, others, **kwargs)),
            choose_name=choose_name,
        )

    action.__name__ = name  # the admin knows an action by its function's name
    return action


merge_selected_partners = merge_action(
    "merge_selected_partners",
    description=_("Merge selected partners…"),
    explanation=_(
        "Every plan that names another of them will name it instead, keeping the "
        "plan's description; every name becomes an alias the importer recognises, and every "
        "other one's page redirects to its page."
    ),
    merge=merge_partners,
    choose_name=True,
    summary=lambda result: (
        ngettext(
            "%(counter)d partnership moved, %(combined)d combined.",
            "%(counter)d partnerships moved, %(combined)d combined.",
            result.moved,
        )
        % {"counter": result.moved, "combined": result.combined}
    ),
)

merge_selected_tags = merge_action(
    "merge_selected_tags",
    description=_("Merge selected %(verbose_name_plural)s…"),
    explanation=_("Every plan tagged with another of them will be tagged with it instead."),
    merge=merge_tags,
    summary=lambda result: (
        ngettext(
            "%(counter)d plan retagged, %(already)d already had it.",
            "%(counter)d plans retagged, %(already)d already had it.",
            result.retagged,
        )
        % {"counter": result.retagged, "already": result.already_tagged}
    ),
)
