"""What staff see in the admin's choosers and APIs: only what their permissions allow.

Wagtail's own listings already follow each model's permission policy (collection by
collection for documents and images). Its snippet choosers and the admin API of documents and
images do not: they answer any account that reaches the admin, with every row. These classes
take their place (the apps' snippet viewsets name ``PermissionCheckedChooserViewSet``,
``wagtail_hooks`` registers the API endpoints).
"""

from django.core.exceptions import PermissionDenied
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser

# Any one of them lets a person see a model's rows in the admin.
SEEING_ACTIONS = ["add", "change", "delete", "view"]
# A document or an image is seen by those who may choose it or edit it.
COLLECTION_ACTIONS = ["choose", "change"]


class ModelPermissionRequired:
    """A chooser view for people with a permission on its model; others are refused."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, SEEING_ACTIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ModelPermissionRequired, chooser.ChooseView):
    pass


class ChooseResultsView(ModelPermissionRequired, chooser.ChooseResultsView):
    pass


class ChosenView(ModelPermissionRequired, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ModelPermissionRequired, chooser.SnippetChosenMultipleView):
    pass


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    """A snippet's chooser, which lists its rows only to people with a permission on the
    model (a group that links pages to publications needs to view publications)."""

    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView


def permitted(queryset, user):
    """The documents or images of ``queryset`` that ``user`` may choose or edit."""
    policy = policy_registry.get_by_type(queryset.model)
    allowed = policy.instances_user_has_any_permission_for(user, COLLECTION_ACTIONS)
    return queryset.filter(pk__in=allowed.values("pk"))


class PermittedDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    model = get_document_model()

    def get_queryset(self):
        return permitted(super().get_queryset(), self.request.user)


class PermittedImagesAPIViewSet(ImagesAdminAPIViewSet):
    model = get_image_model()

    def get_queryset(self):
        return permitted(super().get_queryset(), self.request.user)


def register_permitted_api_endpoints(router) -> None:
    """In place of Wagtail's ``documents`` and ``images`` endpoints of the admin API."""
    router.register_endpoint("documents", PermittedDocumentsAPIViewSet)
    router.register_endpoint("images", PermittedImagesAPIViewSet)
