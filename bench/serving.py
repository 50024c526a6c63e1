"""What the two server benchmarks share: free loopback ports, gunicorn started and stopped,
manage.py run against a given database, and plain HTTP GETs.

Not collected by pytest (no test_ prefix, outside tests/).
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url, redis_url="", **extra):
    env = {**os.environ, "DATABASE_URL": database_url, **extra}
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def manage(env, *args, app_dir=ROOT, check=True):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=app_dir, env=env, check=check)


@contextlib.contextmanager
def gunicorn(env, *, workers=2, app_dir=ROOT):
    """A gunicorn server of `workers` sync workers on a free loopback port; yields its base URL
    once it answers, stops it on exit. Its log goes to a file: a pipe nobody reads would fill
    and stall the server once it logs enough (every 4xx is logged)."""
    port = free_port()
    command = [GUNICORN, "labknowledge.wsgi", "--workers", str(workers)]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [*command, "--bind", f"127.0.0.1:{port}"],
            cwd=app_dir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    get(base + "/robots.txt")
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(
                            f"gunicorn did not start: {log.read().decode()[-2000:]}"
                        ) from None
                    time.sleep(0.2)
            yield base
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def get(url, headers=None):
    """(status, headers, body text) of a GET, without following redirects."""
    headers = {"Accept-Encoding": "identity", **(headers or {})}
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
