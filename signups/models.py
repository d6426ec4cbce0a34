"""How an event is signed up for: the fields an event page carries, and what it promises the sign-up.

``SignupFields`` is abstract: ``events.EventPage`` mixes it in (this app imports no events code),
so the sign-up form, the waiting list, the participant list and the retention rule work on any
page that has these fields and offers:

- ``event_starts_at()``: the start of the event's first date (an aware datetime); sign-up closes
  then unless ``signup_deadline`` is earlier;
- ``event_ends_at()``: the end of its last date; participants' data is deleted 30 days after it;
- ``is_cancelled``: a cancelled event takes no sign-ups;
- ``organiser_page()``: the association or kommune unit it belongs to (or None), whose
  representatives see the participant list (their own events only);
- ``contact_recipients(request=None)``: the addresses told of sign-ups and cancellations.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignupFields(models.Model):
    NONE = "none"
    LINK = "link"
    FORM = "form"
    SIGNUP_METHOD_CHOICES = [
        (NONE, _("No sign-up: just come")),
        (LINK, _("Sign up elsewhere (a link)")),
        (FORM, _("Sign up here (a form with seats and a waiting list)")),
    ]

    signup_method = models.CharField(_("sign-up"), max_length=10, choices=SIGNUP_METHOD_CHOICES, default=NONE)
    signup_url = models.URLField(
        _("sign-up link"), blank=True, help_text=_("Where to sign up, when it happens on another site.")
    )
    signup_capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave it empty if there is no limit.")
    )
    signup_waiting_list = models.BooleanField(
        _("waiting list"), default=True, help_text=_("When the seats are taken, people can join a waiting list.")
    )
    signup_deadline = models.DateTimeField(
        _("sign-up deadline"), null=True, blank=True, help_text=_("Leave it empty to take sign-ups until it starts.")
    )

    class Meta:
        abstract = True


NAME_MAX_LENGTH = 120
PHONE_MAX_LENGTH = 20
NOTE_MAX_LENGTH = 500
TOKEN_HASH_LENGTH = 64  # hex of a SHA-256


class SignupQuerySet(models.QuerySet):
    def active(self):
        """Those holding a seat or a place on the waiting list."""
        return self.filter(status__in=[Signup.CONFIRMED, Signup.WAITING])

    def confirmed(self):
        return self.filter(status=Signup.CONFIRMED)

    def waiting(self):
        """The waiting list, first come first: by when they signed up (and the row's number on a tie)."""
        return self.filter(status=Signup.WAITING).order_by("created_at", "pk")

    def for_event(self, page):
        return self.filter(page_id=getattr(page, "pk", page))


class Signup(models.Model):
    """One person signed up for an event: a seat (confirmed), a place on the waiting list, or cancelled.

    The cancel link in the emails carries a random token; only its SHA-256 is stored (``token_hash``),
    so the database (a backup, a support query) never holds a working link. A sign-up holds one seat:
    each person signs up themselves, with their own address and their own cancel link.
    """

    CONFIRMED, WAITING, CANCELLED = "confirmed", "waiting", "cancelled"
    STATUS_CHOICES = [
        (CONFIRMED, _("Confirmed")),
        (WAITING, _("On the waiting list")),
        (CANCELLED, _("Withdrawn")),
    ]

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("event"), on_delete=models.CASCADE, related_name="signups"
    )
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=PHONE_MAX_LENGTH, blank=True)
    note = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=CONFIRMED)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, editable=False)
    token_hash = models.CharField(_("cancel token (hashed)"), max_length=TOKEN_HASH_LENGTH, unique=True, editable=False)
    cancelled_at = models.DateTimeField(_("withdrawn"), null=True, blank=True, editable=False)
    told_cancelled_at = models.DateTimeField(
        _("told that the event is cancelled"), null=True, blank=True, editable=False
    )
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True, editable=False)

    objects = SignupQuerySet.as_manager()

    # Only its event page shows a sign-up (the seats left), so it changes that page's own generation
    # (signups/signals.py), not every page's: a popular event's sign-ups would otherwise empty the page cache.
    shown_on_pages = False

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        indexes = [models.Index(fields=["page", "status", "created_at"], name="signup_event_status_idx")]

    def __str__(self):
        # No name here: it may end up in logs.
        return f"#{self.pk}"

    @property
    def is_active(self):
        return self.status in (self.CONFIRMED, self.WAITING)

    def waiting_number(self):
        """Which number on the waiting list this sign-up is (1 is next), or None when not waiting."""
        if self.status != self.WAITING:
            return None
        ahead = (
            Signup.objects.waiting()
            .for_event(self.page_id)
            .filter(models.Q(created_at__lt=self.created_at) | models.Q(created_at=self.created_at, pk__lt=self.pk))
        )
        return ahead.count() + 1
