from .base import BasePage, BlankTranslationsAsNull
from .editorial import (
    AboutPage,
    ActivitiesPage,
    Commitment,
    ContactPage,
    GovernancePage,
    HomePage,
    InternationalPage,
    InternationalStatus,
    ManifestoPage,
    Objective,
    Service,
    TeamMember,
    TeamPage,
)
from .images import SiteImage, SiteRendition
from .site_settings import SiteSettings
from .translation_statuses import TranslationStatus

__all__ = [
    "AboutPage",
    "ActivitiesPage",
    "BasePage",
    "BlankTranslationsAsNull",
    "Commitment",
    "ContactPage",
    "GovernancePage",
    "HomePage",
    "SiteImage",
    "InternationalPage",
    "InternationalStatus",
    "ManifestoPage",
    "Objective",
    "SiteRendition",
    "Service",
    "SiteSettings",
    "TeamMember",
    "TeamPage",
    "TranslationStatus",
]
