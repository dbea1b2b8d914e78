"""The demo's people (``builder.build_demo_people``, in ``DEMO_CONTENT_BUILDERS``)."""

from people.demo.builder import build_demo_people

__all__ = ["build_demo_people"]
