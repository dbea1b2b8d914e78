"""Demo data for the library, in six languages: the page, themes, the words titles and
summaries are made of, and the labels printed on covers and files.

The publications are illustrative: titles and summaries are composed from a topic of a theme
and a frame of the kind of publication; the facts about Efus come from its own description.
"""

from pages.demo.content import SITE_SETTINGS

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")

SEED = 2026
YEARS = 15  # publications span the last fifteen years
DOWNLOAD_DAYS = 548  # downloads span the last eighteen months
DOWNLOAD_COUNT = 420
MEMBERS_ONLY_COUNT = 40
AUTHORS_SHARE = 0.4

# How many publications of each kind are written on a theme; the manifesto and the yearly
# activity reports come on top (2 + 14), for 120 in all.
THEMED_KINDS = {
    "report": 24,
    "practice_sheet": 32,
    "guide": 20,
    "position_paper": 16,
    "proceedings": 12,
}
ACTIVITY_REPORTS = 14
# How many languages a themed publication's files come in, with their weights.
FILE_LANGUAGE_COUNTS = {1: 35, 2: 35, 3: 18, 4: 12}
FILE_LANGUAGE_WEIGHTS = {"en": 60, "fr": 40, "it": 16, "es": 16, "de": 14, "pt": 14}

LIBRARY_PAGE = {
    "title": {
        "en": "Publications",
        "fr": "Publications",
        "de": "Publikationen",
        "it": "Pubblicazioni",
        "es": "Publicaciones",
        "pt": "Publicações",
    },
    "slug": {
        "en": "publications",
        "fr": "publications",
        "de": "publikationen",
        "it": "pubblicazioni",
        "es": "publicaciones",
        "pt": "publicacoes",
    },
    "intro": {
        "en": (
            "Reports, practice sheets, guides and position papers from fifteen years of European "
            "cooperation on urban security, in the languages they were published in."
        ),
        "fr": (
            "Rapports, fiches pratiques, guides et notes de position issus de quinze années de "
            "coopération européenne sur la sécurité urbaine, dans les langues où ils ont paru."
        ),
        "de": (
            "Berichte, Praxisblätter, Leitfäden und Positionspapiere aus fünfzehn Jahren "
            "europäischer Zusammenarbeit für urbane Sicherheit, in den Sprachen, in denen sie "
            "erschienen sind."
        ),
        "it": (
            "Rapporti, schede pratiche, guide e documenti di posizione da quindici anni di "
            "cooperazione europea sulla sicurezza urbana, nelle lingue in cui sono stati "
            "pubblicati."
        ),
        "es": (
            "Informes, fichas prácticas, guías y documentos de posición de quince años de "
            "cooperación europea en seguridad urbana, en los idiomas en que se publicaron."
        ),
        "pt": (
            "Relatórios, fichas práticas, guias e documentos de posição de quinze anos de "
            "cooperação europeia em segurança urbana, nas línguas em que foram publicados."
        ),
    },
    "search_description": {
        "en": (
            "The Efus library: publications on urban security and crime prevention, some open "
            "to all, some reserved for members."
        ),
        "fr": (
            "La bibliothèque de l’Efus : publications sur la sécurité urbaine et la prévention "
            "de la délinquance, les unes ouvertes à tous, les autres réservées aux membres."
        ),
        "de": (
            "Die Bibliothek des Efus: Publikationen zu urbaner Sicherheit und "
            "Kriminalprävention, teils für alle offen, teils den Mitgliedern vorbehalten."
        ),
        "it": (
            "La biblioteca dell’Efus: pubblicazioni sulla sicurezza urbana e sulla prevenzione "
            "della criminalità, alcune aperte a tutti, altre riservate ai membri."
        ),
        "es": (
            "La biblioteca del Efus: publicaciones sobre seguridad urbana y prevención de la "
            "delincuencia, unas abiertas a todos, otras reservadas a los miembros."
        ),
        "pt": (
            "A biblioteca do Efus: publicações sobre segurança urbana e prevenção da "
            "criminalidade, umas abertas a todos, outras reservadas aos membros."
        ),
    },
}

