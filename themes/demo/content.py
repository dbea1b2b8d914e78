"""Demo themes, in six languages: the ten themes and the themes page. Each theme also has
three topics, the subjects the demo publications and news are written on.
"""

THEMES_PAGE = {
    "title": {
        "en": "Themes",
        "fr": "Thèmes",
        "de": "Themen",
        "it": "Temi",
        "es": "Temas",
        "pt": "Temas",
    },
    "slug": {
        "en": "themes",
        "fr": "themes",
        "de": "themen",
        "it": "temi",
        "es": "temas",
        "pt": "temas",
    },
    "intro": {
        "en": (
            "The subjects the network works on, each with its latest news, coming events, "
            "European projects and publications."
        ),
        "fr": (
            "Les sujets sur lesquels travaille le réseau, chacun avec ses dernières actualités, "
            "ses prochains événements, ses projets européens et ses publications."
        ),
        "de": (
            "Die Themen, an denen das Netzwerk arbeitet, jeweils mit den neuesten Nachrichten, "
            "kommenden Veranstaltungen, europäischen Projekten und Publikationen."
        ),
        "it": (
            "I temi su cui lavora la rete, ciascuno con le ultime notizie, i prossimi eventi, i "
            "progetti europei e le pubblicazioni."
        ),
        "es": (
            "Los temas en los que trabaja la red, cada uno con sus últimas noticias, próximos "
            "eventos, proyectos europeos y publicaciones."
        ),
        "pt": (
            "Os temas em que a rede trabalha, cada um com as últimas notícias, os próximos "
            "eventos, os projetos europeus e as publicações."
        ),
    },
    "search_description": {
        "en": (
            "Urban security themes at Efus: prevention of radicalisation, drugs, nightlife, "
            "public spaces, victims and more."
        ),
        "fr": (
            "Les thèmes de la sécurité urbaine à l’Efus : prévention de la radicalisation, "
            "drogues, vie nocturne, espaces publics, victimes et plus encore."
        ),
        "de": (
            "Themen urbaner Sicherheit beim Efus: Radikalisierungsprävention, Drogen, "
            "Nachtleben, öffentliche Räume, Opfer und mehr."
        ),
        "it": (
            "I temi della sicurezza urbana all’Efus: prevenzione della radicalizzazione, droghe, "
            "vita notturna, spazi pubblici, vittime e altro."
        ),
        "es": (
            "Los temas de la seguridad urbana en el Efus: prevención de la radicalización, "
            "drogas, ocio nocturno, espacios públicos, víctimas y más."
        ),
        "pt": (
            "Os temas da segurança urbana no Efus: prevenção da radicalização, drogas, vida "
            "noturna, espaços públicos, vítimas e muito mais."
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
