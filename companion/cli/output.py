"""Mood entries as the `list` command prints them: a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from companion.domain.shown_text import harmless


def render(rows: list[dict[str, object]], form: str) -> str:
    if form == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if form == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "at", "stress", "emotions", "category", "note"])
        for row in rows:
            emotions = row["emotions"]
            assert isinstance(emotions, list)
            writer.writerow(
                [
                    row["id"],
                    row["at"],
                    row["stress"],
                    ";".join(emotions),
                    row["category"] or "",
                    row["note"] or "",
                ]
            )
        return out.getvalue()
    return _table(rows)


def _table(rows: list[dict[str, object]]) -> str:
    if not rows:
        return "No entries.\n"
    lines = []
    for row in rows:
        emotions = row["emotions"]
        assert isinstance(emotions, list)
        note = str(row["note"] or "")
        for space in "\r\n\t":
            note = note.replace(space, " ")
        if len(note) > 60:
            note = note[:59] + "…"
        at = datetime.fromisoformat(str(row["at"])).strftime("%Y-%m-%d %H:%M")
        category = harmless(str(row["category"] or "-"))  # an older store's, whatever it holds
        lines.append(
            f"{at}  {row['stress']!s:>2}  {category:<10} "
            f"{harmless(','.join(emotions)) or '-':<28} {harmless(note)}".rstrip()
        )
    header = f"{'time':<16}  {'st':>2}  {'category':<10} {'emotions':<28} note"
    return "\n".join([header, *lines]) + "\n"
