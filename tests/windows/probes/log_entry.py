"""Adds one mood entry through Companion's own command line (`companion log`), with a note the
caller passes in a UTF-8 file: under Wine, non-ASCII text on a command line is mangled."""

import runpy
import sys
from pathlib import Path

note = Path(sys.argv[1]).read_text(encoding="utf-8")
sys.argv = ["companion", "log", "--stress", "6", "--note", note]
runpy.run_module("companion", run_name="__main__")
