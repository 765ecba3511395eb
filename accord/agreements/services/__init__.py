"""State changes of agreements. Each checks permission, acts, then writes the audit entry."""
