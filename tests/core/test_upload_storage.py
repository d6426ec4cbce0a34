"""On S3, an upload that is not a picture is stored as a download (core/storage.py)."""

import pytest

from core.storage import UploadsS3Storage


@pytest.fixture
def storage(settings):
    settings.AWS_STORAGE_BUCKET_NAME = "frivilligportal-media"
    settings.AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    return UploadsS3Storage()


@pytest.mark.parametrize("name", ["original_images/baad.jpg", "images/baad.max-800x600.png", "images/logo.webp"])
def test_a_picture_is_stored_to_be_shown(storage, name):
    assert storage.get_object_parameters(name) == {"CacheControl": "max-age=86400"}


@pytest.mark.parametrize("name", ["documents/regnskab.csv", "documents/vedtaegter.pdf", "original_images/evil.svg"])
def test_anything_else_is_stored_as_a_download(storage, name):
    assert storage.get_object_parameters(name) == {"CacheControl": "max-age=86400", "ContentDisposition": "attachment"}
