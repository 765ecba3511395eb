"""The officer's draft page as a GOV.UK task list: what is done, what is next, and
what cannot start yet, each task with a link to where it is done."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

COMPLETED, IN_PROGRESS, NOT_STARTED, CANNOT_START = (
    "Completed",
    "In progress",
    "Not yet started",
    "Cannot start yet",
)


@dataclass(frozen=True)
class Task:
    name: str
    status: str
    url: str = ""  # empty when there is nothing to do there now
    hint: str = ""

    @property
    def tag(self) -> str:
        """The GOV.UK tag colour, or "" for a status shown as plain text."""
        return {IN_PROGRESS: "light-blue", NOT_STARTED: "blue"}.get(self.status, "")

    @property
    def slug(self) -> str:
        return self.name.lower().replace(" ", "-")


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def draft_tasks(
    *,
    agreement,
    draft,
    published,
    section_count: int,
    party_count: int,
    step_count: int,
    consultations,
    editable: bool,
) -> list[Task]:
    """``draft`` is the unpublished version (or None); ``published`` the latest
    published one (or None); ``consultations`` those on this agreement."""
    slug = agreement.slug

    def link(name: str, *args) -> str:
        return reverse(name, args=[slug, *args]) if editable else ""

    if draft is not None:
        text = (
            Task(
                "Write the sections",
                IN_PROGRESS,
                "#sections" if editable else "",
                f"{_plural(section_count, 'section')} in draft version {draft.number}",
            )
            if section_count
            else Task("Write the sections", NOT_STARTED, "#sections" if editable else "")
        )
    elif published is not None:
        text = Task("Write the sections", COMPLETED, "#sections", f"Version {published.number}")
    else:
        text = Task("Write the sections", NOT_STARTED, "#sections" if editable else "")

    parties = Task(
        "Add the parties",
        COMPLETED if party_count else NOT_STARTED,
        link("agreements:parties"),
        _plural(party_count, "party", "parties") if party_count else "",
    )
    route = Task(
        "Set the approval route",
        COMPLETED if step_count else NOT_STARTED,
        link("route:edit"),
        _plural(step_count, "step") if step_count else "",
    )

    open_now = [c for c in consultations if c.is_open]
    if open_now:
        consult = Task(
            "Consult on a version",
            IN_PROGRESS,
            open_now[0].get_absolute_url(),
            f"Open until {open_now[0].closes_on:%-d %B %Y}",
        )
    elif consultations:
        consult = Task("Consult on a version", COMPLETED, consultations[0].get_absolute_url())
    elif published is None:
        consult = Task(
            "Consult on a version", CANNOT_START, "", "Publish a version first, then consult on it"
        )
    else:
        consult = Task(
            "Consult on a version",
            NOT_STARTED,
            link("consultations:open"),
            "Optional: ask bodies and people to comment on a published version",
        )

    if draft is not None and section_count:
        publish = Task(
            "Publish a version",
            NOT_STARTED,
            link("agreements:publish"),
            f"Draft version {draft.number} is not published yet",
        )
    elif draft is not None:
        publish = Task("Publish a version", CANNOT_START, "", "Write at least one section first")
    elif published is not None:
        publish = Task(
            "Publish a version",
            COMPLETED,
            "",
            f"Version {published.number}, “{published.label}”",
        )
    else:
        publish = Task("Publish a version", CANNOT_START, "", "Write at least one section first")
    return [text, parties, route, consult, publish]
