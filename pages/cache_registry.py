"""Which models' changes empty the page cache: declared here, connected here, checked at start.

A model whose rows public pages show (a member's name in the directory, a theme on a card, a
document's size beside its link) must be in ``SHOWN_ON_PUBLIC_PAGES``: saving, deleting or
changing the many-to-many links of one of its rows then starts a new generation of the page
cache (``pages.caching.empty_page_cache``). A model that only signed-in people or staff see
goes in ``NOT_SHOWN_ON_PUBLIC_PAGES``. The system check ``pages.E001`` fails at start-up (and
in the tests) when a translated model, a snippet, or a model a page links to is in neither,
so a new model cannot be shown stale by forgetting it. A model some of whose rows no public
page shows says which with a ``shows_on_public_pages`` property (a registration still waiting
for its address's confirmation holds no place): saving those leaves the cache as it is.

Pages themselves empty the cache when they are published, unpublished, moved or created
(an alias is live at once); their inline children (a project's partners) go with them.
"""

from django.apps import apps
from django.contrib.contenttypes.fields import GenericRelation
from django.core import checks
from django.db.models.signals import m2m_changed, post_delete, post_save
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from pages.caching import empty_page_cache

# Each model, and where public pages show it.
SHOWN_ON_PUBLIC_PAGES = {
    "wagtailcore.Site": "each host's site and root: every link's host (pages.routing)",
    "wagtailcore.PageViewRestriction": "where restrictions are (BasePage.get_view_restrictions)",
    "pages.SiteSettings": "the footer and contact details of every page",
    "pages.SiteImage": "pictures and their alternative text, wherever an image shows",
    "wagtaildocs.Document": "a file's size and type beside every link to it",
    "members.MemberAuthority": "the directory, profiles, map, figures, governance, partners",
    "members.NationalForum": "the directory's filters and the governance page",
    "publications.Publication": "the library, the home page, feeds, articles and projects",
    "publications.PublicationFile": "a publication's files, languages and sizes",
    "themes.Theme": "cards, filters and theme pages of every list",
    "wagtailsearchpromotions.SearchPromotion": "the results staff pin for a search",
    "events.Registration": "the places left on an event's page (a pending one holds none)",
    "practices.Practice": "the practice exchange, practices' pages, profiles and theme pages",
    "practices.PracticeText": "a practice's text in each language, on its page and cards",
    "practices.Adaptation": "the authorities that adapted a practice, on its page",
    "practices.PracticeImage": "a practice's pictures",
    "practices.PracticeFile": "a practice's files and their languages",
    "groups.WorkingGroup": "the working groups' list, their pages and theme pages",
    "groups.GroupMembership": "how many people and authorities take part in a group",
}

# Each model, and why no public page shows it.
NOT_SHOWN_ON_PUBLIC_PAGES = {
    "groups.Thread": "a group's space: its members only, never cached",
    "groups.Post": "a group's space: its members only, never cached",
    "groups.PostReport": "a report to staff: staff only",
    "groups.SharedFile": "a group's space: its members only, never cached",
    "members.JoinApplication": "an application to join: staff only",
    "members.MemberAccount": "a member's account: signed-in pages, never cached",
    "members.ProfileProposal": "a proposed profile change: its authority's people and staff; "
    "approving it saves the authority",
    "news.Subscriber": "a newsletter subscription: staff only",
    "publications.Download": "download counts: the staff report only",
}


def shown_models() -> list:
    """The models of ``SHOWN_ON_PUBLIC_PAGES``: a label naming no model stops the start."""
    return [apps.get_model(label) for label in SHOWN_ON_PUBLIC_PAGES]


def connect() -> None:
    """Empty the page cache on every change public pages may show: the one place where the
    signals are connected."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(empty_page_cache, dispatch_uid=f"page_cache_{id(signal)}")
    post_save.connect(empty_for_new_pages, dispatch_uid="page_cache_new_page")
    for model in shown_models():
        for signal in (post_save, post_delete):
            signal.connect(empty_for_row, sender=model, dispatch_uid=f"page_cache_{model}")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                empty_on_new_links, sender=through, dispatch_uid=f"page_cache_{through}"
            )


def empty_for_row(instance, **kwargs) -> None:
    """A row of a model public pages show was saved or deleted."""
    if getattr(instance, "shows_on_public_pages", True):
        empty_page_cache()


def empty_for_new_pages(instance, created=False, raw=False, **kwargs) -> None:
    """A new page, an alias above all, may be live at once without being published."""
    if created and not raw and isinstance(instance, Page):
        empty_page_cache()


def empty_on_new_links(action: str, **kwargs) -> None:
    """A restriction's groups, a publication's themes: the links are written after the row."""
    if action.startswith("post_"):
        empty_page_cache()


def is_inline_in_a_page(model) -> bool:
    """Rows edited in a page's form (a project's partners), published with the page."""
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in model._meta.get_fields()
    )


def models_pages_may_show() -> set:
    """Translated models, snippets, images, documents and every model a page class links to,
    except pages and what is edited inside them."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    found = set(translator.get_registered_models()) | set(get_snippet_models())
    found |= {get_document_model(), get_image_model()}
    for page_model in get_page_models():
        for field in page_model._meta.get_fields():
            if field.model is Page or field.auto_created or isinstance(field, GenericRelation):
                continue
            if field.is_relation and isinstance(field.related_model, type):
                found.add(field.related_model)
    return {
        model
        for model in found
        if not issubclass(model, Page)
        and not model._meta.abstract
        and not is_inline_in_a_page(model)
    }


@checks.register()
def check_page_cache_registry(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    declared = SHOWN_ON_PUBLIC_PAGES.keys() | NOT_SHOWN_ON_PUBLIC_PAGES.keys()
    return [
        checks.Error(
            f"{model._meta.label} may show on public pages, but the page cache registry "
            "does not say whether it does.",
            hint="Add it to SHOWN_ON_PUBLIC_PAGES in pages/cache_registry.py (its changes then "
            "empty the page cache) or to NOT_SHOWN_ON_PUBLIC_PAGES, saying why.",
            obj=model,
            id="pages.E001",
        )
        for model in sorted(models_pages_may_show(), key=lambda model: model._meta.label)
        if model._meta.label not in declared
    ]
