"""Demo members: national forums, authorities, the directory and join pages."""

from members.demo.builder import build_demo_members

__all__ = ["build_demo_members"]
