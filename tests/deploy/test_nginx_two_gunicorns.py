"""The kommune's IT deploys as docs/deploying.md says, and it works: nginx in front of two gunicorns.

This is the deployment, run for real on this machine: a PostgreSQL database of its own, migrated and
with the demo, `collectstatic` into a STATIC_ROOT of its own, a Redis of its own, two gunicorn
instances with production settings (the same SECRET_KEY, database and Redis), and Debian's nginx
with deploy/nginx.conf, rendered as the docs say, over HTTPS with a throwaway certificate. Then, as a
citizen and an editor would meet it:

- someone logged in through one gunicorn is logged in on the other (sessions live in the database);
- a change published through one is what the other shows at once, and what nginx shows every time, though
  both keep whole pages in the page cache they share in Redis; so is a change made by a third process;
- /static/ and /media/ come from nginx with the cache and safety headers of deploy/nginx.conf;
- /healthz answers through nginx.

It needs nginx (`apt-get install nginx-light`, which .ci/run does), redis-server and PostgreSQL; it
runs in the PostgreSQL pass of .ci/run (DATABASE_URL names PostgreSQL) and is skipped, saying why,
elsewhere. Everything it starts is stopped and its database dropped, whatever happens.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent.parent
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf"
BIN = Path(sys.executable).parent

# The upload headers deploy/nginx.conf promises (the same values the app sends itself).
MEDIA_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
ADMIN_PASSWORD = "deployment-test-admin"
SECRET_KEY = "deployment-test-only-" + "x" * 40
PUBLISHED_TITLE = "Om Frivilligportalen – opdateret gennem den ene gunicorn"

pytestmark = [pytest.mark.deployment, pytest.mark.xdist_group("deployment")]


def nginx_binary():
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)


def postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ipv6_available():
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


def wait_until(check, what, timeout=60, processes=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"{what}: {process.args[0]} exited with {process.returncode}")
        try:
            if check():
                return
        except (OSError, requests.RequestException):
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what}: not ready after {timeout} s")


# A guard against a hang, not a measure of speed: on a busy 2-core machine `migrate` alone once took over
# 300 s (the suite's other worker and other jobs share the cores).
def run(command, env, timeout=900):
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def render_nginx(directory, upstreams, http_port, https_port, static_root, media_root):
    """deploy/nginx.conf with its @NAME@s filled in, inside a main config of nginx's own that runs
    without root's directories (its own pid, logs and temporary files)."""
    site = NGINX_TEMPLATE.read_text()
    values = {
        "SERVER_NAME": "127.0.0.1",
        "UPSTREAM_SERVERS": " ".join(f"server 127.0.0.1:{port};" for port in upstreams),
        "HTTP_PORT": str(http_port),
        "HTTPS_PORT": str(https_port),
        "TLS_CERTIFICATE": str(directory / "cert.pem"),
        "TLS_CERTIFICATE_KEY": str(directory / "key.pem"),
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "MAX_BODY": "12m",
    }
    for name, value in values.items():
        site = site.replace(f"@{name}@", value)
    assert "@" not in re.sub(r"#.*", "", site), "a placeholder in deploy/nginx.conf was not filled in"
    if not ipv6_available():  # a CI container without IPv6
        site = "\n".join(line for line in site.splitlines() if "listen [::]" not in line)
    (directory / "site.conf").write_text(site)
    temp = directory / "nginx-temp"
    temp.mkdir()
    # As root (CI), nginx's workers would become "nobody", who may not read this test's private temp
    # directory; a production nginx runs as www-data and reads /srv/frivilligportal/{static,media}.
    user = "user root;" if os.geteuid() == 0 else ""
    (directory / "nginx.conf").write_text(
        f"""
{user}
daemon off;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/nginx-error.log warn;
events {{ worker_connections 128; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {directory}/nginx-access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {directory}/site.conf;
}}
"""
    )


