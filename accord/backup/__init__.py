"""Backups that restore: one archive holding the database (as an engine-neutral dump),
the files Accord issued and imported, the seal and audit keys (encrypted with a
passphrase) and a manifest of SHA-256 hashes that the passphrase also authenticates.

- ``archive.backup_create`` writes an archive (``accord backup FILE``);
- ``restore.backup_restore`` checks one and loads it (``accord restore FILE``).
"""
