"""Every permission in Accord, declared once as a named rule, in this package.

Views, templates (``{% has_perm %}``) and services all ask ``user.has_perm(NAME, obj)``;
``PermissionsConfig.ready`` loads every module here at start-up. The shared predicates
and the rules on agreements, meetings and roles are in ``core``; each other area's rules
are in the module named after it. Which rows a user may see at all is decided beside the
data (``accord.agreements.visibility``, ``accord.approvals.visibility``,
``accord.consultations.visibility``), so a list page cannot forget to scope itself.
"""
