"""``accord remind``: remind pending signatories and tell officers who is overdue; tell
officers and secretaries of reviews due and agreements ending; expire agreements whose
end date has passed; end requests for every party's consent to a joiner whose deadline
has passed.

Run it daily from cron or a systemd timer; running it twice in a day sends nothing twice.
"""

from __future__ import annotations

from accord.approvals.services.term_reminders import term_remind
from accord.core.commands import AccordCommand
from accord.signing.services.consents import consents_lapse
from accord.signing.services.reminders import signing_remind


class Command(AccordCommand):
    help = (
        "Send sign-up reminders due today and report overdue parties; remind of reviews "
        "due and agreements ending; expire agreements past their end date."
    )

    def handle(self, *args, **options):
        result = signing_remind()
        if result.reminded:
            self.stdout.write(
                f"Reminded {len(result.reminded)} signator{'y' if len(result.reminded) == 1 else 'ies'}:"
            )
            for line in result.reminded:
                self.stdout.write(f"  {line}")
        else:
            self.stdout.write("No reminders were due today.")
        for title, parties in result.overdue.items():
            self.stdout.write(f"Overdue for “{title}”: {', '.join(parties)}")
        for lapsed in consents_lapse():
            self.stdout.write(
                f"Not every party consented by the deadline: {lapsed.joiner.organisation} "
                "does not join."
            )
        term = term_remind()
        for title in term.expired:
            self.stdout.write(f"Expired: {title}")
        if term.reminded:
            self.stdout.write(f"Reminded of {len(term.reminded)} review or end date(s):")
            for line in term.reminded:
                self.stdout.write(f"  {line}")
        else:
            self.stdout.write("No review or end-of-term reminders were due today.")
