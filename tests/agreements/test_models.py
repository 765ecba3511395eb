"""Rules of the domain model that the database itself must enforce."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accord.agreements.canonical import content_hash
from accord.agreements.models import ImmutableVersionError
from accord.organisations.models import OrganisationIdentifier, OrganisationSuccession
from tests.agreements.factories import (
    AgreementFactory,
    PartyFactory,
    SectionFactory,
    VersionFactory,
)
from tests.approvals.factories import ApprovalStepFactory
from tests.governance.factories import AreaFactory, BodyFactory, ReportingLineFactory
from tests.organisations.factories import OrganisationFactory, OrganisationNameFactory

pytestmark = pytest.mark.django_db


def _violates(build) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        build()


def test_an_organisation_is_a_party_once_per_agreement():
    party = PartyFactory()
    _violates(lambda: PartyFactory(agreement=party.agreement, organisation=party.organisation))
    # ...but may be a party to another agreement.
    PartyFactory(organisation=party.organisation)


def test_party_status_must_be_known():
    _violates(lambda: PartyFactory(status="maybe"))


def test_a_body_cannot_report_to_itself():
    body = BodyFactory()
    _violates(lambda: ReportingLineFactory(from_body=body, to_body=body))


def test_reporting_line_end_cannot_precede_start():
    _violates(
        lambda: ReportingLineFactory(start_date=dt.date(2020, 1, 1), end_date=dt.date(2019, 1, 1))
    )


def test_an_organisation_cannot_succeed_itself():
    organisation = OrganisationFactory()
    _violates(
        lambda: OrganisationSuccession.objects.create(
            predecessor=organisation, successor=organisation, date=dt.date(2022, 7, 1)
        )
    )


def test_an_area_cannot_be_its_own_parent():
    area = AreaFactory()
    area.parent = area
    _violates(area.save)


def test_an_approval_step_must_name_who_acts():
    _violates(lambda: ApprovalStepFactory(body=None, label=""))
    assert ApprovalStepFactory(body=None, label="partner agency Boards").actor_name == (
        "partner agency Boards"
    )


def test_step_order_is_unique_within_an_agreement():
    step = ApprovalStepFactory()
    _violates(lambda: ApprovalStepFactory(agreement=step.agreement, order=step.order))


def test_an_identifier_code_is_unique_within_its_scheme():
    OrganisationIdentifier.objects.create(
        organisation=OrganisationFactory(), scheme="GB-LAE", code="THR"
    )
    _violates(
        lambda: OrganisationIdentifier.objects.create(
            organisation=OrganisationFactory(), scheme="GB-LAE", code="THR"
        )
    )


@pytest.mark.parametrize(
    "scheme, code, valid",
    [
        ("GB-LAE", "THR", True),
        ("GB-LAE", "thr", False),
        ("GB-LAE", "THRX", False),
        ("GB-NHS", "07G", True),
        ("GB-NHS", "RAT", True),
        ("GB-NHS", "07G 1", False),
        ("GB-COH", "01234567", True),
        ("GB-COH", "SC123456", True),
        ("GB-COH", "1234", False),
        ("GB-CHC", "1123456", True),
        ("GB-CHC", "11A", False),
    ],
)
def test_identifier_codes_are_validated_by_scheme(scheme, code, valid):
    identifier = OrganisationIdentifier(
        organisation=OrganisationFactory(), scheme=scheme, code=code
    )
    if valid:
        identifier.full_clean()
        assert identifier.org_id == f"{scheme}-{code}"
    else:
        with pytest.raises(ValidationError) as error:
            identifier.full_clean()
        assert scheme in str(error.value)


def test_an_unknown_identifier_scheme_is_refused_by_the_database():
    _violates(
        lambda: OrganisationIdentifier.objects.create(
            organisation=OrganisationFactory(), scheme="XX-ABC", code="1"
        )
    )


def test_an_agreement_shows_the_name_a_party_had_when_it_joined():
    organisation = OrganisationFactory(name="Thurrock CVS")
    OrganisationNameFactory(
        organisation=organisation,
        name="Thurrock Council for Voluntary Services",
        end_date=dt.date(2021, 3, 31),
    )
    before = PartyFactory(organisation=organisation, joined_on=dt.date(2019, 11, 1))
    after = PartyFactory(organisation=organisation, joined_on=dt.date(2022, 1, 1))
    assert before.name_as_party == "Thurrock Council for Voluntary Services"
    assert after.name_as_party == "Thurrock CVS"


def test_a_published_version_and_its_sections_cannot_change():
    section = SectionFactory()
    version = section.version
    version.publish()
    version.refresh_from_db()
    assert version.content_hash.startswith("sha256:")
    version.label = "Changed"
    with pytest.raises(ImmutableVersionError):
        version.save()
    section.text = "Something else"
    with pytest.raises(ImmutableVersionError):
        section.save()
    with pytest.raises(ImmutableVersionError):
        section.delete()
    with pytest.raises(ImmutableVersionError):
        SectionFactory(version=version)
    with pytest.raises(ImmutableVersionError):
        version.delete()


def test_a_draft_version_can_change():
    section = SectionFactory()
    section.text = "Revised"
    section.save()
    section.version.label = "Second draft"
    section.version.save()


def test_version_numbers_are_unique_per_agreement():
    version = VersionFactory()
    _violates(lambda: VersionFactory(agreement=version.agreement, number=version.number))


def test_content_hash_ignores_layout_but_not_words():
    class S:
        def __init__(self, number, heading, text):
            self.number, self.heading, self.text = number, heading, text

    base = content_hash([S("1", "Introduction", "We agree.\n\n- to share\n- to learn")])
    same = content_hash(
        [S("1 ", "Introduction", "We agree.  \r\n\r\n\r\n- to share\n- to learn\n")]
    )
    changed = content_hash([S("1", "Introduction", "We agree.\n\n- to share\n- to teach")])
    reordered = content_hash([S("1", "Introduction", "- to share\n- to learn\n\nWe agree.")])
    assert base == same
    assert base != changed
    assert base != reordered


def test_agreement_cannot_be_adapted_from_itself():
    agreement = AgreementFactory()
    agreement.adapted_from = agreement
    _violates(agreement.save)
