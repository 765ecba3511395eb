"""The shipped nginx configuration in front of two app servers on one PostgreSQL, over
HTTPS on loopback: headers, static files, the upload limit, rate limits, JSON logs, metrics,
and a signature made through one app server seen at once through the other."""

from __future__ import annotations

import html
import re
import socket
import ssl
import time

import pytest
import requests

from tests.deploy.stack import Stack, running_stack

AGREEMENT = "/agreements/childrens-mou/"
SIGN_UP_TABLE = "/sign-up/agreements/childrens-mou/"
SIGNED = "Confirmed (novation) by Anthony McKeever"


@pytest.fixture(scope="module")
def stack():
    with running_stack() as running:
        yield running


def _session() -> requests.Session:
    session = requests.Session()
    # Nothing from the environment (a proxy, another certificate bundle): loopback only.
    session.trust_env = False
    return session


@pytest.fixture
def https(stack: Stack):
    session = _session()
    session.verify = str(stack.certificate)
    return session


def _direct(stack: Stack, server: int, path: str, **headers) -> requests.Response:
    """A request straight to one app server, as nginx would make it."""
    return _session().get(
        stack.servers[server].url + path,
        headers={"Host": f"127.0.0.1:{stack.https_port}", **headers},
        allow_redirects=False,
        timeout=30,
    )


def _icb_link(stack: Stack) -> str:
    """The link the demo e-mailed to the ICB's signatory (the console shows every e-mail)."""
    for message in stack.demo_output.split("-" * 79):
        if "To: signatory.icb@example.org" in message:
            return re.search(r"(/sign-up/sign/[\w-]+/)", message).group(1)
    raise AssertionError("the demo sent the ICB's signatory no signing link")