# The themes: name, description (also the theme's sentence in summaries) and three topics,
# each a heading that a kind's frame completes ("<topic>: a guide for local authorities").
THEMES = (
    {
        "slug": "prevention-of-radicalisation",
        "name": {
            "en": "Prevention of radicalisation",
            "fr": "Prévention de la radicalisation",
            "de": "Radikalisierungsprävention",
            "it": "Prevenzione della radicalizzazione",
            "es": "Prevención de la radicalización",
            "pt": "Prevenção da radicalização",
        },
        "description": {
            "en": (
                "Cities and regions detect the first signs of violent radicalisation and respond "
                "together with families, schools, social workers and community organisations."
            ),
            "fr": (
                "Les villes et les régions repèrent les premiers signes de radicalisation "
                "violente et y répondent avec les familles, les écoles, les travailleurs sociaux "
                "et les associations."
            ),
            "de": (
                "Städte und Regionen erkennen erste Anzeichen gewaltbereiter Radikalisierung und "
                "reagieren gemeinsam mit Familien, Schulen, Sozialarbeit und Vereinen."
            ),
            "it": (
                "Città e regioni individuano i primi segnali di radicalizzazione violenta e "
                "rispondono insieme a famiglie, scuole, operatori sociali e associazioni."
            ),
            "es": (
                "Ciudades y regiones detectan las primeras señales de radicalización violenta y "
                "responden junto con las familias, las escuelas, los trabajadores sociales y las "
                "asociaciones."
            ),
            "pt": (
                "Cidades e regiões detetam os primeiros sinais de radicalização violenta e "
                "respondem em conjunto com as famílias, as escolas, os técnicos sociais e as "
                "associações."
            ),
        },
        "topics": (
            {
                "en": "Preventing violent radicalisation at local level",
                "fr": "Prévenir la radicalisation violente à l’échelle locale",
                "de": "Gewaltbereiter Radikalisierung vor Ort vorbeugen",
                "it": "Prevenire la radicalizzazione violenta a livello locale",
                "es": "Prevenir la radicalización violenta a escala local",
                "pt": "Prevenir a radicalização violenta a nível local",
            },
            {
                "en": "Local networks against polarisation",
                "fr": "Des réseaux locaux contre la polarisation",
                "de": "Lokale Netzwerke gegen Polarisierung",
                "it": "Reti locali contro la polarizzazione",
                "es": "Redes locales contra la polarización",
                "pt": "Redes locais contra a polarização",
            },
            {
                "en": "Working with families and schools to prevent radicalisation",
                "fr": "Prévenir la radicalisation avec les familles et les écoles",
                "de": "Radikalisierungsprävention mit Familien und Schulen",
                "it": "Prevenire la radicalizzazione con le famiglie e le scuole",
                "es": "Prevenir la radicalización con las familias y las escuelas",
                "pt": "Prevenir a radicalização com as famílias e as escolas",
            },
        ),
    },
    {
        "slug": "drugs-and-addictions",
        "name": {
            "en": "Drugs and addictions",
            "fr": "Drogues et addictions",
            "de": "Drogen und Sucht",
            "it": "Droghe e dipendenze",
            "es": "Drogas y adicciones",
            "pt": "Drogas e dependências",
        },
        "description": {
            "en": (
                "Local drug policies combine prevention, care and harm reduction with the "
                "quality of life of the neighbourhoods concerned."
            ),
            "fr": (
                "Les politiques locales en matière de drogues concilient prévention, soins et "
                "réduction des risques avec la qualité de vie des quartiers concernés."
            ),
            "de": (
                "Kommunale Drogenpolitik verbindet Prävention, Hilfe und Schadensminderung mit "
                "der Lebensqualität in den betroffenen Vierteln."
            ),
            "it": (
                "Le politiche locali sulle droghe conciliano prevenzione, cura e riduzione del "
                "danno con la qualità della vita dei quartieri interessati."
            ),
            "es": (
                "Las políticas locales sobre drogas concilian prevención, atención y reducción "
                "de daños con la calidad de vida de los barrios afectados."
            ),
            "pt": (
                "As políticas locais em matéria de drogas conciliam prevenção, tratamento e "
                "redução de riscos com a qualidade de vida dos bairros afetados."
            ),
        },
        "topics": (
            {
                "en": "Harm reduction in the city",
                "fr": "La réduction des risques en ville",
                "de": "Schadensminderung in der Stadt",
                "it": "La riduzione del danno in città",
                "es": "La reducción de daños en la ciudad",
                "pt": "A redução de riscos na cidade",
            },
            {
                "en": "Drug consumption rooms and their neighbourhoods",
                "fr": "Les salles de consommation à moindre risque et leur quartier",
                "de": "Drogenkonsumräume und ihre Nachbarschaft",
                "it": "Le stanze del consumo sicuro e il loro quartiere",
                "es": "Las salas de consumo supervisado y su barrio",
                "pt": "As salas de consumo assistido e a sua vizinhança",
            },
            {
                "en": "Local responses to new psychoactive substances",
                "fr": "Les réponses locales aux nouveaux produits de synthèse",
                "de": "Kommunale Antworten auf neue psychoaktive Substanzen",
                "it": "Risposte locali alle nuove sostanze psicoattive",
                "es": "Respuestas locales a las nuevas sustancias psicoactivas",
                "pt": "Respostas locais às novas substâncias psicoativas",
            },
        ),
    },
    {
        "slug": "nightlife",
        "name": {
            "en": "Nightlife",
            "fr": "Vie nocturne",
            "de": "Nachtleben",
            "it": "Vita notturna",
            "es": "Vida nocturna",
            "pt": "Vida noturna",
        },
        "description": {
            "en": (
                "A lively night-time economy needs shared rules between residents, venues, "
                "police, health services and the people who go out."
            ),
            "fr": (
                "Une vie nocturne animée suppose des règles partagées entre habitants, "
                "établissements, police, services de santé et noctambules."
            ),
            "de": (
                "Ein lebendiges Nachtleben braucht gemeinsame Regeln von Anwohnern, Betrieben, "
                "Polizei, Gesundheitsdiensten und Feiernden."
            ),
            "it": (
                "Una vita notturna vivace richiede regole condivise tra residenti, locali, "
                "polizia, servizi sanitari e chi esce la sera."
            ),
            "es": (
                "Un ocio nocturno animado requiere reglas compartidas entre vecinos, locales, "
                "policía, servicios de salud y quienes salen de noche."
            ),
            "pt": (
                "Uma vida noturna animada exige regras partilhadas entre moradores, "
                "estabelecimentos, polícia, serviços de saúde e quem sai à noite."
            ),
        },
        "topics": (
            {
                "en": "Safer nights out",
                "fr": "Des nuits festives plus sûres",
                "de": "Sicher feiern in der Nacht",
                "it": "Notti più sicure",
                "es": "Noches de ocio más seguras",
                "pt": "Noites de lazer mais seguras",
            },
            {
                "en": "Night councils and the governance of nightlife",
                "fr": "Conseils de la nuit et gouvernance de la vie nocturne",
                "de": "Nachträte und die Steuerung des Nachtlebens",
                "it": "Consigli della notte e governance della vita notturna",
                "es": "Consejos de la noche y gobernanza del ocio nocturno",
                "pt": "Conselhos da noite e governação da vida noturna",
            },
            {
                "en": "Alcohol, noise and neighbours after dark",
                "fr": "Alcool, bruit et voisinage la nuit",
                "de": "Alkohol, Lärm und Nachbarschaft bei Nacht",
                "it": "Alcol, rumore e vicinato di notte",
                "es": "Alcohol, ruido y vecindad de noche",
                "pt": "Álcool, ruído e vizinhança à noite",
            },
        ),
    },
    {
        "slug": "public-spaces",
        "name": {
            "en": "Public spaces",
            "fr": "Espaces publics",
            "de": "Öffentlicher Raum",
            "it": "Spazi pubblici",
            "es": "Espacios públicos",
            "pt": "Espaços públicos",
        },
        "description": {
            "en": (
                "Streets, squares and parks that are well designed, well managed and used by "
                "everyone feel safer and are safer."
            ),
            "fr": (
                "Des rues, des places et des parcs bien conçus, bien gérés et fréquentés par "
                "tous sont plus sûrs et paraissent plus sûrs."
            ),
            "de": (
                "Gut gestaltete, gut gepflegte und von allen genutzte Straßen, Plätze und Parks "
                "sind sicherer und werden als sicherer empfunden."
            ),
            "it": (
                "Strade, piazze e parchi ben progettati, ben gestiti e frequentati da tutti sono "
                "più sicuri e vengono percepiti come tali."
            ),
            "es": (
                "Las calles, plazas y parques bien diseñados, bien gestionados y usados por "
                "todos son más seguros y así se perciben."
            ),
            "pt": (
                "Ruas, praças e parques bem concebidos, bem geridos e usados por todos são mais "
                "seguros e assim são sentidos."
            ),
        },
        "topics": (
            {
                "en": "Designing safer public spaces",
                "fr": "Concevoir des espaces publics plus sûrs",
                "de": "Sicherere öffentliche Räume gestalten",
                "it": "Progettare spazi pubblici più sicuri",
                "es": "Diseñar espacios públicos más seguros",
                "pt": "Conceber espaços públicos mais seguros",
            },
            {
                "en": "Protecting public spaces from attacks",
                "fr": "Protéger les espaces publics contre les attentats",
                "de": "Öffentliche Räume vor Anschlägen schützen",
                "it": "Proteggere gli spazi pubblici dagli attentati",
                "es": "Proteger los espacios públicos frente a los atentados",
                "pt": "Proteger os espaços públicos contra atentados",
            },
            {
                "en": "Mediation in public spaces",
                "fr": "La médiation dans les espaces publics",
                "de": "Mediation im öffentlichen Raum",
                "it": "La mediazione negli spazi pubblici",
                "es": "La mediación en los espacios públicos",
                "pt": "A mediação nos espaços públicos",
            },
        ),
    },
    {
        "slug": "victims",
        "name": {
            "en": "Support for victims",
            "fr": "Aide aux victimes",
            "de": "Opferhilfe",
            "it": "Sostegno alle vittime",
            "es": "Atención a las víctimas",
            "pt": "Apoio às vítimas",
        },
        "description": {
            "en": (
                "Local authorities help victims of crime and terrorism find information, care "
                "and support close to home."
            ),
            "fr": (
                "Les collectivités locales aident les victimes d’infractions et d’attentats à "
                "trouver information, soins et soutien près de chez elles."
            ),
            "de": (
                "Kommunen helfen Opfern von Straftaten und Anschlägen, wohnortnah Information, "
                "Versorgung und Unterstützung zu finden."
            ),
            "it": (
                "Gli enti locali aiutano le vittime di reati e di attentati a trovare "
                "informazioni, cure e sostegno vicino a casa."
            ),
            "es": (
                "Las autoridades locales ayudan a las víctimas de delitos y atentados a "
                "encontrar información, atención y apoyo cerca de su casa."
            ),
            "pt": (
                "As autoridades locais ajudam as vítimas de crimes e de atentados a encontrar "
                "informação, cuidados e apoio perto de casa."
            ),
        },
        "topics": (
            {
                "en": "Local support for victims of crime",
                "fr": "L’accompagnement des victimes à l’échelle locale",
                "de": "Opferunterstützung in der Kommune",
                "it": "Il sostegno alle vittime a livello locale",
                "es": "La atención a las víctimas a escala local",
                "pt": "O apoio às vítimas a nível local",
            },
            {
                "en": "City support for victims of terrorism",
                "fr": "Le soutien des villes aux victimes du terrorisme",
                "de": "Städtische Hilfe für Opfer von Terroranschlägen",
                "it": "Il sostegno delle città alle vittime del terrorismo",
                "es": "El apoyo de las ciudades a las víctimas del terrorismo",
                "pt": "O apoio das cidades às vítimas do terrorismo",
            },
            {
                "en": "Restorative justice in the community",
                "fr": "La justice restaurative au plus près des habitants",
                "de": "Täter-Opfer-Ausgleich im Gemeinwesen",
                "it": "La giustizia riparativa nella comunità",
                "es": "La justicia restaurativa en la comunidad",
                "pt": "A justiça restaurativa na comunidade",
            },
        ),
    },
    {
        "slug": "online-safety",
        "name": {
            "en": "Cybercrime and online safety",
            "fr": "Cybercriminalité et sécurité en ligne",
            "de": "Cyberkriminalität und Sicherheit im Netz",
            "it": "Criminalità informatica e sicurezza online",
            "es": "Ciberdelincuencia y seguridad en línea",
            "pt": "Cibercrime e segurança online",
        },
        "description": {
            "en": (
                "Residents, schools and local services face online fraud, harassment and "
                "attacks: cities raise awareness and protect their own systems."
            ),
            "fr": (
                "Habitants, écoles et services locaux sont exposés aux escroqueries, au "
                "harcèlement et aux attaques en ligne : les villes sensibilisent et protègent "
                "leurs propres systèmes."
            ),
            "de": (
                "Bürger, Schulen und kommunale Dienste sind Betrug, Belästigung und Angriffen im "
                "Netz ausgesetzt: Städte klären auf und schützen ihre eigenen Systeme."
            ),
            "it": (
                "Cittadini, scuole e servizi locali sono esposti a truffe, molestie e attacchi "
                "online: le città sensibilizzano e proteggono i propri sistemi."
            ),
            "es": (
                "Vecinos, escuelas y servicios locales se enfrentan a estafas, acoso y ataques "
                "en línea: las ciudades sensibilizan y protegen sus propios sistemas."
            ),
            "pt": (
                "Cidadãos, escolas e serviços locais enfrentam burlas, assédio e ataques online: "
                "as cidades sensibilizam e protegem os seus próprios sistemas."
            ),
        },
        "topics": (
            {
                "en": "Online safety for local residents",
                "fr": "La sécurité en ligne des habitants",
                "de": "Sicherheit im Netz für Bürgerinnen und Bürger",
                "it": "La sicurezza online dei cittadini",
                "es": "La seguridad en línea de la ciudadanía",
                "pt": "A segurança online dos cidadãos",
            },
            {
                "en": "Cities facing cyberattacks",
                "fr": "Les villes face aux cyberattaques",
                "de": "Städte im Visier von Cyberangriffen",
                "it": "Le città di fronte agli attacchi informatici",
                "es": "Las ciudades ante los ciberataques",
                "pt": "As cidades perante os ciberataques",
            },
            {
                "en": "Protecting young people from online harassment",
                "fr": "Protéger les jeunes du cyberharcèlement",
                "de": "Jugendliche vor Cybermobbing schützen",
                "it": "Proteggere i giovani dal cyberbullismo",
                "es": "Proteger a los jóvenes del ciberacoso",
                "pt": "Proteger os jovens do ciberassédio",
            },
        ),
    },
    {
        "slug": "urban-technology",
        "name": {
            "en": "Urban technology and surveillance",
            "fr": "Technologies urbaines et surveillance",
            "de": "Stadttechnologie und Überwachung",
            "it": "Tecnologie urbane e sorveglianza",
            "es": "Tecnologías urbanas y vigilancia",
            "pt": "Tecnologias urbanas e vigilância",
        },
        "description": {
            "en": (
                "Cameras, sensors and data promise safer cities; their use must stay "
                "proportionate, transparent and respectful of fundamental rights."
            ),
            "fr": (
                "Caméras, capteurs et données promettent des villes plus sûres ; leur usage doit "
                "rester proportionné, transparent et respectueux des droits fondamentaux."
            ),
            "de": (
                "Kameras, Sensoren und Daten versprechen sicherere Städte; ihr Einsatz muss "
                "verhältnismäßig, transparent und grundrechtskonform bleiben."
            ),
            "it": (
                "Telecamere, sensori e dati promettono città più sicure; il loro uso deve restare "
                "proporzionato, trasparente e rispettoso dei diritti fondamentali."
            ),
            "es": (
                "Cámaras, sensores y datos prometen ciudades más seguras; su uso debe seguir "
                "siendo proporcionado, transparente y respetuoso con los derechos fundamentales."
            ),
            "pt": (
                "Câmaras, sensores e dados prometem cidades mais seguras; a sua utilização deve "
                "continuar proporcionada, transparente e respeitadora dos direitos fundamentais."
            ),
        },
        "topics": (
            {
                "en": "Video surveillance under scrutiny",
                "fr": "La vidéosurveillance en question",
                "de": "Videoüberwachung auf dem Prüfstand",
                "it": "La videosorveglianza sotto esame",
                "es": "La videovigilancia a examen",
                "pt": "A videovigilância em análise",
            },
            {
                "en": "Artificial intelligence and urban security",
                "fr": "Intelligence artificielle et sécurité urbaine",
                "de": "Künstliche Intelligenz und urbane Sicherheit",
                "it": "Intelligenza artificiale e sicurezza urbana",
                "es": "Inteligencia artificial y seguridad urbana",
                "pt": "Inteligência artificial e segurança urbana",
            },
            {
                "en": "Ethical use of security technologies",
                "fr": "Un usage éthique des technologies de sécurité",
                "de": "Ethischer Einsatz von Sicherheitstechnologien",
                "it": "Un uso etico delle tecnologie di sicurezza",
                "es": "Un uso ético de las tecnologías de seguridad",
                "pt": "Uma utilização ética das tecnologias de segurança",
            },
        ),
    },
    {
        "slug": "youth",
        "name": {
            "en": "Youth and crime prevention",
            "fr": "Jeunesse et prévention de la délinquance",
            "de": "Jugend und Kriminalprävention",
            "it": "Giovani e prevenzione della criminalità",
            "es": "Juventud y prevención de la delincuencia",
            "pt": "Juventude e prevenção da criminalidade",
        },
        "description": {
            "en": (
                "Young people are too often seen only as a risk; prevention works best when they "
                "take part in it, from schools to sports clubs and the street."
            ),
            "fr": (
                "Les jeunes sont trop souvent vus comme un risque ; la prévention fonctionne "
                "mieux quand ils y prennent part, de l’école au club de sport et à la rue."
            ),
            "de": (
                "Jugendliche werden zu oft nur als Risiko gesehen; Prävention wirkt am besten, "
                "wenn sie mitmachen, von der Schule über den Sportverein bis zur Straße."
            ),
            "it": (
                "I giovani sono troppo spesso visti solo come un rischio; la prevenzione "
                "funziona meglio quando vi partecipano, dalla scuola alle società sportive alla "
                "strada."
            ),
            "es": (
                "Con demasiada frecuencia se ve a los jóvenes solo como un riesgo; la prevención "
                "funciona mejor cuando participan en ella, de la escuela al club deportivo y la "
                "calle."
            ),
            "pt": (
                "Os jovens são demasiadas vezes vistos apenas como um risco; a prevenção funciona "
                "melhor quando participam nela, da escola ao clube desportivo e à rua."
            ),
        },
        "topics": (
            {
                "en": "Young people as partners in prevention",
                "fr": "Les jeunes, acteurs de la prévention",
                "de": "Jugendliche als Partner der Prävention",
                "it": "I giovani protagonisti della prevenzione",
                "es": "Los jóvenes, protagonistas de la prevención",
                "pt": "Os jovens como parceiros da prevenção",
            },
            {
                "en": "Preventing youth violence",
                "fr": "Prévenir la violence des jeunes",
                "de": "Jugendgewalt vorbeugen",
                "it": "Prevenire la violenza giovanile",
                "es": "Prevenir la violencia juvenil",
                "pt": "Prevenir a violência juvenil",
            },
            {
                "en": "Street work with young people",
                "fr": "Le travail de rue auprès des jeunes",
                "de": "Straßensozialarbeit mit Jugendlichen",
                "it": "Il lavoro di strada con i giovani",
                "es": "El trabajo de calle con jóvenes",
                "pt": "O trabalho de rua com jovens",
            },
        ),
    },
    {
        "slug": "gender-based-violence",
        "name": {
            "en": "Gender-based violence",
            "fr": "Violences fondées sur le genre",
            "de": "Geschlechtsspezifische Gewalt",
            "it": "Violenza di genere",
            "es": "Violencia de género",
            "pt": "Violência de género",
        },
        "description": {
            "en": (
                "Ending violence against women calls for safe public spaces, trained local "
                "services and partnerships with the associations that support survivors."
            ),
            "fr": (
                "Mettre fin aux violences faites aux femmes demande des espaces publics sûrs, "
                "des services locaux formés et des partenariats avec les associations qui "
                "accompagnent les victimes."
            ),
            "de": (
                "Gewalt gegen Frauen zu beenden erfordert sichere öffentliche Räume, geschulte "
                "kommunale Dienste und Partnerschaften mit Vereinen, die Betroffene begleiten."
            ),
            "it": (
                "Porre fine alla violenza contro le donne richiede spazi pubblici sicuri, servizi "
                "locali formati e partenariati con le associazioni che sostengono le "
                "sopravvissute."
            ),
            "es": (
                "Acabar con la violencia contra las mujeres exige espacios públicos seguros, "
                "servicios locales formados y alianzas con las asociaciones que acompañan a las "
                "supervivientes."
            ),
            "pt": (
                "Acabar com a violência contra as mulheres exige espaços públicos seguros, "
                "serviços locais com formação e parcerias com as associações que apoiam as "
                "sobreviventes."
            ),
        },
        "topics": (
            {
                "en": "Women’s safety in public spaces",
                "fr": "La sécurité des femmes dans l’espace public",
                "de": "Die Sicherheit von Frauen im öffentlichen Raum",
                "it": "La sicurezza delle donne nello spazio pubblico",
                "es": "La seguridad de las mujeres en el espacio público",
                "pt": "A segurança das mulheres no espaço público",
            },
            {
                "en": "Local action against domestic violence",
                "fr": "L’action locale contre les violences conjugales",
                "de": "Kommunales Handeln gegen häusliche Gewalt",
                "it": "L’azione locale contro la violenza domestica",
                "es": "La acción local contra la violencia doméstica",
                "pt": "A ação local contra a violência doméstica",
            },
            {
                "en": "Cities against street harassment",
                "fr": "Les villes contre le harcèlement de rue",
                "de": "Städte gegen Belästigung auf der Straße",
                "it": "Le città contro le molestie di strada",
                "es": "Las ciudades contra el acoso callejero",
                "pt": "As cidades contra o assédio na rua",
            },
        ),
    },
    {
        "slug": "social-cohesion",
        "name": {
            "en": "Social cohesion and migration",
            "fr": "Cohésion sociale et migrations",
            "de": "Sozialer Zusammenhalt und Migration",
            "it": "Coesione sociale e migrazioni",
            "es": "Cohesión social y migraciones",
            "pt": "Coesão social e migrações",
        },
        "description": {
            "en": (
                "Trust between neighbours, fair treatment and the welcome given to newcomers are "
                "among the strongest protections a city has."
            ),
            "fr": (
                "La confiance entre voisins, l’égalité de traitement et l’accueil des nouveaux "
                "arrivants comptent parmi les meilleures protections d’une ville."
            ),
            "de": (
                "Vertrauen unter Nachbarn, Gleichbehandlung und die Aufnahme von Neuankömmlingen "
                "gehören zu den stärksten Schutzfaktoren einer Stadt."
            ),
            "it": (
                "La fiducia tra vicini, la parità di trattamento e l’accoglienza dei nuovi "
                "arrivati sono tra le protezioni più forti di una città."
            ),
            "es": (
                "La confianza entre vecinos, la igualdad de trato y la acogida de los recién "
                "llegados figuran entre las mejores protecciones de una ciudad."
            ),
            "pt": (
                "A confiança entre vizinhos, a igualdade de tratamento e o acolhimento dos "
                "recém-chegados estão entre as melhores proteções de uma cidade."
            ),
        },
        "topics": (
            {
                "en": "Welcoming newcomers in the city",
                "fr": "Accueillir les nouveaux arrivants en ville",
                "de": "Neuankömmlinge in der Stadt willkommen heißen",
                "it": "Accogliere i nuovi arrivati in città",
                "es": "Acoger a los recién llegados en la ciudad",
                "pt": "Acolher os recém-chegados na cidade",
            },
            {
                "en": "Neighbourhoods, trust and social cohesion",
                "fr": "Quartiers, confiance et cohésion sociale",
                "de": "Nachbarschaft, Vertrauen und sozialer Zusammenhalt",
                "it": "Quartieri, fiducia e coesione sociale",
                "es": "Barrios, confianza y cohesión social",
                "pt": "Bairros, confiança e coesão social",
            },
            {
                "en": "Preventing discrimination and hate crime",
                "fr": "Prévenir les discriminations et les crimes de haine",
                "de": "Diskriminierung und Hasskriminalität vorbeugen",
                "it": "Prevenire le discriminazioni e i crimini d’odio",
                "es": "Prevenir la discriminación y los delitos de odio",
                "pt": "Prevenir a discriminação e os crimes de ódio",
            },
        ),
    },
)

