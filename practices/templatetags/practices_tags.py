"""Practices for templates: those of a member authority (its profile), on a theme (the theme's
page), related to a practice (its page), and what a practice's page draws of it."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model

from members.access import reads_members_only
from pages.caching import kept
from pages.routing import live_page
from practices.library import audience_of
from practices.models import Picture, Practice, PracticeImage

register = template.Library()

RELATED_COUNT = 3
LISTED_COUNT = 6


@register.filter
def assessments(practice, text):
    """``{% for assessment in practice|assessments:text %}``: each criterion of evidence."""
    return practice.assessments(text)


@register.simple_tag
def practice_pictures(practice) -> list[Picture]:
    """The practice's pictures (its ``image_ids``, in that order), each described in the
    visitor's language, else in the practice's original language (``Picture``)."""
    images = get_image_model().objects.in_bulk(practice.image_ids)
    language = translation.get_language()
    return [
        PracticeImage(image=images[pk]).picture(language, practice.original_language)
        for pk in practice.image_ids
        if pk in images
    ]


def practices_section(
    context, name: str, parts, practices, template_name: str, count=LISTED_COUNT, **extra
) -> str:
    """A section listing ``practices`` (narrowed to what the visitor may see), kept in the
    page cache by ``name``, ``parts``, language and audience (members see members-only
    practices too); drawing it costs one query."""
    request = context.get("request")
    reads = reads_members_only(request.user) if request else False
    language = translation.get_language()

    def draw() -> str:
        library = live_page("practices.PracticeLibraryPage")
        if library is None:
            return ""
        shown = practices.shown_to(reads).select_related("authority").with_text_in(language)
        listed = list(shown.newest_first()[:count])
        values = {"practices": listed, "library": library, "language": language, **extra}
        return render_to_string(template_name, values, request)

    return mark_safe(kept(name, *parts, audience_of(reads), draw=draw))  # noqa: S308


@register.simple_tag(takes_context=True)
def practices_of_authority(context, authority) -> str:
    """A member profile's section: the authority's practices, newest first."""
    return practices_section(
        context,
        "practices-of-authority",
        [authority.pk],
        Practice.objects.of_authority(authority),
        "practices/practices_of_authority.html",
    )


@register.simple_tag(takes_context=True)
def practices_on_theme(context, theme) -> str:
    """A theme page's section: the newest practices on ``theme``, '' when there is none."""
    return practices_section(
        context,
        "practices-on-theme",
        [theme.pk],
        Practice.objects.about_any([theme]),
        "practices/practices_on_theme.html",
        theme=theme,
    )


@register.simple_tag(takes_context=True)
def related_practices(context, practice, themes) -> str:
    """A practice page's section: the newest other practices on any of its themes."""
    if not themes:
        return ""
    return practices_section(
        context,
        "related-practices",
        [practice.pk],
        Practice.objects.about_any(themes).exclude(pk=practice.pk),
        "practices/related_practices.html",
        count=RELATED_COUNT,
    )
