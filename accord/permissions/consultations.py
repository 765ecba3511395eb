"""Permissions for consultations on draft agreements (declared once, here)."""