def test_plain_http_is_only_a_redirect_to_https(stack):
    response = _session().get(
        f"http://127.0.0.1:{stack.http_port}/agreements/?status=in_force",
        headers={"X-Forwarded-Proto": "https"},  # what a visitor says changes nothing
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 301
    assert response.headers["Location"] == f"{stack.origin}/agreements/?status=in_force"


def test_https_pages_carry_hsts_and_the_proxy_decides_the_scheme(stack, https):
    response = https.get(stack.origin + "/", headers={"X-Forwarded-Proto": "http"})
    # nginx sets X-Forwarded-Proto itself: a visitor's "http" cannot cause a redirect loop.
    assert response.status_code == 200 and not response.history
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert re.fullmatch(r"[A-Za-z0-9._-]{8,64}", response.headers["X-Request-ID"])
    # The app servers themselves trust only the header: without it, they send to HTTPS.
    plain = _direct(stack, 0, "/")
    assert plain.status_code == 301
    assert plain.headers["Location"] == f"{stack.origin}/"
    assert _direct(stack, 0, "/", **{"X-Forwarded-Proto": "https"}).status_code == 200


def test_cookies_are_secure(stack, https):
    response = https.get(stack.origin + "/accounts/password-reset/")
    assert response.status_code == 200
    cookies = response.raw.headers.getlist("Set-Cookie")
    assert cookies and all("; Secure" in cookie for cookie in cookies), cookies
    assert any(cookie.startswith("csrftoken=") for cookie in cookies)


def test_static_files_come_from_nginx_with_long_cache_headers(stack, https):
    page = https.get(stack.origin + "/").text
    stylesheet = re.search(r'href="(/static/govuk/govuk-frontend\.min\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, "the page should name the stylesheet by a hashed name"
    response = https.get(stack.origin + stylesheet.group(1), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/css"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["Content-Encoding"] == "gzip"  # the .gz collectstatic made
    assert ".govuk-" in response.text
    # A name without a hash may change with a release: an hour only.
    unhashed = https.get(stack.origin + "/static/accord/accord.css")
    assert unhashed.headers["Cache-Control"] == "public, max-age=3600"
    # No app server saw either request.
    for server in stack.servers:
        assert not [r for r in server.log_records() if r.get("path", "").startswith("/static/")]


def test_an_upload_over_the_limit_is_refused_by_nginx_with_a_clear_page(stack):
    context = ssl.create_default_context(cafile=str(stack.certificate))
    with socket.create_connection(("127.0.0.1", stack.https_port), timeout=30) as raw:
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            tls.sendall(
                (
                    "POST /imports/ HTTP/1.1\r\n"
                    f"Host: 127.0.0.1:{stack.https_port}\r\n"
                    "Content-Type: multipart/form-data; boundary=x\r\n"
                    f"Content-Length: {22 * 1024 * 1024}\r\n"
                    "Connection: close\r\n\r\n"
                ).encode()
            )
            answer = b""
            while chunk := tls.recv(65536):
                answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), head
    text = html.unescape(body.decode())
    assert "The file is too large" in text and "up to 20 MB" in text
    for server in stack.servers:
        assert not [r for r in server.log_records() if r.get("path") == "/imports/"]


def test_a_signature_through_one_app_server_is_seen_at_once_through_the_other(stack, https):
    # Both app servers have the public pages in the (shared) cache before the signature.
    for server in (0, 1):
        for path in (AGREEMENT, SIGN_UP_TABLE):
            first = _direct(stack, server, path, **{"X-Forwarded-Proto": "https"})
            again = _direct(stack, server, path, **{"X-Forwarded-Proto": "https"})
            assert first.status_code == again.status_code == 200
            assert again.headers["X-Accord-Page-Cache"] == "hit"
            assert SIGNED not in again.text

    link = stack.origin + _icb_link(stack)
    form = https.get(link)
    assert form.status_code == 200, form.text[:500]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    answer = https.post(
        link,
        data={
            "csrfmiddlewaretoken": token,
            "full_name": "Anthony McKeever",
            "post": "Chief Executive",
            "decision": "signed",
        },
        headers={"Referer": link},
    )
    assert answer.status_code == 200 and "You have confirmed" in answer.text, answer.text[:2000]

    # Which app server took the signature: the one whose log has the request's id.
    request_id = answer.headers["X-Request-ID"]
    signed_on = [
        n
        for n, server in enumerate(stack.servers)
        for r in server.log_records()
        if r.get("request_id") == request_id and r.get("method") == "POST"
    ]
    assert len(signed_on) == 1, signed_on
    other = 1 - signed_on[0]
    for path in (AGREEMENT, SIGN_UP_TABLE):
        page = _direct(stack, other, path, **{"X-Forwarded-Proto": "https"})
        assert page.status_code == 200
        assert SIGNED in html.unescape(page.text), path
        # And through nginx, whichever server answers.
        for _ in range(2):
            assert SIGNED in html.unescape(https.get(stack.origin + path).text)


def test_app_server_logs_are_json_lines_with_each_request(stack, https):
    response = https.get(stack.origin + "/organisations/")
    assert response.status_code == 200
    request_id = response.headers["X-Request-ID"]
    records = []
    for server in stack.servers:
        lines = server.log_lines()
        assert lines
        for line in lines:
            assert line.startswith("{") and line.endswith("}"), line
        records += server.log_records()
    for record in records:
        assert {"time", "level", "logger", "message"} <= set(record), record
    (line,) = [r for r in records if r.get("request_id") == request_id]
    assert line["logger"] == "accord.requests" and line["level"] == "INFO"
    assert line["method"] == "GET" and line["path"] == "/organisations/"
    assert line["status"] == 200 and line["view"] == "organisations:list"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    # nginx's access log carries the same id. nginx writes the line once the response has
    # gone, so a client can read the response first: wait a little for it.
    deadline = time.monotonic() + 5
    while request_id not in stack.nginx_log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert request_id in stack.nginx_log.read_text()


def test_metrics_are_read_from_each_app_server_not_through_nginx(stack, https):
    assert https.get(stack.origin + "/metrics").status_code == 404
    https.get(stack.origin + AGREEMENT)
    figures = "".join(
        _session().get(server.url + "/metrics", timeout=30).text for server in stack.servers
    )
    counts = [
        float(line.rsplit(" ", 1)[1])
        for line in figures.splitlines()
        if line.startswith("accord_http_request_duration_seconds_count{")
        and 'view="agreements:detail"' in line
        and 'method="GET"' in line
    ]
    assert counts and sum(counts) >= 1, figures[:3000]
    assert "accord_http_request_duration_seconds_bucket{" in figures


def test_sign_in_is_rate_limited_at_the_proxy(stack, https):
    statuses = [https.get(stack.origin + "/accounts/sign-in/").status_code for _ in range(12)]
    assert statuses[0] == 200
    assert 429 in statuses, statuses
