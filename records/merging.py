"""Merging two spellings of one thing: partners, and tags within one facet.

Each merge is one transaction and loses nothing: every link of a merged-away record moves to
the kept one, and where the kept one already had that link the two are combined. The merged
spellings are kept as aliases, so the importer maps them to the kept record from then on, and
a merged partner's address redirects to the kept one. The admin's merge actions call these
functions; they know nothing of requests.
"""

from dataclasses import dataclass

from django.db import transaction

from . import versioning
from .enums import Sector
from .models import Partner, PartnerAlias, PartnerRedirect, Partnership, partner_key


@dataclass
class PartnerMerge:
    moved: int = 0  # partnerships that now point to the kept partner
    combined: int = 0  # partnerships folded into one the plan already had with it
    aliases: int = 0  # names the importer now recognises as the kept partner


@transaction.atomic
def merge_partners(keep: Partner, others, name: str = "") -> PartnerMerge:
    """Fold `others` into `keep` and delete them; `keep` takes `name` when one is given.

    A plan that names both keeps one partnership, with both descriptions; every name, the
    merged ones and the one `keep` had, becomes an alias of `keep`, so the next import
    recognises them. The addresses of `others` (and of partners merged into them before)
    redirect to `keep`.
    """
    others = [p for p in others if p.pk != keep.pk]
    names = [keep.name, *(p.name for p in others)]
    if name and name != keep.name:
        keep.name = name
        keep.save(update_fields=["name"])
    result = PartnerMerge()
    keep_partnerships = {row.plan_id: row for row in Partnership.objects.filter(partner=keep)}
    for row in Partnership.objects.filter(partner__in=others).order_by("plan_id", "position"):
        existing = keep_partnerships.get(row.plan_id)
        if existing is None:
            row.partner = keep
            row.save(update_fields=["partner"])
            keep_partnerships[row.plan_id] = row
            result.moved += 1
            continue
        descriptions = [d for d in (existing.description, row.description) if d.strip()]
        existing.description = "\n\n".join(dict.fromkeys(descriptions))
        existing.position = min(existing.position, row.position)
        existing.save(update_fields=["description", "position"])
        row.delete()
        result.combined += 1

    result.aliases = PartnerAlias.objects.filter(partner__in=others).update(partner=keep)
    known = set(PartnerAlias.objects.values_list("key", flat=True))
    for spelling in dict.fromkeys([*names, keep.name]):
        key = partner_key(spelling)[: PartnerAlias._meta.get_field("key").max_length]
        if key and key not in known:
            PartnerAlias.objects.create(partner=keep, key=key)
            known.add(key)
            result.aliases += 1

    if keep.sector == Sector.UNKNOWN:
        known_sector = next((p.sector for p in others if p.sector != Sector.UNKNOWN), "")
        if known_sector:
            keep.sector = known_sector
            keep.save(update_fields=["sector"])
    _redirect(keep, others)
    Partner.objects.filter(pk__in=[p.pk for p in others]).delete()
    return result


def _redirect(keep: Partner, others) -> None:
    """Point the addresses of `others`, and those already redirecting to them, at `keep`: a
    chain of merges redirects in one step."""
    PartnerRedirect.objects.filter(partner__in=others).update(partner=keep)
    slugs = [p.slug for p in others]
    # An address a live partner had is no longer an old one; the kept one's is its own.
    PartnerRedirect.objects.filter(slug__in=[keep.slug, *slugs]).delete()
    PartnerRedirect.objects.bulk_create(PartnerRedirect(slug=slug, partner=keep) for slug in slugs)
    versioning.bump()  # update() and bulk_create() send no signal


@dataclass
class TagMerge:
    retagged: int = 0
    already_tagged: int = 0


@transaction.atomic
def merge_tags(keep, others) -> TagMerge:
    """Tag every plan tagged with one of `others` (same tag model) with `keep`, once, and
    delete `others`."""
    others = [t for t in others if t.pk != keep.pk]
    through = type(keep).tagged.rel.related_model
    plan_ids = through.objects.values_list("content_object_id", flat=True)
    with_keep = set(plan_ids.filter(tag=keep))
    with_others = set(plan_ids.filter(tag__in=others))
    through.objects.bulk_create(
        through(content_object_id=plan_id, tag=keep) for plan_id in sorted(with_others - with_keep)
    )
    # The importer maps the merged spellings to the kept tag from now on.
    merged = [slug for t in others for slug in (t.slug, *t.aliases)]
    keep.aliases = list(dict.fromkeys([*keep.aliases, *merged]))
    keep.save(update_fields=["aliases"])
    # Deleting the tags deletes their through rows with them.
    type(keep).objects.filter(pk__in=[t.pk for t in others]).delete()
    return TagMerge(
        retagged=len(with_others - with_keep), already_tagged=len(with_others & with_keep)
    )
