#!/bin/sh
# Start one app instance: gunicorn on $PORT. Migrations run once per release, before
# the instances start (`python manage.py migrate --noinput`), not here.
set -eu
exec gunicorn efus_site.wsgi:application \
    --bind "${BIND_ADDRESS:-0.0.0.0}:${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-3}" \
    --access-logfile - \
    --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}"
