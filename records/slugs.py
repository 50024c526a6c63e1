"""Public addresses: a record's slug, made once from its title or name and then kept."""

from django.utils.text import slugify


def slug_base(model, text, max_length=80) -> str:
    """The slug of `text` before any -2, -3: cut at a word, the model's name when empty."""
    full = slugify(text)
    base = full[:max_length].rstrip("-")
    if len(full) > max_length and "-" in base:
        base = base.rsplit("-", 1)[0]
    return base or model._meta.model_name


def unique_slug(model, text, taken=None, max_length=80):
    """A slug for `text` not yet used by `model`: cut at a word, then -2, -3...

    `taken`, when given, is the set of the model's slugs (an import run keeps one, to save a
    query per record); the new slug is added to it.
    """
    base = slug_base(model, text, max_length)

    def used(slug):
        return slug in taken if taken is not None else model.objects.filter(slug=slug).exists()

    slug, n = base, 1
    while used(slug):
        n += 1
        slug = f"{base}-{n}"
    if taken is not None:
        taken.add(slug)
    return slug
