"""Serving the site for a benchmark: the bench database, gunicorn, nginx and the tools."""

import atexit
import contextlib
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BENCH_DIR = ROOT / "var" / "bench"
MEDIA_ROOT = BENCH_DIR / "media"
# Each run creates, fills and drops a database of its own, named for the run: it cannot be one
# that exists already, so a benchmark never destroys data it did not make.
BENCH_DATABASE = f"efus_bench_{secrets.token_hex(6)}"
# The cached configuration's Redis database, emptied when a cached server starts.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
WORKERS = 2
SECRET_KEY = secrets.token_urlsafe(50)
DEBIAN_PACKAGES = ("wrk", "nginx")
STARTUP_SECONDS = 60

NGINX_CONFIG = """\
worker_processes {workers};
daemon off;
pid {directory}/nginx.pid;
error_log stderr;
events {{
    worker_connections 1024;
}}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {directory}/client_body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
{servers}
}}
"""
MIME_TYPES = Path("/etc/nginx/mime.types")
DEPLOY_NGINX = ROOT / "deploy" / "nginx.conf"


@dataclass(frozen=True)
class Configuration:
    """How the site caches pages: the environment gunicorn is started with."""

    label: str
    env: dict[str, str] = field(default_factory=dict)


UNCACHED = Configuration("uncached", {"PAGE_CACHE_SECONDS": "0"})
CACHED = Configuration("cached", {"PAGE_CACHE_SECONDS": "300", "REDIS_URL": REDIS_URL})


@dataclass(frozen=True)
class BenchSite:
    """The site on the bench database, as visitors reach it at ``base_url``."""

    database_url: str
    public_port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.public_port}"

    def env(self, configuration: Configuration = UNCACHED) -> dict[str, str]:
        env = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE="efus_site.settings.production",
            SECRET_KEY=SECRET_KEY,
            DATABASE_URL=self.database_url,
            ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
            MEDIA_ROOT=str(MEDIA_ROOT),
            WAGTAILADMIN_BASE_URL=self.base_url,
            LOG_LEVEL="WARNING",
            SECURE_SSL_REDIRECT="false",
        )
        env.update(configuration.env)
        return env

    def manage(self, *args: str) -> None:
        command = [sys.executable, "manage.py", *args]
        subprocess.run(command, cwd=ROOT, env=self.env(), stdout=subprocess.DEVNULL, check=True)

    def run_json(self, module: str, argument: object = None) -> object:
        """What the benchmark script ``module`` prints as JSON, run against this site (its
        settings and database) with ``argument`` given as JSON."""
        command = [sys.executable, "-m", module, json.dumps(argument)]
        completed = subprocess.run(
            command, cwd=ROOT, env=self.env(), stdout=subprocess.PIPE, text=True, check=True
        )
        return json.loads(completed.stdout)


def stop_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so that the servers started here are stopped too."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def say(message: str) -> None:
    print(f"» {message}", flush=True)


def require(command: str) -> str:
    """The path of ``command`` (wrk or nginx), installing the packages when it is missing."""
    if shutil.which(command) is None:
        install_debian_packages(DEBIAN_PACKAGES)
    path = shutil.which(command) or shutil.which(command, path="/usr/sbin:/usr/bin")
    if path is None:
        raise SystemExit(f"{command} is needed: install the Debian package {command}.")
    return path


