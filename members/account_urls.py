"""The members' pages, under /<language>/account/. None of them may be cached."""

from django.urls import path
from django.views.decorators.cache import never_cache

from members import account_views as views

urlpatterns = [
    path("", never_cache(views.home), name="account_home"),
    path("login/", never_cache(views.SignInView.as_view()), name="account_login"),
    path("logout/", never_cache(views.SignOutView.as_view()), name="account_logout"),
    path(
        "password-reset/",
        never_cache(views.PasswordResetView.as_view()),
        name="account_password_reset",
    ),
    path(
        "password-reset/sent/",
        never_cache(views.PasswordResetSentView.as_view()),
        name="account_password_reset_sent",
    ),
    path(
        "set-password/<uidb64>/<token>/",
        never_cache(views.SetPasswordView.as_view()),
        name="account_set_password",
    ),
    path("authority/", never_cache(views.authority_profile), name="account_authority"),
    path(
        "authority/proposals/<int:pk>/logo/",
        never_cache(views.proposed_logo),
        name="account_proposed_logo",
    ),
    path("authority/colleagues/", never_cache(views.colleagues), name="account_colleagues"),
    path(
        "password-change/",
        never_cache(views.PasswordChangeView.as_view()),
        name="account_password_change",
    ),
]
