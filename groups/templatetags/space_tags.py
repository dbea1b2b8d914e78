"""What the templates of a group's space need from its rules: a post's text as safe HTML,
its author's name, whether the visitor may still edit it."""

from django import template
from django.utils.translation import gettext as _

from groups import markup, space

register = template.Library()


@register.filter
def post_html(text: str):
    return markup.render(text)


@register.filter
def author_name(user) -> str:
    """The person's name, else their address; "former participant" once erased."""
    if user is None:
        return _("Former participant")
    return user.get_full_name() or user.email


@register.filter
def authority_of(user) -> str:
    account = getattr(user, "member_account", None) if user is not None else None
    return account.authority.name if account is not None else ""


@register.filter
def editable_by(post, user) -> bool:
    return space.may_edit(post, user)
