"""The demo's files and covers: small real PDFs made with fpdf2, covers drawn with Pillow.

Both are drawn from what the publication says in one language (``Printed``), with the
colours of its kind; nothing is downloaded and no font is embedded (the PDFs use a core font,
so their text is brought to Latin-1 first).
"""

import functools
import unicodedata
from dataclasses import dataclass

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from publications.demo import content

WHITE = (255, 255, 255)
INK = (30, 30, 30)
COVER_SIZE = (600, 848)  # the proportions of an A4 page
COVER_PUNCTUATION = "’‘“”·"
TITLE_SIZES = (44, 38, 32)
TITLE_HEIGHT = 4 * 44
LATIN_1 = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "œ": "oe",
        "Œ": "OE",
        "\u202f": " ",
    }
)


@dataclass(frozen=True)
class Printed:
    """What a cover or a file shows, in one language."""

    language: str
    kind: str
    title: str
    year: int
    paragraphs: tuple[str, ...] = ()
    themes: tuple[tuple[str, str], ...] = ()  # (name, description)

    @property
    def kind_name(self) -> str:
        return content.KIND_NAMES[self.kind][self.language]


def latin_1(text: str) -> str:
    """The text in the core fonts' encoding: typographic quotes and dashes become plain ones."""
    return text.translate(LATIN_1).encode("latin-1", "replace").decode("latin-1")


@functools.cache
def publication_pdf(printed: Printed) -> bytes:
    """A two-page PDF: a cover (kind, title, year, language), then the text; drawn once per
    process (the demo is built again and again in the tests)."""
    pdf = FPDF(format="A4")
    pdf.set_title(latin_1(printed.title))
    pdf.set_author("Efus")
    pdf.set_lang(printed.language)
    pdf.set_auto_page_break(auto=True, margin=20)
    draw_pdf_cover(pdf, printed)
    draw_pdf_text(pdf, printed)
    return bytes(pdf.output())


def draw_pdf_cover(pdf: FPDF, printed: Printed) -> None:
    background, accent = content.COVER_COLOURS[printed.kind]
    pdf.add_page()
    pdf.set_fill_color(*background)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.set_fill_color(*accent)
    pdf.rect(20, 38, 40, 3, style="F")
    pdf.set_text_color(*accent)
    pdf.set_font("helvetica", "B", 14)
    pdf.set_xy(20, 24)
    pdf.cell(170, 10, latin_1(printed.kind_name.upper()))
    pdf.set_text_color(*WHITE)
    pdf.set_font("helvetica", "B", 26)
    pdf.set_xy(20, 60)
    pdf.multi_cell(170, 12, latin_1(printed.title))
    pdf.set_font("helvetica", "", 14)
    pdf.set_xy(20, 250)
    pdf.cell(170, 8, latin_1(content.ORGANISATION_NAME[printed.language]))
    pdf.set_xy(20, 260)
    pdf.cell(170, 8, f"{printed.year} - {latin_1(content.LANGUAGE_NAMES[printed.language])}")


def paragraph(pdf: FPDF, height: float, text: str) -> None:
    """A block of text across the page, the next one starting below it at the margin."""
    pdf.multi_cell(0, height, latin_1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def draw_pdf_text(pdf: FPDF, printed: Printed) -> None:
    pdf.add_page()
    pdf.set_text_color(*INK)
    pdf.set_font("helvetica", "B", 16)
    paragraph(pdf, 8, printed.title)
    pdf.ln(4)
    pdf.set_font("helvetica", "", 11)
    for text in printed.paragraphs:
        paragraph(pdf, 6, text)
        pdf.ln(3)
    if printed.themes:
        pdf.set_font("helvetica", "B", 13)
        paragraph(pdf, 8, content.THEMES_HEADING[printed.language])
        for name, description in printed.themes:
            pdf.set_font("helvetica", "B", 11)
            paragraph(pdf, 6, name)
            pdf.set_font("helvetica", "", 11)
            paragraph(pdf, 6, description)
            pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("helvetica", "I", 9)
    paragraph(pdf, 5, content.SAMPLE_NOTE[printed.language])


def cover_image(printed: Printed) -> PillowImage.Image:
    """The cover as a picture: the kind's colours, its name, the title and the year (in
    Pillow's built-in font, so nothing is needed from the system)."""
    background, accent = content.COVER_COLOURS[printed.kind]
    width, height = COVER_SIZE
    image = PillowImage.new("RGB", COVER_SIZE, background)
    draw = ImageDraw.Draw(image)
    margin = width // 12
    draw_dots(draw, margin, background, accent)
    draw.rectangle([0, height - height // 6, width, height], fill=accent)
    label = ImageFont.load_default(size=26)
    draw.text((margin, margin), printed.kind_name.upper(), fill=accent, font=label)
    draw.rectangle([margin, margin + 44, margin + 120, margin + 52], fill=accent)
    for size in TITLE_SIZES:  # the largest that fits in the space above the dots
        title = ImageFont.load_default(size=size)
        lines = wrapped(drawable(printed.title), title, width - 2 * margin, draw)
        if len(lines) * size <= TITLE_HEIGHT:
            break
    draw.multiline_text(
        (margin, margin + 100), "\n".join(lines), fill=WHITE, font=title, spacing=14
    )
    draw.text(
        (margin, height - height // 12),
        f"Efus · {printed.year}",
        fill=background,
        font=label,
        anchor="lm",
    )
    return image


def drawable(text: str) -> str:
    """The text in the letters of Pillow's built-in font (ASCII and typographic quotes):
    "Liège" is drawn "Liege"."""
    return "".join(
        char if char.isascii() or char in COVER_PUNCTUATION else ascii_letters_of(char)
        for char in text
    )


def ascii_letters_of(char: str) -> str:
    return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()


def draw_dots(draw: ImageDraw.ImageDraw, margin: int, background, accent) -> None:
    """A quiet grid of dots above the cover's footer band."""
    width, height = COVER_SIZE
    shade = tuple((b * 3 + a) // 4 for b, a in zip(background, accent, strict=True))
    for y in range(height * 11 // 20, height * 4 // 5, 24):
        for x in range(margin, width - margin + 1, 24):
            draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=shade)


def wrapped(text: str, font, width: int, draw: ImageDraw.ImageDraw) -> list[str]:
    """The text cut into lines no wider than ``width``, between words."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
