#!/bin/sh
# Build steps of the production image, also run in a fresh virtualenv by the tests.
#   deploy/build.sh dependencies   the virtualenv with the pinned dependencies
#   deploy/build.sh assets         static files collected, translations compiled
set -eu
VENV="${VENV:-/venv}"
case "${1:-}" in
dependencies)
    python -m venv "$VENV"
    "$VENV/bin/pip" install --no-cache-dir --quiet .
    ;;
assets)
    DJANGO_SETTINGS_MODULE=efus_site.settings.production \
    SECRET_KEY=only-for-collectstatic \
    DATABASE_URL=postgres://unused@localhost/unused \
        "$VENV/bin/python" manage.py collectstatic --noinput --verbosity 0
    "$VENV/bin/pybabel" compile --domain=django --directory=locale --statistics
    ;;
*)
    echo "usage: $0 dependencies|assets" >&2
    exit 2
    ;;
esac
