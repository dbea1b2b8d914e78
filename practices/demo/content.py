"""Demo data of the practice exchange, beside the stories (``stories.py``): the practices page,
the language each country writes its practices in, the people who write them and review
them, and how each practice in review got where it stands."""

# The language a member authority writes in, by country; English elsewhere.
COUNTRY_LANGUAGES = {
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "IT": "it",
    "ES": "es",
    "PT": "pt",
}
