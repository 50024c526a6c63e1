"""The choice on a merge page: the record to keep among those selected and, for partners, the
name it keeps (its own, one of the others', or one typed)."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .clean_text import cleaned

# The values of the name choices: the kept record's own name, NAMED + one of the records'
# names, or the name typed beside TYPED.
OWN_NAME = ""
NAMED = "as:"
TYPED = "typed"
NAME_REQUIRED = _("Choose or type the name to keep.")


class MergeChoiceForm(forms.Form):
    """Staff's choice among `records` (a list, each with its `plan_count` when the admin
    counts plans), offering to keep the one most plans use (`suggested`) and, with
    `choose_name`, the records' distinct `names`. Valid, `cleaned_data["keep"]` is the record
    to keep and, with `choose_name`, `cleaned_data["name"]` the name it takes ("" for its
    own)."""

    keep = forms.ChoiceField(widget=forms.RadioSelect)
    name = forms.ChoiceField(required=False, widget=forms.RadioSelect)
    typed_name = forms.CharField(
        required=False,
        strip=False,  # cleaned in clean(), as a one-line admin field is
        widget=forms.TextInput(attrs={"class": "vTextField", "aria-label": _("Another name")}),
    )

    def __init__(self, records, *args, choose_name=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = {str(record.pk): record for record in records}
        opts = records[0]._meta
        keep = self.fields["keep"]
        keep.choices = [(pk, self.keep_label(record)) for pk, record in self.records.items()]
        self.suggested = max(records, key=lambda r: getattr(r, "plan_count", 0))
        keep.initial = str(self.suggested.pk)
        keep.error_messages = {
            "required": gettext("Choose the %(name)s to keep.") % {"name": opts.verbose_name},
            "invalid_choice": gettext("Choose the %(name)s to keep.") % {"name": opts.verbose_name},
        }
        if not choose_name:
            self.names = []
            del self.fields["name"], self.fields["typed_name"]
            return
        self.names = list(dict.fromkeys(str(record) for record in records))
        self.max_name_length = opts.get_field("name").max_length
        name = self.fields["name"]
        name.choices = [
            (OWN_NAME, _("The kept one’s own name")),
            *((NAMED + n, n) for n in self.names),
            (TYPED, _("Another name:")),
        ]
        name.initial = OWN_NAME
        name.error_messages = {"invalid_choice": NAME_REQUIRED}
        self.fields["typed_name"].widget.attrs["maxlength"] = self.max_name_length

    @staticmethod
    def keep_label(record):
        plan_count = getattr(record, "plan_count", None)
        if plan_count is None:
            return str(record)
        return format_html(
            '{} <span class="help">({})</span>',
            record,
            ngettext("%(counter)d plan", "%(counter)d plans", plan_count) % {"counter": plan_count},
        )

    def clean_keep(self):
        return self.records[self.cleaned_data["keep"]]

    def clean(self):
        data = super().clean()
        if "name" not in data:  # no choice of name, or an invalid one
            return data
        if data["name"] == TYPED:
            typed = cleaned(data["typed_name"], one_line=True).strip()
            if not 0 < len(typed) <= self.max_name_length:
                self.add_error("typed_name", NAME_REQUIRED)
            data["name"] = typed
        else:
            data["name"] = data["name"].removeprefix(NAMED)
        return data