class Deployment:
    """What the fixture started: addresses, cookies and the files nginx serves."""

    def __init__(self, directory, gunicorns, nginx_url, http_url, static_root, media_root, page, env):
        self.directory = directory
        self.env = env  # what a third process (manage.py, a cron job) of the same installation runs with
        self.gunicorns = gunicorns  # ["http://127.0.0.1:<port>", ...], reached directly, as nginx does
        self.nginx = nginx_url
        self.http = http_url
        self.static_root = static_root
        self.media_root = media_root
        self.page = page  # {"id", "path", "title"} of a page with a draft waiting to be published
        self.certificate = str(directory / "cert.pem")

    def direct(self, gunicorn, method, path, cookies=None, **kwargs):
        """A request to one gunicorn as nginx sends it: the client used HTTPS (X-Forwarded-Proto).

        Cookies are passed by hand: they are Secure, and requests would rightly not send them over
        the plain HTTP between nginx and gunicorn."""
        headers = {"X-Forwarded-Proto": "https", "Origin": f"https://{urlsplit(gunicorn).netloc}"}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        headers.update(kwargs.pop("headers", {}))
        return requests.request(method, gunicorn + path, headers=headers, allow_redirects=False, timeout=30, **kwargs)

    def through_nginx(self, path, cookies=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())} if cookies else {}
        return requests.get(
            self.nginx + path, headers=headers, verify=self.certificate, allow_redirects=False, timeout=30
        )


def cookies_from(response):
    jar = SimpleCookie()
    for header in response.raw.headers.getlist("Set-Cookie"):
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


def csrf_token(html):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token in the form"
    return match.group(1)


# Session-scoped: built once by the one worker that runs the "deployment" xdist group. Module scope
# let pytest tear it down and build it again when the worker's tests of this module came in two batches.
@pytest.fixture(scope="session")
def deployment():
    nginx = nginx_binary()
    if nginx is None:
        pytest.skip("nginx is not installed: `apt-get install nginx-light` (.ci/run installs it)")
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed: `apt-get install redis-server` (.ci/run installs it)")
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (for the test's throwaway certificate)")
    server_url = postgres_url()
    if server_url is None:
        pytest.skip("runs against PostgreSQL, production's database: set DATABASE_URL (the PostgreSQL pass of .ci/run)")

    directory = Path(tempfile.mkdtemp(prefix="frivilligportal-deploy-"))
    processes = []
    parts = urlsplit(server_url)
    database = f"{parts.path.lstrip('/') or 'postgres'}_nginx_{os.getpid()}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    database_url = urlunsplit(parts._replace(path=f"/{database}"))
    created = False

    def start(command, log, env=None):
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=open(directory / log, "w"),  # noqa: SIM115 (closed with the process)
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        processes.append(process)
        return process

    try:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{database}"')
            created = True
            # A throwaway database need not wait for each commit to reach the disk (the migrations and
            # the demo commit thousands of times), as the suite's own test databases (portal/settings/test.py).
            connection.execute(f'ALTER DATABASE "{database}" SET synchronous_commit = off')

        static_root, media_root = directory / "static", directory / "media"
        media_root.mkdir()
        redis_port = free_port()
        redis = start(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            "redis.log",
        )
        gunicorn_ports = [free_port(), free_port()]
        http_port, https_port = free_port(), free_port()
        nginx_url = f"https://127.0.0.1:{https_port}"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO"))},
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": SECRET_KEY,
            "DATABASE_URL": database_url,
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": nginx_url,
            "BASE_URL": nginx_url,
            "STATIC_ROOT": str(static_root),
            "MEDIA_ROOT": str(media_root),
            "TRUSTED_PROXY_COUNT": "1",
            "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
            # What is tested here is the topology (sessions and publishing across two instances behind nginx);
            # the second factor has its own tests (tests/core/test_two_factor.py, tests/browser/test_limits.py).
            "TWO_FACTOR_REQUIRED": "false",
            "PYTHONUNBUFFERED": "1",
        }
        manage = [sys.executable, "manage.py"]
        began, timings = time.monotonic(), {}
        # The build step and the database in parallel: collectstatic needs no database.
        with ThreadPoolExecutor(2) as pool:
            static = pool.submit(run, [*manage, "collectstatic", "--noinput", "-v0"], env)
            database_ready = pool.submit(
                lambda: (
                    run([*manage, "migrate", "--noinput", "-v0"], env),
                    run([*manage, "load_demo", "--force", "-v0"], env),
                )
            )
            static.result()
            timings["collectstatic"] = time.monotonic() - began
            database_ready.result()
            timings["migrate and load_demo"] = time.monotonic() - began
        # An editor's change waiting as a draft: the title of the "about" page.
        page = json.loads(
            run(
                [
                    *manage,
                    "shell",
                    "-c",
                    "import json; from home.models import StandardPage; "
                    "page = StandardPage.objects.get(slug='om-frivilligportalen', locale__language_code='da'); "
                    "path = page.url; page.title = " + repr(PUBLISHED_TITLE) + "; page.save_revision(); "
                    "print(json.dumps({'id': page.pk, 'path': path}))",
                ],
                env,
            )
            .strip()
            .splitlines()[-1]
        )
        run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", str(directory / "key.pem"), "-out", str(directory / "cert.pem"),
            ],
            env,
        )  # fmt: skip
        gunicorns = []
        for port in gunicorn_ports:
            start(
                [str(BIN / "gunicorn"), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
                 "--workers", "1", "--threads", "4", "--timeout", "60", "--access-logfile", "-"],
                f"gunicorn-{port}.log",
                env,
            )  # fmt: skip
            gunicorns.append(f"http://127.0.0.1:{port}")
        render_nginx(directory, gunicorn_ports, http_port, https_port, static_root, media_root)
        run(
            [
                nginx,
                "-t",
                "-p",
                str(directory),
                "-c",
                str(directory / "nginx.conf"),
                "-e",
                str(directory / "nginx-error.log"),
            ],
            env,
        )
        nginx_process = start(
            [
                nginx,
                "-p",
                str(directory),
                "-c",
                str(directory / "nginx.conf"),
                "-e",
                str(directory / "nginx-error.log"),
            ],
            "nginx.log",
        )

        for gunicorn in gunicorns:
            wait_until(lambda url=gunicorn: requests.get(url + "/healthz", timeout=5).status_code == 200,
                       f"gunicorn at {gunicorn}", processes=processes)  # fmt: skip
        wait_until(
            lambda: requests.get(nginx_url + "/healthz", verify=str(directory / "cert.pem"), timeout=5).ok,
            "nginx",
            processes=[nginx_process, redis],
        )
        timings["servers up"] = time.monotonic() - began
        print("Deployment ready:", ", ".join(f"{step} after {seconds:.0f} s" for step, seconds in timings.items()))
        yield Deployment(
            directory, gunicorns, nginx_url, f"http://127.0.0.1:{http_port}", static_root, media_root, page, env
        )
    except Exception:
        for log in sorted(directory.glob("*.log")):
            print(f"--- {log.name}\n{log.read_text()[-3000:]}")
        raise
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if created:
            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(directory, ignore_errors=True)


