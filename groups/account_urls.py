"""A member's working groups in the members' area: /<language>/account/groups/. None of these
pages may be cached."""

from django.urls import path
from django.views.decorators.cache import never_cache

from groups import account_views as views

app_name = "groups"

urlpatterns = [
    path("", never_cache(views.mine), name="mine"),
    path("requests/<int:pk>/<slug:decision>/", never_cache(views.decide), name="decide"),
    path("emails/stop/<str:token>/", never_cache(views.stop_emails), name="stop"),
]
