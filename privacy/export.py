"""Everything the site holds about an email address, as one JSON document."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from wagtail.log_actions import log

from privacy.addresses import normalised
from privacy.models import DataRequest
from privacy.registry import declarations


def personal_data(address: str) -> dict:
    """Each declared model's rows about ``address`` (an empty list where it holds none)."""
    return {
        "email": normalised(address),
        "exported_at": timezone.now(),
        "data": {
            declaration.label: declaration.exported(address) for declaration in declarations()
        },
    }


def export(address: str, user) -> str:
    """The JSON document, its request recorded and logged without the address."""
    document = json.dumps(
        personal_data(address), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    )
    request = DataRequest.made(DataRequest.Kind.EXPORT, address)
    log(request, "privacy.export", user=user)
    return document
