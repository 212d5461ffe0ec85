"""The layout of an SVG timeline of actions: one lane per action type, one dot per action.

Layer 4. Pure arithmetic on the actions' JSON (no store); the template draws the SVG, so every
label is escaped by Jinja2. Month-precise dates sit on the month's first day, year-precise on
the year's; undated actions are counted, not drawn.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from regkg import namespaces as ns

WIDTH = 760
LEFT = 170  # room for the lane labels
RIGHT = 20
TOP = 22
LANE = 28
AXIS = 34


def _day(text: str) -> dt.date | None:
    padded = text + "-01" * (2 - text.count("-"))
    try:
        return dt.date.fromisoformat(padded)
    except ValueError:
        return None


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Month starts over long spans, Mondays over short ones; at most about eight."""
    days = (last - first).days
    ticks: list[tuple[dt.date, str]] = []
    if days > 62:
        day = first.replace(day=1)
        while day <= last:
            if day >= first:
                ticks.append((day, day.strftime("%b %Y") if day.month == 1 or not ticks
                              else day.strftime("%b")))
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    else:
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        while day <= last:
            ticks.append((day, day.strftime("%d %b %Y") if not ticks else day.strftime("%d %b")))
            day += dt.timedelta(days=7)
    step = max(1, (len(ticks) + 7) // 8)
    return ticks[::step]


def timeline_layout(actions: list[dict[str, Any]]) -> dict[str, Any]:
    """Coordinates for `actions` (the lookups' action JSON); an empty layout if none is dated."""
    dated = [(a, d) for a in actions if a.get("date") and (d := _day(a["date"])) is not None]
    undated = len(actions) - len(dated)
    if not dated:
        return {"width": WIDTH, "height": 0, "lanes": [], "ticks": [], "points": [],
                "undated": undated}
    order = list(ns.ACTION_CLASSES)
    types = sorted({a["type"] or "other" for a, _ in dated},
                   key=lambda t: order.index(t) if t in order else len(order))
    lane_y = {t: TOP + LANE * i + LANE // 2 for i, t in enumerate(types)}
    first = min(d for _, d in dated) - dt.timedelta(days=7)
    last = max(d for _, d in dated) + dt.timedelta(days=7)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)

    height = TOP + LANE * len(types) + AXIS
    points = _spread([{
        "x": x(day), "y": lane_y[a["type"] or "other"], "id": a["id"], "type": a["type"],
        "date": a["date"], "label": a.get("label") or a["type"], "status": a.get("status"),
        "url": f"/browse/action/{a['id']}",
    } for a, day in sorted(dated, key=lambda pair: (pair[1], pair[0]["id"]))])
    return {
        "width": WIDTH,
        "height": height,
        "axis_y": height - AXIS + 6,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "lanes": [{"type": t, "label": t.replace("_", " "), "y": y} for t, y in lane_y.items()],
        "ticks": [{"x": x(d), "label": label} for d, label in _ticks(first, last)],
        "points": points,
        "undated": undated,
    }


def _spread(points: list[dict[str, Any]], gap: float = 12, label_gap: float = 70) -> list[
        dict[str, Any]]:
    """Shift dots of one lane that would overlap; label a dot's date when there is room."""
    last_x: dict[int, float] = {}
    last_label: dict[int, float] = {}
    for point in points:
        lane = point["y"]
        if lane in last_x and point["x"] - last_x[lane] < gap:
            point["x"] = round(min(last_x[lane] + gap, WIDTH - RIGHT / 2), 1)
        last_x[lane] = point["x"]
        point["show_date"] = lane not in last_label or point["x"] - last_label[lane] >= label_gap
        if point["show_date"]:
            last_label[lane] = point["x"]
    return points
