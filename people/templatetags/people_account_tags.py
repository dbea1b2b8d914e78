"""The people in the members' area's home: the person's profile, and the way to the people
directory."""

from django import template

from people.models import Profile

register = template.Library()


@register.inclusion_tag("people/account/home_section.html")
def members_area_people(account) -> dict:
    """For a reader of members-only content: their profile when they have an account of an
    active authority (one query), and the directory."""
    has_profile = account is not None and account.grants_access
    return {
        "has_profile": has_profile,
        "profile": Profile.objects.filter(account=account).first() if has_profile else None,
    }
