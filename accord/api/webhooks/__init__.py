"""Webhooks: an administrator registers endpoints that are told, by signed POSTs, of events."""
