"""Media on S3-compatible storage, stored so that a browser never runs an upload (issue 12, "Uploads").

S3 can store a Content-Type and a Content-Disposition with each object but adds no
X-Content-Type-Options or Content-Security-Policy of its own: those come from whatever stands in
front of the bucket (nginx as a proxy, or the CDN's response-header policy; README, "Uploads").
What the object itself can carry is set here, per file: e.g. original_images/baad.jpg keeps
image/jpeg and is shown, while a file that is not a raster picture (documents/regnskab.csv, an
old logo.svg) is stored with "Content-Disposition: attachment", so even a direct bucket URL
downloads it instead of opening it in the site's origin.
"""

from storages.backends.s3 import S3Storage

from core.headers import is_shown_inline


class UploadsS3Storage(S3Storage):
    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if not is_shown_inline(name):
            parameters["ContentDisposition"] = "attachment"
        return parameters
