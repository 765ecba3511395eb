"""The upload form, and the review form built from an import's findings.

The review form has one group of fields per finding: whether to keep it, and its values
for the officer to correct. Parties choose between the matched organisation, the other
candidates and a new organisation; route steps between the matched body and keeping the
name as printed (a group such as "partner agency Boards").
"""

from __future__ import annotations

from django import forms

from accord.agreements.models import AgreementKind
from accord.approvals.models import Action
from accord.core.forms import GovukForm, PartialDateField
from accord.governance.models import Body
from accord.imports.gold import Answer, officer_gold
from accord.imports.reading import max_bytes
from accord.imports.services import Reviewed
from accord.organisations.models import Organisation

NEW = "new"
NAMED = "named"


class UploadForm(GovukForm):
    file = forms.FileField(
        label="Document",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".txt,.pdf,.docx,text/plain,application/pdf,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        ),
        error_messages={
            "required": "Choose the document to import.",
            "empty": "The file is empty.",
            "invalid": "Choose the document to import.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = (
            "A text file, a PDF or a Word document (.txt, .pdf or .docx) of at most "
            f"{max_bytes() // 1_048_576} MB."
        )


def _percent(match: dict | None) -> str:
    return f"{round(match['confidence'] * 100)}%" if match else ""


class ReviewForm(GovukForm):
    title = forms.CharField(label="Title", max_length=400)
    kind = forms.ChoiceField(label="Kind of agreement", choices=AgreementKind.choices)
    owning_body = forms.ModelChoiceField(
        label="Owning body",
        queryset=Body.objects.none(),
        empty_label="Choose a body",
        help_text="The body whose partnership officer manages the new draft.",
    )

    def __init__(self, *args, findings: dict, bodies, **kwargs):
        super().__init__(*args, **kwargs)
        self.findings = findings
        owning_body = self.fields["owning_body"]
        assert isinstance(owning_body, forms.ModelChoiceField)
        owning_body.queryset = bodies
        self.initial.setdefault("title", (findings.get("title") or {}).get("value", "")[:400])
        self.initial.setdefault("kind", findings.get("agreement_kind", "mou"))
        # Every group is present, even empty: a template asking for "groups.values" must
        # get the values group, never the dictionary's own values() method.
        self.groups: dict[str, list[dict]] = {
            name: [] for name in ("sections", "parties", "steps", "values", "principles", "dates")
        }
        self._sections()
        self._parties()
        self._steps()
        self._texts("values", "Value")
        self._texts("principles", "Principle")
        self._dates()

    # -- building the fields ------------------------------------------------------------

    def _include(self, name: str, label: str, initial: bool = True) -> str:
        self.fields[name] = forms.BooleanField(label=label, required=False, initial=initial)
        return name

    def _row(self, group: str, item: dict, **fields: str) -> None:
        self.groups.setdefault(group, []).append({"item": item, "fields": fields})

    def _sections(self) -> None:
        for n, section in enumerate(self.findings.get("sections", [])):
            if section.get("kind") == "start":
                continue
            # A cover report's own sections are shown but left out of the agreement.
            include = self._include(
                f"section_{n}", "Keep this section", initial=section.get("part") != "report"
            )
            self.fields[f"section_{n}_heading"] = forms.CharField(
                label="Heading",
                max_length=300,
                required=False,
                initial=(
                    section["label"] if section.get("kind") == "appendix" else section["heading"]
                )[:300],
            )
            self.fields[f"section_{n}_text"] = forms.CharField(
                label="Text",
                max_length=50_000,
                required=False,
                widget=forms.Textarea,
                initial=section["text"],
            )
            self._row(
                "sections",
                section,
                include=include,
                heading=f"section_{n}_heading",
                text=f"section_{n}_text",
            )

    def _parties(self) -> None:
        for n, party in enumerate(self.findings.get("parties", [])):
            match = party.get("match")
            choices = []
            for candidate in ([match] if match else []) + party.get("candidates", []):
                label = f"{candidate['name']} ({_percent(candidate)}, {candidate['how']})"
                choices.append((str(candidate["id"]), label))
            choices.append((NEW, "A new organisation with the name below"))
            include = self._include(f"party_{n}", "Keep this party")
            self.fields[f"party_{n}_organisation"] = forms.ChoiceField(
                label="Organisation in Accord",
                choices=choices,
                initial=str(match["id"]) if match else NEW,
            )
            self.fields[f"party_{n}_name"] = forms.CharField(
                label="Name for a new organisation",
                max_length=300,
                required=False,
                initial=party["name"],
            )
            self.fields[f"party_{n}_category"] = forms.CharField(
                label="Category",
                max_length=120,
                required=False,
                initial=party.get("category") or "Parties",
            )
            self._row(
                "parties",
                party,
                include=include,
                organisation=f"party_{n}_organisation",
                name=f"party_{n}_name",
                category=f"party_{n}_category",
            )

    def _steps(self) -> None:
        for n, step in enumerate(self.findings.get("approval_steps", [])):
            match = step.get("match")
            choices = [
                (str(c["id"]), f"{c['name']} ({_percent(c)}, {c['how']})")
                for c in ([match] if match else []) + step.get("candidates", [])
            ]
            choices.append((NAMED, f"No body in Accord: record “{step['body'][:150]}” as named"))
            include = self._include(f"step_{n}", "Keep this step")
            self.fields[f"step_{n}_body"] = forms.ChoiceField(
                label="Body", choices=choices, initial=str(match["id"]) if match else NAMED
            )
            self.fields[f"step_{n}_action"] = forms.ChoiceField(
                label="Action",
                choices=Action.choices,
                initial=step.get("accord_action", step["action"]),
            )
            self._row(
                "steps", step, include=include, body=f"step_{n}_body", action=f"step_{n}_action"
            )

    def _texts(self, group: str, label: str) -> None:
        for n, item in enumerate(self.findings.get(group, [])):
            include = self._include(f"{group}_{n}", f"Keep this {label.lower()}")
            self.fields[f"{group}_{n}_text"] = forms.CharField(
                label=label, max_length=2000, required=False, initial=item["text"]
            )
            self._row(group, item, include=include, text=f"{group}_{n}_text")

    def _dates(self) -> None:
        for n, item in enumerate(self.findings.get("dates", [])):
            include = self._include(f"date_{n}", "Keep this date")
            # The date at the precision the document printed: a day read is kept.
            self.fields[f"date_{n}_date"] = PartialDateField(
                label="Date", required=False, initial=item["date"]
            )
            self.fields[f"date_{n}_what"] = forms.CharField(
                label="What happened", max_length=400, required=False, initial=item["what"][:400]
            )
            self._row("dates", item, include=include, date=f"date_{n}_date", what=f"date_{n}_what")

    # -- reading the answers ------------------------------------------------------------

    def clean(self):
        data = super().clean()
        for row in self.groups.get("parties", []):
            f = row["fields"]
            if (
                data.get(f["include"])
                and data.get(f["organisation"]) == NEW
                and not data.get(f["name"], "").strip()
            ):
                self.add_error(
                    f["name"], "Type the new organisation’s name, or leave this party out."
                )
        for row in self.groups.get("sections", []):
            f = row["fields"]
            if data.get(f["include"]) and not data.get(f["heading"], "").strip():
                self.add_error(f["heading"], "Type a heading for this section, or leave it out.")
        for row in self.groups.get("dates", []):
            f = row["fields"]
            if not data.get(f["include"]):
                # A date left out is not checked: whatever it says, it is not kept.
                self._errors.pop(f["date"], None)
                continue
            if data.get(f["include"]):
                if not data.get(f["date"]) and f["date"] not in self.errors:
                    self.add_error(f["date"], "Enter the date, or leave this date out.")
                elif not data.get(f["what"], "").strip():
                    self.add_error(f["what"], "Say what happened, or leave this date out.")
        return data

    def reviewed(self) -> Reviewed:
        data = self.cleaned_data

        def kept(group: str) -> list[dict]:
            rows = self.groups.get(group, [])
            return [r["fields"] for r in rows if data.get(r["fields"]["include"])]

        parties = []
        organisations = Organisation.objects.in_bulk(
            [
                int(data[f["organisation"]])
                for f in kept("parties")
                if data[f["organisation"]].isdigit()
            ]
        )
        for f in kept("parties"):
            chosen = data[f["organisation"]]
            category = data[f["category"]].strip() or "Parties"
            if chosen.isdigit() and int(chosen) in organisations:
                parties.append({"organisation": organisations[int(chosen)], "category": category})
            else:
                parties.append({"new_name": data[f["name"]].strip(), "category": category})
        bodies = Body.objects.in_bulk(
            [int(data[f["body"]]) for f in kept("steps") if data[f["body"]].isdigit()]
        )
        steps = []
        for row in self.groups.get("steps", []):
            f = row["fields"]
            if not data.get(f["include"]):
                continue
            chosen = data[f["body"]]
            if chosen.isdigit() and int(chosen) in bodies:
                steps.append({"body": bodies[int(chosen)], "action": data[f["action"]]})
            else:
                steps.append(
                    {"body": None, "label": row["item"]["body"][:200], "action": data[f["action"]]}
                )
        return Reviewed(
            gold=self.gold(),
            title=data["title"],
            kind=data["kind"],
            owning_body=data["owning_body"],
            sections=[
                (data[f["heading"]].strip(), data[f["text"]].strip()) for f in kept("sections")
            ],
            parties=parties,
            steps=steps,
            values=[data[f["text"]].strip() for f in kept("values") if data[f["text"]].strip()],
            principles=[
                data[f["text"]].strip() for f in kept("principles") if data[f["text"]].strip()
            ],
            dates=[(*data[f["date"]], data[f["what"]].strip()) for f in kept("dates")],
        )

    def gold(self) -> dict:
        """What the officer confirmed, as a gold file of the evaluation corpus."""
        data = self.cleaned_data

        def answers(group: str) -> list[Answer]:
            result = []
            for row in self.groups.get(group, []):
                f = row["fields"]
                values = tuple((name, data.get(field)) for name, field in f.items())
                if group == "parties":
                    values += (("new", data.get(f["organisation"]) == NEW),)
                result.append(
                    Answer(
                        finding=row["item"],
                        kept=bool(data.get(f["include"])),
                        proposed=bool(self.fields[f["include"]].initial),
                        values=values,
                    )
                )
            return result

        return officer_gold(
            self.findings,
            title=data["title"],
            kind=data["kind"],
            sections=answers("sections"),
            parties=answers("parties"),
            steps=answers("steps"),
            values=answers("values"),
            dates=answers("dates"),
        )
