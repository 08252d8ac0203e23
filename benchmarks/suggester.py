"""The thinking-trap suggester on the labelled thoughts (tests/unit/reframing_thoughts.toml): how
long one suggestion takes, and how often the right trap comes first.

    .venv/bin/python -m benchmarks.suggester [--repeat N]

The suggestion runs as the agent types, so one call must stay well under a few milliseconds.
Prints, per language: top-1 on the held-out part and on the tuning part, thoughts with two traps
where both were found, balanced thoughts flagged; then the time per thought (median, 99th
percentile, slowest) over every thought of the set, each timed `--repeat` times, and the time of
one 500-character thought (a long paste).
"""

from __future__ import annotations

import argparse
import statistics
import time

from companion.domain.reframing import suggest_distortions
from tests.helpers.thought_corpus import LANGUAGES, load, score


def accuracy() -> list[str]:
    thoughts = load()
    lines = []
    for lang in LANGUAGES:
        for label, held in (("held-out", True), ("tuning", False)):
            part = [t for t in thoughts if t.lang == lang and t.held_out == held]
            result = score(part, suggest_distortions)
            lines.append(
                f"{lang} {label:8}: top-1 {result.top1}/{result.with_trap} "
                f"({result.top1_rate:.1%}), both of two traps {result.both}/{result.two_traps}, "
                f"balanced flagged {len(result.flagged)}/{result.balanced}, "
                f"extra suggestions {result.extra}"
            )
    return lines


def timings(repeat: int) -> list[str]:
    texts = [thought.text for thought in load()]
    for text in texts:  # warm up (regex compilation happens at import)
        suggest_distortions(text)
    samples = []
    for _ in range(repeat):
        for text in texts:
            began = time.perf_counter_ns()
            suggest_distortions(text)
            samples.append((time.perf_counter_ns() - began) / 1e6)
    samples.sort()
    long_text = ("".join(texts[:40]))[:500]
    began = time.perf_counter_ns()
    for _ in range(repeat):
        suggest_distortions(long_text)
    long_ms = (time.perf_counter_ns() - began) / 1e6 / repeat
    return [
        f"per thought over {len(texts)} thoughts × {repeat}: median "
        f"{statistics.median(samples):.3f} ms, p99 {samples[int(len(samples) * 0.99)]:.3f} ms, "
        f"slowest {samples[-1]:.3f} ms, mean {statistics.fmean(samples):.3f} ms",
        f"one 500-character thought: {long_ms:.3f} ms",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    for line in accuracy() + timings(args.repeat):
        print(line)


if __name__ == "__main__":
    main()
