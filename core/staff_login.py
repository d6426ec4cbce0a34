"""The staff's way into the admin: Wagtail's login and password reset, with limits and without tell-tales.

- Login (``LoginView``, at /admin/login/ in portal/urls.py): each POST counts against
  RATELIMIT_LOGIN_PER_IP and, by the username typed, RATELIMIT_LOGIN_PER_USERNAME
  (core/ratelimit.py). Over either the form comes back filled in (the username) with
  ``LOGIN_RATE_LIMITED_MESSAGE`` and status 429, and no password is checked.
- Lockout: django-axes counts failed logins per username + IP address (settings: AXES_*). A locked
  pair gets ``lockout_response``: Wagtail's login frame with a translated message, status 429. Even
  the right password does not get in until the cool-off has passed or an administrator runs
  ``manage.py axes_reset_username <username>``.
- Password reset (``PasswordResetView`` and ``EqualTimingPasswordResetForm``): the same limits by
  IP and by the email typed, and the same work whether or not an account has that email. Django's
  form made a token, rendered two templates and queued a message only for a real account, so an
  unknown address answered in ~20 ms and a known one in ~75 ms: whether somebody is staff could
  be read off the clock. Now an unknown address gets a token for a stand-in user, the same
  templates rendered and the same message built and serialised; only the queue's INSERT is left out.
"""

import math

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMultiAlternatives
from django.forms.utils import ErrorDict
from django.shortcuts import render
from django.template import loader
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from mailer.models import Message as QueuedMessage
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.admin.views import account

from .ratelimit import RATE_LIMITED_STATUS, configured_rate, over_limit

LOGIN_RATE_LIMITED_MESSAGE = _(
    "There have been many attempts to sign in from your address or with this username in a short while. "
    "Wait a little and try again."
)
RESET_RATE_LIMITED_MESSAGE = _(
    "There have been many requests to reset a password from your address or for this email in a short while. "
    "Wait a little and try again."
)


def refused_form(view, message):
    """The view's form, bound to what was sent but never validated (no password checked), with one error."""
    form = view.get_form()
    form.cleaned_data = {}
    form._errors = ErrorDict()
    form.add_error(None, message)
    return view.render_to_response(view.get_context_data(form=form), status=RATE_LIMITED_STATUS)


class LoginView(account.LoginView):
    """Wagtail's admin login, with a limit per IP address and per username on the attempts."""

    def post(self, request, *args, **kwargs):
        if over_limit(
            request,
            "login",
            rate=configured_rate("RATELIMIT_LOGIN_PER_IP"),
            address=request.POST.get("username", ""),
            address_rate=configured_rate("RATELIMIT_LOGIN_PER_USERNAME"),
        ):
            return refused_form(self, LOGIN_RATE_LIMITED_MESSAGE)
        return super().post(request, *args, **kwargs)


class PasswordResetView(account.PasswordResetView):
    """Wagtail's "Forgotten password?", with the form limits per IP address and per email typed."""

    def post(self, request, *args, **kwargs):
        if over_limit(request, "password-reset", address=request.POST.get("email", "")):
            return refused_form(self, RESET_RATE_LIMITED_MESSAGE)
        return super().post(request, *args, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: Wagtail's login frame saying the sign-in is locked, and for how long."""
    minutes = max(1, math.ceil(float(getattr(settings, "AXES_COOLOFF_TIME", 1) or 1) * 60))
    message = ngettext(
        "Too many failed attempts to sign in with this username from your address. For your security, "
        "signing in is locked for %(minutes)s minute. If you have forgotten your password, reset it; an "
        "administrator can also lift the lock.",
        "Too many failed attempts to sign in with this username from your address. For your security, "
        "signing in is locked for %(minutes)s minutes. If you have forgotten your password, reset it; an "
        "administrator can also lift the lock.",
        minutes,
    ) % {"minutes": minutes}
    # Rendered at once (not a TemplateResponse): AxesMiddleware swaps it in after the view's response was rendered.
    return render(
        request,
        "wagtailadmin/locked_out.html",
        {"message": message, "show_password_reset": account.password_reset_enabled()},
        status=getattr(settings, "AXES_HTTP_RESPONSE_CODE", 429),
    )


# A password hash nobody has, made once: the stand-in user's token is computed from it as a real user's is.
STAND_IN_PASSWORD = make_password(None)


class EqualTimingPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form that does the same work whether or not the email belongs to an account.

    settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM names it. For an unknown address a stand-in user (unsaved,
    with the email typed) gets a token, the message is rendered and built and serialised as django-mailer's
    queue serialises it, and then not stored: nobody is sent anything.
    """

    def save(self, domain_override=None, subject_template_name="", email_template_name="", use_https=False,
             token_generator=default_token_generator, from_email=None, request=None, html_email_template_name=None,
             extra_email_context=None):  # fmt: skip
        email = self.cleaned_data["email"]
        if domain_override:
            site_name = domain = domain_override
        else:
            site_name = domain = request.get_host() if request is not None else ""
        user_model = get_user_model()
        recipients = [(user, True) for user in self.get_users(email)] or [
            (user_model(pk=0, email=email, password=STAND_IN_PASSWORD, **{user_model.USERNAME_FIELD: email}), False)
        ]
        for user, deliver in recipients:
            user_email = getattr(user, user_model.get_email_field_name())
            context = {
                "email": user_email,
                "domain": domain,
                "site_name": site_name,
                "uid": urlsafe_base64_encode(force_bytes(user_model._meta.pk.value_to_string(user))),
                "user": user,
                "token": token_generator.make_token(user),
                "protocol": "https" if use_https else "http",
                **(extra_email_context or {}),
            }
            subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
            body = loader.render_to_string(email_template_name, context)
            message = EmailMultiAlternatives(subject, body, from_email, [user_email])
            if html_email_template_name is not None:
                message.attach_alternative(loader.render_to_string(html_email_template_name, context), "text/html")
            if deliver:
                message.send()  # one row in the mail queue
            else:
                QueuedMessage(email=message)  # the queue's serialisation (a pickle), without the INSERT
