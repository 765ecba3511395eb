"""Every action the audit trail records, declared once (a test checks that every
``audit_record`` call names one of these, and that each is used).

The values are what the trail stores; they never change once written, so a new name is
a new action, not a renamed one.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    ACCOUNTS_IDENTITY_LINK = "accounts.identity.link"
    ACCOUNTS_PASSWORD_CHANGE = "accounts.password.change"
    ACCOUNTS_ROLE_GRANT = "accounts.role.grant"
    ACCOUNTS_ROLE_REVOKE = "accounts.role.revoke"
    ACCOUNTS_MFA_ENROL = "accounts.mfa.enrol"
    ACCOUNTS_MFA_CODES = "accounts.mfa.codes"
    ACCOUNTS_MFA_REMOVE = "accounts.mfa.remove"
    ACCOUNTS_SIGNIN_LOCK = "accounts.signin.lock"
    ACCOUNTS_SIGNIN_UNLOCK = "accounts.signin.unlock"
    ACCOUNTS_USER_INVITE = "accounts.user.invite"
    ADMIN_ADD = "admin.add"
    ADMIN_CHANGE = "admin.change"
    ADMIN_DELETE = "admin.delete"
    AGREEMENT_ADAPT = "agreement.adapt"
    AGREEMENT_CREATE = "agreement.create"
    AGREEMENT_DRAFT_START = "agreement.draft.start"
    AGREEMENT_IMPORT = "agreement.import"
    AGREEMENT_PARTY_ADD = "agreement.party.add"
    AGREEMENT_PARTY_IMPORT = "agreement.party.import"
    AGREEMENT_PARTY_NOTICE = "agreement.party.notice"
    AGREEMENT_PARTY_NOTICE_WITHDRAW = "agreement.party.notice.withdraw"
    AGREEMENT_PARTY_REMOVE = "agreement.party.remove"
    AGREEMENT_PARTY_REMOVE_BY_VARIATION = "agreement.party.remove_by_variation"
    AGREEMENT_ROUTE_ADD = "agreement.route.add"
    AGREEMENT_ROUTE_MOVE = "agreement.route.move"
    AGREEMENT_ROUTE_REMOVE = "agreement.route.remove"
    AGREEMENT_ROUTE_RESTART = "agreement.route.restart"
    AGREEMENT_SECTION_ADD = "agreement.section.add"
    AGREEMENT_SECTION_DELETE = "agreement.section.delete"
    AGREEMENT_SECTION_MOVE = "agreement.section.move"
    AGREEMENT_SECTION_UPDATE = "agreement.section.update"
    AGREEMENT_STATUS_CHANGE = "agreement.status.change"
    AGREEMENT_TERMS_UPDATE = "agreement.terms.update"
    AGREEMENT_VERSION_PUBLISH = "agreement.version.publish"
    API_TOKEN_CREATE = "api.token.create"
    API_TOKEN_REVOKE = "api.token.revoke"
    API_WEBHOOK_DEACTIVATE = "api.webhook.deactivate"
    API_WEBHOOK_REGISTER = "api.webhook.register"
    CONSULTATION_CLOSE = "consultation.close"
    CONSULTATION_COMMENT_ADD = "consultation.comment.add"
    CONSULTATION_COMMENT_RESPOND = "consultation.comment.respond"
    CONSULTATION_INVITATION_RESEND = "consultation.invitation.resend"
    CONSULTATION_INVITATION_REVOKE = "consultation.invitation.revoke"
    CONSULTATION_OPEN = "consultation.open"
    DOCUMENT_ISSUE = "document.issue"
    DOCUMENT_SEAL = "document.seal"
    IMPORT_CONFIRM = "import.confirm"
    IMPORT_CREATE = "import.create"
    IMPORT_READ = "import.read"
    IMPORT_REJECT = "import.reject"
    IMPORT_UNREADABLE = "import.unreadable"
    INSTANCE_RESTORE = "instance.restore"
    MEETING_CREATE = "meeting.create"
    MEETING_ITEM_ADD = "meeting.item.add"
    MEETING_ITEM_DECIDE = "meeting.item.decide"
    MEETING_ITEM_MOVE = "meeting.item.move"
    MEETING_ITEM_REMOVE = "meeting.item.remove"
    MEETING_UPDATE = "meeting.update"
    NOTICE_RESET = "notice.reset"
    NOTICE_SAVE = "notice.save"
    ORGANISATION_CREATE = "organisation.create"
    ORGANISATION_IMPORT = "organisation.import"
    ORGANISATION_IMPORT_CHANGE = "organisation.import.change"
    ORGANISATION_IMPORT_CREATE = "organisation.import.create"
    ORGANISATION_SUCCESSION_RECORD = "organisation.succession.record"
    REPORT_CREATE = "report.create"
    REPORT_IMPLICATION_OUTDATE = "report.implication.outdate"
    REPORT_IMPLICATION_REQUEST = "report.implication.request"
    REPORT_IMPLICATION_RETURN = "report.implication.return"
    REPORT_IMPLICATION_VERIFY = "report.implication.verify"
    REPORT_VERSION_CREATE = "report.version.create"
    REVIEW_RECORD = "review.record"
    REVIEW_REMIND = "review.remind"
    SIGNING_ACCESSION = "signing.accession"
    SIGNING_ADMISSION_INVITE = "signing.admission.invite"
    SIGNING_ADMISSION_WITHDRAW = "signing.admission.withdraw"
    SIGNING_CLOSE = "signing.close"
    SIGNING_CONSENT_ANSWER = "signing.consent.answer"
    SIGNING_CONSENT_ASK = "signing.consent.ask"
    SIGNING_CONSENT_END = "signing.consent.end"
    SIGNING_CONSENT_INCLUDE = "signing.consent.include"
    SIGNING_CONSENT_REMIND = "signing.consent.remind"
    SIGNING_DECLINED = "signing.declined"
    SIGNING_HAND_OVER = "signing.hand_over"
    SIGNING_INVITATION_RESEND = "signing.invitation.resend"
    SIGNING_INVITATION_REVOKE = "signing.invitation.revoke"
    SIGNING_NOTICE_NOTE = "signing.notice.note"
    SIGNING_NOVATION = "signing.novation"
    SIGNING_OPEN = "signing.open"
    SIGNING_RECONFIRMATION = "signing.reconfirmation"
    SIGNING_RECONFIRMATION_REQUEST = "signing.reconfirmation.request"
    SIGNING_REMIND = "signing.remind"
    SIGNING_SIGNATORY_AUTHORISE = "signing.signatory.authorise"
    SIGNING_SIGNATORY_CHANGE_POST = "signing.signatory.change_post"
    SIGNING_SIGNATORY_WITHDRAW = "signing.signatory.withdraw"
    SIGNING_SIGNED = "signing.signed"
    STEP_DECIDE = "step.decide"


class History:
    """The history an entry belongs to (``AuditEntry.subject``): one per agreement, meeting
    or organisation, shown on that thing's history page."""

    @staticmethod
    def agreement(pk: int) -> str:
        return f"agreement:{pk}"

    @staticmethod
    def meeting(pk: int) -> str:
        return f"meeting:{pk}"

    @staticmethod
    def organisation(pk: int) -> str:
        return f"organisation:{pk}"

    @staticmethod
    def notice(kind: str) -> str:
        """The accessibility statement's or the privacy notice's own history."""
        return f"notice:{kind}"

    @staticmethod
    def register() -> str:
        """Changes to the register as a whole, such as an import of organisations."""
        return "organisations"
