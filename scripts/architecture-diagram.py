"""Draw docs/architecture.svg from the layers declared in .importlinter, so the picture
cannot drift from the contract the tests enforce.

    .venv/bin/python scripts/architecture-diagram.py
"""

from __future__ import annotations

import configparser
from pathlib import Path

import graphviz

ROOT = Path(__file__).resolve().parents[1]

# What each app owns, in a few words (docs/architecture.md says more).
OWNS = {
    "core": "dates, events, errors, links, slugs, seals, sections, hooks",
    "audit": "hash-chained trail, published heads",
    "caching": "page cache, change log",
    "organisations": "organisations, names, successors, people",
    "governance": "areas, bodies, reporting lines, memberships, map",
    "accounts": "users, roles, sign-in",
    "agreements": "agreements, versions, sections, parties, lifecycle",
    "approvals": "route, meetings, agenda, decisions",
    "consultations": "consultations, comments, responses",
    "signing": "signatories, links, signatures, close-outs",
    "documents": "PDF and Word, seals, checking",
    "reports": "cover reports, implications, packs",
    "imports": "reading existing documents",
    "permissions": "every permission rule",
    "notices": "accessibility statement, privacy notice",
    "home": "start page",
    "api": "REST API, open data, webhooks",
    "backup": "backup and restore",
    "demo": "demo data",
}


def layers() -> list[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    declared = config["importlinter:contract:layers"]["layers"].split()
    return [name.removeprefix("accord.") for name in declared]


def main() -> None:
    graph = graphviz.Digraph("architecture", format="svg")
    graph.attr(rankdir="TB", fontname="Helvetica", nodesep="0.3", ranksep="0.25")
    graph.attr("node", shape="box", style="rounded", fontname="Helvetica", fontsize="11")
    graph.attr(label="Each app may import only the apps below it", labelloc="t")
    names = layers()
    for name in names:
        graph.node(name, f"{name}\n{OWNS.get(name, '')}")
    for upper, lower in zip(names, names[1:], strict=False):
        graph.edge(upper, lower, arrowhead="vee")
    (ROOT / "docs" / "architecture.svg").write_bytes(graph.pipe())
    print("wrote docs/architecture.svg")


if __name__ == "__main__":
    main()
