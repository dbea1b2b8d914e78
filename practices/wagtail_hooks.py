"""Practices in the admin: the list staff review from, the editor, and the decline action's
entry in the history; and the guard on Wagtail's document URLs of practices' files."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.access import reads_by_permission
from members.models import MemberAccount
from pages.admin_access import PermissionCheckedChooserViewSet
from practices.models import EVIDENCE, SECTIONS, Practice, practices_page
from practices.review import LOG_ACTIONS

TEXT_PANELS = [
    FieldRowPanel([FieldPanel("language"), FieldPanel("title")]),
    *(FieldPanel(section.field) for section in SECTIONS),
    *(FieldPanel(f"{criterion.field}_because") for criterion in EVIDENCE),
]


class PracticeViewSet(SnippetViewSet):
    model = Practice
    icon = "pick"
    menu_label = _("Practices")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "authority",
        Column("original_language", label=_("Original language")),
        Column("stage", label=_("Stage")),
        "access",
    ]
    list_filter = ["access", "status", "original_language", "live"]
    search_fields = ["slug", "texts__title"]
    ordering = ["-created_at"]
    chooser_viewset_class = PermissionCheckedChooserViewSet
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("authority"),
                FieldRowPanel([FieldPanel("original_language"), FieldPanel("slug")]),
                FieldRowPanel(
                    [FieldPanel("status"), FieldPanel("started_in"), FieldPanel("ended_in")]
                ),
                FieldRowPanel([FieldPanel("access"), FieldPanel("contact")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("The practice"),
        ),
        InlinePanel("texts", label=_("Text"), panels=TEXT_PANELS, min_num=1),
        MultiFieldPanel(
            [FieldPanel(criterion.field) for criterion in EVIDENCE],
            heading=_("Evidence"),
        ),
        MultipleChooserPanel("adaptations", chooser_field_name="authority", label=_("Adapted by")),
        InlinePanel("images", label=_("Image")),
        InlinePanel("files", label=_("File")),
    ]


register_snippet(PracticeViewSet)


@hooks.register("register_log_actions")
def register_decline(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


# Before the library's guard (order 0), which keeps a document of a restricted collection
# that no publication uses for staff alone: a practice's document goes to its practice.
@hooks.register("before_serve_document", order=-1)
def guard_practice_document(document, request):
    """Wagtail's document URL of a practice's file: a live practice's leads to the
    practice's file route, which checks access; a draft's is served to staff and to the
    people of the practice's authority only. Other documents are left to the next guards."""
    practice_file = document.practice_files.select_related("practice").first()
    if practice_file is None:
        return None
    practice = practice_file.practice
    if not practice.live:
        return draft_document(request, practice)
    library = practices_page()
    if library is None:
        raise Http404("The practices page is not published.")
    response = redirect(library.file_url(practice_file))
    add_never_cache_headers(response)
    return response


def draft_document(request, practice):
    """None (Wagtail serves it) for staff allowed to read members-only content and for the
    people of the practice's active authority; a sign-in for anonymous visitors; no such
    document for anyone else."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    authors = MemberAccount.objects.filter(
        user=user, authority=practice.authority_id, authority__status="active"
    )
    if user.is_active and (reads_by_permission(user) or authors.exists()):
        return None
    raise Http404("No such document.")