# Cities that publications draw on, named in each language, with the language of the
# country when it is one of the site's (a practice sheet also comes in that language).
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

AND = {"en": "and", "fr": "et", "de": "und", "it": "e", "es": "y", "pt": "e"}

# Titles: each kind's frames around a topic. ``{of_city}`` is "de Lyon" / "d’Anvers" in French.
TITLE_FRAMES = {
    "report": (
        {
            "en": "{topic}: a European overview",
            "fr": "{topic} : panorama européen",
            "de": "{topic}: ein europäischer Überblick",
            "it": "{topic}: una panoramica europea",
            "es": "{topic}: panorama europeo",
            "pt": "{topic}: panorama europeu",
        },
        {
            "en": "{topic}: findings from {number} European cities",
            "fr": "{topic} : enseignements de {number} villes européennes",
            "de": "{topic}: Erkenntnisse aus {number} europäischen Städten",
            "it": "{topic}: lezioni da {number} città europee",
            "es": "{topic}: lecciones de {number} ciudades europeas",
            "pt": "{topic}: lições de {number} cidades europeias",
        },
    ),
    "practice_sheet": (
        {
            "en": "{topic}: the experience of {city}",
            "fr": "{topic} : l’expérience {of_city}",
            "de": "{topic}: das Beispiel {city}",
            "it": "{topic}: l’esperienza di {city}",
            "es": "{topic}: la experiencia de {city}",
            "pt": "{topic}: a experiência de {city}",
        },
    ),
    "guide": (
        {
            "en": "{topic}: a guide for local authorities",
            "fr": "{topic} : guide à l’usage des collectivités locales",
            "de": "{topic}: ein Leitfaden für Kommunen",
            "it": "{topic}: guida per gli enti locali",
            "es": "{topic}: guía para las autoridades locales",
            "pt": "{topic}: guia para as autoridades locais",
        },
        {
            "en": "{topic}: a handbook for elected officials",
            "fr": "{topic} : manuel à l’usage des élus",
            "de": "{topic}: ein Handbuch für kommunale Mandatsträger",
            "it": "{topic}: manuale per gli amministratori locali",
            "es": "{topic}: manual para cargos electos locales",
            "pt": "{topic}: manual para eleitos locais",
        },
    ),
    "position_paper": (
        {
            "en": "{topic}: the position of European cities",
            "fr": "{topic} : la position des villes européennes",
            "de": "{topic}: die Position der europäischen Städte",
            "it": "{topic}: la posizione delle città europee",
            "es": "{topic}: la posición de las ciudades europeas",
            "pt": "{topic}: a posição das cidades europeias",
        },
        {
            "en": "{topic}: recommendations of Efus to the European Union",
            "fr": "{topic} : recommandations de l’Efus à l’Union européenne",
            "de": "{topic}: Empfehlungen des Efus an die Europäische Union",
            "it": "{topic}: raccomandazioni dell’Efus all’Unione europea",
            "es": "{topic}: recomendaciones del Efus a la Unión Europea",
            "pt": "{topic}: recomendações do Efus à União Europeia",
        },
    ),
    "proceedings": (
        {
            "en": "{topic}: proceedings of the {city} conference",
            "fr": "{topic} : actes de la conférence {of_city}",
            "de": "{topic}: Tagungsband der Konferenz in {city}",
            "it": "{topic}: atti della conferenza di {city}",
            "es": "{topic}: actas de la conferencia de {city}",
            "pt": "{topic}: atas da conferência de {city}",
        },
    ),
}

