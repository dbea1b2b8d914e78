"""What the people directory shows: its filters, the chips of those chosen, and its pages.

Filters come from the query string and are never trusted: a value that does not validate (an
unknown theme, country or language, an over-long or NUL-holding search…) is ignored, so a
member always gets the directory, filtered by whatever made sense. Every filter's values are
keys the same in every language (a theme's slug, a country's code, a language's code).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.directory import country_choices, member_places
from pages.i18n import spoken_language_choices
from pages.listing import ChosenFilter, ListingFilters, paginate
from people.models import Profile
from themes.listing import theme_choices, themes_by_name

PER_PAGE = 20


class PeopleFilters(ListingFilters):
    q = forms.CharField(label=_("Name or words"), max_length=100, required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    def __init__(self, data, *, themes, country_codes):
        super().__init__(data, label_suffix="")
        self.fields["theme"].choices = theme_choices(themes)
        self.fields["country"].choices = [("", _("All countries")), *country_choices(country_codes)]
        self.fields["language"].choices = [("", _("Any language")), *spoken_language_choices()]

    @property
    def search_text(self) -> str:
        return self.chosen.get("q", "").strip()

    def apply(self, profiles):
        """``profiles`` narrowed by every valid filter."""
        chosen = self.chosen
        if self.search_text:
            profiles = profiles.matching(self.search_text)
        if "theme" in chosen:
            profiles = profiles.filter(themes__slug=chosen["theme"])
        if "country" in chosen:
            profiles = profiles.filter(account__authority__country=chosen["country"])
        if "language" in chosen:
            profiles = profiles.filter(languages__contains=[chosen["language"]])
        return profiles

    def removable(self) -> list[ChosenFilter]:
        """Each chosen filter, with the query string of the directory without it."""
        removable = []
        for name, value in self.chosen.items():
            label = value if name == "q" else dict(self.fields[name].choices)[value]
            removable.append(
                ChosenFilter(label, self.query_string(**{name: None}), self[name].label)
            )
        return removable


def people_filters(data) -> PeopleFilters:
    """The filters of ``data``: the themes, the countries that have members (kept in the
    page cache by the member directory) and the spoken languages."""
    country_codes = {place["country"] for place in member_places()}
    return PeopleFilters(data, themes=themes_by_name(), country_codes=country_codes)


def people_page(filters: PeopleFilters, requested_page):
    """The page of listed people the filters leave, by name, with what their cards show."""
    people = filters.apply(Profile.objects.listed()).by_name().shown()
    return paginate(people, requested_page, PER_PAGE)
