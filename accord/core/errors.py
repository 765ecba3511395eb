"""One error contract for every service: what went wrong, in plain words, as one of four kinds.

- ``Refused``: this person may not do this (HTTP 403).
- ``NotFound``: there is no such thing, or not one this person may see (404).
- ``Conflict``: the record's state does not allow it now: a status that forbids it, an
  answer already given, a draft changed by someone else (409).
- ``Invalid``: what was given is wrong; ``field_errors`` name the fields (422 in the API,
  the GOV.UK error summary on a page).

Each also derives from the Django exception that already meant the same, so pages that
catch ``PermissionDenied`` or ``ValidationError`` keep working. Pages
(``accord.core.middleware``), the API (``accord.api.api``) and commands
(``accord.core.commands``) map them the same way.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404


class AccordError(Exception):
    """Base of the four kinds. ``str(error)`` is a sentence to show to a person."""

    status = 400

    @property
    def text(self) -> str:
        if isinstance(self, ValidationError):
            return " ".join(self.messages)
        return super().__str__()

    def __str__(self) -> str:
        return self.text


class Refused(AccordError, PermissionDenied):
    """The actor may not do this."""

    status = 403


class NotFound(AccordError, Http404):
    """No such thing, or none this actor may see."""

    status = 404


class Conflict(AccordError, ValidationError):
    """The state of the record does not allow this now."""

    status = 409


class Invalid(AccordError, ValidationError):
    """What was given is wrong; a dict message names the fields."""

    status = 422

    @property
    def field_errors(self) -> dict[str, list[str]]:
        return dict(self.message_dict) if hasattr(self, "error_dict") else {}


def as_accord_error(error: Exception) -> AccordError:
    """Any refusal a service may raise, as one of the four kinds."""
    if isinstance(error, AccordError):
        return error
    if isinstance(error, PermissionDenied):
        return Refused(str(error) or "You do not have permission to do that.")
    if isinstance(error, Http404):
        return NotFound(str(error) or "There is no such page.")
    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            return Invalid(error.message_dict)
        return Invalid(error.messages)
    return Invalid(str(error))
