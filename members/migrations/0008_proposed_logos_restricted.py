"""Logos waiting for staff's decision leave the public collection "Member logos" for the
restricted "Proposed logos", and lose the renditions (public files) the review screen made
of them."""

from django.db import migrations

PROPOSED_LOGOS_COLLECTION = "Proposed logos"


def restrict_waiting_logos(apps, schema_editor):
    ProfileProposal = apps.get_model("members", "ProfileProposal")
    MemberAuthority = apps.get_model("members", "MemberAuthority")
    SiteImage = apps.get_model("pages", "SiteImage")
    SiteRendition = apps.get_model("pages", "SiteRendition")
    waiting = (
        ProfileProposal.objects.filter(status="pending", logo__isnull=False)
        .exclude(logo__in=MemberAuthority.objects.filter(logo__isnull=False).values("logo"))
        .values_list("logo", flat=True)
    )
    logos = SiteImage.objects.filter(pk__in=list(waiting))
    if not logos.exists():
        return
    # The collections are a tree that only the real model knows how to grow.
    from pages.uploads import collection

    logos.update(collection_id=collection(PROPOSED_LOGOS_COLLECTION, restricted=True).pk)
    for rendition in SiteRendition.objects.filter(image__in=logos):
        rendition.file.delete(save=False)
        rendition.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0007_profile_proposals_and_contacts"),
        ("pages", "0006_translation_status_reference"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict_waiting_logos, migrations.RunPython.noop)]
