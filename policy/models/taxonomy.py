"""The guides' fixed vocabularies: topics and audiences staff maintain and editors pick from."""

from django.utils.translation import gettext_lazy as _

from core.models import VocabularyTerm


class GuideTopic(VocabularyTerm):
    """What a guide is about: "Børneattest", "Forsikring", "GDPR" …"""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("guide topic")
        verbose_name_plural = _("guide topics")


class GuideAudience(VocabularyTerm):
    """Whom a guide is written for: associations, volunteers or the kommune's own staff."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("guide audience")
        verbose_name_plural = _("guide audiences")
