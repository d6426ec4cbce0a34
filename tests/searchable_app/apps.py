from django.apps import AppConfig


class SearchableAppConfig(AppConfig):
    """Test-only: festivals and their events, searchable through search/pages.py without a line in search/."""

    name = "tests.searchable_app"
    label = "searchable_app"
    default_auto_field = "django.db.models.BigAutoField"