ACTIVITY_REPORT_TITLE = {
    "en": "Activity report {year}",
    "fr": "Rapport d’activité {year}",
    "de": "Tätigkeitsbericht {year}",
    "it": "Rapporto di attività {year}",
    "es": "Informe de actividades {year}",
    "pt": "Relatório de atividades {year}",
}

# The first sentence of a summary: what the publication is.
KIND_SENTENCES = {
    "report": {
        "en": (
            "This report takes stock of what European cities and regions have learnt on the "
            "subject, with figures, case studies and recommendations."
        ),
        "fr": (
            "Ce rapport fait le point sur ce que les villes et régions européennes ont appris en "
            "la matière, avec des chiffres, des études de cas et des recommandations."
        ),
        "de": (
            "Dieser Bericht zieht Bilanz aus den Erfahrungen europäischer Städte und Regionen "
            "auf diesem Gebiet, mit Zahlen, Fallstudien und Empfehlungen."
        ),
        "it": (
            "Questo rapporto fa il punto su quanto città e regioni europee hanno imparato in "
            "materia, con dati, casi di studio e raccomandazioni."
        ),
        "es": (
            "Este informe hace balance de lo que las ciudades y regiones europeas han aprendido "
            "en la materia, con cifras, estudios de caso y recomendaciones."
        ),
        "pt": (
            "Este relatório faz o balanço do que as cidades e regiões europeias aprenderam nesta "
            "matéria, com dados, estudos de caso e recomendações."
        ),
    },
    "practice_sheet": {
        "en": (
            "This practice sheet describes, step by step, how {city} designed, ran and evaluated "
            "its local approach."
        ),
        "fr": (
            "Cette fiche pratique décrit pas à pas comment {city} a conçu, mis en œuvre et évalué "
            "son action locale."
        ),
        "de": (
            "Dieses Praxisblatt beschreibt Schritt für Schritt, wie die Stadt {city} ihr "
            "Vorgehen vor Ort geplant, umgesetzt und bewertet hat."
        ),
        "it": (
            "Questa scheda pratica descrive passo dopo passo come {city} ha ideato, realizzato e "
            "valutato la propria azione locale."
        ),
        "es": (
            "Esta ficha práctica describe paso a paso cómo {city} diseñó, puso en marcha y "
            "evaluó su actuación local."
        ),
        "pt": (
            "Esta ficha prática descreve passo a passo como {city} concebeu, executou e avaliou "
            "a sua ação local."
        ),
    },
    "guide": {
        "en": (
            "This guide offers local authorities practical methods, checklists and examples to "
            "build their own policy."
        ),
        "fr": (
            "Ce guide propose aux collectivités locales des méthodes, des listes de contrôle et "
            "des exemples pour construire leur propre politique."
        ),
        "de": (
            "Dieser Leitfaden bietet Kommunen praktische Methoden, Checklisten und Beispiele für "
            "ihre eigene Politik."
        ),
        "it": (
            "Questa guida offre agli enti locali metodi pratici, liste di controllo ed esempi per "
            "costruire la propria politica."
        ),
        "es": (
            "Esta guía ofrece a las autoridades locales métodos prácticos, listas de control y "
            "ejemplos para construir su propia política."
        ),
        "pt": (
            "Este guia oferece às autoridades locais métodos práticos, listas de verificação e "
            "exemplos para construírem a sua própria política."
        ),
    },
    "position_paper": {
        "en": (
            "In this position paper, Efus members set out their recommendations to European and "
            "national decision-makers."
        ),
        "fr": (
            "Dans cette note de position, les membres de l’Efus adressent leurs recommandations "
            "aux décideurs européens et nationaux."
        ),
        "de": (
            "In diesem Positionspapier richten die Mitglieder des Efus ihre Empfehlungen an "
            "europäische und nationale Entscheidungsträger."
        ),
        "it": (
            "In questo documento di posizione i membri dell’Efus rivolgono le loro "
            "raccomandazioni ai decisori europei e nazionali."
        ),
        "es": (
            "En este documento de posición, los miembros del Efus dirigen sus recomendaciones a "
            "los responsables europeos y nacionales."
        ),
        "pt": (
            "Neste documento de posição, os membros do Efus dirigem as suas recomendações aos "
            "decisores europeus e nacionais."
        ),
    },
    "proceedings": {
        "en": (
            "These proceedings gather the talks and workshop conclusions of the conference held "
            "in {city} in {year}."
        ),
        "fr": (
            "Ces actes rassemblent les interventions et les conclusions des ateliers de la "
            "conférence tenue à {city} en {year}."
        ),
        "de": (
            "Dieser Tagungsband versammelt die Beiträge und Workshop-Ergebnisse der Konferenz "
            "{year} in {city}."
        ),
        "it": (
            "Questi atti raccolgono gli interventi e le conclusioni dei laboratori della "
            "conferenza svoltasi a {city} nel {year}."
        ),
        "es": (
            "Estas actas recogen las intervenciones y las conclusiones de los talleres de la "
            "conferencia celebrada en {city} en {year}."
        ),
        "pt": (
            "Estas atas reúnem as intervenções e as conclusões das oficinas da conferência "
            "realizada em {city} em {year}."
        ),
    },
    "activity_report": {
        "en": (
            "The {year} activity report looks back on the network’s year: conferences, European "
            "projects, training and the work of the national forums."
        ),
        "fr": (
            "Le rapport d’activité {year} revient sur l’année du réseau : conférences, projets "
            "européens, formations et travail des forums nationaux."
        ),
        "de": (
            "Der Tätigkeitsbericht {year} blickt auf das Jahr des Netzwerks zurück: Konferenzen, "
            "europäische Projekte, Fortbildungen und die Arbeit der nationalen Foren."
        ),
        "it": (
            "Il rapporto di attività {year} ripercorre l’anno della rete: conferenze, progetti "
            "europei, formazioni e lavoro dei forum nazionali."
        ),
        "es": (
            "El informe de actividades {year} repasa el año de la red: conferencias, proyectos "
            "europeos, formaciones y trabajo de los foros nacionales."
        ),
        "pt": (
            "O relatório de atividades {year} revisita o ano da rede: conferências, projetos "
            "europeus, formações e trabalho dos fóruns nacionais."
        ),
    },
}

