"""`python -m companion` is the same as the `companion` command."""

from companion.launch import main

raise SystemExit(main())
