"""Practices in the members' area's home: the person's authority's own, where each stands,
and the latest published practices of other authorities from its country or on its themes."""

from django import template
from django.db.models import F
from django.utils import translation

from practices import drafts
from practices.models import Practice, practices_page

register = template.Library()

OWN_SHOWN = 5
NEAR_SHOWN = 6


@register.inclusion_tag("practices/account/home_sections.html")
def members_area_practices(account) -> dict:
    """The two sections for ``account``'s authority, in five queries at most."""
    authority = account.authority
    library = practices_page()
    language = translation.get_language()
    near = (
        Practice.objects.live()
        .near(authority)
        .select_related("authority")
        .prefetch_related("texts")
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")[:NEAR_SHOWN]
    )
    return {
        "authority": authority,
        "own": drafts.written_by(authority, limit=OWN_SHOWN),
        "near": [
            (
                practice,
                practice.text_for(language),
                library.practice_url(practice) if library else "",
            )
            for practice in near
        ],
    }
