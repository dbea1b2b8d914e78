"""The members app's models: the network (forums, authorities, accounts, the directory and
joining: ``network.py``) and the changes an authority's people propose to its public profile
(``proposals.py``)."""

from members.models.network import (
    CITY_LANGUAGES,
    FOUNDING_YEAR,
    JoinApplication,
    JoinPage,
    Kind,
    MemberAccount,
    MemberAuthority,
    MemberDirectoryPage,
    NationalForum,
)
from members.models.proposals import ProfileProposal

__all__ = [
    "CITY_LANGUAGES",
    "FOUNDING_YEAR",
    "JoinApplication",
    "JoinPage",
    "Kind",
    "MemberAccount",
    "MemberAuthority",
    "MemberDirectoryPage",
    "NationalForum",
    "ProfileProposal",
]
