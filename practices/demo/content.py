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

PRACTICES_PAGE = {
    "title": {
        "en": "Practices",
        "fr": "Pratiques",
        "de": "Praxisbeispiele",
        "it": "Pratiche",
        "es": "Prácticas",
        "pt": "Práticas",
    },
    "slug": {
        "en": "practices",
        "fr": "pratiques",
        "de": "praxisbeispiele",
        "it": "pratiche",
        "es": "practicas",
        "pt": "praticas",
    },
    "intro": {
        "en": (
            "What member cities and regions have done for urban security, told by those who did "
            "it, in their own language and often in others, so that another city can learn from "
            "it and do it too."
        ),
        "fr": (
            "Ce que des villes et des régions membres ont fait pour la sécurité urbaine, raconté "
            "par celles et ceux qui l’ont fait, dans leur langue et souvent dans d’autres, pour "
            "qu’une autre ville puisse s’en inspirer et le faire à son tour."
        ),
        "de": (
            "Was Mitgliedsstädte und -regionen für die urbane Sicherheit getan haben, erzählt "
            "von denen, die es getan haben, in ihrer Sprache und oft in weiteren, damit eine "
            "andere Stadt daraus lernen und es ebenfalls tun kann."
        ),
        "it": (
            "Ciò che città e regioni socie hanno fatto per la sicurezza urbana, raccontato da chi "
            "lo ha fatto, nella propria lingua e spesso in altre, perché un’altra città possa "
            "trarne spunto e farlo a sua volta."
        ),
        "es": (
            "Lo que ciudades y regiones miembros han hecho por la seguridad urbana, contado por "
            "quienes lo hicieron, en su idioma y a menudo en otros, para que otra ciudad pueda "
            "aprender de ello y hacerlo también."
        ),
        "pt": (
            "O que cidades e regiões membros fizeram pela segurança urbana, contado por quem o "
            "fez, na sua língua e muitas vezes noutras, para que outra cidade possa aprender com "
            "isso e fazê-lo também."
        ),
    },
    "search_description": {
        "en": (
            "The Efus practice exchange: urban security and crime prevention practices of member "
            "authorities, some open to all, some reserved for members."
        ),
        "fr": (
            "L’échange de pratiques de l’Efus : des pratiques de sécurité urbaine et de "
            "prévention de la délinquance des collectivités membres, les unes ouvertes à tous, "
            "les autres réservées aux membres."
        ),
        "de": (
            "Der Praxisaustausch des Efus: Praxisbeispiele urbaner Sicherheit und "
            "Kriminalprävention der Mitglieder, teils für alle offen, teils den Mitgliedern "
            "vorbehalten."
        ),
        "it": (
            "Lo scambio di pratiche dell’Efus: pratiche di sicurezza urbana e di prevenzione "
            "della criminalità degli enti soci, alcune aperte a tutti, altre riservate ai soci."
        ),
        "es": (
            "El intercambio de prácticas del Efus: prácticas de seguridad urbana y prevención de "
            "la delincuencia de las autoridades miembros, unas abiertas a todos, otras reservadas "
            "a los miembros."
        ),
        "pt": (
            "O intercâmbio de práticas do Efus: práticas de segurança urbana e prevenção da "
            "criminalidade das autoridades membros, umas abertas a todos, outras reservadas aos "
            "membros."
        ),
    },
}

