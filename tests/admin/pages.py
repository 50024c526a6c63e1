"""Reading admin pages as a browser would: their URLs, the values a change form submits, and
the messages a page shows."""

from html.parser import HTMLParser

from django.urls import reverse


class FormReader(HTMLParser):
    """The values a browser would submit with the form whose id is given."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.data, self.in_form = {}, False
        self.textarea = self.select = None

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


def run_action(client, model, action, objects, **extra):
    """Post changelist action `action` on `objects`; with `post="yes"` (the confirmation page
    answered), follow the redirect back to the changelist."""
    return client.post(
        changelist_url(model),
        {"action": action, "_selected_action": [o.pk for o in objects], **extra},
        follow=extra.get("post") == "yes",
    )


def run_merge(client, model, action, records, **choices):
    """Merge `records` with `action`, confirmed, keeping the first (with the name `choices`)."""
    return run_action(
        client, model, action, records, post="yes", keep=str(records[0].pk), **choices
    )
