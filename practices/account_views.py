"""A member authority's practices in the members' area: what its people wrote, where each
stands in its review, and the forms to write, translate and submit them."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from members.models import MemberAccount
from practices.models import Practice


def authority_of(user):
    """The active authority ``user`` writes for, or None."""
    account = MemberAccount.objects.filter(user=user, authority__status="active").first()
    return account.authority if account else None


@login_required
def practice_list(request):
    authority = authority_of(request.user)
    if authority is None:
        raise Http404("No member authority.")
    practices = Practice.objects.of_authority(authority).prefetch_related("texts")
    return TemplateResponse(
        request, "practices/account/list.html", {"practices": practices, "authority": authority}
    )


@login_required
def edit(request, pk):
    authority = authority_of(request.user)
    practice = get_object_or_404(Practice, pk=pk, authority=authority)
    return TemplateResponse(request, "practices/account/edit.html", {"practice": practice})
