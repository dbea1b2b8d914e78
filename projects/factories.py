"""Factories for the projects app: the projects page, projects and their partners."""

import datetime

import factory
from django.utils import timezone

from pages.factories import BasePageFactory, in_written_languages
from projects import models


class ProjectIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.ProjectIndexPage

    class Params:
        name = "Projects"


class ProjectPageFactory(BasePageFactory):
    """An ongoing Internal Security Fund project of two years, which started a year ago."""

    class Meta:
        model = models.ProjectPage
        skip_postgeneration_save = True

    class Params:
        name = factory.Sequence(lambda n: f"Project {n}")

    acronym = factory.Sequence(lambda n: f"PRJ{n}")
    programme = models.ProjectPage.Programme.ISF
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=365))
    end_date = factory.LazyAttribute(lambda obj: obj.start_date + datetime.timedelta(days=730))
    budget = 1_000_000
    eu_contribution = 800_000
    locals().update(
        in_written_languages(
            "body",
            lambda obj, code: [{"type": "paragraph", "value": f"<p>About {obj.name} [{code}]</p>"}],
        )
    )

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.themes.commit()

    @factory.post_generation
    def outcomes(self, create, extracted, **kwargs):
        if extracted:
            self.outcomes.set(extracted)
            self.outcomes.commit()


class ProjectPartnerFactory(factory.django.DjangoModelFactory):
    """A partner that is not a member authority, named with its country."""

    class Meta:
        model = models.ProjectPartner

    project = factory.SubFactory(ProjectPageFactory)
    role = models.ProjectPartner.Role.PARTNER
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    country = "BE"
