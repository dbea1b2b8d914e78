"""The people in the members' area, under /<language>/account/: a person's own profile and the
people directory. None of these pages may be cached; a photo is kept by its reader's browser
only (``people.photos``)."""

from django.urls import path
from django.views.decorators.cache import never_cache

from people import account_views as views

app_name = "people"

urlpatterns = [
    path("profile/", never_cache(views.profile), name="profile"),
    path("people/", never_cache(views.directory), name="directory"),
    path("people/<int:pk>/", never_cache(views.person), name="person"),
    path("people/<int:pk>/photo/<int:photo_id>/", views.photo, name="photo"),
]
