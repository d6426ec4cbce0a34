"""The staff's pages under /vejledning/forslag/ (staff only, never cached).

- ``""``: my shortlists, which one is current, and a form for a new one;
- ``tilfoej/`` (POST): the "Add to shortlist" button on listings, pages and search results;
- ``<id>/``: one shortlist: a note on each item, up and down, remove (plain forms, no script needed);
- ``<id>/udskriv/``: "Forslag til dig" as the citizen gets it on paper (A4 print stylesheet);
- ``<id>/send/``: email it to the citizen and, with their consent, introduce them to associations.

Anonymous visitors are sent to the login; a logged-in user without the permission (a
representative, a policy owner) gets 403; another staff member's shortlist answers 404. Bad input
gets 400 with the form filled in; too many sendings 429.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import user_has_device
from wagtail.models import Page

from core.pages import private_q
from core.ratelimit import RATE_LIMITED_MESSAGE, RATE_LIMITED_STATUS, over_limit
from core.two_factor import requires_two_factor
from directory.forms import contact_recipients

from . import emails
from .forms import AddForm, NoteForm, SendForm, ShortlistForm
from .models import DEFAULT_RETENTION_DAYS, USE_PERMISSION, Shortlist, ShortlistItem
from .offers import kind_of, offers_of, organisers_of

SESSION_CURRENT = "shortlists_current"
RATE_GROUP = "shortlists"
# Staff in one town hall share an IP address: a higher limit per address than the citizens' forms (10/h),
# and the usual limit per citizen's email typed (RATELIMIT_FORM_PER_ADDRESS, 5/h).
SEND_RATE_PER_IP = "30/h"


def retention_days():
    return int(getattr(settings, "RETENTION_SHORTLIST_DAYS", DEFAULT_RETENTION_DAYS))


def staff_only(view):
    """Staff with the permission only; never cached anywhere (the pages hold what staff note about a citizen)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not request.user.has_perm(USE_PERMISSION):
            raise PermissionDenied
        # The same second factor as the admin asks for (core/two_factor.py): these pages are outside /admin/,
        # where TwoFactorMiddleware does not look, but hold what staff noted for a citizen.
        if not request.user.is_verified():
            if user_has_device(request.user):
                return redirect_to_login(request.get_full_path(), reverse("two_factor:verify"))
            if requires_two_factor(request.user):
                return redirect_to_login(request.get_full_path(), reverse("two_factor:setup"))
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


def own_shortlist(request, pk):
    return get_object_or_404(Shortlist, pk=pk, owner=request.user)


def current_id(request):
    return request.session.get(SESSION_CURRENT)


def set_current(request, shortlist):
    request.session[SESSION_CURRENT] = shortlist.pk


def safe_next(request, value):
    """Where "back" leads: an address on this site only, e.g. "/foreninger/?kategori=idraet"."""
    if value and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}, require_https=False):
        return value
    return ""


def _index(request, form=None, status=200):
    shortlists = Shortlist.objects.filter(owner=request.user).annotate(item_count=Count("items"))
    shortlists = shortlists.order_by("-updated_at", "-pk")  # Meta.ordering is not applied with an aggregate
    context = {
        "shortlists": shortlists,
        "current_id": current_id(request),
        "form": form or ShortlistForm(),
        "retention_days": retention_days(),
        "page_title": _("Suggestions for citizens"),
    }
    return TemplateResponse(request, "shortlists/index.html", context, status=status)


@staff_only
@require_http_methods(["GET", "HEAD"])
def index(request):
    return _index(request)


@staff_only
@require_POST
def create(request):
    form = ShortlistForm(request.POST)
    if not form.is_valid():
        return _index(request, form, status=400)
    shortlist = form.save(commit=False)
    shortlist.owner = request.user
    shortlist.save()
    set_current(request, shortlist)
    return redirect("shortlists:detail", pk=shortlist.pk)


def _refused(request, message):
    context = {"message": message, "page_title": _("Could not add to the shortlist")}
    return TemplateResponse(request, "shortlists/refused.html", context, status=400)


@staff_only
@require_POST
def add(request):
    form = AddForm(request.POST)
    if not form.is_valid():
        return _refused(request, _("That is not something a shortlist can hold."))
    data = form.cleaned_data
    page = Page.objects.live().exclude(private_q()).filter(pk=data["page"]).specific().first()
    activity_id = data["activity"]
    if page is None or kind_of(page, activity_id) is None:
        return _refused(request, _("Only associations, their activities, volunteer tasks and events can be added."))
    if activity_id and not page.activities.filter(pk=activity_id).exists():
        return _refused(request, _("The association has no such activity."))
    if data["shortlist"]:
        shortlist = own_shortlist(request, data["shortlist"])
    else:
        shortlist = Shortlist.objects.filter(owner=request.user, pk=current_id(request)).first()
        if shortlist is None:
            shortlist = Shortlist.objects.create(owner=request.user, label=_("New shortlist"))
    with transaction.atomic():
        item, created = ShortlistItem.objects.get_or_create(
            shortlist=shortlist,
            page=page,
            activity_id=activity_id,
            defaults={"sort_order": shortlist.items.count()},
        )
        shortlist.touch()
    set_current(request, shortlist)
    title = page.title
    if activity_id:
        title = page.activities.get(pk=activity_id).name
    if created:
        messages.success(
            request, _("“%(title)s” is on the shortlist “%(label)s”.") % {"title": title, "label": shortlist}
        )
    else:
        messages.info(
            request, _("“%(title)s” was already on the shortlist “%(label)s”.") % {"title": title, "label": shortlist}
        )
    url = reverse("shortlists:detail", kwargs={"pk": shortlist.pk})
    back = safe_next(request, data["next"])
    if back:
        request.session["shortlists_back"] = back
    return redirect(url)


