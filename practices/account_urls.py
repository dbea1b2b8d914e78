"""The practices of a member's authority, in the members' area: /<language>/account/practices/.
None of these pages may be cached."""

from django.urls import path
from django.views.decorators.cache import never_cache

from practices import account_views as views

app_name = "practices"

urlpatterns = [
    path("", never_cache(views.practice_list), name="list"),
    path("new/", never_cache(views.new), name="new"),
    path("<int:pk>/", never_cache(views.edit), name="edit"),
    path(
        "<int:pk>/translations/<str:language>/",
        never_cache(views.translate),
        name="translate",
    ),
    path("<int:pk>/files/", never_cache(views.files), name="files"),
    path(
        "<int:pk>/files/<str:kind>/<int:file_id>/remove/",
        never_cache(views.remove_file),
        name="remove_file",
    ),
    path("<int:pk>/preview/", never_cache(views.preview), name="preview"),
    path("<int:pk>/submit/", never_cache(views.submit), name="submit"),
    path("<int:pk>/withdraw/", never_cache(views.withdraw), name="withdraw"),
]