def log_in(deployment, gunicorn, username, password):
    """Log in through the admin's login form of one gunicorn; returns the browser's cookies."""
    form = deployment.direct(gunicorn, "GET", "/admin/login/")
    assert form.status_code == 200
    cookies = cookies_from(form)
    answer = deployment.direct(
        gunicorn,
        "POST",
        "/admin/login/",
        cookies=cookies,
        headers={"Referer": f"https://{urlsplit(gunicorn).netloc}/admin/login/"},
        data={
            "csrfmiddlewaretoken": csrf_token(form.text),
            "username": username,
            "password": password,
            "next": "/admin/",
        },
    )
    assert answer.status_code == 302, answer.text[:2000]
    return {**cookies, **cookies_from(answer)}


def test_someone_logged_in_through_one_gunicorn_is_logged_in_on_the_other(deployment):
    first, second = deployment.gunicorns
    assert deployment.direct(second, "GET", "/admin/").status_code == 302  # not logged in: to the login form

    cookies = log_in(deployment, first, "admin", ADMIN_PASSWORD)

    on_the_other = deployment.direct(second, "GET", "/admin/", cookies=cookies)
    assert on_the_other.status_code == 200
    assert "Anne" in on_the_other.text  # the demo admin, Anne Winther
    # And through nginx, whichever gunicorn answers.
    for _ in range(4):
        assert deployment.through_nginx("/admin/", cookies=cookies).status_code == 200


