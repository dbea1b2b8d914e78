"""One client cannot wear down the proxy (deploy/nginx.conf) or the app behind it
(deploy/start.sh): half-sent requests are closed, a burst is throttled while a page load
passes, a long URL gets nginx's 414 or the app's own answer but never a 502, forwarded
headers are believed from a trusted balancer only, the Server header names no version, and
Redis (deploy/compose.yaml) is bounded in memory."""

import contextlib
import http.client
import json
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.server import (
    BENCH_DIR,
    BIN,
    MEDIA_ROOT,
    ROOT,
    BenchSite,
    Configuration,
    free_port,
    nginx,
    production_proxy_server,
    running,
    wait_until_answering,
)
from tests.production.test_scale_out import database_url

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db,  # the app instance runs on the test database
    pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed"),
]

START_SH = ROOT / "deploy" / "start.sh"
COMPOSE = ROOT / "deploy" / "compose.yaml"
# Listed as a trusted balancer, where deploy/nginx.conf says to list them.
BALANCER = "127.0.0.4"
# The header timeout set in deploy/nginx.conf.
HEADER_TIMEOUT = 5
# The app redirects every request it takes for plain HTTP to HTTPS: which scheme the app
# saw shows in the answer.
APP = Configuration("proxy-limits", {"PAGE_CACHE_SECONDS": "0", "SECURE_SSL_REDIRECT": "true"})


@dataclass(frozen=True)
class Proxy:
    port: int
    access_log: Path

    def get(
        self, path: str, client: str, headers: dict[str, str] | None = None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        """A GET from the loopback address ``client``."""
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=10, source_address=(client, 0)
        )
        try:
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def get_raw(self, target: bytes, client: str) -> tuple[int, http.client.HTTPMessage]:
        """A GET of ``target`` sent byte for byte, as http.client would not send it."""
        with self.connect(client) as connection:
            connection.settimeout(10)
            connection.sendall(
                b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            )
            response = http.client.HTTPResponse(connection)
            response.begin()
            response.read()
            return response.status, response.headers

    def connect(self, client: str) -> socket.socket:
        return socket.create_connection(
            ("127.0.0.1", self.port), timeout=1, source_address=(client, 0)
        )


@pytest.fixture(scope="module")
def proxy(django_db_setup) -> Iterator[Proxy]:
    """deploy/start.sh's gunicorn on the test database, behind deploy/nginx.conf with
    BALANCER listed as a trusted balancer."""
    site = BenchSite(database_url(), free_port())
    app_port = free_port()
    env = site.env(APP)
    env.update(
        BIND_ADDRESS="127.0.0.1",
        PORT=str(app_port),
        WEB_CONCURRENCY="2",
        PATH=f"{BIN}:{env['PATH']}",
    )
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    access_log = BENCH_DIR / "gunicorn-proxy-limits.log"
    with (
        access_log.open("w") as log,
        running(["sh", str(START_SH)], log, env) as app,
        tempfile.TemporaryDirectory(prefix="efus-proxy-cache-") as cache_directory,
    ):
        wait_until_answering(f"http://127.0.0.1:{app_port}/robots.txt", app, access_log)
        Path(cache_directory).chmod(0o777)
        servers = f"set_real_ip_from {BALANCER};\n" + production_proxy_server(
            site.public_port, [app_port], Path(cache_directory)
        )
        with nginx(site.public_port, servers):
            yield Proxy(site.public_port, access_log)


@contextlib.contextmanager
def image_file() -> Iterator[str]:
    """An image where nginx serves /media/images/ from; yields its URL."""
    folder = MEDIA_ROOT / "images"
    folder.mkdir(parents=True, exist_ok=True)
    image = folder / f"proxy-limits-{time.monotonic_ns()}.webp"
    image.write_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 ")
    try:
        yield f"/media/images/{image.name}"
    finally:
        image.unlink()


def test_the_server_header_names_no_version(proxy):
    for path in ("/media/nothing-here", "/en/"):  # answered by nginx, then by the app
        _status, headers, _body = proxy.get(path, "127.0.0.10")
        assert headers["Server"] == "nginx", path


