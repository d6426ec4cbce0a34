"""Puts the stories' demo content in place for ``manage.py load_demo``: the story index and the stories.

It runs after the directory's and the policy's demo (stories/demo/hooks.py), so the associations,
volunteer tasks and focus areas the stories are about exist. Like the rest of the demo it only
creates what is missing, finding pages by slug under their parent, so a second run changes
nothing and never overwrites what an editor has changed. One story is scheduled a week ahead:
it goes live when ``manage.py publish_scheduled`` runs after that.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from directory.models import AssociationPage, Category, VolunteerTaskPage
from policy.models import FocusAreaPage

from ..models import StoryIndexPage, StoryLink, StoryPage
from . import content

ABOUT_MODELS = {"association": AssociationPage, "task": VolunteerTaskPage, "focus_area": FocusAreaPage}


def load(command, home, pages, images):
    StoriesDemo(command, home, pages, images).load()


class StoriesDemo:
    def __init__(self, command, home, pages, images):
        self.command = command
        self.home = home
        self.pages = pages
        self.images = images
        self.today = timezone.localdate()

    def load(self):
        index = self.load_index()
        if index is None:
            return
        existing = set(StoryPage.objects.child_of(index).values_list("slug", flat=True))
        missing = [spec for spec in content.STORIES if spec["slug"] not in existing]
        if not missing:
            return
        categories = {category.name: category for category in Category.objects.sources()}
        about = self.about_pages(missing)
        for spec in missing:
            self.story(index, spec, categories, about)
        self.command.report(f"Created {len(missing)} stories under {index.title!r}")

    def load_index(self):
        spec = content.INDEX
        page = Page.objects.child_of(self.home).filter(slug=spec["slug"]).specific().first()
        if page is not None and not isinstance(page, StoryIndexPage):
            self.command.stderr.write(
                f"Skipped the stories' demo: /{spec['slug']}/ is a {page.specific_class.__name__}, not a story index."
            )
            return None
        if page is None:
            page = StoryIndexPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                search_description=spec["search_description"],
                show_in_menus=False,
                live=False,
            )
            self.home.add_child(instance=page)
            page.save_revision().publish()
            self.command.report(f"Created the page {page.title!r}")
        self.pages[spec["key"]] = page
        return page

    def about_pages(self, specs):
        """{(kind, slug): page} of every page the stories name, a query per kind."""
        wanted = {}
        for spec in specs:
            for kind, slug in spec["about"]:
                wanted.setdefault(kind, set()).add(slug)
        found = {}
        for kind, slugs in wanted.items():
            for page in ABOUT_MODELS[kind].objects.filter(slug__in=slugs).order_by("path"):
                found.setdefault((kind, page.slug), page)
        return found

    def story(self, index, spec, categories, about):
        go_live_in = spec.get("go_live_in_days")
        day = (
            self.today + datetime.timedelta(days=go_live_in)
            if go_live_in
            else self.today - datetime.timedelta(days=spec["days_ago"])
        )
        story = StoryPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            search_description=spec["intro"],
            byline=spec.get("byline", content.BYLINE),
            story_date=day,
            featured=spec.get("featured", False),
            lead_image=self.images.get(spec.get("image")),
            lead_image_alt=spec.get("alt", ""),
            lead_image_caption=spec.get("caption", ""),
            body=self.command.stream(spec["body"], self.images, self.pages),
            live=False,
        )
        index.add_child(instance=story)
        story.categories.set([categories[name] for name in spec["categories"] if name in categories])
        story.about_links = [
            StoryLink(page=about[key], sort_order=order)
            for order, key in enumerate(key for key in spec["about"] if key in about)
        ]
        if go_live_in:
            moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(8)))
            story.go_live_at = moment
            story.save_revision(approved_go_live_at=moment).publish()
        else:
            # The story's first publication is its date, so the content API and the feeds agree with the page.
            story.save_revision().publish()
            StoryPage.objects.filter(pk=story.pk).update(
                first_published_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
            )
