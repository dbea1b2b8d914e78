"""The site's Italian addresses its reader as "Lei" (Il Suo profilo, Riceverà, Scelga), with the
impersonal infinitive for instructions (Scegliere un file) and short command verbs on buttons
(Cerca, Invia). Words that only "tu" or "voi" would write must not appear in the catalogue."""

import re
from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings

# Forms that belong to "tu": possessives, pronouns, verbs conjugated for "tu" and imperatives
# whose "Lei" form differs (Lei: Suo, Le, ha, può, riceverà, si iscriva, scelga, chieda…).
TU_ONLY = {
    "tuo",
    "tua",
    "tuoi",
    "tue",
    "ti",
    "hai",
    "puoi",
    "vuoi",
    "devi",
    "fai",
    "sei",
    "riceverai",
    "potrai",
    "iscriviti",
    "seguici",
    "inviami",
    "invialo",
    "scrivilo",
    "caricalo",
    "chiedi",
    "scegli",
    "rispondi",
    "vai",
    "unirti",
}
# Forms that belong to "voi".
VOI_ONLY = {
    "vostro",
    "vostra",
    "vostri",
    "vostre",
    "voi",
    "potete",
    "volete",
    "dovete",
    "avete",
    "siete",
    "riceverete",
    "inviatemi",
    "chiedete",
    "proponete",
    "attendete",
    "riprovate",
    "sceglietene",
    "confrontatele",
    "approvatele",
    "rifiutatele",
    "descrivete",
    "unirvi",
}
# "sei" is also the number six: "sei mesi".
NUMBER_SIX = re.compile(r"\bsei (mesi|giorni|settimane|anni|ore)\b")


def other_registers(text: str) -> set[str]:
    words = set(re.findall(r"\w+", NUMBER_SIX.sub("", text.lower())))
    return words & (TU_ONLY | VOI_ONLY)


def test_the_italian_catalogue_addresses_the_reader_as_lei_only():
    with open(Path(settings.BASE_DIR) / "locale/it/LC_MESSAGES/django.po", "rb") as file:
        catalogue = read_po(file)
    found = {
        str(message.id): words
        for message in catalogue
        for text in (message.string if isinstance(message.string, tuple) else [message.string])
        if (words := other_registers(text or ""))
    }
    assert found == {}


def test_the_word_list_tells_the_registers_apart():
    assert other_registers("I tuoi gruppi di lavoro") == {"tuoi"}
    assert other_registers("Il vostro ente") == {"vostro"}
    assert other_registers("I Suoi gruppi di lavoro") == set()
    assert other_registers("cancellati sei mesi dopo la decisione") == set()
