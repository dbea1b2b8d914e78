"""Renditions already made of images in restricted collections (a person's photo shown in
the admin) are public files: delete them and their files."""

from django.db import migrations


def delete_public_copies(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    SiteRendition = apps.get_model("pages", "SiteRendition")
    restricted_paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    restricted = {
        collection.pk
        for path in restricted_paths
        for collection in Collection.objects.filter(path__startswith=path)
    }
    for rendition in SiteRendition.objects.filter(image__collection__in=restricted):
        rendition.file.delete(save=False)
        rendition.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0006_translation_status_reference"),
    ]

    operations = [migrations.RunPython(delete_public_copies, migrations.RunPython.noop)]
