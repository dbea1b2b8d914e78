"""The member directory and a member's profile, served by ``MemberDirectoryPage``'s routes."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from members.directory import directory_filters, network_figures
from members.models import MemberAuthority
from pages.listing import paginate

MEMBERS_PER_PAGE = 30
LIST_COLUMNS = ("name", "slug", "kind", "country", "city")


def directory(request, page):
    filters = directory_filters(request.GET)
    members = filters.apply(MemberAuthority.objects.active()).only(*LIST_COLUMNS)
    total = None if filters.is_filtered() else network_figures()["authorities"]
    listing = paginate(members, request.GET.get("page"), MEMBERS_PER_PAGE, total)
    page.link_profiles(listing)
    context = page.get_context(request)
    context.update(filters=filters, listing=listing)
    return TemplateResponse(request, "members/member_directory_page.html", context)


def profile(request, page, slug):
    member = get_object_or_404(
        MemberAuthority.objects.active().select_related("national_forum", "logo"), slug=slug
    )
    context = page.get_context(request)
    context.update(
        member=member,
        alternate_urls={
            code: page.profile_url_in(member, code, request) for code, _name in settings.LANGUAGES
        },
    )
    return TemplateResponse(request, "members/member_profile.html", context)
