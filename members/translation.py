"""Fields of the members app translated into every language (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from members.models import (
    JoinApplication,
    JoinPage,
    MemberAccount,
    MemberAuthority,
    MemberDirectoryPage,
    NationalForum,
)


@register(NationalForum)
class NationalForumTranslation(TranslationOptions):
    fields = ("name", "description")


@register(MemberAuthority)
class MemberAuthorityTranslation(TranslationOptions):
    fields = ("city", "description")


@register(MemberDirectoryPage)
class MemberDirectoryPageTranslation(TranslationOptions):
    fields = ()


@register(JoinPage)
class JoinPageTranslation(TranslationOptions):
    fields = ("conditions", "benefits", "thank_you")


@register(JoinApplication)
class JoinApplicationTranslation(TranslationOptions):
    fields = ()


@register(MemberAccount)
class MemberAccountTranslation(TranslationOptions):
    fields = ()
