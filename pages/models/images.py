from django.conf import settings
from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition

ALT_TEXT_FIELDS = tuple(f"description_{code}" for code, _name in settings.LANGUAGES)


class SiteImage(AbstractImage):
    """Wagtail's image, its alt text (``description``) translated into every language."""

    admin_form_fields = (
        "title",
        "file",
        *ALT_TEXT_FIELDS,
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
