"""People who sign in, and the roles each holds for a body or an organisation."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **fields: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields: Any) -> User:
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields: Any) -> User:
        fields.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **fields)


class User(AbstractUser):
    """A person who signs in with their e-mail address."""

    # Signing in is by e-mail: Django's documented way to drop the username field, which the
    # stubs cannot express (they declare it as always a str).
    username = None  # type: ignore[assignment]
    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    person = models.OneToOneField(
        "organisations.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="user",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []
    # Our manager creates users by e-mail; the stubs expect Django's username-based one.
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.full_name or self.get_full_name() or self.email


class RoleName(models.TextChoices):
    ADMINISTRATOR = "administrator", "Administrator"
    OFFICER = "officer", "Partnership officer"
    SECRETARY = "secretary", "Board secretary"
    SIGNATORY = "signatory", "Signatory"
    VERIFIER = "verifier", "Implications verifier"
    MEMBER = "member", "Member"


# Which scope each role is held for.
BODY_ROLES = (RoleName.OFFICER, RoleName.SECRETARY, RoleName.MEMBER)
ORGANISATION_ROLES = (RoleName.SIGNATORY, RoleName.VERIFIER)


class Role(models.Model):
    """A role held by a user: for a body (officer, secretary, member), for an organisation
    (signatory, verifier), or everywhere (administrator)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="roles")
    name = models.CharField(max_length=15, choices=RoleName.choices)
    body = models.ForeignKey(
        "governance.Body", null=True, blank=True, on_delete=models.CASCADE, related_name="roles"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="roles",
    )
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(name__in=RoleName.values), name="role_name_valid"),
            models.CheckConstraint(
                condition=(
                    Q(name=RoleName.ADMINISTRATOR, body__isnull=True, organisation__isnull=True)
                    | Q(name__in=list(BODY_ROLES), body__isnull=False, organisation__isnull=True)
                    | Q(
                        name__in=list(ORGANISATION_ROLES),
                        organisation__isnull=False,
                        body__isnull=True,
                    )
                ),
                name="role_scope_matches_role",
            ),
            models.UniqueConstraint(
                fields=["user", "name", "body"],
                condition=Q(body__isnull=False),
                name="role_once_per_body",
            ),
            models.UniqueConstraint(
                fields=["user", "name", "organisation"],
                condition=Q(organisation__isnull=False),
                name="role_once_per_organisation",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(name=RoleName.ADMINISTRATOR),
                name="administrator_once",
            ),
        ]

    def __str__(self) -> str:
        scope = self.body or self.organisation
        return f"{self.get_name_display()}" + (f" for {scope}" if scope else "")


class SignInThrottle(models.Model):
    """Failed password sign-ins for one e-mail address or one client address, and the lock
    they led to (see accord.accounts.lockout)."""

    class Kind(models.TextChoices):
        ACCOUNT = "account", "Account"
        ADDRESS = "address", "Network address"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    key = models.CharField(max_length=254, help_text="The e-mail address or IP address.")
    failures = models.PositiveIntegerField(default=0)
    locks = models.PositiveIntegerField(default=0, help_text="Locks in this run of failures.")
    locked_until = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField()

    class Meta:
        ordering = ["-last_failure_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="one_throttle_per_key"),
            models.CheckConstraint(
                condition=Q(kind__in=["account", "address"]), name="throttle_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.key}"


class ExternalIdentity(models.Model):
    """A person's identity at a single sign-on provider, bound to their account the first
    time they sign in there: the provider's subject never changes, so an e-mail address
    later given to someone else at the provider cannot reach this account."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="external_identities")
    provider = models.CharField(max_length=40)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField()

    class Meta:
        ordering = ["provider", "subject"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "subject"], name="one_account_per_external_identity"
            ),
            models.UniqueConstraint(
                fields=["user", "provider"], name="one_identity_per_provider_and_account"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider}:{self.subject}"
