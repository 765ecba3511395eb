"""The record-integrity machine's rules on who may sign: signatories authorised and withdrawn
in and out of scope, the signatory role revoked, and a stranger trying made-up links."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import rule

from accord.accounts.models import Role, RoleName
from accord.accounts.services import role_revoke
from accord.agreements.models import Party
from accord.audit.models import AuditEntry
from accord.signing.models import AuthorisedSignatory
from accord.signing.services import authority, signatures
from tests.integrity.common import (
    CONTEXT,
    violated,
)


class SignatoryRules:
    """Mixed into RecordMachine (machine.py), whose ``act`` and ``person`` it uses."""

    # --- signatories and roles ---------------------------------------------------

    @rule(
        who=st.sampled_from(["administrator", "officer", "rival_officer"]),
        organisation=st.integers(0, 3),
        whom=st.sampled_from(["newcomer", "rival_officer", "officer", "signatory_1"]),
    )
    def authorise_signatory(self, who, organisation, whom):
        actor = self.person(who)
        target = self.world.organisations[organisation]
        allowed = self._may_manage_signatories(actor, target) and (
            who == "administrator" or whom != who
        )
        result, _ = self.act(
            authority.signatory_authorise,
            actor=actor,
            organisation=target,
            user=self.person(whom),
            post="Director",
            authority="Delegation 7",
        )
        if isinstance(result, AuthorisedSignatory) and not allowed:
            violated(
                "signatories-managed-in-scope",
                f"{who} made {whom} a signatory for {target}",
            )

    @rule(who=st.sampled_from(["administrator", "officer", "rival_officer"]), data=st.data())
    def withdraw_signatory(self, who, data):
        active = list(
            AuthorisedSignatory.objects.filter(active=True).select_related("organisation")
        )
        if not active:
            return
        signatory = data.draw(st.sampled_from(active))
        actor = self.person(who)
        allowed = self._may_manage_signatories(actor, signatory.organisation)
        self.act(authority.signatory_withdraw, actor=actor, signatory=signatory)
        signatory.refresh_from_db()
        if not signatory.active and not allowed:
            violated(
                "signatories-managed-in-scope",
                f"{who} withdrew {signatory.user.email} for {signatory.organisation}",
            )

    @rule(data=st.data())
    def revoke_signatory_role(self, data):
        roles = list(Role.objects.filter(name=RoleName.SIGNATORY))
        if not roles:
            return
        self.act(
            role_revoke, actor=self.person("administrator"), role=data.draw(st.sampled_from(roles))
        )

    def _may_manage_signatories(self, actor, organisation) -> bool:
        """The rule the issue sets: administrators; officers only for organisations that
        are parties to agreements of bodies they are officer for."""
        from accord.accounts.scope import scope_of

        scope = scope_of(actor)
        if scope.administrator:
            return True
        bodies = scope.body_ids(RoleName.OFFICER)
        return Party.objects.filter(
            organisation=organisation, agreement__owning_body_id__in=bodies
        ).exists()

    # --- a stranger at the signing page -------------------------------------------

    @rule(junk=st.text("abcdef0123456789", min_size=1, max_size=12))
    def bogus_link(self, junk):
        before = AuditEntry.objects.count()
        try:
            signatures.invitation_for(junk, context=CONTEXT)
        except signatures.LinkRefused:
            pass
        if AuditEntry.objects.count() > before:
            violated(
                "refusals-are-counted-not-written",
                "an anonymous request with a made-up link wrote an audit entry",
            )
