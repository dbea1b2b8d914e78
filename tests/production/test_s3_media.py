"""With a bucket configured, media go to S3-compatible storage (a stand-in S3 here):
images are linked with signed URLs, documents are streamed through the app."""

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from pages.factories import ImageFactory


def stored_keys(s3) -> list[str]:
    listing = s3.list_objects_v2(Bucket=settings.AWS_STORAGE_BUCKET_NAME)
    return [item["Key"] for item in listing.get("Contents", [])]


def test_images_and_renditions_are_stored_in_the_bucket_and_signed(client, site_tree, s3_media):
    home = site_tree.home
    home.hero_image = ImageFactory()
    home.save_revision().publish()
    html = client.get(home.url_in("en").removeprefix("http://localhost")).content.decode()
    keys = stored_keys(s3_media)
    assert any(key.startswith("original_images/") for key in keys)
    assert any(key.startswith("images/") and key.endswith(".avif") for key in keys)
    assert f"https://{settings.AWS_STORAGE_BUCKET_NAME}.s3" in html
    assert "X-Amz-Signature=" in html


def test_documents_in_the_bucket_are_streamed_through_the_app(client, db, s3_media):
    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4 report", name="report.pdf")
    )
    assert any(key.startswith("documents/") for key in stored_keys(s3_media))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 report"
    assert not document.url.startswith("https://")
