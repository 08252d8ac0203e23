"""Mood entries as the `list` command prints them: a table, JSON or CSV, one row at a time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import IO

from companion.domain.shown_text import harmless
from companion.spreadsheet import LineWriter

CSV_HEADER = ["id", "at", "stress", "emotions", "category", "note"]


def render(rows: Iterable[dict[str, object]], form: str, out: IO[str]) -> None:
    """Write `rows` to `out` as they come: however many there are, only one is held."""
    if form == "json":
        from companion.storage.json_stream import write_list

        write_list(out, rows)
        out.write("\n")
        return
    if form == "csv":
        writer = LineWriter(out)
        writer.writerow(CSV_HEADER)
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
        return
    _table(rows, out)


def _table(rows: Iterable[dict[str, object]], out: IO[str]) -> None:
    header = f"{'time':<16}  {'st':>2}  {'category':<10} {'emotions':<28} note"
    wrote = False
    for row in rows:
        if not wrote:
            out.write(header + "\n")
            wrote = True
        emotions = row["emotions"]
        assert isinstance(emotions, list)
        note = str(row["note"] or "")
        for space in "\r\n\t":
            note = note.replace(space, " ")
        if len(note) > 60:
            note = note[:59] + "…"
        at = datetime.fromisoformat(str(row["at"])).strftime("%Y-%m-%d %H:%M")
        category = harmless(str(row["category"] or "-"))  # an older store's, whatever it holds
        line = (
            f"{at}  {row['stress']!s:>2}  {category:<10} "
            f"{harmless(','.join(emotions)) or '-':<28} {harmless(note)}".rstrip()
        )
        out.write(line + "\n")
    if not wrote:
        out.write("No entries.\n")
