"""Every page of the people in the members' area is valid HTML: the profile (empty, with a
photo, with errors), the directory (filtered, empty), a person's page and the refusal."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from members.models import MemberAuthority
from tests.browser.test_html_validity import JAVA, VNU, describe, is_error, run_vnu
from tests.people.conftest import image_bytes, url


@pytest.mark.skipif(
    JAVA is None or not VNU.exists(), reason="HTML checks skipped: java or vnu.jar is missing"
)
def test_every_people_page_is_valid_html(signed_in, member, giulia, youth, media, tmp_path):
    photo = SimpleUploadedFile("me.png", image_bytes())
    answers = {
        "home": signed_in.get(reverse("account_home")),
        "profile-new": signed_in.get(url("profile", "fr")),
        "profile-errors": signed_in.post(
            url("profile"), {"first_name": "", "last_name": "Martin", "languages": ["xx"]}
        ),
    }
    signed_in.post(
        url("profile"),
        {"first_name": "Ana", "last_name": "Martin", "new_photo": photo, "listed": "on"},
    )
    answers["profile-photo"] = signed_in.get(url("profile"))
    answers["directory"] = signed_in.get(url("directory", "de") + "?theme=nightlife")
    answers["directory-empty"] = signed_in.get(url("directory") + "?q=nobody")
    answers["person"] = signed_in.get(url("person", pk=giulia.pk))
    answers["own"] = signed_in.get(url("person", pk=member.profile.pk))
    MemberAuthority.objects.filter(pk=member.authority_id).update(status="former")
    answers["refused"] = signed_in.get(url("directory"))

    files = []
    for name, response in answers.items():
        assert response.status_code in (200, 403), name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors = [message for message in run_vnu(files) if is_error(message)]
    assert not errors, "vnu found HTML errors:\n" + "\n".join(map(describe, errors))
