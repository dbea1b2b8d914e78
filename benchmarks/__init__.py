"""The measured performance gates: `make bench`, `make lighthouse` and `make soak`.

Each script serves the site as in production (gunicorn, production settings) from its own
database, `efus_bench`, and writes its results into its section of docs/benchmarks.md.
"""
