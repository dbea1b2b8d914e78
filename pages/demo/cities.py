"""Demo cities, named in each language, and the French "of" before their names."""

from pages.demo.content import LANGUAGES

# Cities the demo publications and news draw on, named in each language, with the language
# of the country when it is one of the site's (a practice sheet also comes in that language).
CITIES = (
    ("fr", {"en": "Lyon", "fr": "Lyon", "de": "Lyon", "it": "Lione", "es": "Lyon", "pt": "Lyon"}),
    (
        "fr",
        {
            "en": "Marseille",
            "fr": "Marseille",
            "de": "Marseille",
            "it": "Marsiglia",
            "es": "Marsella",
            "pt": "Marselha",
        },
    ),
    (
        "fr",
        {
            "en": "Bordeaux",
            "fr": "Bordeaux",
            "de": "Bordeaux",
            "it": "Bordeaux",
            "es": "Burdeos",
            "pt": "Bordéus",
        },
    ),
    ("fr", dict.fromkeys(LANGUAGES, "Nantes")),
    (
        "fr",
        {
            "en": "Strasbourg",
            "fr": "Strasbourg",
            "de": "Straßburg",
            "it": "Strasburgo",
            "es": "Estrasburgo",
            "pt": "Estrasburgo",
        },
    ),
    (
        "es",
        {
            "en": "Barcelona",
            "fr": "Barcelone",
            "de": "Barcelona",
            "it": "Barcellona",
            "es": "Barcelona",
            "pt": "Barcelona",
        },
    ),
    ("es", dict.fromkeys(LANGUAGES, "Madrid")),
    ("es", dict.fromkeys(LANGUAGES, "Bilbao")),
    (
        "es",
        {
            "en": "Zaragoza",
            "fr": "Saragosse",
            "de": "Saragossa",
            "it": "Saragozza",
            "es": "Zaragoza",
            "pt": "Saragoça",
        },
    ),
    (
        "it",
        {
            "en": "Bologna",
            "fr": "Bologne",
            "de": "Bologna",
            "it": "Bologna",
            "es": "Bolonia",
            "pt": "Bolonha",
        },
    ),
    (
        "it",
        {"en": "Turin", "fr": "Turin", "de": "Turin", "it": "Torino", "es": "Turín", "pt": "Turim"},
    ),
    (
        "it",
        {
            "en": "Milan",
            "fr": "Milan",
            "de": "Mailand",
            "it": "Milano",
            "es": "Milán",
            "pt": "Milão",
        },
    ),
    (
        "pt",
        {
            "en": "Lisbon",
            "fr": "Lisbonne",
            "de": "Lissabon",
            "it": "Lisbona",
            "es": "Lisboa",
            "pt": "Lisboa",
        },
    ),
    ("pt", dict.fromkeys(LANGUAGES, "Coimbra")),
    (
        "fr",
        {
            "en": "Brussels",
            "fr": "Bruxelles",
            "de": "Brüssel",
            "it": "Bruxelles",
            "es": "Bruselas",
            "pt": "Bruxelas",
        },
    ),
    (
        "fr",
        {
            "en": "Liège",
            "fr": "Liège",
            "de": "Lüttich",
            "it": "Liegi",
            "es": "Lieja",
            "pt": "Liège",
        },
    ),
    (
        "",
        {
            "en": "Antwerp",
            "fr": "Anvers",
            "de": "Antwerpen",
            "it": "Anversa",
            "es": "Amberes",
            "pt": "Antuérpia",
        },
    ),
    (
        "de",
        {
            "en": "Berlin",
            "fr": "Berlin",
            "de": "Berlin",
            "it": "Berlino",
            "es": "Berlín",
            "pt": "Berlim",
        },
    ),
    (
        "de",
        {
            "en": "Hamburg",
            "fr": "Hambourg",
            "de": "Hamburg",
            "it": "Amburgo",
            "es": "Hamburgo",
            "pt": "Hamburgo",
        },
    ),
    ("de", dict.fromkeys(LANGUAGES, "Düsseldorf")),
    (
        "",
        {
            "en": "Rotterdam",
            "fr": "Rotterdam",
            "de": "Rotterdam",
            "it": "Rotterdam",
            "es": "Róterdam",
            "pt": "Roterdão",
        },
    ),
    (
        "de",
        {
            "en": "Vienna",
            "fr": "Vienne",
            "de": "Wien",
            "it": "Vienna",
            "es": "Viena",
            "pt": "Viena",
        },
    ),
    (
        "",
        {
            "en": "Warsaw",
            "fr": "Varsovie",
            "de": "Warschau",
            "it": "Varsavia",
            "es": "Varsovia",
            "pt": "Varsóvia",
        },
    ),
    (
        "fr",
        {
            "en": "Geneva",
            "fr": "Genève",
            "de": "Genf",
            "it": "Ginevra",
            "es": "Ginebra",
            "pt": "Genebra",
        },
    ),
)


def of_city(language: str, city: str) -> str:
    """The French "of" before a city's name: "de Lyon", "d’Anvers"."""
    if language == "fr" and city[0] in "AEIOUÉÈÂÎÔ":
        return f"d’{city}"
    return f"de {city}"
