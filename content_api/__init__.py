"""The portal's read-only content API: Wagtail's API v2 for pages, images and documents at /api/v2/."""
