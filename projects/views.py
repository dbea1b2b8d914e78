"""The list of European projects, served by ``ProjectIndexPage``'s route."""

from django.template.response import TemplateResponse

from pages.listing import paginate
from projects.filters import project_filters
from projects.models import ProjectPage
from themes.listing import listed_themes

PER_PAGE = 12


def project_list(request, page):
    filters = project_filters(request.GET)
    projects = filters.apply(ProjectPage.objects.child_of(page).for_listing()).ongoing_first()
    listing = paginate(projects, request.GET.get("page"), PER_PAGE)
    for project in listing:
        # The themes offered are all those visible projects have: a project's are among them.
        project.listed_themes = listed_themes(project, filters.themes)
    context = page.get_context(request)
    context.update(filters=filters, listing=listing)
    return TemplateResponse(request, "projects/project_index_page.html", context)
