"""Who comes into the pages where people act for their authority (its profile, its
colleagues, its practices, their working groups, their own profile): a person of an active
member authority. Anonymous visitors are asked to sign in; anyone else is told why not, with
a 403: a former member that the membership has ended, staff and people without an authority
that the pages are for the people of member authorities.

Each app gives its refusal page (its template and title); the page reads ``account``,
``membership_ended``, ``staff`` and whatever else the app adds.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from members.access import account_of, is_staff

REFUSED = "members/account/refused.html"


def refused(request, account, *, title, template=REFUSED, **context) -> TemplateResponse:
    """The 403 page telling ``account``'s person (or a person without one) why not."""
    context = {
        "title": title,
        "account": account,
        "membership_ended": account is not None and not account.authority.is_active,
        "staff": is_staff(request.user),
        **context,
    }
    return TemplateResponse(request, template, context, status=403)


def for_authority_people(*, title, template=REFUSED, contacts_only=False, **context):
    """Let in a person of an active member authority (with ``contacts_only``, one of its
    contact persons: the others are told who they are), the view receiving their account
    after the request; refuse anyone else on ``template``, titled ``title``, with
    ``context`` added."""

    def decorate(view):
        @login_required
        @wraps(view)
        def checked(request, *args, **kwargs):
            account = account_of(request.user)
            if account is None or not account.grants_access:
                return refused(request, account, title=title, template=template, **context)
            if contacts_only and not account.is_contact:
                contacts = account.authority.contact_persons()
                return refused(
                    request, account, title=title, template=template, contacts=contacts, **context
                )
            return view(request, account, *args, **kwargs)

        return checked

    return decorate
