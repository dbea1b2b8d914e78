"""The demo working groups (``build_demo_groups``, in ``DEMO_CONTENT_BUILDERS`` after the
practices, whose builder makes the member accounts the groups' members are)."""

from groups.demo.builder import build_demo_groups

__all__ = ["build_demo_groups"]
