"""Health endpoints: public on purpose. /readyz says only whether the database answers
and how long queued work has waited, nothing about the register or its people."""

import rules

rules.add_perm("queue.view_readiness", rules.always_allow)
