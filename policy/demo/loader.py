"""Puts the policy app's demo content in place for ``manage.py load_demo``.

Fjordlund's volunteering policy as adopted in 2021 and revised in 2025 (published
once for each, so policy/signals.py records two versions to compare), its five
focus areas with their initiatives, the draft for 2027–2030 with an idea phase
that has closed and a consultation that is open now, the guides, their documents,
and a policy owner to log in as. The words live in content.py and guides.py.

It runs in two steps (see hooks.py). ``load`` makes the pages before the directory's
demo, whose texts link to the guides; the guides and focus areas it makes have no
revision yet. ``finish`` runs after the directory and publishes exactly those, with
their bodies and links to the associations and tasks that now exist.

Like the rest of the demo it only creates what is missing, finding pages by slug
under their parent, so a second run changes nothing and never overwrites what an
editor has changed. It keeps its queries down (the browser tests load the demo
before every test): it looks up what exists in a few queries and writes one
revision per page, except the policy, whose two adoptions are the point.
"""

from datetime import datetime, time, timedelta
from functools import cached_property

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from directory.models import AssociationPage, VolunteerTaskPage

from ..models import (
    ConsultationPage,
    ConsultationResponse,
    FocusAreaPage,
    GuideAudience,
    GuideIndexPage,
    GuidePage,
    GuideTopic,
    PolicyPage,
)
from . import content, guides
from .pdf import simple_pdf


def load(command, home, pages, images):
    """The first ``portal_demo_content`` hook: returns the policy owner to log in as."""
    return PolicyDemo(command, home, pages, images).load()


def finish(command, home, pages, images):
    """The second hook, after the directory's: publishes the guides and focus areas ``load`` made."""
    PolicyDemo(command, home, pages, images).finish()
    return []


class Skipped(Exception):
    """Another kind of page holds a slug the demo needs (e.g. a plain page from an older demo)."""


