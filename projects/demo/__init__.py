"""Demo European projects, and the projects page."""

from projects.demo.builder import build_demo_projects

__all__ = ["build_demo_projects"]
