"""The outbound guard: webhook addresses that reach inside the network are refused when
saved and again when sent, before any connection; the address checked is the one used.

Every refusal test asserts, through the interpreter's own audit events, that no socket
was connected at all; the suite's network guard (conftest) keeps everything on loopback.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core.exceptions import ValidationError

from accord.accounts.models import Role, User
from accord.api.models import WebhookDelivery, WebhookEndpoint
from accord.api.webhooks.services import (
    webhook_deliver_due,
    webhook_emit,
    webhook_endpoint_register,
)
from accord.core import outbound
from accord.env import ConfigurationError, env_networks

pytestmark = pytest.mark.django_db

INSIDE = [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://172.16.4.2/",
    "http://192.168.1.1/",
    "http://127.0.0.1:22/",
    "http://127.0.0.1:5432/",
    "http://127.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0.0.0.0/",
    "http://100.64.0.1/",
    "http://198.18.0.1/",
    "http://192.0.2.1/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://[::1]/",
    "http://[::]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[fec0::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[::ffff:10.0.0.1]:8080/",
    "http://[2002:7f00:1::]/",
    "http://[2002:a00:1::1]/",
    "http://[64:ff9b::a00:1]/",
    "http://[::10.0.0.1]/",
    "http://[2001::1]/",
    "http://localhost/",
    "http://localhost:8000/admin/",
    "https://localhost./",
]


@pytest.fixture
def admin_user():
    user = User.objects.create_user(email="hooks-admin@example.org", password="accord-demo")
    Role.objects.create(user=user, name="administrator")
    return user


def _connects(events):
    return [args for event, args in events if event == "socket.connect"]


@pytest.mark.parametrize("url", INSIDE)
def test_an_address_inside_the_network_is_refused_when_saved_without_connecting(
    admin_user, url, network_events
):
    with pytest.raises(ValidationError):
        webhook_endpoint_register(user=admin_user, url=url, events=["agreement.published"])
    assert not WebhookEndpoint.objects.exists()
    # Some odd spellings (127.1, 2130706433) are already refused as not a web address; the
    # guard, which deliveries also go through, refuses every one of them itself.
    with pytest.raises(
        outbound.OutboundRefused, match="Accord does not send to .*ACCORD_OUTBOUND_ALLOW"
    ):
        outbound.destination(url)
    assert _connects(network_events) == []


def test_the_refusal_says_what_the_address_is(admin_user):
    cases = {
        "http://169.254.169.254/": "link-local",
        "http://10.0.0.1/": "private network",
        "http://[::1]/": "loopback",
        "http://[::ffff:127.0.0.1]/": "it carries 127.0.0.1",
        "http://224.0.0.1/": "multicast",
        "http://0.0.0.0/": "unspecified",
    }
    for url, words in cases.items():
        with pytest.raises(outbound.OutboundRefused, match=words):
            outbound.destination(url)


def test_a_public_address_passes_and_credentials_in_it_do_not(admin_user):
    assert outbound.destination("https://93.184.215.14:8443/hook?x=1").target == "/hook?x=1"
    assert outbound.destination("http://[2606:4700::1111]/").addresses == (
        ipaddress.ip_address("2606:4700::1111"),
    )
    with pytest.raises(outbound.OutboundRefused, match="no user name or password"):
        outbound.destination("https://user:secret@93.184.215.14/")


def test_the_allow_list_lets_an_on_premises_receiver_through(settings, admin_user):
    with pytest.raises(ValidationError):
        webhook_endpoint_register(
            user=admin_user, url="http://10.20.3.4/hook", events=["party.signed"]
        )
    settings.ACCORD_OUTBOUND_ALLOW = ["10.20.0.0/16"]
    endpoint = webhook_endpoint_register(
        user=admin_user, url="http://10.20.3.4/hook", events=["party.signed"]
    )
    assert endpoint.pk
    with pytest.raises(ValidationError):
        webhook_endpoint_register(user=admin_user, url="http://10.21.0.1/", events=["party.signed"])


def test_the_allow_list_setting_is_checked(monkeypatch):
    monkeypatch.setenv("ACCORD_OUTBOUND_ALLOW", "10.20.0.0/16, 192.0.2.7,::1")
    assert env_networks("ACCORD_OUTBOUND_ALLOW", []) == ["10.20.0.0/16", "192.0.2.7", "::1"]
    monkeypatch.setenv("ACCORD_OUTBOUND_ALLOW", "10.20.0.0/16,intranet")
    with pytest.raises(ConfigurationError, match="'intranet', which is not an IP network"):
        env_networks("ACCORD_OUTBOUND_ALLOW", [])


class Receiver:
    """An HTTP (or HTTPS) server on loopback that keeps what it is sent."""

    def __init__(self, status=204, headers=None, tls: ssl.SSLContext | None = None):
        self.requests: list[dict] = []
        self.server_names: list[str | None] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            tls.sni_callback = lambda sock, name, context: self.server_names.append(name)
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_an_address_that_became_internal_is_refused_at_delivery_without_connecting(
    settings, admin_user, network_events
):
    with Receiver() as receiver:
        settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32"]
        webhook_endpoint_register(
            user=admin_user,
            url=f"http://127.0.0.1:{receiver.port}/hook",
            events=["agreement.published"],
        )
        # What was allowed when saved is checked again when sent: the allow-list changed.
        settings.ACCORD_OUTBOUND_ALLOW = []
        webhook_emit("agreement.published", {"slug": "x"})
        network_events.clear()
        (delivery,) = webhook_deliver_due()
    assert receiver.requests == []
    assert _connects(network_events) == []
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.last_error.startswith("Not sent: Accord does not send to 127.0.0.1")


def test_a_name_is_looked_up_once_and_the_checked_address_is_the_one_connected(
    settings, admin_user, network_events
):
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.0/8", "::1"]
    with Receiver(status=200) as receiver:
        webhook_endpoint_register(
            user=admin_user,
            url=f"http://localhost:{receiver.port}/hook",
            events=["agreement.published"],
        )
        webhook_emit("agreement.published", {"slug": "x"})
        network_events.clear()
        (delivery,) = webhook_deliver_due()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    lookups = [args for event, args in network_events if event == "socket.getaddrinfo"]
    assert [host for host, _port in lookups] == ["localhost"]
    # The connection went to an address, never to the name (which would be looked up again).
    connects = _connects(network_events)
    assert connects and all(ipaddress.ip_address(host) for host, _port in connects)
    assert ("127.0.0.1", receiver.port) in connects
    (request,) = receiver.requests
    assert request["headers"]["Host"] == f"localhost:{receiver.port}"


def test_a_redirect_is_an_answer_not_an_invitation(settings, admin_user):
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32"]
    with Receiver(status=200) as elsewhere:
        location = {"Location": f"http://127.0.0.1:{elsewhere.port}/stolen"}
        with Receiver(status=307, headers=location) as receiver:
            webhook_endpoint_register(
                user=admin_user,
                url=f"http://127.0.0.1:{receiver.port}/hook",
                events=["agreement.published"],
            )
            webhook_emit("agreement.published", {"slug": "x"})
            (delivery,) = webhook_deliver_due()
    assert len(receiver.requests) == 1
    assert elsewhere.requests == []
    assert delivery.last_status_code == 307
    assert delivery.last_error.startswith("The endpoint answered 307")


def _certificate_for(name: str, tmp_path):
    """A throwaway authority and a server certificate it issues for ``name``."""
    now = dt.datetime.now(dt.UTC)
    authority_key = ec.generate_private_key(ec.SECP256R1())
    authority_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test receivers CA")])
    authority = (
        x509.CertificateBuilder()
        .subject_name(authority_name)
        .issuer_name(authority_name)
        .public_key(authority_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(authority_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(authority_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .sign(authority_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (tmp_path / "ca.pem").write_bytes(authority.public_bytes(pem))
    (tmp_path / "server.pem").write_bytes(
        certificate.public_bytes(pem)
        + key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "server.pem")
    return tmp_path / "ca.pem", context


def test_https_keeps_the_name_for_the_certificate_and_sni(settings, admin_user, tmp_path):
    authority, server_context = _certificate_for("localhost", tmp_path)
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32", "::1"]
    settings.ACCORD_OUTBOUND_CA_FILE = str(authority)
    with Receiver(status=200, tls=server_context) as receiver:
        answer = outbound.post(
            f"https://localhost:{receiver.port}/hook", body=b"{}", headers={}, timeout=5
        )
    assert answer.status == 200
    assert receiver.server_names == ["localhost"]
    assert len(receiver.requests) == 1


def test_https_refuses_a_certificate_for_another_name(settings, admin_user, tmp_path):
    authority, server_context = _certificate_for("receiver.council.example", tmp_path)
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32", "::1"]
    settings.ACCORD_OUTBOUND_CA_FILE = str(authority)
    with Receiver(status=200, tls=server_context) as receiver:
        with pytest.raises(ssl.SSLCertVerificationError):
            outbound.post(
                f"https://localhost:{receiver.port}/hook", body=b"{}", headers={}, timeout=5
            )
    assert receiver.requests == []
