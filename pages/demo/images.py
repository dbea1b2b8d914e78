"""Images for the demo content, drawn with Pillow from a fixed seed (no downloads)."""

import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw

from pages.models import SiteImage

BLUE = (11, 60, 111)
NIGHT = (7, 42, 79)
ACCENT = (179, 38, 30)
DUSK = (240, 164, 98)


def skyline(width: int, height: int, seed: int) -> PillowImage.Image:
    """A city skyline at dusk: a sky gradient and rows of buildings with lit windows."""
    rng = random.Random(seed)  # noqa: S311 - decorative randomness
    image = PillowImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(NIGHT[i] * (1 - t) + DUSK[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for layer, shade in ((0.45, BLUE), (0.3, NIGHT)):
        x = 0
        while x < width:
            building_width = rng.randint(width // 20, width // 8)
            top = int(height * (1 - layer) - rng.randint(0, int(height * layer * 0.9)))
            draw.rectangle([x, top, x + building_width, height], fill=shade)
            for wy in range(top + 12, height - 12, 22):
                for wx in range(x + 8, x + building_width - 8, 18):
                    if rng.random() < 0.35:
                        draw.rectangle([wx, wy, wx + 7, wy + 10], fill=(255, 214, 130))
            x += building_width + rng.randint(0, 12)
    return image


def badge(width: int, height: int, text: str) -> PillowImage.Image:
    image = PillowImage.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([4, 4, width - 4, height - 4], radius=24, outline=BLUE, width=8)
    draw.text((width // 2, height // 2), text, fill=BLUE, anchor="mm", font_size=height // 3)
    return image


def portrait(size: int, initials: str, seed: int) -> PillowImage.Image:
    rng = random.Random(seed)  # noqa: S311 - decorative randomness
    background = rng.choice([BLUE, NIGHT, ACCENT, (46, 94, 74), (88, 60, 120)])
    image = PillowImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    draw.text(
        (size // 2, size // 2), initials, fill=(255, 255, 255), anchor="mm", font_size=size // 3
    )
    return image


def save_image(title: str, picture: PillowImage.Image, alt_text: dict[str, str]) -> SiteImage:
    """Store a drawn picture through Wagtail's image storage, once per title."""
    image = SiteImage.objects.filter(title=title).first()
    if image is None:
        buffer = BytesIO()
        picture.save(buffer, format="JPEG", quality=85)
        filename = title.lower().replace(" ", "-") + ".jpg"
        image = SiteImage(title=title, file=ImageFile(buffer, name=filename))
    for language, text in alt_text.items():
        setattr(image, f"description_{language}", text)
    image.save()
    return image
