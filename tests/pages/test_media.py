"""Images come as AVIF/WebP with srcset, and nothing loads from a third party."""

import re

import pytest
from wagtail.blocks import StreamValue

from pages.factories import ImageFactory

EXTERNAL_RESOURCE = re.compile(
    r'<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|srcset|href)="(?:https?:)?//'
    r'(?!localhost|testserver)[^"]+"'
)


def path_of(page, language="en"):
    return page.url_in(language).removeprefix("http://localhost")


def test_images_are_served_as_avif_and_webp_with_srcset(client, site_tree):
    html = client.get(path_of(site_tree.home)).content.decode()
    for image_format in ("avif", "webp"):
        candidates = rf'[^"]+\.{image_format} 480w, [^"]+\.{image_format} 640w, [^"]+ 800w'
        assert re.search(
            rf'<source [^>]*srcset="{candidates}[^>]+type="image/{image_format}"', html
        )


def test_alt_text_follows_the_visitors_language(client, site_tree):
    image = site_tree.home.hero_image
    french = client.get(path_of(site_tree.home, "fr")).content.decode()
    assert f'alt="{image.description_fr}"' in french
    german = client.get(path_of(site_tree.home, "de")).content.decode()
    assert f'alt="{image.description_en}"' in german


def test_video_loads_nothing_from_its_host_until_asked(client, site_tree):
    about = site_tree.about
    about.body_en = StreamValue(
        about.body_en.stream_block,
        [
            (
                "video",
                {
                    "title": "Who we are",
                    "embed_url": "https://www.youtube-nocookie.com/embed/abc",
                    "poster": ImageFactory(),
                    "host_name": "YouTube",
                },
            )
        ],
    )
    about.save_revision().publish()
    html = client.get(path_of(about)).content.decode()
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/abc"' in html
    assert "<iframe" not in html
    assert "Nothing is loaded from YouTube before you press play" in html
    assert not EXTERNAL_RESOURCE.search(html)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_page_requests_anything_from_a_third_party(client, site_tree, language):
    for page in site_tree.all_pages():
        html = client.get(path_of(page, language)).content.decode()
        assert not EXTERNAL_RESOURCE.search(html), page
