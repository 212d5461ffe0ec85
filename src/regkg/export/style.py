"""Colours and sizes of the network views (Gephi's viz:color and viz:size). Layer 3."""

from __future__ import annotations

import math

KINDS = (
    "authority", "jurisdiction", "law", "organisation", "service", "person", "action", "claim",
)

# One colour per node kind (Tableau 10, readable on white and on Gephi's dark background).
COLORS: dict[str, tuple[int, int, int]] = {
    "authority": (214, 39, 40),  # red
    "jurisdiction": (127, 127, 127),  # grey
    "law": (148, 103, 189),  # purple
    "organisation": (31, 119, 180),  # blue
    "service": (23, 190, 207),  # cyan
    "person": (255, 127, 14),  # orange
    "action": (44, 160, 44),  # green
    "claim": (188, 189, 34),  # olive
}
OTHER_COLOR = (199, 199, 199)  # entities of an unexpected kind


def color(kind: str) -> tuple[int, int, int]:
    return COLORS.get(kind, OTHER_COLOR)


def hex_color(kind: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*color(kind))


def size(actions: int) -> float:
    """Node size grows with the number of actions the node takes part in (area ~ actions)."""
    return round(6.0 + 6.0 * math.sqrt(max(actions, 0)), 3)
