"""Validators for Danish identifiers associations type into their pages."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def validate_cvr(value):
    """A CVR number is eight digits whose weighted sum is divisible by 11 (modulus 11)."""
    digits = (value or "").replace(" ", "")
    if not re.fullmatch(r"[0-9]{8}", digits):
        raise ValidationError(_("A CVR number is exactly 8 digits."), code="cvr_format")
    if digits[0] == "0" or sum(int(d) * w for d, w in zip(digits, CVR_WEIGHTS, strict=True)) % 11:
        raise ValidationError(_("This is not a valid CVR number. Check the digits."), code="cvr_checksum")


def validate_postcode(value):
    """Danish postcodes are four digits from 0800 to 9990."""
    if not re.fullmatch(r"[0-9]{4}", value or "") or not 800 <= int(value) <= 9990:
        raise ValidationError(_("A Danish postcode is four digits, e.g. 4790."), code="postcode")