# The last sentence of a report's or proceedings' summary: the cities it draws on.
CITIES_SENTENCE = {
    "en": "{cities} are among the cities that share their experience here.",
    "fr": "{cities} font partie des villes qui y partagent leur expérience.",
    "de": "{cities} gehören zu den Städten, die hier ihre Erfahrungen teilen.",
    "it": "{cities} sono tra le città che vi condividono la loro esperienza.",
    "es": "{cities} figuran entre las ciudades que comparten aquí su experiencia.",
    "pt": "{cities} estão entre as cidades que aqui partilham a sua experiência.",
}

# Efus in one sentence, from its own description.
ABOUT_EFUS = {
    "en": (
        "Efus, founded in 1987 under the auspices of the Council of Europe, brings together "
        "nearly 250 local and regional authorities from 16 countries."
    ),
    "fr": (
        "Fondé en 1987 sous l’égide du Conseil de l’Europe, l’Efus réunit près de 250 "
        "collectivités locales et régionales de 16 pays."
    ),
    "de": (
        "Das 1987 unter der Schirmherrschaft des Europarats gegründete Efus vereint fast 250 "
        "Kommunen und Regionen aus 16 Ländern."
    ),
    "it": (
        "Fondato nel 1987 sotto l’egida del Consiglio d’Europa, l’Efus riunisce quasi 250 enti "
        "locali e regionali di 16 paesi."
    ),
    "es": (
        "Fundado en 1987 bajo los auspicios del Consejo de Europa, el Efus reúne a cerca de 250 "
        "autoridades locales y regionales de 16 países."
    ),
    "pt": (
        "Fundado em 1987 sob a égide do Conselho da Europa, o Efus reúne cerca de 250 "
        "autoridades locais e regionais de 16 países."
    ),
}

