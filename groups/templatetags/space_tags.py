"""What the templates of a group's space need from its rules: a post's text as safe HTML,
its author's name, whether the visitor may still edit it."""

from django import template

from groups import markup, space
from groups.models.discussions import authority_name, person_name

register = template.Library()


@register.filter
def post_html(text: str):
    return markup.render(text)


@register.filter
def author_name(user) -> str:
    return person_name(user)


@register.filter
def authority_of(user) -> str:
    return authority_name(user)


@register.filter
def editable_by(post, user) -> bool:
    return space.may_edit(post, user)
