"""The Wagtail admin's page edit form, as an editor's browser would post it."""

from wagtail.fields import RichTextField, StreamField
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

LANGUAGE_CODES = ("en", "fr", "de", "it", "es", "pt")
PAGE_FIELD_PREFIXES = ("title_", "slug_", "intro_", "seo_title_", "search_description_")

# Inline panels: posted empty, which keeps the page's existing rows.
INLINE_RELATIONS = {
    "aboutpage": ["objectives"],
    "governancepage": ["national_forums"],
    "internationalpage": ["statuses"],
    "teampage": ["people"],
    "activitiespage": ["services"],
    "manifestopage": ["commitments"],
}


def edit_form_data(page, **changes):
    """The edit form of ``page`` as the admin would post it, with ``changes`` applied."""
    page = page.specific
    data = {}
    for field in page._meta.concrete_fields:
        value = field.value_from_object(page)
        if field.name.startswith(PAGE_FIELD_PREFIXES):
            data[field.name] = value or ""
    for name in page.content_field_names():
        for code in LANGUAGE_CODES:
            value = getattr(page, f"{name}_{code}")
            field = page._meta.get_field(f"{name}_{code}")
            if isinstance(field, StreamField):
                data[field.name] = streamfield([])
            elif isinstance(field, RichTextField):
                data[field.name] = rich_text(value or "")
            else:
                data[field.name] = value or ""
    for relation in INLINE_RELATIONS.get(page._meta.model_name, []):
        data[relation] = inline_formset([])
    data.update(changes)
    return nested_form_data(data)
