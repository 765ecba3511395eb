"""A small, real OpenID Connect provider (django-oauth-toolkit in OIDC mode) that the
single sign-on tests start in a process of their own on 127.0.0.1.

Its people are chosen to exercise each case: a normal verified address, an address nobody
has an Accord account for, an unverified address, and two whose ID tokens are made wrong
by the provider itself (another audience; already expired), signed with its real key.
"""
