"""StreamField blocks for the editorial pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    source = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an outside address, with its own label."""

    label = blocks.CharBlock(max_length=100)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Choose either a page or an address, not both.")}
            )
        return value

    class Meta:
        icon = "link"
        template = "components/blocks/link.html"


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from its host until the visitor asks for it."""

    title = blocks.CharBlock(max_length=200)
    embed_url = blocks.URLBlock(
        help_text=_("The player's address, e.g. https://www.youtube-nocookie.com/embed/ID")
    )
    poster = ImageChooserBlock()
    host_name = blocks.CharBlock(max_length=60, default="YouTube")

    class Meta:
        icon = "media"
        template = "components/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        max_length=200, form_classname="title", template="components/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"]
    )
    image = ImageBlock()
    quote = QuoteBlock()
    link = LinkBlock()
    video = VideoBlock()