class PolicyDemo:
    """One step of the policy demo, with the command, the home page and the shared page keys at hand."""

    def __init__(self, command, home, pages, images):
        self.command = command
        self.home = home
        self.pages = pages
        self.images = images
        self.today = timezone.localdate()

    # Step 1: the pages

    def load(self):
        slugs = [guides.INDEX["slug"], content.POLICY["slug"], content.DRAFT["slug"]]
        existing = {page.slug: page for page in Page.objects.child_of(self.home).filter(slug__in=slugs).specific()}
        try:
            index = self.load_guides(existing.get(guides.INDEX["slug"]))
        except Skipped:
            index = self.pages[guides.INDEX["key"]]
        try:
            policy = self.load_policy(existing.get(content.POLICY["slug"]), before=index)
            self.load_draft(existing.get(content.DRAFT["slug"]), policy)
        except Skipped:
            pass
        return [content.POLICY_OWNER]

    def found(self, page, model, spec):
        """The page holding the spec's slug if it is a ``model`` (None if there is none).

        If another kind of page holds it, that page is left alone under the spec's key and
        Skipped is raised, so this part of the demo is left out rather than half made."""
        if page is None or isinstance(page, model):
            return page
        self.command.stderr.write(
            f"Skipped part of the policy demo: /{spec['slug']}/ is a {page.specific_class.__name__}, not a "
            f"{model.__name__}. Delete that page, or load the demo into a fresh database."
        )
        self.pages[spec["key"]] = page
        raise Skipped

    def place(self, page, before):
        """Move a new, still childless page to just before ``before`` in the menu; returns it read again.

        Moving changes paths in the database only, so the page must be read again before it is saved."""
        if before is not None:
            Page.objects.get(pk=page.pk).move(Page.objects.get(pk=before.pk), pos="left")
        return type(page).objects.get(pk=page.pk)

    # The guides

    def load_guides(self, index):
        """The guide listing, in the menu where "Om Frivilligportalen" began, and the guides missing under it.

        New guides get no body yet: it links to the directory's pages, which do not exist
        until its hook has run. ``finish`` writes the bodies and publishes the guides."""
        spec = guides.INDEX
        try:
            index = self.found(index, GuideIndexPage, spec)
        except Skipped:
            # An older demo's plain pages: keep its guides under their keys, for the texts that link to them.
            old = {page.slug: page for page in Page.objects.child_of(self.pages[spec["key"]]).specific()}
            self.pages.update({guide["key"]: old[guide["slug"]] for guide in guides.GUIDES if guide["slug"] in old})
            raise
        if index is None:
            index = GuideIndexPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                search_description=spec["search_description"],
                show_in_menus=True,
                live=False,
            )
            self.home.add_child(instance=index)
            index = self.place(index, before=self.pages.get("om"))
            index.body = self.command.stream(spec["body"], self.images, self.pages)
            index.save_revision(clean=False).publish()  # add_child has just validated the page.
            self.command.report(f"Created the page {index.title!r}")
        self.pages[spec["key"]] = index
        existing = {page.slug: page for page in GuidePage.objects.child_of(index)}
        missing = [guide for guide in guides.GUIDES if guide["slug"] not in existing]
        if missing:
            topics = {topic.slug: topic for topic in GuideTopic.objects.sources()}
            audiences = {audience.slug: audience for audience in GuideAudience.objects.sources()}
            for guide in missing:
                page = GuidePage(
                    title=guide["title"],
                    slug=guide["slug"],
                    summary=guide["summary"],
                    search_description=guide["search_description"],
                    topic=topics[guide["topic"]],
                    last_reviewed_on=self.today - timedelta(days=guide["reviewed_days_ago"]),
                    reviewed_by=guide["reviewed_by"],
                    live=False,
                )
                page.audiences = [audiences[slug] for slug in guide["audiences"]]
                index.add_child(instance=page)
                existing[guide["slug"]] = page
            self.command.report(f"Created {len(missing)} guides: {', '.join(guide['title'] for guide in missing)}")
        for guide in guides.GUIDES:
            if guide["slug"] in existing:
                self.pages[guide["key"]] = existing[guide["slug"]]
        return index

    # The adopted policy

    def load_policy(self, policy, before):
        """The adopted policy, made where missing by publishing its 2021 text and then its 2025 text."""
        spec = content.POLICY
        policy = self.found(policy, PolicyPage, spec)
        if policy is None:
            policy = self.create_policy(spec, before)
            self.command.report(
                f"Created the policy {policy.title!r} with {len(content.FOCUS_AREAS)} focus areas and its adopted "
                "versions of 2021 and 2025"
            )
        else:
            self.add_missing_focus_areas(policy)
        self.pages[spec["key"]] = policy
        return policy

    def create_policy(self, spec, before):
        first, current = spec["2021"], spec["2025"]
        policy = PolicyPage(
            title=spec["title"],
            slug=spec["slug"],
            search_description=spec["search_description"],
            show_in_menus=True,
            live=False,
            status=PolicyPage.ADOPTED,
            **self.policy_fields(first),
        )
        self.home.add_child(instance=policy)  # policy/signals.py assigns the workflow and the owners' rights.
        policy = self.place(policy, before=before)
        # 2021: the focus areas of the time, then the policy; publishing it records version 1.
        for area in content.FOCUS_AREAS:
            if "2021" in area:
                policy.add_child(instance=self.focus_area(area, era="2021"))
        policy.save_revision(clean=False).publish()
        # 2025: the focus areas as revised (their pages get a revision of their own in ``finish``,
        # with links to the associations), then the policy as revised; publishing records version 2.
        policy = PolicyPage.objects.get(pk=policy.pk)
        areas = {area.slug: area for area in FocusAreaPage.objects.child_of(policy)}
        for area_spec in content.FOCUS_AREAS:
            area = areas.get(area_spec["slug"])
            if area is None:
                policy.add_child(instance=self.focus_area(area_spec))
                continue
            fresh = self.focus_area(area_spec)
            area.intro, area.goals, area.initiatives = fresh.intro, fresh.goals, fresh.initiatives
            area.save(clean=False, update_fields=["intro", "goals", "initiatives"])
        for name, value in self.policy_fields(current).items():
            setattr(policy, name, value)
        # The 2025 text still applies while its successor is drafted: under revision, as TRANSITIONS allow.
        policy.status = PolicyPage.REVISION
        policy.save_revision(clean=False).publish()
        return policy

    def add_missing_focus_areas(self, policy):
        """Put back a focus area an editor has deleted; ``finish`` publishes it."""
        existing = set(FocusAreaPage.objects.child_of(policy).values_list("slug", flat=True))
        for area in content.FOCUS_AREAS:
            if area["slug"] not in existing:
                policy.add_child(instance=self.focus_area(area))
                self.command.report(f"Created the focus area {area['title']!r}")

    def policy_fields(self, text):
        """The policy's fields from one of its texts (2021, 2025 or the draft)."""
        fields = {
            "intro": text["intro"],
            "vision": text["vision"],
            "principles": [("principle", principle) for principle in text["principles"]],
            "definitions": [
                ("definition", {**item, "explanation": self.command.rich_text(item["explanation"], self.pages)})
                for item in text["definitions"]
            ],
            "follow_up": [("follow_up", self.follow_up(step)) for step in text["follow_up"]],
            "documents": self.document_blocks(text.get("documents", [])),
            "contact": [("contact", content.CONTACT)],
        }
        if "cooperation_rules" in text:
            fields["cooperation_rules"] = self.command.rich_text(text["cooperation_rules"], self.pages)
        if "adopted_on" in text:
            fields.update(
                adopted_by=text["adopted_by"],
                adopted_on=text["adopted_on"],
                next_evaluation_on=text["next_evaluation_on"],
            )
        if "related_policies" in text:
            fields["related_policies"] = [
                ("related_policy", {**item, "page": self.pages[item["page"]] if item["page"] else None})
                for item in text["related_policies"]
            ]
        return fields

    def follow_up(self, step):
        day = step["day"]
        if isinstance(day, dict):
            day = self.today + timedelta(days=day["days"])
        return {"kind": step["kind"], "date": day, "title": step["title"], "text": step["text"]}

    def focus_area(self, spec, era=None):
        """An unsaved, live focus area as it read in ``era`` ("2021"), or as it reads now; initiatives without links."""
        text = spec[era] if era else spec
        initiatives = [item for item in spec["initiatives"] if item["since_2021"] or era != "2021"]
        return FocusAreaPage(
            title=spec["title"],
            slug=spec["slug"],
            search_description=spec["search_description"],
            intro=text["intro"],
            goals=[("goal", {"text": goal}) for goal in text["goals"]],
            initiatives=self.initiative_blocks(initiatives, resolve=lambda ref: None),
            live=True,
        )

    def initiative_blocks(self, specs, resolve):
        """StreamField data of the initiatives, linked to the pages ``resolve`` finds for their links."""
        blocks = []
        for spec in specs:
            links = [resolve(ref) for ref in spec["links"]]
            value = {
                "title": spec["title"],
                "description": self.command.rich_text(spec["description"], self.pages),
                "responsible_unit": spec["responsible_unit"],
                "status": spec["status"],
                "progress_notes": spec["progress_notes"],
                "carried_out_by": [page for page in links if page is not None],
            }
            blocks.append(("initiative", value))
        return blocks

    # The draft and its consultations

    def load_draft(self, draft, policy):
        """The draft revision of the policy in consultation, and its consultations where missing."""
        spec = content.DRAFT
        draft = self.found(draft, PolicyPage, spec)
        if draft is None:
            draft = PolicyPage(
                title=spec["title"],
                slug=spec["slug"],
                search_description=spec["search_description"],
                show_in_menus=False,
                live=False,
                status=PolicyPage.CONSULTATION,
                revises=policy,
                **self.policy_fields(spec),
            )
            self.home.add_child(instance=draft)
            draft.save_revision(clean=False).publish()
            self.command.report(f"Created the draft policy {draft.title!r}")
        self.pages[spec["key"]] = draft
        existing = {page.slug: page for page in ConsultationPage.objects.child_of(draft)}
        for consultation in content.CONSULTATIONS:
            page = existing.get(consultation["slug"]) or self.consultation(draft, consultation)
            self.pages[consultation["key"]] = page

    def consultation(self, draft, spec):
        """A consultation round with the responses it received; its dates count from today."""
        opens = self.moment(spec["opens"], time(8, 0))
        closes = self.moment(spec["closes"], time(12, 0))
        page = ConsultationPage(
            title=spec["title"],
            slug=spec["slug"],
            search_description=spec["search_description"],
            intro=spec["intro"].format(deadline=content.danish_date(timezone.localdate(closes))),
            opens_at=opens,
            closes_at=closes,
            body=self.command.stream(spec["body"], self.images, self.pages),
            documents=self.document_blocks(spec["documents"]),
            next_steps=spec["next_steps"],
            live=False,
        )
        draft.add_child(instance=page)
        page.save_revision(clean=False).publish()  # add_child has just validated the page.
        ConsultationResponse.objects.bulk_create(
            self.response(page, number, item, closes) for number, item in enumerate(spec["responses"])
        )
        self.command.report(f"Created the consultation {page.title!r} with {len(spec['responses'])} responses")
        return page

    def response(self, consultation, number, spec, closes):
        """A response as sent, moderated a couple of days after closing unless still pending."""
        submitted = self.moment(spec["submitted"], time(9 + number * 2 % 9, 10 + number * 7))
        response = ConsultationResponse(
            consultation=consultation,
            name=spec["name"],
            email=spec["email"],
            text=spec["text"],
            consent_to_publish=spec["consent"],
            status=spec["status"],
            moderation_note=spec.get("note", ""),
            submitted_at=submitted,
            receipt_sent_at=submitted,
        )
        if spec["status"] != ConsultationResponse.PENDING:
            response.moderated_at = closes + timedelta(days=2)
        if "attachment" in spec:
            attachment = spec["attachment"]
            data = simple_pdf(attachment["title"], attachment["text"])
            response.attachment_name = attachment["name"]
            response.attachment_data = data
            response.attachment_size = len(data)
        response.full_clean(exclude=["consultation"])
        return response

    def moment(self, days, at):
        """``days`` from today at the local time ``at``."""
        return timezone.make_aware(datetime.combine(self.today + timedelta(days=days), at))

    # Documents

    @cached_property
    def documents(self):
        """The demo's PDF documents by key, generated where missing, in the "Politik" collection."""
        Document = get_document_model()
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=content.COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=content.COLLECTION)
        titles = [spec["title"] for spec in content.DOCUMENTS]
        existing = {document.title: document for document in Document.objects.filter(title__in=titles)}
        created = []
        for spec in content.DOCUMENTS:
            if spec["title"] not in existing:
                document = Document(
                    title=spec["title"],
                    collection=collection,
                    file=ContentFile(simple_pdf(spec["title"], spec["text"]), name=spec["filename"]),
                )
                document._set_document_file_metadata()  # Size and hash now, not on first download.
                document.save()
                existing[spec["title"]] = document
                created.append(spec["title"])
        if created:
            self.command.report(f"Created {len(created)} documents: {', '.join(created)}")
        return {spec["key"]: existing[spec["title"]] for spec in content.DOCUMENTS}

    def document_value(self, key, description):
        document = self.documents[key]
        return {"title": document.title, "document": document, "description": description}

    def document_blocks(self, items):
        return [("document", self.document_value(key, description)) for key, description in items]

    # Step 2: after the directory

    def finish(self):
        guides_done = self.publish_guides()
        areas_done = self.publish_focus_areas()
        if guides_done or areas_done:
            self.command.report(
                f"Published {guides_done} guides and {areas_done} focus areas, linked to the pages that carry them out"
            )

    def fresh(self, key, model):
        """The page under ``key`` read again (other hooks move pages), or None if it is not a ``model``."""
        page = self.pages.get(key)
        return model.objects.filter(pk=page.pk).first() if isinstance(page, model) else None

    def publish_guides(self):
        """Write the bodies and related guides of the guides ``load`` made (those without a revision)."""
        index = self.fresh(guides.INDEX["key"], GuideIndexPage)
        if index is None:
            return 0
        specs = {spec["slug"]: spec for spec in guides.GUIDES}
        new = [
            page
            for page in GuidePage.objects.child_of(index).filter(latest_revision__isnull=True)
            if page.slug in specs
        ]
        for page in new:
            spec = specs[page.slug]
            page.body = self.guide_body(spec["body"])
            page.related_guides = [
                ("guide", self.pages[key]) for key in spec["related"] if isinstance(self.pages.get(key), GuidePage)
            ]
            page.save_revision(clean=False).publish()
        return len(new)

    def guide_body(self, blocks):
        """StreamField data of a guide's body: the portal's blocks via the command, the guide blocks here."""
        prepared = []
        for name, value in blocks:
            if name == "steps":
                items = [{**step, "text": self.command.rich_text(step["text"], self.pages)} for step in value["steps"]]
                value = {**value, "steps": items}
            elif name == "questions":
                items = [
                    {**item, "answer": self.command.rich_text(item["answer"], self.pages)}
                    for item in value["questions"]
                ]
                value = {**value, "questions": items}
            elif name == "downloads":
                value = {**value, "documents": [self.document_value(*item) for item in value["documents"]]}
            prepared.append((name, value))
        return self.command.stream(prepared, self.images, self.pages)

    def publish_focus_areas(self):
        """Link the initiatives of the focus areas ``load`` made (those without a revision) and publish them."""
        policy = self.fresh(content.POLICY["key"], PolicyPage)
        if policy is None:
            return 0
        specs = {spec["slug"]: spec for spec in content.FOCUS_AREAS}
        pending = FocusAreaPage.objects.child_of(policy).filter(latest_revision__isnull=True)
        new = [area for area in pending if area.slug in specs]
        if not new:
            return 0
        resolve = self.link_resolver([item for area in new for item in specs[area.slug]["initiatives"]])
        for area in new:
            area.initiatives = self.initiative_blocks(specs[area.slug]["initiatives"], resolve)
            area.save_revision(clean=False).publish()
        return len(new)

    def link_resolver(self, initiatives):
        """A function from an initiative's link (a page key, an association or a task) to its live page or None."""
        refs = [ref for item in initiatives for ref in item["links"] if not isinstance(ref, str)]
        associations = {
            page.slug: page
            for page in AssociationPage.objects.live().filter(slug__in={ref[1] for ref in refs}).only("path", "slug")
        }
        slug_by_path = {page.path: slug for slug, page in associations.items()}
        tasks = {}
        task_slugs = {ref[2] for ref in refs if ref[0] == "task"}
        for page in VolunteerTaskPage.objects.live().filter(slug__in=task_slugs).only("path", "slug"):
            parent = slug_by_path.get(page.path[: -Page.steplen])
            tasks[(parent, page.slug)] = page

        def resolve(ref):
            if isinstance(ref, str):
                return self.pages.get(ref)
            if ref[0] == "association":
                return associations.get(ref[1])
            return tasks.get((ref[1], ref[2]))

        return resolve
