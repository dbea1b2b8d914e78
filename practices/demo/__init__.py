"""The demo practice exchange: the practices page and sixty practices at every stage of their
review (``builder.build_demo_practices``, in ``DEMO_CONTENT_BUILDERS``), and the stories the
bulk loader tells again (``stories``, ``texts``)."""
