"""The demo's profile photos: a person's initials on a coloured square, drawn here, never a
picture of anyone. Each goes through the members' own upload path (``photos.cleaned_photo``
then ``photos.store``), so the demo's photos are checked, redrawn and kept as real ones are."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont

from people import photos

SIZE = 480
# Background colours, with white initials readable on each.
COLOURS = ("#1f5f8b", "#8b3a1f", "#2e7d4f", "#6a3d9a", "#9a6a00", "#b0325f")


def initials_picture(initials: str, colour: str) -> bytes:
    """A PNG of ``initials`` centred in white on ``colour``."""
    picture = Image.new("RGB", (SIZE, SIZE), colour)
    drawing = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=SIZE // 3)
    drawing.text((SIZE / 2, SIZE / 2), initials, fill="white", font=font, anchor="mm")
    drawn = io.BytesIO()
    picture.save(drawn, "PNG")
    return drawn.getvalue()


def give_portrait(profile, index: int) -> None:
    """Upload ``profile``'s initials as their photo, as their form would."""
    upload = SimpleUploadedFile(
        "portrait.png", initials_picture(profile.initials, COLOURS[index % len(COLOURS)])
    )
    profile.replace_photo(photos.store(photos.cleaned_photo(upload)))
