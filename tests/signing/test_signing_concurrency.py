"""A hundred signatories of a hundred parties sign at once against a live server."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from accord.accounts.models import User
from accord.audit.services import audit_verify
from accord.signing.models import Signature
from accord.signing.services import invitations
from tests.signing_setup import agreement_open_for_signing

PARTIES = 100


def _database_url() -> str:
    """The test database, as a URL another process can open."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def served(transactional_db, tmp_path, settings):
    """Accord served by `accord serve` (gunicorn, as in production) on the test database,
    with the same audit key as this process (as every app server of one instance must)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))}
    env.update(
        ACCORD_DATA_DIR=str(tmp_path),
        DATABASE_URL=_database_url(),
        ACCORD_DB_CONN_MAX_AGE="0",
        ACCORD_AUDIT_KEY_FILE=settings.ACCORD_AUDIT_KEY_FILE,
    )
    accord = str(Path(sys.executable).with_name("accord"))
    server = subprocess.Popen(
        [accord, "serve", "--port", str(port), "--workers", "2", "--threads", "8"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError(f"accord serve did not start: {server.stderr.read()}") from None
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=20)


def test_a_hundred_signatories_sign_at_once(served, mailoutbox, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(PARTIES)
    invitations.signing_open(actor=admin, agreement=agreement)
    tokens = [re.search(r"/sign-up/sign/([\w-]+)/", m.body).group(1) for m in mailoutbox]
    assert len(tokens) == PARTIES

    # Every signatory first opens their page (for the form's CSRF token); then all of them
    # press the button at the same moment.
    ready = threading.Barrier(PARTIES, timeout=120)
    results: list[tuple[int, str]] = []
    lock = threading.Lock()

    def open_page(token: str):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        url = f"{served}/sign-up/sign/{token}/"
        page = opener.open(url, timeout=120).read().decode()
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = {
            "csrfmiddlewaretoken": csrf,
            "full_name": "A Signatory",
            "post": "Chief Executive",
            "decision": "signed",
            "reason": "",
        }
        body = urllib.parse.urlencode(form).encode()
        return opener, urllib.request.Request(url, data=body, headers={"Referer": url})

    def press(opener, request) -> None:
        ready.wait()
        try:
            response = opener.open(request, timeout=120)
            outcome = (response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            outcome = (error.code, error.read().decode())
        except Exception as error:  # every failure is reported, not lost in a thread
            outcome = (0, repr(error))
        with lock:
            results.append(outcome)

    pages = [open_page(token) for token in tokens]
    threads = [threading.Thread(target=press, args=page) for page in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    statuses = [status for status, _ in results]
    assert statuses == [200] * PARTIES, [body[:300] for status, body in results if status != 200][
        :3
    ]
    assert all("You have signed" in body for _, body in results)
    assert Signature.objects.filter(party__agreement=agreement).count() == PARTIES
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    checked, problems = audit_verify()
    assert problems == [] and checked >= PARTIES
