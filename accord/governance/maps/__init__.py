"""The governance map: what a map shows (model), drawing it (drawing), and keeping and
serving drawings without making a request wait on Graphviz (store).

``map_fragment`` is what pages and documents call; ``map_draw`` draws one map from the
database and keeps it, callable from anywhere (a task queue, a command)."""

from accord.governance.maps.store import MapFragment, map_draw, map_fingerprint, map_fragment

__all__ = ["MapFragment", "map_draw", "map_fingerprint", "map_fragment"]
