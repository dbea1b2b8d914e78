"""Practices in the admin: the list staff review from, the editor, and the decline action's
entry in the history."""

from django import forms
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

from pages.admin_access import PermissionCheckedChooserViewSet
from practices.models import EVIDENCE, SECTIONS, Practice
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