# The manifesto in brief and in full, published together; the full text comes last, so that
# it is the newest publication of the kind (the one the manifesto page links to).
MANIFESTO_AGE = 13  # years before this one
MANIFESTOS = (
    {
        "slug": "cities-manifesto-in-brief",
        "languages": ("en", "fr"),
        "title": {
            "en": "The Cities’ Manifesto in brief",
            "fr": "Le Manifeste des villes en bref",
            "de": "Das Manifest der Städte in Kürze",
            "it": "Il Manifesto delle città in breve",
            "es": "El Manifiesto de las ciudades en resumen",
            "pt": "O Manifesto das Cidades em resumo",
        },
        "summary": {
            "en": (
                "A short edition of the Cities’ Manifesto for elected officials and their teams: "
                "its principles on security, democracy and cities, one page each."
            ),
            "fr": (
                "Une édition courte du Manifeste des villes pour les élus et leurs équipes : ses "
                "principes sur la sécurité, la démocratie et les villes, une page pour chacun."
            ),
            "de": (
                "Eine Kurzfassung des Manifests der Städte für gewählte Vertreter und ihre "
                "Teams: seine Grundsätze zu Sicherheit, Demokratie und Städten, je eine Seite."
            ),
            "it": (
                "Un’edizione breve del Manifesto delle città per gli eletti e i loro "
                "collaboratori: i suoi principi su sicurezza, democrazia e città, una pagina "
                "ciascuno."
            ),
            "es": (
                "Una edición breve del Manifiesto de las ciudades para los cargos electos y sus "
                "equipos: sus principios sobre seguridad, democracia y ciudades, una página para "
                "cada uno."
            ),
            "pt": (
                "Uma edição breve do Manifesto das Cidades para os eleitos e as suas equipas: os "
                "seus princípios sobre segurança, democracia e cidades, uma página para cada um."
            ),
        },
    },
    {
        "slug": "cities-manifesto-security-democracy-and-cities",
        "languages": ("en", "fr", "it", "es"),
        "title": {
            "en": "The Cities’ Manifesto: Security, Democracy and Cities",
            "fr": "Le Manifeste des villes : sécurité, démocratie et villes",
            "de": "Das Manifest der Städte: Sicherheit, Demokratie und Städte",
            "it": "Il Manifesto delle città: sicurezza, democrazia e città",
            "es": "El Manifiesto de las ciudades: seguridad, democracia y ciudades",
            "pt": "O Manifesto das Cidades: segurança, democracia e cidades",
        },
        "summary": {
            "en": (
                "In the Cities’ Manifesto, the elected officials of the Efus network set out the "
                "values they share: prevention as a rational, strategic and cost-efficient "
                "choice, citizen participation in every security policy, a full place for young "
                "people and the promotion of women’s rights and equality between the sexes."
            ),
            "fr": (
                "Dans le Manifeste des villes, les élus du réseau de l’Efus affirment les valeurs "
                "qu’ils partagent : la prévention comme choix rationnel, stratégique et économe, "
                "la participation des citoyens à toute politique de sécurité, une pleine place "
                "pour les jeunes et la promotion des droits des femmes et de l’égalité entre les "
                "sexes."
            ),
            "de": (
                "Im Manifest der Städte bekennen sich die gewählten Vertreterinnen und Vertreter "
                "des Efus-Netzwerks zu gemeinsamen Werten: Prävention als rationale, strategische "
                "und kosteneffiziente Wahl, Bürgerbeteiligung in jeder Sicherheitspolitik, ein "
                "voller Platz für junge Menschen und die Förderung der Rechte von Frauen und der "
                "Gleichstellung der Geschlechter."
            ),
            "it": (
                "Nel Manifesto delle città gli eletti della rete dell’Efus affermano i valori che "
                "condividono: la prevenzione come scelta razionale, strategica ed efficiente, la "
                "partecipazione dei cittadini a ogni politica di sicurezza, un posto pieno per i "
                "giovani e la promozione dei diritti delle donne e della parità tra i sessi."
            ),
            "es": (
                "En el Manifiesto de las ciudades, los cargos electos de la red del Efus afirman "
                "los valores que comparten: la prevención como opción racional, estratégica y "
                "eficiente, la participación ciudadana en toda política de seguridad, un lugar "
                "pleno para los jóvenes y la promoción de los derechos de las mujeres y de la "
                "igualdad entre los sexos."
            ),
            "pt": (
                "No Manifesto das Cidades, os eleitos da rede do Efus afirmam os valores que "
                "partilham: a prevenção como opção racional, estratégica e eficiente, a "
                "participação dos cidadãos em todas as políticas de segurança, um lugar pleno "
                "para os jovens e a promoção dos direitos das mulheres e da igualdade entre os "
                "sexos."
            ),
        },
    },
)

