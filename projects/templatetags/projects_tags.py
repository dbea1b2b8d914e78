"""Project data for templates of other apps (a member's profile), and sums of money in the
visitor's language."""

from decimal import Decimal

from babel.numbers import format_currency
from django import template

from pages.i18n import babel_locale
from projects.models import ProjectPage

register = template.Library()


@register.inclusion_tag("projects/projects_with_member.html", takes_context=True)
def projects_with_member(context, authority):
    """The visible projects ``authority`` coordinates or takes part in, ongoing first: one
    query."""
    projects = ProjectPage.objects.visible().defer_streamfields().with_member(authority)
    return {"request": context["request"], "projects": list(projects.ongoing_first())}


@register.filter
def euros(amount: Decimal | None) -> str:
    """An amount in euros as the visitor's language writes it: "€1,250,000", "1 250 000 €";
    cents only when there are some."""
    if amount is None:
        return ""
    locale = babel_locale()
    if amount == amount.to_integral_value():
        whole = locale.currency_formats["standard"].pattern.replace(".00", "")
        return format_currency(amount, "EUR", format=whole, locale=locale, currency_digits=False)
    return format_currency(amount, "EUR", locale=locale)
