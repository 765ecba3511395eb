"""``accord remind``: remind pending signatories and tell officers who is overdue; tell
officers and secretaries of reviews due and agreements ending; expire agreements whose
end date has passed; remind parties that have not answered a request for their consent to
a joiner, and end such requests whose deadline has passed.

The worker (``accord worker``) runs the same work every hour by itself (accord/signing/
tasks.py); this command is for running it by hand, or from cron where no worker runs.
Running it twice in a day sends nothing twice.
"""

from __future__ import annotations

from accord.core.commands import AccordCommand
from accord.signing.tasks import remind_everyone


class Command(AccordCommand):
    help = (
        "Send sign-up reminders due today and report overdue parties; end requests for "
        "consent to a joiner past their deadline; remind of reviews "
        "due and agreements ending; expire agreements past their end date."
    )

    def handle(self, *args, **options):
        result, consents, term = remind_everyone()
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
        if consents.reminded:
            self.stdout.write(
                f"Reminded {len(consents.reminded)} signatory link(s) that a consent to a "
                "joiner is still awaited:"
            )
            for line in consents.reminded:
                self.stdout.write(f"  {line}")
        for request in consents.lapsed:
            self.stdout.write(
                f"Not every party consented by the deadline: {request.joiner.organisation} "
                "does not join."
            )
        for title in term.expired:
            self.stdout.write(f"Expired: {title}")
        if term.reminded:
            self.stdout.write(f"Reminded of {len(term.reminded)} review or end date(s):")
            for line in term.reminded:
                self.stdout.write(f"  {line}")
        else:
            self.stdout.write("No review or end-of-term reminders were due today.")