def install_debian_packages(packages: tuple[str, ...]) -> None:
    apt_get = shutil.which("apt-get")
    if apt_get is None:
        raise SystemExit(f"Install {', '.join(packages)} first (apt-get is not available).")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    say(f"Installing {', '.join(packages)}")
    install = [apt_get, "install", "-y", "--no-install-recommends", *packages]
    if subprocess.run(install, env=env, check=False).returncode != 0:
        subprocess.run([apt_get, "update"], env=env, check=True)
        subprocess.run(install, env=env, check=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_server_url() -> str:
    """The server the benchmarks work on: BENCH_DATABASE_URL's, or else the project's embedded
    PostgreSQL (started if it is not running). Never DATABASE_URL's: that one holds real data."""
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    from efus_site.embedded_db import embedded_database_settings

    settings = embedded_database_settings()
    return (
        f"postgres://{settings['USER']}@/{settings['NAME']}"
        f"?host={settings['HOST']}&port={settings['PORT']}"
    )


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def recreate_database(name: str) -> str:
    """This run's database ``name``, empty, on the bench server (dropped when the run ends);
    returns its URL."""
    with server_connection() as server:
        database = sql.Identifier(name)
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
        server.execute(sql.SQL("CREATE DATABASE {}").format(database))
    atexit.unregister(drop_database)
    atexit.register(drop_database, name)
    return with_database(database_server_url(), name)


def drop_database(name: str) -> None:
    with server_connection() as server:
        server.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def server_connection() -> psycopg.Connection:
    return psycopg.connect(with_database(database_server_url(), "postgres"), autocommit=True)


def postgres_version() -> str:
    with psycopg.connect(database_server_url()) as connection:
        return connection.execute("SHOW server_version").fetchone()[0]


def prepare_site(fill: Callable[[BenchSite], None], public_port: int) -> BenchSite:
    """A fresh bench database, migrated and filled by ``fill``, and the collected static files."""
    say(f"Creating the database {BENCH_DATABASE} and migrating it")
    site = BenchSite(recreate_database(BENCH_DATABASE), public_port)
    shutil.rmtree(MEDIA_ROOT, ignore_errors=True)
    MEDIA_ROOT.mkdir(parents=True)
    site.manage("migrate", "--noinput")
    say(f"Loading the dataset ({fill.__name__})")
    fill(site)
    site.manage("collectstatic", "--noinput")
    return site


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """Status and body of a GET with ``headers``, without following redirects."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def fetch(url: str, headers: dict[str, str] | None = None) -> bytes:
    status, body = get(url, headers)
    if status != 200:
        raise RuntimeError(f"{url} answered {status} instead of 200")
    return body


def flush_redis(url: str) -> None:
    """Empty the Redis database of ``url``, so that no page cached by an earlier run is served."""
    parts = urlsplit(url)
    commands = f"SELECT {parts.path.strip('/') or 0}\r\nFLUSHDB\r\n".encode()
    with socket.create_connection((parts.hostname, parts.port or 6379), timeout=5) as connection:
        connection.sendall(commands)
        replies = b""
        while replies.count(b"\r\n") < 2:
            replies += connection.recv(1024)
    if replies != b"+OK\r\n+OK\r\n":
        raise RuntimeError(f"Redis refused to flush {url}: {replies!r}")


@contextlib.contextmanager
def running(command: list[str], log: IO, env: dict[str, str] | None = None) -> Iterator:
    """Run ``command`` for the duration of the block, and stop it however the block ends."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_answering(url: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited:\n{log_path.read_text()[-3000:]}")
        try:
            get(url)
        except OSError:
            time.sleep(0.2)
        else:
            return
    raise RuntimeError(f"{url} did not answer within {STARTUP_SECONDS} s")


@contextlib.contextmanager
def gunicorn(
    site: BenchSite, configuration: Configuration, port: int | None = None, name: str = ""
) -> Iterator[str]:
    """The site under gunicorn with production settings; yields its base URL."""
    port = port or site.public_port
    if "REDIS_URL" in configuration.env:
        flush_redis(configuration.env["REDIS_URL"])
    command = [
        str(BIN / "gunicorn"),
        "efus_site.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={WORKERS}",
        "--no-control-socket",
    ]
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    log_path = BENCH_DIR / f"gunicorn-{name or configuration.label}.log"
    say(f"Starting gunicorn ({configuration.label}) on port {port}")
    with log_path.open("w") as log, running(command, log, site.env(configuration)) as process:
        base_url = f"http://127.0.0.1:{port}"
        wait_until_answering(f"{base_url}/robots.txt", process, log_path)
        yield base_url


@contextlib.contextmanager
def nginx(port: int, servers: str) -> Iterator[str]:
    """nginx with the ``servers`` blocks, one of them on ``port``; yields that base URL."""
    with tempfile.TemporaryDirectory(prefix="efus-nginx-") as directory:
        config = Path(directory) / "nginx.conf"
        config.write_text(
            NGINX_CONFIG.format(
                workers=WORKERS, directory=directory, mime_types=MIME_TYPES, servers=servers
            )
        )
        command = [require("nginx"), "-p", directory, "-c", str(config), "-e", "stderr"]
        log_path = Path(directory) / "output.log"
        with log_path.open("w") as log, running(command, log) as process:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_answering(f"{base_url}/", process, log_path)
            yield base_url


def static_files_server(port: int, root: Path) -> str:
    return f"server {{\n    listen 127.0.0.1:{port};\n    root {root};\n}}"


@contextlib.contextmanager
def production_proxy(port: int, app_ports: list[int]) -> Iterator[str]:
    """nginx configured as in production (deploy/nginx.conf) in front of the app instances."""
    with tempfile.TemporaryDirectory(prefix="efus-proxy-cache-") as cache_directory:
        Path(cache_directory).chmod(0o777)
        servers = production_proxy_server(port, app_ports, Path(cache_directory))
        with nginx(port, servers) as base_url:
            yield base_url


def production_proxy_server(port: int, app_ports: list[int], cache_directory: Path) -> str:
    """deploy/nginx.conf, listening on ``port`` in front of the app instances on ``app_ports``."""
    config = DEPLOY_NGINX.read_text()
    upstreams = "\n    ".join(f"server 127.0.0.1:{app_port};" for app_port in app_ports)
    replacements = {
        "listen 80;": f"listen 127.0.0.1:{port};",
        "server app:8000;": upstreams,
        "/data/media/": f"{MEDIA_ROOT}/",
        "/var/cache/nginx/efus": str(cache_directory),
        # The benchmarks load pages from 127.0.0.1 as fast as they can: that address is left
        # out of the per-client limits (tests of the limits come from other loopback addresses).
        "geo $limit_exempt {": "geo $limit_exempt {\n    127.0.0.1 1;",
    }
    for production, bench in replacements.items():
        if production not in config:
            raise RuntimeError(f"{DEPLOY_NGINX} no longer has {production!r}: update {__file__}")
        config = config.replace(production, bench)
    return config
