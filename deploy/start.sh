#!/bin/sh
# Start one app instance: gunicorn on $PORT. Migrations run once per release, before
# the instances start (`python manage.py migrate --noinput`), not here.
#
# The request line may be as long as nginx lets through (8 kB: deploy/nginx.conf's
# large_client_header_buffers; 8190 is gunicorn's largest), so that a URL nginx accepts
# is answered by the app, not refused by gunicorn. The access log starts with the client's
# address as the proxy passes it (X-Forwarded-For, one address), not the proxy's own.
set -eu
exec gunicorn efus_site.wsgi:application \
    --bind "${BIND_ADDRESS:-0.0.0.0}:${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-3}" \
    --limit-request-line 8190 \
    --access-logfile - \
    --access-logformat '%({x-forwarded-for}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"' \
    --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}"
