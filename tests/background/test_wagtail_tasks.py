"""Wagtail's own background tasks go to the same database backend and the same worker."""

import pytest
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from efus_site.settings import base
from pages.factories import ImageFactory
from tests.background.conftest import run_worker

pytestmark = pytest.mark.django_db


def test_every_environment_but_the_tests_sends_tasks_to_the_database():
    assert base.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_wagtails_reference_index_is_updated_by_the_worker(site_tree, mail_server):
    image = ImageFactory()
    home = site_tree.home
    home.listing_image = image
    home.save_revision().publish()
    paths = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert "wagtail.tasks.update_reference_index_task" in paths
    assert not ReferenceIndex.get_references_to(image).exists()
    run_worker()
    assert ReferenceIndex.get_references_to(image).exists()
