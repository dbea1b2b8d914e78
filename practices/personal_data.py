"""What the practices app holds about a person (``privacy.registry``): the contact person a
practice names. The practice itself is its authority's: erasing the person unlinks them."""

from privacy.registry import PersonalData, declare


def unlink_contact(rows) -> None:
    rows.update(contact=None)


declare(
    PersonalData(
        "practices.Practice",
        address="contact__user__email",
        fields=("slug", "authority__name"),
        erase=unlink_contact,
    ),
)