# The people who write an authority's practices (beside the demo's sign-in accounts, of
# members.management.commands.demo_accounts): first and last name, email, language.
AUTHORS = {
    "turin": ("Chiara", "Ferrero", "chiara.ferrero@example.org", "it"),
    "bologna": ("Lorenzo", "Galli", "lorenzo.galli@example.org", "it"),
    "lyon": ("Nadia", "Benali", "nadia.benali@example.org", "fr"),
    "brussels": ("Pierre", "Lambert", "pierre.lambert@example.org", "fr"),
    "barcelona": ("Laia", "Puig", "laia.puig@example.org", "es"),
    "madrid": ("Javier", "Ortega", "javier.ortega@example.org", "es"),
    "berlin": ("Katrin", "Vogel", "katrin.vogel@example.org", "de"),
    "hamburg": ("Tobias", "Krüger", "tobias.krueger@example.org", "de"),
    "lisbon": ("Inês", "Carvalho", "ines.carvalho@example.org", "pt"),
    "rotterdam": ("Daan", "de Vries", "daan.devries@example.org", "en"),
    "manchester": ("Rachel", "Owens", "rachel.owens@example.org", "en"),
    "leeds": ("Tom", "Hargreaves", "tom.hargreaves@example.org", "en"),
    "stockholm": ("Erik", "Lindqvist", "erik.lindqvist@example.org", "en"),
    "warsaw": ("Agnieszka", "Nowak", "agnieszka.nowak@example.org", "en"),
    "gothenburg": ("Sara", "Berg", "sara.berg@example.org", "en"),
}
# The member of the Efus team who reviews them (a Moderator).
REVIEWER = ("Hélène", "Dubreuil", "helene.dubreuil@example.org")

# How the practices that did not go straight to publication got where they stand, by slug
# (story key and city): the fields of its texts left empty at first, then each step in
# turn. "submit", "complete" (the empty fields filled in) and "edit" (sentences added to the
# end of fields of the original text) are the author's; "approve", "reject" (asking for
# changes) and "decline" the reviewer's, with a comment in the author's language.
REVIEWS = {
    # Drafts: one still missing its results, one complete but not yet sent.
    "exploratory-walks-paris": {"empty": ("results", "resources"), "steps": ()},
    "safe-school-routes-madrid": {"steps": ()},
    # In review.
    "families-against-radicalisation-paris": {"steps": (("submit",),)},
    "consumption-room-dialogue-hamburg": {"steps": (("submit",),)},
    # Changes requested.
    "night-mediation-paris": {
        "steps": (
            ("submit",),
            (
                "reject",
                {
                    "fr": (
                        "Merci pour cette fiche très claire. Pourriez-vous préciser ce que Paris "
                        "a changé par rapport au dispositif de Turin, et indiquer le budget "
                        "propre à la ville plutôt que celui de Turin ?"
                    )
                },
            ),
        )
    },
    "nightlife-charter-leeds": {
        "steps": (
            ("submit",),
            (
                "reject",
                {
                    "en": (
                        "Thank you, this reads well. Could you say how venues in Leeds were "
                        "brought on board, and give the source and years of the figures on "
                        "assaults?"
                    )
                },
            ),
        )
    },
    # Declined.
    "restorative-circles-paris": {
        "steps": (
            ("submit",),
            (
                "decline",
                {
                    "fr": (
                        "Cette fiche reprend presque mot pour mot celle de Rotterdam sans décrire "
                        "ce qui a été mis en place à Paris. Nous proposons plutôt d’ajouter Paris "
                        "aux villes qui ont adapté la pratique de Rotterdam : écrivez-nous."
                    )
                },
            ),
        )
    },
    # Published after review, one of them after a round of changes.
    "victim-support-desk-rome": {"steps": (("submit",), ("approve",))},
    "participatory-budget-lisbon": {
        "empty": ("resources",),
        "steps": (
            ("submit",),
            (
                "reject",
                {
                    "pt": (
                        "Obrigada pela ficha, muito completa. Pode acrescentar os recursos "
                        "mobilizados (orçamento anual e equipa) antes da publicação?"
                    )
                },
            ),
            ("complete",),
            ("submit",),
            ("approve",),
        ),
    },
    # Published, with changes not yet sent, and with changes in review.
    "night-mediation-rome": {
        "steps": (
            ("submit",),
            ("approve",),
            (
                "edit",
                {
                    "it": {
                        "results": (
                            "Nel 2024 il servizio è stato esteso a due nuove piazze, su richiesta "
                            "dei comitati di residenti."
                        )
                    }
                },
            ),
        )
    },
    "camera-ethics-board-stockholm": {
        "steps": (
            ("submit",),
            ("approve",),
            (
                "edit",
                {
                    "en": {
                        "results": (
                            "In 2024 the board published its first annual report, with a review "
                            "of every camera installed before it was set up."
                        )
                    }
                },
            ),
            ("submit",),
        )
    },
}
