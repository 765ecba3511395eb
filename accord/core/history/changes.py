"""Sentences for what happens to an agreement after it is agreed: successors confirming
it, parties joining and leaving, signatories changing, its term, reviews and reminders."""

from __future__ import annotations

from collections.abc import Callable

from accord.core.history.words import HistoryLine, clip, date, words

REVIEW_OUTCOMES = {
    "no_change": "no change",
    "variation": "a variation",
    "renewal": "a renewal",
    "termination": "termination",
}


def _answer(verb: str, refused: str) -> Callable[[dict, dict], HistoryLine]:
    """A successor's, joiner's or re-confirming signatory's answer on the version."""

    def write(b: dict, a: dict) -> HistoryLine:
        who = f"{a.get('full_name')}, {a.get('post')},"
        if a.get("decision") == "declined":
            return HistoryLine(
                f"{who} {refused} for {a.get('party')}.",
                clip(a.get("reason")) if a.get("reason") else "",
            )
        place = f" in the place of {a['in_place_of']}" if a.get("in_place_of") else ""
        return HistoryLine(f"{who} {verb} version {a.get('version')} for {a.get('party')}{place}.")

    return write


def _asked(b: dict, a: dict) -> HistoryLine:
    people = words(a.get("invited")) if a.get("invited") else "nobody (no signatory recorded)"
    if a.get("kind") == "novation":
        sentence = (
            f"Asked {a.get('successor')} to confirm the agreement in the place of "
            f"{a.get('in_place_of')}."
        )
    else:
        sentence = (
            f"Invited {a.get('organisation')} to join the agreement from {date(a.get('joins_on'))}."
        )
    return HistoryLine(sentence, f"Links sent to: {people}")


def _consent_answer(b: dict, a: dict) -> HistoryLine:
    who = f"{a.get('full_name')}, {a.get('post')}, for {a.get('party')},"
    if a.get("answer") == "objected":
        return HistoryLine(
            f"{who} objected to {a.get('joiner')} joining.",
            clip(a.get("reason")) if a.get("reason") else "",
        )
    return HistoryLine(f"{who} consented to {a.get('joiner')} joining.")


CONSENT_ENDINGS = {
    "consented": "Every party consented to {0} joining; {0} is invited to sign.",
    "objected": "{0} does not join: {1} objected.",
    "withdrawn": "Withdrew the request for the parties' consent to {0} joining; it does not join.",
    "lapsed": "{0} does not join: not every party consented by the deadline.",
}


def _consent_end(b: dict, a: dict) -> HistoryLine:
    sentence = CONSENT_ENDINGS.get(str(a.get("status")), "The request about {0} ended.")
    if a.get("status") == "consented":
        detail = f"Links sent to: {words(a.get('invited')) if a.get('invited') else 'nobody'}"
    elif a.get("status") == "objected":
        detail = clip(a.get("reason")) if a.get("reason") else ""
    else:
        detail = f"Not answered: {words(a.get('not_answered'))}" if a.get("not_answered") else ""
    return HistoryLine(sentence.format(a.get("organisation"), a.get("objected")), detail)


def _terms(b: dict, a: dict) -> HistoryLine:
    changed = [f"{key.replace('_', ' ')}: {words(b.get(key))} to {words(a.get(key))}" for key in a]
    return HistoryLine(
        "Changed the agreement's review and end dates or notice terms.", clip(changed)
    )


CHANGE_WRITERS = {
    "organisation.succession.record": lambda b, a: HistoryLine(
        f"Recorded {a.get('successor')} as the successor, from {date(a.get('date'))}.",
        clip(a.get("note")) if a.get("note") else "",
    ),
    "signing.admission.invite": _asked,
    "signing.admission.withdraw": lambda b, a: HistoryLine(
        f"Withdrew the invitation to {b.get('organisation')}."
    ),
    "signing.consent.ask": lambda b, a: HistoryLine(
        f"Asked every party to consent to {a.get('organisation')} joining the agreement from "
        f"{date(a.get('joins_on'))}, by {date(a.get('deadline'))}.",
        f"Links sent to: {words(a.get('invited'))}"
        + (
            f"; no signatory recorded for {words(a.get('without_signatory'))}"
            if a.get("without_signatory")
            else ""
        ),
    ),
    "signing.consent.answer": _consent_answer,
    "signing.consent.end": _consent_end,
    "signing.consent.include": lambda b, a: HistoryLine(
        f"Asked {a.get('party')}, a party since the request was made, whether "
        f"{a.get('organisation')} may join too; answers are taken until "
        f"{date(a.get('deadline'))}.",
        (
            "Every other party had consented: the invitation to sign waits for this answer. "
            if b.get("status") == "consented"
            else ""
        )
        + (
            f"Links sent to: {words(a.get('invited'))}"
            if a.get("invited")
            else "No signatory is recorded for it."
        ),
    ),
    "signing.consent.remind": lambda b, a: HistoryLine(
        f"Reminded {a.get('signatory')} that {a.get('party')} has not yet said whether "
        f"{a.get('organisation')} may join; answers are taken until {date(a.get('deadline'))}."
    ),
    "signing.novation": _answer("confirmed", "declined to take the place of its predecessor"),
    "signing.accession": _answer("signed to join, on", "declined to join"),
    "signing.reconfirmation": _answer("re-confirmed", "declined to re-confirm"),
    "signing.reconfirmation.request": lambda b, a: HistoryLine(
        f"Asked {a.get('asked')} to re-confirm the agreement for {a.get('party')}, whose text "
        f"names the post of {a.get('post_named')}."
    ),
    "signing.notice.note": lambda b, a: HistoryLine(
        f"Noted that {a.get('signatory')}, who signed as {a.get('post')} for {a.get('party')}, "
        "no longer holds that authority; the signature stays valid.",
        f"Now authorised: {words(a.get('holders'))}",
    ),
    "signing.signatory.change_post": lambda b, a: HistoryLine(
        f"Recorded that {b.get('user')} now holds the post of {a.get('post')} "
        f"(was {b.get('post')})."
    ),
    "agreement.party.notice": lambda b, a: HistoryLine(
        f"{a.get('party')} gave notice to leave on {date(a.get('notice_given_on'))}; it is a "
        f"party until {date(a.get('leaves_on'))}.",
        clip(a.get("reason")) if a.get("reason") else "",
    ),
    "agreement.party.notice.withdraw": lambda b, a: HistoryLine(
        f"{b.get('party')}'s notice to leave was withdrawn; it stays a party.",
        clip(a.get("reason")) if a.get("reason") else "",
    ),
    "agreement.party.remove_by_variation": lambda b, a: HistoryLine(
        f"Removed {b.get('party')} by a recorded variation, from {date(a.get('left_on'))}.",
        clip(a.get("reason")) if a.get("reason") else "",
    ),
    "agreement.terms.update": _terms,
    "review.record": lambda b, a: HistoryLine(
        f"Recorded a review at {a.get('meeting')}: "
        f"{REVIEW_OUTCOMES.get(str(a.get('outcome')), words(a.get('outcome')))}.",
        clip(a.get("minute")) if a.get("minute") else "",
    ),
    "review.remind": lambda b, a: HistoryLine(
        "Sent a reminder that "
        + ("the review is due" if a.get("kind") == "review" else "the term ends")
        + f" on {date(a.get('due_on'))}."
    ),
}
