"""Two-factor authentication for staff, with django-otp's time-based codes (TOTP).

Any staff member can set it up from their account ("Two-factor authentication" in the account
menu): the setup page shows a QR code, drawn as SVG on our server (the secret never goes to an
outside QR service), for an authenticator app (Microsoft Authenticator, Google Authenticator, …),
and turns the app on once one six-digit code from it is typed in. From then on, after the password,
every admin page first asks for a code from the app (the verify page), once per login.

Superusers and members of TWO_FACTOR_REQUIRED_GROUPS (Kommunikation) must set it up: with
TWO_FACTOR_REQUIRED on (the default; off in settings/dev.py for `make run`'s demo) their first
admin page after the password is the setup page.

``TwoFactorMiddleware`` does the asking; it runs after django-otp's OTPMiddleware, which tells
whether this login has been verified (``request.user.is_verified()``).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode import make as make_qr
from qrcode.image.svg import SvgPathImage
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.log_actions import log

from .ratelimit import configured_rate, over_limit

DEVICE_NAME = "Authenticator app"
RESET_ACTION = "portal.two_factor_reset"
WRONG_CODE_MESSAGE = _("That code is not right. Type the six digits your app shows now.")
TOO_MANY_CODES_MESSAGE = _("You have typed many codes in a short while. Wait a little and try again.")

# Admin addresses a user who has not yet given a code may still reach: the login itself, logging out,
# the password reset, these pages and what they load (Wagtail's icon sprite and its JavaScript
# translations: redirected, the sprite would be this very page, pasted into itself). Everything else
# under /admin/ waits for the code.
OPEN_URL_NAMES = (
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "two_factor:setup",
    "two_factor:verify",
)


def requires_two_factor(user):
    """Whether this user must use a second factor: superusers and the groups in TWO_FACTOR_REQUIRED_GROUPS."""
    if not getattr(settings, "TWO_FACTOR_REQUIRED", True) or not user.is_authenticated:
        return False
    groups = getattr(settings, "TWO_FACTOR_REQUIRED_GROUPS", ["Kommunikation"])
    return user.is_superuser or user.groups.filter(name__in=groups).exists()


def _is_open(path):
    return any(path.startswith(reverse(name)) for name in OPEN_URL_NAMES)


class TwoFactorMiddleware:
    """Send a logged-in staff member to the verify page (they have an app) or the setup page (they must get one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        admin = reverse("wagtailadmin_home")
        if (
            user is not None
            and user.is_authenticated
            and request.path.startswith(admin)
            and not user.is_verified()
            and not _is_open(request.path)
        ):
            if user_has_device(user):
                return _to(request, "two_factor:verify")
            if requires_two_factor(user):
                return _to(request, "two_factor:setup")
        return self.get_response(request)


def _to(request, url_name):
    return HttpResponseRedirect(f"{reverse(url_name)}?next={request.get_full_path()}")


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def qr_svg(text):
    """The QR code of text as an inline SVG element (drawn here: no outside service sees the secret)."""
    svg = make_qr(text, image_factory=SvgPathImage, box_size=12, border=2).to_string(encoding="unicode")
    return mark_safe(svg.replace("<svg ", '<svg role="img" aria-labelledby="two-factor-qr-label" ', 1))  # noqa: S308


def _too_many(request):
    """Codes typed count like login attempts: per IP and per username (six digits are quickly guessed otherwise)."""
    return over_limit(
        request,
        "two-factor",
        rate=configured_rate("RATELIMIT_LOGIN_PER_IP"),
        address=request.user.username,
        address_rate=configured_rate("RATELIMIT_LOGIN_PER_USERNAME"),
    )


@require_http_methods(["GET", "POST"])
def setup(request):
    """Show the QR code of a new (unconfirmed) device; a right code from the app confirms it and verifies this login."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    if user_has_device(request.user):
        return redirect("two_factor:verify")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    error, status = "", 200
    if request.method == "POST":
        if _too_many(request):
            error, status = TOO_MANY_CODES_MESSAGE, 429
        elif device.verify_token(request.POST.get("token", "").replace(" ", "")):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-factor authentication is on. From now on you sign in with a code too."))
            return redirect(_next(request))
        else:
            error, status = WRONG_CODE_MESSAGE, 400
    context = {
        "qr": qr_svg(device.config_url),
        "secret": device.config_url.split("secret=")[1].split("&")[0],
        "error": error,
        "next": _next(request),
        "required": requires_two_factor(request.user),
    }
    return TemplateResponse(request, "wagtailadmin/two_factor/setup.html", context, status=status)


@require_http_methods(["GET", "POST"])
def verify(request):
    """Ask for the code from the user's app; a right one verifies this login."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    if not user_has_device(request.user):
        return redirect("two_factor:setup")
    error, status = "", 200
    if request.method == "POST":
        token = request.POST.get("token", "").replace(" ", "")
        device = None
        if _too_many(request):
            error, status = TOO_MANY_CODES_MESSAGE, 429
        else:
            device = next(
                (d for d in TOTPDevice.objects.filter(user=request.user, confirmed=True) if d.verify_token(token)), None
            )
            if device is None:
                error, status = WRONG_CODE_MESSAGE, 400
        if device is not None:
            otp_login(request, device)
            return redirect(_next(request))
    return TemplateResponse(
        request, "wagtailadmin/two_factor/verify.html", {"error": error, "next": _next(request)}, status=status
    )


def may_reset(request_user, user):
    """Who may take away a colleague's second factor (a lost or new phone): those who may edit users
    (Wagtail's "change user" permission: administrators), and a superuser's only by another superuser."""
    return request_user.has_perm(f"{get_user_model()._meta.app_label}.change_user") and (
        request_user.is_superuser or not user.is_superuser
    )


@require_admin_access
@require_http_methods(["GET", "POST"])
def reset(request, user_id):
    """Remove a staff member's authenticator app, so their next login sets up a new one.

    For the colleague who lost their phone: the administrator confirms, the user's devices are
    deleted, the action is logged (Reports → Site history) and the user is told by email, so a
    reset nobody asked for does not go unnoticed."""
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset(request.user, user):
        return permission_denied(request)
    devices = TOTPDevice.objects.filter(user=user)
    if request.method == "POST":
        with transaction.atomic():
            removed, _by_model = devices.delete()
            log(instance=user, action=RESET_ACTION, user=request.user)
        if removed and user.email:
            send_mail(
                gettext("Your two-factor authentication was reset"),
                gettext(
                    "Hello %(name)s,\n\n%(admin)s has removed the authenticator app from your account on the "
                    "volunteering portal. The next time you sign in, you set up an app again with a new QR code.\n\n"
                    "If you did not ask for this, tell %(admin)s or the portal's administrators at once."
                )
                % {
                    "name": user.get_full_name() or user.get_username(),
                    "admin": request.user.get_full_name() or request.user.get_username(),
                },
                None,
                [user.email],
            )
        messages.success(
            request,
            gettext("%(name)s sets up two-factor authentication again at the next sign-in.")
            % {"name": user.get_full_name() or user.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "wagtailadmin/two_factor/reset.html",
        {"staff_member": user, "has_device": devices.filter(confirmed=True).exists()},
    )
