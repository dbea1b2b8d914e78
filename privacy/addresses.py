"""An email address as the site compares it, and as its records of requests keep it: a keyed
hash (HMAC with ``PRIVACY_HASH_KEY``), never the address."""

import hashlib
import hmac

from django.conf import settings


def normalised(address: str) -> str:
    """Case and surrounding spaces do not matter, as everywhere on the site."""
    return address.strip().lower()


def address_hash(address: str) -> str:
    key = settings.PRIVACY_HASH_KEY.encode()
    return hmac.new(key, normalised(address).encode(), hashlib.sha256).hexdigest()
