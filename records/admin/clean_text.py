"""Text staff type is cleaned like archive text: every admin form's text values go through
the archive's `clean_text` on save (control characters out, Word's VT/FF line breaks as line
ends, zero-width characters and NBSPs as the importer leaves them), so no record saved in the
admin can break a feed, an export or a page."""

from django import forms

from ..archive.text import clean_text, collapse


def cleaned(value, one_line: bool):
    """`value` cleaned when it is text or a list of texts, its whitespace collapsed when it is
    `one_line` (as the importer reads a title); anything else as it is."""
    if isinstance(value, str):
        text = clean_text(value)
        return collapse(text) if one_line else text
    if isinstance(value, list):
        return [cleaned(item, one_line) for item in value]
    return value


class CleanTextForm(forms.ModelForm):
    """The form of every ModelAdmin and inline of the site (tests/admin checks each)."""

    def clean(self):
        data = super().clean()
        for name, value in data.items():
            one_line = not isinstance(self.fields[name].widget, forms.Textarea)
            data[name] = cleaned(value, one_line)
        return data
