"""Accord: the register, agreements, approvals and sign-up of public-service partnerships."""