def test_a_half_sent_request_is_closed_within_the_header_timeout(proxy):
    """A slowloris client trickles header lines, never ending its header: nginx closes the
    connection once the header timeout has passed, however steadily the lines come."""
    closed_after = None
    with proxy.connect("127.0.0.11") as connection:
        started = time.monotonic()
        connection.sendall(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while time.monotonic() - started < HEADER_TIMEOUT + 3:
            try:
                connection.sendall(b"X-Trickle: 1\r\n")
                if connection.recv(1024) == b"":
                    closed_after = time.monotonic() - started
                    break
            except TimeoutError:
                continue
            except (ConnectionResetError, BrokenPipeError):
                closed_after = time.monotonic() - started
                break
    assert closed_after is not None, f"still open after {HEADER_TIMEOUT + 3} s"
    assert closed_after < HEADER_TIMEOUT + 1.5


def test_one_address_may_have_twenty_requests_in_progress(proxy):
    """Requests whose body never comes hold a connection each: the 21st from the same
    address is refused at once (429), while another address is served."""
    held = []
    try:
        for _ in range(20):
            connection = proxy.connect("127.0.0.12")
            connection.sendall(
                b"POST /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n\r\nname="
            )
            held.append(connection)
        time.sleep(0.5)  # nginx has read their headers and waits for their bodies
        status, _headers, _body = proxy.get("/en/", "127.0.0.12")
        assert status == 429
        status, _headers, _body = proxy.get("/en/", "127.0.0.13")
        assert status == 301
    finally:
        for connection in held:
            connection.close()


def burst(proxy: Proxy, client: str, headers: dict[str, str] | None = None) -> list[int]:
    """80 requests for pages as fast as one client can send them."""
    return [proxy.get(f"/en/?page={n}", client, headers)[0] for n in range(80)]


def test_a_burst_from_one_address_is_throttled_while_a_page_load_passes(proxy):
    statuses = burst(proxy, "127.0.0.14")
    assert 429 not in statuses[:50]
    assert statuses.count(429) >= 20
    with image_file() as image:
        # The throttled client still gets static files and images.
        for path in ("/static/css/site.css", image):
            assert proxy.get(path, "127.0.0.14")[0] != 429, path
        # Another client clicking through ten pages, each with its CSS, script, icon and a
        # dozen images, is never throttled.
        page_load = ["/static/css/site.css", "/static/js/site.js", "/favicon.ico"]
        page_load += [image] * 12
        for n in range(10):
            for path in (f"/en/?visit={n}", *page_load):
                status, _headers, _body = proxy.get(path, "127.0.0.15")
                assert status != 429, path
                assert status < 500, path

    # Behind a trusted balancer, each client behind it counts on its own.
    statuses = burst(proxy, BALANCER, {"X-Forwarded-For": "203.0.113.5"})
    assert statuses.count(429) >= 20
    status, _headers, _body = proxy.get("/en/", BALANCER, {"X-Forwarded-For": "203.0.113.6"})
    assert status == 301


def request_target(length: int, character: str = "a") -> bytes:
    """A path whose GET request line is ``length`` bytes long at most, CRLF excluded."""
    prefix = b"/en/"
    filler = length - len(b"GET " + prefix + b" HTTP/1.1")
    unit = character.encode()
    return prefix + unit * (filler // len(unit))


def test_a_long_url_gets_the_app_s_answer_or_nginx_s_414_never_a_502(proxy):
    """nginx takes a request line of up to 8 kB and gunicorn as much, and nginx has room
    for the longest header the app then answers with: any URL nginx lets through is
    answered by the app, and a longer one is nginx's 414.

    On plain HTTP the app answers with its redirect to HTTPS, whose Location header repeats
    the URL percent-encoded (three times as long for a quotation mark, up to Django's cap
    of 16 kB), or refuses the URL (400: gunicorn takes no byte outside ASCII in a request
    line, Django no redirect beyond its cap)."""
    for length in (2_000, 3_900, 4_200, 6_000, 8_190):
        for character in ("a", "%C3%A9", '"', "é"):
            status, _headers = proxy.get_raw(request_target(length, character), "127.0.0.16")
            assert status in (301, 400), (length, character, status)
            assert status == 301 or character != "a", (length, status)
    for length in (8_191, 10_000, 100_000):
        status, headers = proxy.get_raw(request_target(length), "127.0.0.16")
        assert status == 414, (length, status)
        assert headers["Server"] == "nginx"


def access_log_lines(proxy: Proxy, marker: str) -> list[str]:
    time.sleep(0.2)  # gunicorn has written the line
    return [line for line in proxy.access_log.read_text().splitlines() if marker in line]


def test_forwarded_headers_are_believed_from_a_trusted_balancer_only(proxy):
    """A client cannot make the app believe it came over HTTPS or from another address;
    a trusted balancer can say both. The app's access log shows the client's address."""
    forged = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.7"}
    status, headers, _body = proxy.get("/en/?from=client", "127.0.0.17", forged)
    assert status == 301  # the app saw plain HTTP and redirects to HTTPS
    assert headers["Location"].startswith("https://")
    (line,) = access_log_lines(proxy, "from=client")
    assert line.startswith("127.0.0.17 ")

    # The balancer's client is the last address it adds; addresses before it are the
    # client's own claims and are not believed.
    balanced = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.7, 203.0.113.8"}
    status, headers, _body = proxy.get("/en/?from=balancer", BALANCER, balanced)
    assert status != 301  # the app saw HTTPS
    assert status < 500
    (line,) = access_log_lines(proxy, "from=balancer")
    assert line.startswith("203.0.113.8 ")

    plain = {"X-Forwarded-Proto": "http", "X-Forwarded-For": "203.0.113.8"}
    status, headers, _body = proxy.get("/en/?from=balancer-http", BALANCER, plain)
    assert status == 301


def compose_redis_command() -> list[str]:
    text = COMPOSE.read_text()
    service = re.search(r"^  redis:\n(?:    .*\n|\s*\n)*", text, re.MULTILINE)
    assert service, f"no redis service in {COMPOSE}"
    command = re.search(r"command: (\[.*?\])", service.group(0), re.DOTALL)
    assert command, "the redis service has no command"
    return json.loads(command.group(1))


def test_redis_runs_with_a_memory_limit_and_an_eviction_policy(tmp_path):
    """The command compose starts Redis with, run here: Redis takes it and is bounded."""
    command = compose_redis_command()
    assert command[0] == "redis-server"
    redis_server = shutil.which("redis-server")
    if redis_server is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    arguments = [*command[1:], "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path)]
    with running([redis_server, *arguments], subprocess.DEVNULL):
        deadline = time.monotonic() + 10
        while True:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with connection:
            connection.sendall(b"CONFIG GET maxmemory\r\nCONFIG GET maxmemory-policy\r\n")
            replies = b""
            while replies.count(b"\r\n") < 10:
                replies += connection.recv(4096)
    values = replies.decode().split("\r\n")
    maxmemory = int(values[4])
    assert 0 < maxmemory <= 1024**3
    assert values[9] in ("allkeys-lru", "allkeys-lfu")
