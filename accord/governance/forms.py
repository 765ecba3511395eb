from __future__ import annotations

from accord.core.filters import FilterForm, choice_filter
from accord.governance.models import BodyKind, Level


class BodyFilters(FilterForm):
    level = choice_filter("Level", Level.choices, "level", any_label="Any level")
    kind = choice_filter("Kind", BodyKind.choices, "kind of body", any_label="Any kind")
