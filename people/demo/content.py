"""The demo's people: the profiles of the demo's sign-in people (``manage.py demo_accounts``),
each in their own words and language, and how many made-up people join them."""

# Made-up people (``people.bulk.made_up``), listed, over the demo's member authorities.
MADE_UP_COUNT = 30
SEED = 2026

# The sign-in people's profiles, by email address: all listed, the former member's too (the
# directory leaves them out while their authority is not a member).
SIGN_IN_PROFILES = {
    "camille.moreau@example.org": {
        "role": "Cheffe de projet prévention de la délinquance",
        "about": (
            "Je coordonne le conseil local de sécurité et de prévention de la délinquance et "
            "les marches exploratoires de femmes dans nos quartiers. Volontiers en contact avec "
            "des villes qui travaillent sur la vie nocturne et l’espace public."
        ),
        "languages": ["fr", "en", "es"],
        "themes": ["public-spaces", "gender-based-violence", "nightlife"],
        "shows_email": True,
    },
    "giulia.romano@example.org": {
        "role": "Funzionaria, Polizia locale – sicurezza urbana integrata",
        "about": (
            "Seguo i progetti di mediazione notturna e di prevenzione rivolti ai giovani. Mi "
            "interessa confrontarmi con altre città sull’uso della tecnologia negli spazi "
            "pubblici."
        ),
        "languages": ["it", "en", "fr"],
        "themes": ["youth", "nightlife", "urban-technology"],
        "shows_email": False,
    },
    "jonas.becker@example.org": {
        "role": "Referent für Kriminalprävention",
        "about": "Kommunale Präventionsräte und Radikalisierungsprävention.",
        "languages": ["de", "en"],
        "themes": ["prevention-of-radicalisation"],
        "shows_email": False,
    },
}
