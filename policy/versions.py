"""Adopted versions of a policy and a readable comparison between two of them.

When a policy is published as adopted with an adoption date it has no version
for yet, its text is frozen as a ``PolicyVersion``: a list of sections, each a
heading and plain-text paragraphs, taken from the policy and its live focus
areas. Comparing two versions lines the sections up by heading and the
paragraphs by content, and marks changed words inside a changed paragraph, so
a reader sees "what changed" in sentences rather than in JSON.

The policy page shows the comparison (policy.models imports this module), so this module
imports no policy model: it works on the policy it is given (its ``versions``) and looks up
the focus areas' model in the app registry.
"""

import difflib

from bs4 import BeautifulSoup
from django.apps import apps
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

BLOCK_TAGS = ["p", "li", "h2", "h3", "h4", "blockquote"]


def paragraphs(html):
    """Plain-text paragraphs of a piece of rich text, one per paragraph or list item."""
    if not html:
        return []
    soup = BeautifulSoup(str(html), "html.parser")
    found = [" ".join(element.get_text(" ").split()) for element in soup.find_all(BLOCK_TAGS)]
    if not found:
        found = [" ".join(soup.get_text(" ").split())]
    return [text for text in found if text]


def snapshot(policy):
    """The policy's readable text as sections: what a version keeps and what comparisons work on."""
    FocusAreaPage = apps.get_model("policy", "FocusAreaPage")
    sections = []

    def add(heading, texts):
        texts = [text for text in texts if text]
        if texts:
            sections.append({"heading": str(heading), "paragraphs": texts})

    add(_("Introduction"), [policy.intro])
    add(_("Vision"), paragraphs(policy.vision))
    for block in policy.principles:
        add(_("Principle: %(name)s") % {"name": block.value["name"]}, paragraphs(block.value["text"].source))
    add(
        _("Definitions"),
        [
            f"{block.value['term']}: {' '.join(paragraphs(block.value['explanation'].source))}"
            for block in policy.definitions
        ],
    )
    add(_("Rules of cooperation"), paragraphs(policy.cooperation_rules))
    for area in FocusAreaPage.objects.child_of(policy).live().order_by("path"):
        texts = paragraphs(area.intro)
        texts += [_("Goal: %(goal)s") % {"goal": block.value["text"]} for block in area.goals]
        for block in area.initiatives:
            initiative = block.value
            description = " ".join(paragraphs(initiative["description"].source))
            texts.append(f"{initiative['title']}: {description}")
        add(_("Focus area: %(title)s") % {"title": area.title}, texts)
    return sections


def record_adopted_version(policy, revision=None):
    """Keep the policy's text as a new version if it is adopted on a date it has no version for.

    Returns the new version, or None when there was nothing new to record."""
    if policy.status not in policy.DECIDED or not policy.adopted_on or not policy.adopted_by:
        return None
    with transaction.atomic():
        existing = policy.versions.select_for_update()
        if existing.filter(adopted_on=policy.adopted_on).exists():
            return None
        number = (existing.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        return policy.versions.create(
            number=number,
            title=policy.title,
            adopted_by=policy.adopted_by,
            adopted_on=policy.adopted_on,
            revision=revision,
            sections=snapshot(policy),
        )


def _words_diff(old, new):
    """One paragraph's changes, word by word, as HTML with <del> and <ins>."""
    old_words, new_words = old.split(), new.split()
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape(" ".join(old_words[i1:i2])))
            continue
        if tag in ("replace", "delete"):
            parts.append(f"<del>{escape(' '.join(old_words[i1:i2]))}</del>")
        if tag in ("replace", "insert"):
            parts.append(f"<ins>{escape(' '.join(new_words[j1:j2]))}</ins>")
    return mark_safe(" ".join(parts))