def _detail(request, shortlist, note_forms=None, status=200):
    offers = offers_of(shortlist, request)
    note_forms = note_forms or {}
    for offer in offers:
        offer.note_form = note_forms.get(offer.item.pk) or NoteForm(instance=offer.item, prefix=f"item-{offer.item.pk}")
    context = {
        "shortlist": shortlist,
        "offers": offers,
        "is_current": current_id(request) == shortlist.pk,
        "back_url": request.session.get("shortlists_back", ""),
        "page_title": shortlist.label,
    }
    return TemplateResponse(request, "shortlists/detail.html", context, status=status)


@staff_only
@require_http_methods(["GET", "HEAD"])
def detail(request, pk):
    return _detail(request, own_shortlist(request, pk))


@staff_only
@require_POST
def make_current(request, pk):
    shortlist = own_shortlist(request, pk)
    set_current(request, shortlist)
    messages.success(request, _("New suggestions now go to “%(label)s”.") % {"label": shortlist})
    return redirect("shortlists:detail", pk=shortlist.pk)


@staff_only
@require_POST
def delete(request, pk):
    shortlist = own_shortlist(request, pk)
    label = shortlist.label
    shortlist.delete()
    messages.success(request, _("The shortlist “%(label)s” has been deleted.") % {"label": label})
    return redirect("shortlists:index")


def _item(request, pk, item_pk):
    shortlist = own_shortlist(request, pk)
    return shortlist, get_object_or_404(ShortlistItem, pk=item_pk, shortlist=shortlist)


@staff_only
@require_POST
def note(request, pk, item_pk):
    shortlist, item = _item(request, pk, item_pk)
    form = NoteForm(request.POST, instance=item, prefix=f"item-{item.pk}")
    if not form.is_valid():
        return _detail(request, shortlist, {item.pk: form}, status=400)
    form.save()
    shortlist.touch()
    messages.success(request, _("The note has been saved."))
    return redirect(reverse("shortlists:detail", kwargs={"pk": shortlist.pk}) + f"#punkt-{item.pk}")


@staff_only
@require_POST
def move(request, pk, item_pk, direction):
    """Up or down one place: the items are numbered afresh, then the item swaps with its neighbour."""
    shortlist, item = _item(request, pk, item_pk)
    items = list(shortlist.items.all())
    index = next(i for i, each in enumerate(items) if each.pk == item.pk)
    other = index - 1 if direction == "op" else index + 1
    if 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
    with transaction.atomic():
        for order, each in enumerate(items):
            if each.sort_order != order:
                ShortlistItem.objects.filter(pk=each.pk).update(sort_order=order)
        shortlist.touch()
    return redirect(reverse("shortlists:detail", kwargs={"pk": shortlist.pk}) + f"#punkt-{item.pk}")


@staff_only
@require_POST
def remove(request, pk, item_pk):
    shortlist, item = _item(request, pk, item_pk)
    item.delete()
    shortlist.touch()
    messages.success(request, _("The suggestion has been removed."))
    return redirect("shortlists:detail", pk=shortlist.pk)


@staff_only
@require_http_methods(["GET", "HEAD"])
def print_view(request, pk):
    shortlist = own_shortlist(request, pk)
    context = {"shortlist": shortlist, "offers": offers_of(shortlist, request), "page_title": _("Suggestions for you")}
    return TemplateResponse(request, "shortlists/print.html", context)


def _send_page(request, shortlist, offers, form, status=200, notice=""):
    context = {
        "shortlist": shortlist,
        "offers": offers,
        "form": form,
        "notice": notice,
        "page_title": _("Send the shortlist"),
    }
    return TemplateResponse(request, "shortlists/send.html", context, status=status)


@staff_only
@require_http_methods(["GET", "HEAD", "POST"])
def send(request, pk):
    shortlist = own_shortlist(request, pk)
    offers = offers_of(shortlist, request)
    if not offers:
        raise Http404
    organisers = organisers_of(offers)
    if request.method != "POST":
        return _send_page(request, shortlist, offers, SendForm(organisers=organisers))
    form = SendForm(request.POST, organisers=organisers)
    if not form.is_valid():
        return _send_page(request, shortlist, offers, form, status=400)
    data = form.cleaned_data
    if over_limit(request, RATE_GROUP, rate=SEND_RATE_PER_IP, address=data["email"]):
        return _send_page(request, shortlist, offers, form, RATE_LIMITED_STATUS, RATE_LIMITED_MESSAGE)
    with transaction.atomic():
        emails.send_to_citizen(offers, data["email"], request.user)
        introduced = []
        if data["introduce"]:
            citizen = {"name": data["name"].strip(), "email": data["email"], "phone": data["phone"].strip()}
            for organiser in form.chosen_organisers():
                theirs = [
                    offer for offer in offers if offer.organiser is not None and offer.organiser.pk == organiser.pk
                ]
                emails.send_introduction(
                    organiser, theirs, contact_recipients(organiser, request), citizen, request.user
                )
                introduced.append(organiser.title)
        shortlist.touch()
    if introduced:
        messages.success(
            request,
            _("The shortlist has been sent to the citizen, and the citizen introduced to: %(names)s.")
            % {"names": ", ".join(introduced)},
        )
    else:
        messages.success(request, _("The shortlist has been sent to the citizen."))
    return redirect("shortlists:detail", pk=shortlist.pk)