# Printed on covers and files.
KIND_NAMES = {
    "report": {
        "en": "Report",
        "fr": "Rapport",
        "de": "Bericht",
        "it": "Rapporto",
        "es": "Informe",
        "pt": "Relatório",
    },
    "practice_sheet": {
        "en": "Practice sheet",
        "fr": "Fiche pratique",
        "de": "Praxisblatt",
        "it": "Scheda pratica",
        "es": "Ficha práctica",
        "pt": "Ficha prática",
    },
    "guide": {
        "en": "Guide",
        "fr": "Guide",
        "de": "Leitfaden",
        "it": "Guida",
        "es": "Guía",
        "pt": "Guia",
    },
    "position_paper": {
        "en": "Position paper",
        "fr": "Note de position",
        "de": "Positionspapier",
        "it": "Documento di posizione",
        "es": "Documento de posición",
        "pt": "Documento de posição",
    },
    "manifesto": {
        "en": "Manifesto",
        "fr": "Manifeste",
        "de": "Manifest",
        "it": "Manifesto",
        "es": "Manifiesto",
        "pt": "Manifesto",
    },
    "activity_report": {
        "en": "Activity report",
        "fr": "Rapport d’activité",
        "de": "Tätigkeitsbericht",
        "it": "Rapporto di attività",
        "es": "Informe de actividades",
        "pt": "Relatório de atividades",
    },
    "proceedings": {
        "en": "Conference proceedings",
        "fr": "Actes de conférence",
        "de": "Tagungsband",
        "it": "Atti del convegno",
        "es": "Actas de congreso",
        "pt": "Atas de conferência",
    },
}

