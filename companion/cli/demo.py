"""The `demo` command: a synthetic history in a separate data folder (`companion.demo`)."""

from __future__ import annotations

import argparse
import sys

from companion.cli.parser import EXIT_OK, Failure, UsageError


def run_demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from companion.demo import ENTRIES_MAX, WEEKS_MAX, DemoError, describe, fill_demo_home
    from companion.domain.clock import SystemClock
    from companion.logs import setup_logging
    from companion.paths import AppPaths, DataDirError, ensure_private_dir
    from companion.storage.opening import StoreError

    if not 1 <= args.weeks <= WEEKS_MAX:
        raise UsageError(f"--weeks must be from 1 to {WEEKS_MAX}, got {args.weeks}")
    if args.entries is not None and not 0 <= args.entries <= ENTRIES_MAX:
        raise UsageError(f"--entries must be from 0 to {ENTRIES_MAX}, got {args.entries}")
    home = Path(args.home).expanduser().absolute()
    paths = AppPaths(data_dir=home, config_dir=home)
    try:
        ensure_private_dir(home)
        setup_logging(paths.log_file)
        if args.replace:
            from companion.ipc.channel import instance_running

            if instance_running(paths.instance_lock):
                raise Failure(f"Companion is running for {home}; quit it before --replace")
        result = fill_demo_home(
            home,
            SystemClock(),
            weeks=args.weeks,
            seed=args.seed,
            entries=args.entries,
            replace=args.replace,
        )
    except (DemoError, StoreError, DataDirError, OSError) as error:
        raise Failure(str(error)) from None
    sys.stdout.write(describe(result))
    return EXIT_OK
