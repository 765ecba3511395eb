"""What each notice says: the administrator's text, or one generated from the settings.

Both are plain text in one small format an administrator can edit without HTML: a line
starting "## " is a heading ("### " a smaller one), lines starting "- " are a bulleted
list, and a blank line starts a new paragraph. Web and e-mail addresses become links.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

from django.conf import settings
from django.template.loader import render_to_string

from accord.notices.models import Notice, NoticeKind

RETENTION_KINDS = {
    "accounts": "Accounts and roles",
    "signatures": "Signatories and signatures",
    "consultations": "Consultation comments and invitations",
    "audit": "The audit trail",
    "tokens": "API tokens",
    "sessions": "Sessions and sign-in records",
}


def _release() -> str:
    try:
        return version("accord")
    except PackageNotFoundError:
        return "unknown"


def settings_context() -> dict:
    retention = getattr(settings, "ACCORD_RETENTION", {}) or {}
    return {
        "service_name": settings.ACCORD_SITE_NAME,
        "base_url": settings.ACCORD_BASE_URL,
        "operator": settings.ACCORD_OPERATOR,
        "contact": settings.ACCORD_CONTACT_EMAIL,
        "dpo": settings.ACCORD_DPO_EMAIL,
        "accessibility_contact": settings.ACCORD_ACCESSIBILITY_EMAIL
        or settings.ACCORD_CONTACT_EMAIL,
        "tested": settings.ACCORD_ACCESSIBILITY_TESTED,
        "release": _release(),
        "retention": [(label, retention.get(key, "")) for key, label in RETENTION_KINDS.items()],
        "signing_link_days": settings.ACCORD_SIGNING_LINK_DAYS,
        "session_days": settings.SESSION_COOKIE_AGE // 86400,
        "reset_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }


def generated_text(kind: str) -> str:
    return render_to_string(f"notices/generated/{kind}.txt", settings_context()).strip()


def current_notice(kind: str) -> tuple[str, Notice | None]:
    """The text to publish, and the administrator's row when the text is theirs."""
    notice = Notice.objects.filter(kind=kind).select_related("updated_by").first()
    if notice is not None:
        return notice.text, notice
    return generated_text(kind), None


@dataclass
class Block:
    kind: str  # "heading", "subheading", "paragraph" or "bullets"
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def notice_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            current = None
            continue
        if line.startswith("### ") or line.startswith("## "):
            kind = "subheading" if line.startswith("### ") else "heading"
            blocks.append(Block(kind, [line.lstrip("#").strip()]))
            current = None
            continue
        kind = "bullets" if line.startswith("- ") else "paragraph"
        item = line[2:].strip() if kind == "bullets" else line
        if current is None or current.kind != kind:
            current = Block(kind)
            blocks.append(current)
        current.lines.append(item)
    return blocks


TITLES = {kind: label for kind, label in NoticeKind.choices}
