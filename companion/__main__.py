"""`python -m companion` is the same as the `companion` command."""

from companion.process.entry import main

raise SystemExit(main())
