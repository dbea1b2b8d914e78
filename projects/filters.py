"""The project list's filters: status, theme and funding programme.

Filters come from the query string and are never trusted: a value that does not validate (an
unknown theme, a programme no project has, script text…) is ignored, so a visitor always gets
the list, filtered by whatever made sense. Only the themes and programmes that visible projects
have are offered.
"""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from pages.caching import kept
from pages.listing import ListingFilters
from projects.models import ProjectPage
from themes.listing import by_name, theme_choices
from themes.models import Theme


class ProjectFilters(ListingFilters):
    status = forms.ChoiceField(label=_("Status"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    programme = forms.ChoiceField(label=_("Funding programme"), required=False)

    def __init__(self, data, *, themes: list[Theme], programmes: set[str]):
        super().__init__(data, label_suffix="")
        self.themes = themes
        self.themes_by_slug = {theme.slug: theme for theme in themes}
        self.fields["status"].choices = [("", _("Ongoing and closed")), *ProjectPage.Status.choices]
        self.fields["theme"].choices = theme_choices(themes)
        self.fields["programme"].choices = [
            ("", _("All programmes")),
            *(choice for choice in ProjectPage.Programme.choices if choice[0] in programmes),
        ]

    def apply(self, projects):
        chosen = self.chosen
        if "status" in chosen:
            projects = projects.in_status(chosen["status"])
        if "theme" in chosen:
            projects = projects.about(self.themes_by_slug[chosen["theme"]])
        if "programme" in chosen:
            projects = projects.filter(programme=chosen["programme"])
        return projects


def project_filters(data) -> ProjectFilters:
    themes, programmes = filter_choices()
    return ProjectFilters(data, themes=by_name(themes), programmes=programmes)


def filter_choices() -> tuple[list[Theme], set[str]]:
    """The themes and programmes of the visible projects, kept in the page cache (which any
    publish or change to a theme empties)."""
    return kept("project-filter-choices", draw=read_choices)


def read_choices() -> tuple[list[Theme], set[str]]:
    visible = ProjectPage.objects.visible()
    links = ProjectPage.themes.through.objects.filter(theme=OuterRef("pk"), projectpage__in=visible)
    themes = list(Theme.objects.filter(Exists(links)))
    programmes = set(visible.order_by().values_list("programme", flat=True).distinct())
    return themes, programmes