def test_a_change_published_through_one_gunicorn_is_shown_by_the_other_at_once(deployment):
    first, second = deployment.gunicorns
    page = deployment.page
    deployment.direct(second, "GET", page["path"])
    before = deployment.direct(second, "GET", page["path"])
    assert before.status_code == 200
    assert before.headers["X-Page-Cache"] == "hit"  # the second gunicorn keeps it in the shared page cache
    assert PUBLISHED_TITLE not in before.text  # the draft is not public yet

    cookies = log_in(deployment, first, "admin", ADMIN_PASSWORD)
    confirm = deployment.direct(first, "GET", f"/admin/bulk/wagtailcore/page/publish/?id={page['id']}", cookies=cookies)
    assert confirm.status_code == 200
    published = deployment.direct(
        first,
        "POST",
        f"/admin/bulk/wagtailcore/page/publish/?id={page['id']}",
        cookies=cookies,
        headers={"Referer": f"https://{urlsplit(first).netloc}/admin/"},
        data={"csrfmiddlewaretoken": csrf_token(confirm.text)},
    )
    assert published.status_code == 302, published.text[:2000]

    after = deployment.direct(second, "GET", page["path"])
    assert PUBLISHED_TITLE in after.text
    assert after.headers["X-Page-Cache"] == "miss"  # the publish on the first emptied the second's cache
    for _ in range(4):  # nginx takes turns between the two
        answer = deployment.through_nginx(page["path"])
        assert answer.status_code == 200
        assert PUBLISHED_TITLE in answer.text


CONTACT_POINT = "Frivilligcentret på Havnen – ændret af et natligt job"


def test_a_change_made_by_a_third_process_is_on_both_gunicorns_cached_pages_at_once(deployment):
    # The footer of every page shows the contact point; a cron job or `manage.py shell` changes it.
    for gunicorn in deployment.gunicorns:
        deployment.direct(gunicorn, "GET", "/")
        assert deployment.direct(gunicorn, "GET", "/").headers["X-Page-Cache"] == "hit"
    run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from wagtail.models import Site; from home.models import PortalSettings; "
            "point = PortalSettings.for_site(Site.objects.get(is_default_site=True)).contact_point; "
            f"point.name = {CONTACT_POINT!r}; point.save()",
        ],
        deployment.env,
    )
    for gunicorn in deployment.gunicorns:
        assert CONTACT_POINT in deployment.direct(gunicorn, "GET", "/").text
    assert CONTACT_POINT in deployment.through_nginx("/").text


def test_pages_and_the_health_check_answer_through_nginx_over_https_only(deployment):
    front = deployment.through_nginx("/")
    assert front.status_code == 200  # the static manifest is there: collectstatic ran
    assert "Fjordlund" in front.text
    assert deployment.through_nginx("/healthz").status_code == 200
    plain = requests.get(deployment.http + "/foreninger/?q=1", allow_redirects=False, timeout=10)
    assert plain.status_code == 301
    # To the same address over HTTPS, on its standard port (443), the query kept.
    assert plain.headers["Location"] == "https://127.0.0.1/foreninger/?q=1"


def test_hashed_static_files_come_from_nginx_and_are_kept_for_a_year(deployment):
    manifest = json.loads((deployment.static_root / "staticfiles.json").read_text())
    hashed = next(name for name in manifest["paths"].values() if name.endswith(".css"))
    answer = deployment.through_nginx(f"/static/{hashed}")
    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert "gunicorn" not in answer.headers.get("Server", "")
    # The manifest's own name carries no hash: browsers check it again within the hour.
    plain = deployment.through_nginx("/static/staticfiles.json")
    assert plain.headers["Cache-Control"] == "public, max-age=3600"


def test_uploaded_images_are_shown_and_anything_else_is_downloaded_in_a_sandbox(deployment):
    images = sorted((deployment.media_root / "original_images").glob("*.jpg"))
    assert images, "the demo put its pictures in MEDIA_ROOT"
    image = deployment.through_nginx(f"/media/original_images/{images[0].name}")
    assert image.status_code == 200
    assert image.headers["Content-Type"] == "image/jpeg"
    assert image.headers["X-Content-Type-Options"] == "nosniff"
    assert image.headers["Content-Security-Policy"] == MEDIA_CSP
    assert "Content-Disposition" not in image.headers

    # An SVG with a script, however it got there, is never rendered on the portal's origin.
    (deployment.media_root / "original_images" / "evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
    )
    svg = deployment.through_nginx("/media/original_images/evil.svg")
    assert svg.status_code == 200
    assert svg.headers["Content-Disposition"] == "attachment"
    assert svg.headers["Content-Security-Policy"] == MEDIA_CSP
    assert svg.headers["X-Content-Type-Options"] == "nosniff"

    # Documents go through the portal's view, which checks privacy: never straight from the disk.
    (deployment.media_root / "documents").mkdir(exist_ok=True)
    (deployment.media_root / "documents" / "working-file.pdf").write_bytes(b"%PDF-1.4")
    assert deployment.through_nginx("/media/documents/working-file.pdf").status_code == 404
