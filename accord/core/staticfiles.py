"""Static files as a deployment collects them: compressed, each name carrying a hash of its
content, so nginx can tell browsers to keep them for a year (docs/deploy.md)."""

from __future__ import annotations

from typing import Any

from whitenoise.storage import CompressedManifestStaticFilesStorage


class HashedStaticFiles(CompressedManifestStaticFilesStorage):
    # The GOV.UK stylesheet names the crown crest, which only GOV.UK itself may show;
    # Accord does not ship it, so that one reference is left as written (it is never drawn).
    NOT_SHIPPED = frozenset({"govuk/assets/images/govuk-crest.svg"})

    def hashed_name(self, name: str, content: Any = None, filename: str | None = None) -> str:
        try:
            hashed: str = super().hashed_name(name, content, filename)
        except ValueError:
            if name.lstrip("/") in self.NOT_SHIPPED:
                return name
            raise
        return hashed
