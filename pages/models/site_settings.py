from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

SOCIAL_NETWORKS = [
    ("linkedin", "LinkedIn"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("x", "X"),
    ("youtube", "YouTube"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
]


class SocialLinkValue(blocks.StructValue):
    def network_name(self) -> str:
        return dict(SOCIAL_NETWORKS)[self["network"]]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock()

    class Meta:
        value_class = SocialLinkValue


class LabelBlock(blocks.StructBlock):
    """A quality label or distinction the organisation holds, shown in the footer."""

    name = blocks.CharBlock(max_length=100)
    logo = ImageChooserBlock()
    url = blocks.URLBlock(required=False)


def default_organisation_name() -> str:
    """The organisation's name in the active language (each translated column's own)."""
    return gettext("European Forum for Urban Security")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the footer and the contact page say, edited under Settings in the admin."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=200, default=default_organisation_name
    )
    address = models.TextField(_("postal address"))
    email = models.EmailField(_("contact email"))
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    map_url = models.URLField(
        _("map link"), blank=True, help_text=_("Opened in a new page when a visitor asks for it.")
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)
    labels = StreamField([("label", LabelBlock())], blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("map_url"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("social_links"),
        FieldPanel("labels"),
    ]

    class Meta:
        verbose_name = _("site settings")
