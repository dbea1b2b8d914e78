# Efus website: gunicorn behind a reverse proxy that terminates HTTPS.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY pyproject.toml deploy/build.sh ./
RUN sh build.sh dependencies
COPY . .
RUN sh deploy/build.sh assets

FROM python:3.11-slim-bookworm
ENV PATH="/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=efus_site.settings.production \
    PORT=8000 \
    MEDIA_ROOT=/data/media
RUN useradd --create-home --uid 10001 efus && mkdir -p /data/media && chown 10001:10001 /data/media
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=10001:10001 /app /app
USER 10001
EXPOSE 8000
VOLUME ["/data/media"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["python", "deploy/healthcheck.py"]
CMD ["sh", "deploy/start.sh"]
