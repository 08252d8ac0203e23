"""`python -m companion.cli`: the command line, with its parser even for the tray start."""

from companion.cli import main

raise SystemExit(main())
