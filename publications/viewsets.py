"""Admin views of the library: publications, and the themes (``themes.viewsets``) in its menu."""

from collections import Counter

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages.admin_access import ChooseResultsView, ChooseView, PermissionCheckedChooserViewSet
from pages.models.base import LANGUAGE_CODES
from publications.models import Publication
from themes.models import Theme
from themes.viewsets import ThemeViewSet

# Searched without a search index: the title in every language, and the key.
PUBLICATION_SEARCH_FIELDS = [*(f"title_{code}" for code in LANGUAGE_CODES), "slug"]


def publication_years():
    years = Publication.objects.dates("published_on", "year", order="DESC")
    return [(day.year, str(day.year)) for day in years]


def file_languages(publication) -> str:
    """The languages of its files, from the listing's prefetched files."""
    return ", ".join(file.language.upper() for file in publication.files.all())


class PublicationForm(WagtailAdminModelForm):
    """The publication with its files: one file per language, whatever the order of the rows."""

    def clean(self):
        cleaned_data = super().clean()
        files = self.formsets["files"]
        languages = Counter(
            form.cleaned_data.get("language")
            for form in files.forms
            if form.is_valid() and not files._should_delete_form(form)
        )
        names = dict(settings.LANGUAGES)
        for language, count in languages.items():
            if language and count > 1:
                message = _("The publication has two files in %(language)s: keep one.")
                self.add_error(None, message % {"language": names[language]})
        return cleaned_data

    def save(self, commit=True):
        # A file whose language changed is saved as a new row once the old one is deleted, so
        # that two files swapping their languages never meet the one-file-per-language rule.
        files = self.formsets["files"]
        for form in files.initial_forms:
            if "language" in form.changed_data and not files._should_delete_form(form):
                self.instance.files.remove(form.instance)
                form.instance.pk = None
        return super().save(commit)


class PublicationFilterSet(WagtailFilterSet):
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"), field_name="themes", queryset=Theme.objects.all()
    )
    year = django_filters.TypedChoiceFilter(
        label=_("Year"),
        choices=publication_years,
        coerce=int,
        field_name="published_on",
        lookup_expr="year",
    )

    class Meta:
        model = Publication
        fields = ["kind", "access", "theme", "year"]


class PublicationSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        max_length=255,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        if not query:
            return objects
        self.is_searching, self.search_query = True, query
        matches = Q()
        for field in PUBLICATION_SEARCH_FIELDS:
            matches |= Q(**{f"{field}__icontains": query})
        return objects.filter(matches)


class PublicationChooseView(ChooseView):
    filter_form_class = PublicationSearchForm


class PublicationChooseResultsView(ChooseResultsView):
    filter_form_class = PublicationSearchForm


class PublicationChooserViewSet(PermissionCheckedChooserViewSet):
    """The chooser of publications (the download report's filter), with a search box."""

    choose_view_class = PublicationChooseView
    choose_results_view_class = PublicationChooseResultsView


class PublicationViewSet(SnippetViewSet):
    model = Publication
    icon = "doc-full"
    list_display = [
        "title",
        "kind",
        "published_on",
        "access",
        Column("file_languages", label=_("Languages"), accessor=file_languages),
    ]
    filterset_class = PublicationFilterSet
    search_fields = PUBLICATION_SEARCH_FIELDS
    search_backend_name = None
    chooser_viewset_class = PublicationChooserViewSet
    copy_view_enabled = False

    def get_queryset(self, request):
        return Publication.objects.prefetch_related("files")

    def get_edit_handler(self):
        # The model's panels, as wagtail-modeltranslation patched them (one field per language).
        edit_handler = ObjectList(Publication.panels, base_form_class=PublicationForm)
        return edit_handler.bind_to_model(Publication)


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Library")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = (PublicationViewSet, ThemeViewSet)
