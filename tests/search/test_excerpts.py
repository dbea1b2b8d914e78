"""A result's excerpt starts where a sentence starts when one starts near, else at a word's
start after an ellipsis, keeps the text's accents, and says with an ellipsis where it stops
inside a sentence."""

from publications.factories import PublicationFactory
from search.excerpts import BETWEEN, START, STOP, excerpt
from tests.search.conftest import search_path

LONG_SENTENCE = (
    "Las ciudades europeas comparten desde hace muchos años una misma preocupación por la "
    "convivencia, la cohesión social y la calidad de vida de sus habitantes en el nivel local. "
)


def marked(word: str) -> str:
    return f"{START}{word}{STOP}"


def test_a_passage_starts_at_its_sentence_when_it_starts_near():
    text = "Cities met in Lisbon. Their mayors spoke of security for hours on end, and more."

    shown = excerpt(f"spoke of {marked('security')} for hours", text)

    assert shown == f"Their mayors spoke of {marked('security')} for hours …"


def test_a_passage_skips_the_end_of_the_sentence_before_it():
    text = LONG_SENTENCE + "Con demasiada frecuencia, la prevención llega tarde."

    shown = excerpt(f"local. Con demasiada frecuencia, la {marked('prevencion')}", text)

    assert shown == f"Con demasiada frecuencia, la {marked('prevención')} …"


def test_a_passage_far_inside_a_sentence_starts_at_a_word_after_an_ellipsis():
    text = "word " * 40 + "Saint-Denis and its security plan"

    shown = excerpt(f"Denis and its {marked('security')} plan", text)

    assert shown == f"… Saint-Denis and its {marked('security')} plan"


def test_passages_keep_the_texts_letters_and_are_separated_by_an_ellipsis():
    text = "Les élus et la sécurité. " + "mot " * 40 + "Le cœur de la ville est sûr."

    shown = excerpt(
        f"Les elus et la {marked('securite')}.{BETWEEN}Le {marked('coeur')} de la ville", text
    )

    assert shown == (f"Les élus et la {marked('sécurité')}. … Le {marked('cœur')} de la ville …")


def test_the_search_page_shows_an_excerpt_from_a_sentence_start(client, site_tree):
    PublicationFactory(
        title_es="Informe anual",
        summary_es=LONG_SENTENCE * 3
        + "Con demasiada frecuencia, la prevención llega tarde. "
        + LONG_SENTENCE * 3,
    )

    page_html = client.get(search_path("es"), {"q": "prevencion"}).content.decode()

    assert "Con demasiada frecuencia, la <mark>prevención</mark> llega tarde." in page_html
    assert "local. Con demasiada" not in page_html


def test_two_passages_cut_inside_sentences_are_joined_by_one_ellipsis():
    text = "word " * 40 + "the first passage goes on " + "word " * 40 + "then the second one"

    shown = excerpt(f"first {marked('passage')} goes{BETWEEN}then the {marked('second')}", text)

    assert shown == f"… first {marked('passage')} goes … then the {marked('second')} …"
