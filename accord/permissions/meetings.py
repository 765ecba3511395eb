"""Permissions for meetings, agenda items and decisions (declared once, here)."""
