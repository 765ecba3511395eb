"""Who may change the accessibility statement and the privacy notice: administrators."""

import rules

from accord.permissions.core import is_administrator

rules.add_perm("notices.edit_notice", is_administrator)