ORGANISATION_NAME = SITE_SETTINGS["organisation_name"]

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "pt": "Português",
}

COVER_ALT = {
    "en": "Cover of “{title}”",
    "fr": "Couverture de « {title} »",
    "de": "Titelseite von „{title}“",
    "it": "Copertina di «{title}»",
    "es": "Portada de «{title}»",
    "pt": "Capa de «{title}»",
}

THEMES_HEADING = {
    "en": "Themes",
    "fr": "Thèmes",
    "de": "Themen",
    "it": "Temi",
    "es": "Temas",
    "pt": "Temas",
}

SAMPLE_NOTE = {
    "en": "This document is sample content made for the demonstration of the Efus website.",
    "fr": "Ce document est un contenu d’exemple créé pour la démonstration du site de l’Efus.",
    "de": "Dieses Dokument ist Beispielinhalt für die Vorführung der Website des Efus.",
    "it": "Questo documento è un contenuto di esempio creato per la dimostrazione del sito "
    "dell’Efus.",
    "es": "Este documento es un contenido de ejemplo creado para la demostración del sitio web "
    "del Efus.",
    "pt": "Este documento é um conteúdo de exemplo criado para a demonstração do sítio web do "
    "Efus.",
}

# Cover colours, one per kind: (background, accent).
COVER_COLOURS = {
    "report": ((11, 60, 111), (240, 164, 98)),
    "practice_sheet": ((46, 94, 74), (214, 234, 200)),
    "guide": ((120, 40, 90), (250, 210, 225)),
    "position_paper": ((179, 38, 30), (255, 226, 200)),
    "manifesto": ((20, 20, 40), (230, 190, 80)),
    "activity_report": ((88, 60, 120), (215, 200, 240)),
    "proceedings": ((0, 105, 120), (190, 235, 235)),
}