def _paragraph_rows(old, new):
    rows = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend({"kind": "same", "html": escape(text)} for text in old[i1:i2])
            continue
        removed, added = old[i1:i2], new[j1:j2]
        # Pair similar paragraphs, so a reworded sentence shows as one changed paragraph.
        while removed and added:
            before, after = removed[0], added[0]
            if difflib.SequenceMatcher(a=before.split(), b=after.split(), autojunk=False).ratio() < 0.4:
                break
            rows.append({"kind": "changed", "html": _words_diff(before, after)})
            removed, added = removed[1:], added[1:]
        rows.extend({"kind": "removed", "html": escape(text)} for text in removed)
        rows.extend({"kind": "added", "html": escape(text)} for text in added)
    return rows


def compare(old_sections, new_sections):
    """Sections in the newer version's order (removed ones where they stood), each with its rows.

    Returns a list of ``{"heading", "kind", "rows"}`` where kind is "same", "changed",
    "added" or "removed", and each row is ``{"kind", "html"}``."""
    old = {section["heading"]: section["paragraphs"] for section in old_sections}
    new = {section["heading"]: section["paragraphs"] for section in new_sections}
    headings = []
    old_order = [section["heading"] for section in old_sections]
    for section in new_sections:
        heading = section["heading"]
        # Sections that only the older version had go before the next heading they preceded there.
        if heading in old:
            for earlier in old_order[: old_order.index(heading)]:
                if earlier not in new and earlier not in headings:
                    headings.append(earlier)
        headings.append(heading)
    headings += [heading for heading in old_order if heading not in headings]
    result = []
    for heading in headings:
        if heading not in old:
            rows = [{"kind": "added", "html": escape(text)} for text in new[heading]]
            kind = "added"
        elif heading not in new:
            rows = [{"kind": "removed", "html": escape(text)} for text in old[heading]]
            kind = "removed"
        else:
            rows = _paragraph_rows(old[heading], new[heading])
            kind = "same" if all(row["kind"] == "same" for row in rows) else "changed"
        result.append({"heading": heading, "kind": kind, "rows": rows})
    return result


def announce_changes(html):
    """A changed paragraph's word diff with each <del>/<ins> named in visually hidden text.

    Most screen readers say nothing about <del> and <ins>, so without the words a
    listener would hear the old and the new wording run together as one sentence."""
    removed = format_html('<del><span class="sr-only">{} </span>', _("Removed:"))
    added = format_html('<ins><span class="sr-only">{} </span>', _("Added:"))
    return mark_safe(str(html).replace("<del>", removed).replace("<ins>", added))


def compare_view(request, policy):
    """``versioner/sammenlign/?fra=1&til=2``: the default compares the two latest versions."""
    versions = list(policy.versions.all())
    context = {"page": policy, "self": policy, "versions": versions, "errors": []}
    status = 200
    if len(versions) < 2:
        context["errors"].append(_("This policy has only one adopted version, so there is nothing to compare yet."))
        return TemplateResponse(request, "policy/policy_compare.html", context, status=200)
    by_number = {str(version.number): version for version in versions}
    older_key = request.GET.get("fra", str(versions[-2].number))
    newer_key = request.GET.get("til", str(versions[-1].number))
    older, newer = by_number.get(older_key.strip()), by_number.get(newer_key.strip())
    if older is None or newer is None:
        context["errors"].append(_("Choose two of the versions listed."))
        status = 400
    elif older.number == newer.number:
        context["errors"].append(_("Choose two different versions."))
        status = 400
    else:
        if older.number > newer.number:
            older, newer = newer, older
        sections = compare(older.sections, newer.sections)
        for section in sections:
            for row in section["rows"]:
                if row["kind"] == "changed":
                    row["announced_html"] = announce_changes(row["html"])
        context.update(
            older=older,
            newer=newer,
            sections=sections,
            changed_count=sum(1 for section in sections if section["kind"] != "same"),
        )
    context["selected_older"] = older.number if older else versions[-2].number
    context["selected_newer"] = newer.number if newer else versions[-1].number
    return TemplateResponse(request, "policy/policy_compare.html", context, status=status)
