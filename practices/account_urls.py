"""The practices of a member's authority, in the members' area: /<language>/account/practices/.
None of these pages may be cached."""

from django.urls import path
from django.views.decorators.cache import never_cache

from practices import account_views as views

app_name = "practices"

urlpatterns = [
    path("", never_cache(views.practice_list), name="list"),
    path("<int:pk>/", never_cache(views.edit), name="edit"),
]
