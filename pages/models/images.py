from django.conf import settings
from django.db import OperationalError, models, transaction
from psycopg.errors import DeadlockDetected
from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError

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

    def create_renditions(self, *filters):
        """Wagtail's, tried once more when PostgreSQL broke a deadlock by cancelling it: two
        requests inserting the same renditions in different orders (every page showing an
        image asks at once after its file is replaced). The second try finds what the other
        request inserted, and the page is drawn instead of failing."""
        if not filters:  # Wagtail asks even when every rendition was found
            return {}
        self.refuse_public_copies()
        try:
            with transaction.atomic():
                return super().create_renditions(*filters)
        except OperationalError as error:
            if not isinstance(error.__cause__, DeadlockDetected):
                raise
            return super().create_renditions(*filters)

    def create_rendition(self, filter):
        """Wagtail's, but an image of a collection restricted to signed-in people (a person's
        photo, a logo awaiting review) gets no rendition: a rendition is a public file under
        ``/media/images/``. Its bytes leave only through its app's access-checked view; the
        admin shows it as missing. (``create_renditions`` checks too, before Wagtail draws
        several in threads, which have database connections of their own.)"""
        self.refuse_public_copies()
        return super().create_rendition(filter)

    def refuse_public_copies(self) -> None:
        if self.is_restricted():
            raise SourceImageIOError("An image of a restricted collection has no public copy.")

    def is_restricted(self) -> bool:
        """Whether the image's collection, or one above it, is restricted."""
        return self.collection.get_view_restrictions().exists()

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
