"""The one way Accord sends a request to an address that someone typed in.

A webhook address is typed by an administrator, but the server that follows it sits inside
the council's network: without a guard it would reach cloud metadata services
(169.254.169.254), databases on 10.x, or its own loopback ports, and report back what it
found. So every outbound request here:

1. resolves the host name once, and refuses it if any address it resolves to is loopback,
   private, link-local, multicast, reserved, unspecified or otherwise not on the public
   internet, IPv4 or IPv6, including IPv4 addresses carried inside IPv6 ones (mapped,
   compatible, 6to4, NAT64);
2. connects to exactly the address it checked, never looking the name up again (a name
   that answers a public address to the check and a private one to the connection is the
   classic way round a guard), while still sending the name as the Host header and, over
   HTTPS, as the TLS server name with the certificate checked against it;
3. never follows a redirect and never uses a proxy from the environment.

Receivers on the council's own network are allowed by naming their networks in
``ACCORD_OUTBOUND_ALLOW`` (for example ``10.20.0.0/16``).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Well-known NAT64 prefix (RFC 6052): the last 32 bits are an IPv4 address.
NAT64 = ipaddress.ip_network("64:ff9b::/96")
# IPv4-compatible IPv6 addresses (deprecated, ::a.b.c.d).
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
MAX_RESPONSE_BYTES = 64 * 1024


class OutboundRefused(Exception):
    """The address may not be reached from Accord; the message says why, for a person."""


@dataclass(frozen=True)
class Destination:
    """A URL whose host has been resolved and every one of its addresses checked."""

    scheme: str
    host: str
    port: int
    target: str  # path and query, as sent in the request line
    addresses: tuple[IPAddress, ...]


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str


def allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [
        ipaddress.ip_network(entry, strict=False)
        for entry in getattr(settings, "ACCORD_OUTBOUND_ALLOW", [])
    ]


def refusal(address: IPAddress) -> str:
    """Why ``address`` may not be reached ("" when it may)."""
    if any(address in network for network in allowed_networks()):
        return ""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        inner = refusal(embedded)
        return f"it carries {embedded}, and {inner}" if inner else ""
    if address.is_unspecified:
        return "it is the unspecified address"
    if address.is_loopback:
        return "it is this server itself (loopback)"
    if address.is_link_local:
        return "it is a link-local address (where cloud metadata services answer)"
    if address.is_multicast:
        return "it is a multicast address"
    if getattr(address, "is_site_local", False) or address.is_private:
        return "it is on a private network"
    if address.is_reserved or not address.is_global:
        return "it is a reserved address, not on the public internet"
    return ""


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64 or (address in IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def resolve(host: str, port: int) -> tuple[IPAddress, ...]:
    """Every address ``host`` resolves to, in the resolver's order (one lookup)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise OutboundRefused(
            f"Accord cannot find the server {host}. Check the address, or try again once "
            "its name is published."
        ) from None
    addresses: list[IPAddress] = []
    for _family, _type, _protocol, _name, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return tuple(addresses)


def destination(url: str) -> Destination:
    """``url`` checked for sending: raises OutboundRefused, before any connection, if any
    address its host resolves to may not be reached."""
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port
    except ValueError:
        raise OutboundRefused("The address is not a valid web address.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise OutboundRefused("Enter an address that starts with http:// or https://")
    if parts.username is not None or parts.password is not None:
        raise OutboundRefused(
            "Put no user name or password in the address: the signature on each delivery "
            "proves it came from Accord."
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise OutboundRefused("The address has no server name.")
    port = port or (443 if scheme == "https" else 80)
    addresses = resolve(host, port)
    for address in addresses:
        reason = refusal(address)
        if reason:
            shown = host if host == str(address) else f"{host} ({address})"
            raise OutboundRefused(
                f"Accord does not send to {shown}: {reason}. A receiver on your own network "
                "can be allowed by an administrator of the server, with ACCORD_OUTBOUND_ALLOW."
            )
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return Destination(scheme, host, port, target, addresses)


def post(url: str, *, body: bytes, headers: dict[str, str], timeout: float) -> Answer:
    """POST ``body`` to ``url`` through the guard; the status of the answer, never
    following a redirect. Raises OutboundRefused before connecting, or OSError."""
    place = destination(url)
    last_error: OSError | None = None
    for address in place.addresses:
        connection = _connection(place, address, timeout)
        try:
            connection.request("POST", place.target, body=body, headers=headers)
            response = connection.getresponse()
            response.read(MAX_RESPONSE_BYTES)
            return Answer(response.status, response.reason)
        except ConnectionRefusedError as error:
            last_error = error  # try the name's next (equally checked) address
        finally:
            connection.close()
    raise last_error or OSError("No address to connect to.")


def _connection(place: Destination, address: IPAddress, timeout: float) -> _PinnedHTTPConnection:
    if place.scheme == "https":
        return _PinnedHTTPSConnection(place.host, place.port, address=address, timeout=timeout)
    return _PinnedHTTPConnection(place.host, place.port, address=address, timeout=timeout)


def _open_socket(address: IPAddress, port: int, timeout: float | None) -> socket.socket:
    """A TCP connection to exactly ``address``: no name, so no lookup happens here."""
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect((str(address), port))
    except BaseException:
        sock.close()
        raise
    return sock


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """http.client keeps ``host`` for the Host header; the socket goes to ``address``."""

    def __init__(self, host: str, port: int, *, address: IPAddress, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = _open_socket(self._address, self.port, self.timeout)


def tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    extra = getattr(settings, "ACCORD_OUTBOUND_CA_FILE", "")
    if extra:
        # An on-premises receiver's certificate may come from the council's own authority.
        context.load_verify_locations(cafile=extra)
    return context


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """The same, over TLS: the certificate is checked against the name in the address,
    which is also sent as the server name (SNI)."""

    default_port = http.client.HTTPS_PORT

    def connect(self) -> None:
        sock = _open_socket(self._address, self.port, self.timeout)
        try:
            self.sock = tls_context().wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise
