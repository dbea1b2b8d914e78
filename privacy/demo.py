"""The demo privacy notice, in six languages: the site writes the purposes, legal bases and
retention periods itself; the page adds who Efus is and how to exercise one's rights."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from pages.caching import empty_page_cache
from pages.demo.builder import hidden_from_menus, translated, upsert_page
from privacy.models import PrivacyPage

NBSP = "\u00a0"

PRIVACY_PAGE = {
    "title": {
        "en": "Privacy notice",
        "fr": "Politique de confidentialité",
        "de": "Datenschutzerklärung",
        "it": "Informativa sulla privacy",
        "es": "Aviso de privacidad",
        "pt": "Aviso de privacidade",
    },
    "slug": {
        "en": "privacy",
        "fr": "confidentialite",
        "de": "datenschutz",
        "it": "privacy",
        "es": "privacidad",
        "pt": "privacidade",
    },
    "intro": {
        "en": (
            "The European Forum for Urban Security (Efus), an association under French law "
            "based in Paris, keeps only the personal data its work with the network needs, "
            "and only for as long as it says here."
        ),
        "fr": (
            "Le Forum européen pour la sécurité urbaine (Efus), association de droit français "
            "établie à Paris, ne conserve que les données personnelles dont son travail avec "
            "le réseau a besoin, et seulement pendant la durée indiquée ici."
        ),
        "de": (
            "Das Europäische Forum für urbane Sicherheit (Efus), ein Verein nach französischem "
            "Recht mit Sitz in Paris, speichert nur die personenbezogenen Daten, die seine "
            "Arbeit mit dem Netzwerk erfordert, und nur so lange, wie hier angegeben."
        ),
        "it": (
            "Il Forum europeo per la sicurezza urbana (Efus), associazione di diritto francese "
            "con sede a Parigi, conserva soltanto i dati personali necessari al suo lavoro con "
            "la rete, e solo per il tempo indicato in questa pagina."
        ),
        "es": (
            "El Foro Europeo para la Seguridad Urbana (Efus), asociación de derecho francés con "
            "sede en París, conserva solo los datos personales que necesita su trabajo con la "
            "red, y solo durante el tiempo que aquí se indica."
        ),
        "pt": (
            "O Fórum Europeu para a Segurança Urbana (Efus), associação de direito francês com "
            "sede em Paris, conserva apenas os dados pessoais de que o seu trabalho com a rede "
            "necessita, e apenas durante o tempo aqui indicado."
        ),
    },
    "search_description": {
        "en": "What personal data Efus keeps, why, for how long, and how to exercise your rights.",
        "fr": (
            "Les données personnelles que l’Efus conserve, pourquoi, pendant combien de temps, "
            "et comment exercer vos droits."
        ),
        "de": (
            "Welche personenbezogenen Daten Efus speichert, warum, wie lange, und wie Sie Ihre "
            "Rechte ausüben."
        ),
        "it": (
            "Quali dati personali conserva Efus, perché, per quanto tempo, e come esercitare i "
            "Suoi diritti."
        ),
        "es": (
            "Qué datos personales conserva Efus, por qué, durante cuánto tiempo y cómo ejercer "
            "sus derechos."
        ),
        "pt": (
            "Que dados pessoais o Efus conserva, porquê, durante quanto tempo, e como exercer os "
            "seus direitos."
        ),
    },
}

RIGHTS = {
    "en": (
        "<p>You may ask to see the data Efus holds about you, to have it corrected, "
        "exported or erased, to restrict its use, or to object to it; where you gave your "
        "consent, you may withdraw it at any time. Write to contact@efus.eu or to Efus, 10 rue "
        "des Montiboeufs, 75020 Paris, France: we answer within one month. An erasure also "
        "holds after a restored backup.</p><p>If you think your data is mishandled, you may "
        "complain to the French data protection authority, the CNIL (www.cnil.fr), or to the "
        "authority of your own country.</p>"
    ),
    "fr": (
        "<p>Vous pouvez demander à consulter les données que l’Efus détient sur vous, à les "
        "faire corriger, exporter ou effacer, à en limiter l’usage ou à vous y opposer"
        f"{NBSP}; lorsque vous avez donné votre consentement, vous pouvez le retirer à tout "
        f"moment. Écrivez à contact@efus.eu ou à l’Efus, 10 rue des Montiboeufs, 75020 Paris{NBSP}:"
        " nous répondons dans un délai d’un mois. Un effacement vaut aussi après la "
        "restauration d’une sauvegarde.</p><p>Si vous estimez que vos données sont mal "
        "traitées, vous pouvez saisir la Commission nationale de l’informatique et des "
        "libertés, la CNIL (www.cnil.fr), ou l’autorité de votre pays.</p>"
    ),
    "de": (
        "<p>Sie können Auskunft über die Daten verlangen, die Efus über Sie speichert, sowie "
        "deren Berichtigung, Herausgabe oder Löschung, die Einschränkung ihrer Verarbeitung, "
        "oder ihr widersprechen; eine erteilte Einwilligung können Sie jederzeit widerrufen. "
        "Schreiben Sie an contact@efus.eu oder an Efus, 10 rue des Montiboeufs, 75020 Paris, "
        "Frankreich: Wir antworten innerhalb eines Monats. Eine Löschung gilt auch nach der "
        "Wiederherstellung einer Sicherung.</p><p>Wenn Sie meinen, dass Ihre Daten falsch "
        "behandelt werden, können Sie sich bei der französischen Datenschutzbehörde CNIL "
        "(www.cnil.fr) oder bei der Behörde Ihres Landes beschweren.</p>"
    ),
    "it": (
        "<p>Lei può chiedere di consultare i dati che Efus conserva su di Lei, di farli "
        "correggere, esportare o cancellare, di limitarne l’uso o di opporvisi; se ha dato il "
        "Suo consenso, può revocarlo in qualsiasi momento. Scriva a contact@efus.eu o a Efus, "
        "10 rue des Montiboeufs, 75020 Parigi, Francia: rispondiamo entro un mese. Una "
        "cancellazione resta valida anche dopo il ripristino di un backup.</p><p>Se ritiene che "
        "i Suoi dati siano trattati in modo scorretto, può presentare un reclamo all’autorità "
        "francese per la protezione dei dati, la CNIL (www.cnil.fr), o all’autorità del Suo "
        "paese.</p>"
    ),
    "es": (
        "<p>Usted puede solicitar consultar los datos que Efus conserva sobre usted, "
        "rectificarlos, exportarlos o suprimirlos, limitar su uso u oponerse a él; si dio su "
        "consentimiento, puede retirarlo en cualquier momento. Escriba a contact@efus.eu o a "
        "Efus, 10 rue des Montiboeufs, 75020 París, Francia: respondemos en el plazo de un mes. "
        "Una supresión se mantiene también tras restaurar una copia de seguridad.</p><p>Si "
        "considera que sus datos se tratan de forma indebida, puede presentar una reclamación "
        "ante la autoridad francesa de protección de datos, la CNIL (www.cnil.fr), o ante la "
        "autoridad de su país.</p>"
    ),
    "pt": (
        "<p>Pode pedir para consultar os dados que o Efus conserva sobre si, para os "
        "rectificar, exportar ou apagar, para limitar a sua utilização ou para se opor a ela; "
        "se deu o seu consentimento, pode retirá-lo a qualquer momento. Escreva para "
        "contact@efus.eu ou para o Efus, 10 rue des Montiboeufs, 75020 Paris, França: "
        "respondemos no prazo de um mês. Um apagamento mantém-se também após a reposição de "
        "uma cópia de segurança.</p><p>Se considerar que os seus dados são mal tratados, pode "
        "apresentar uma reclamação à autoridade francesa de protecção de dados, a CNIL "
        "(www.cnil.fr), ou à autoridade do seu país.</p>"
    ),
}


@transaction.atomic
def build_demo_privacy(home) -> None:
    """The privacy notice, reached from the footer and every form, not the main menu."""
    with translation.override(settings.LANGUAGE_CODE):
        page = upsert_page(home, PrivacyPage, PRIVACY_PAGE, **translated("rights", RIGHTS))
        hidden_from_menus(page)
    empty_page_cache()
