import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.caching import kept
from pages.i18n import language_links, long_date, shows_english_for
from pages.navigation import menu_entries, menu_pages, menu_position, site_root
from pages.routing import live_page as find_live_page

register = template.Library()


@register.filter(name="long_date", expects_localtime=True)
def long_date_filter(value) -> str:
    """A date as the visitor's language writes it: "1er janvier 2027" (``pages.i18n``)."""
    return long_date(value) if value else ""


class FragmentNode(template.Node):
    def __init__(self, nodelist, name: str, parts: list, per_query: bool):
        self.nodelist, self.name, self.parts, self.per_query = nodelist, name, parts, per_query

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]

        def draw():
            return self.nodelist.render(context)

        return mark_safe(kept(self.name, *parts, draw=draw, per_query=self.per_query))  # noqa: S308


@register.tag
def fragment(parser, token):
    """``{% fragment "main-menu" page.path %}…{% endfragment %}``: the HTML inside, kept in the
    page cache by name, language and the values given (``pages.caching.kept``); add
    ``per_query`` when a value is a visitor's query. A preview's is drawn every time."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name.")
    per_query = bits[-1] == "per_query"
    if per_query:
        bits = bits[:-1]
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    parts = [parser.compile_filter(bit) for bit in bits[2:]]
    return FragmentNode(nodelist, name, parts, per_query)


@register.simple_tag
def live_page(label: str):
    """The site's live page of type ``label``, or None:
    ``{% live_page "news.NewsletterPage" as newsletter %}``."""
    return find_live_page(label)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    return {
        "root": site_root(request),
        "entries": menu_entries(request, current),
        "current": current,
    }


@register.simple_tag(takes_context=True)
def main_menu_key(context) -> str:
    """What the main menu's HTML depends on: the menu page the page shown is, or is under."""
    return menu_position(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def main_sections(context):
    return menu_pages(context["request"])


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors from the home page (read only when the page cache does not hold
    them already: a lazy queryset), then the page itself."""
    page = context.get("page")
    ancestors = page.get_ancestors().filter(depth__gt=1) if page else []
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.simple_tag(takes_context=True)
def alternate_languages(context):
    return language_links(context["request"], context.get("page"), context.get("alternate_urls"))


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD, escaped so that it cannot close its script element."""
    page = context.get("page")
    data = page.structured_data(context["request"]) if hasattr(page, "structured_data") else None
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    payload = payload.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.filter
def fallback_language(obj, field: str):
    """The default language's code when ``obj.<field>`` shows its text because the current
    language's translation is missing, else None (an attribute of ``{% image %}`` or
    ``{% picture %}`` set to None is left out)."""
    if obj is not None and shows_english_for(obj, field, translation.get_language()):
        return settings.LANGUAGE_CODE
    return None


@register.filter
def in_language(text, code: str | None) -> str:
    """``text`` escaped, in a ``<span lang="…">`` when it is written in ``code`` and the page
    in another language (WCAG 3.1.2): a discussion's title in the language of its opening
    post, say."""
    if code and code != translation.get_language():
        return format_html('<span lang="{}">{}</span>', code, text)
    return format_html("{}", text)


@register.filter
def lang_attr(obj, field: str) -> str:
    """`` lang="en"`` for the element that shows ``obj.<field>`` when that text is the English
    one standing in for a missing translation (WCAG 3.1.2, language of parts), else ''."""
    code = fallback_language(obj, field)
    return format_html(' lang="{}"', code) if code else ""
