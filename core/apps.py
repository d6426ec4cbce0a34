from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the portal shares: the vocabulary base, form hygiene, the listing kit, admin pieces.

    It imports no app of the portal; the apps import it.
    """

    name = "core"

    def ready(self):
        # The receivers that purge cached pages when content changes (in the page cache, the frame, a CDN).
        from . import cachegen, frontend_cache  # noqa: F401
