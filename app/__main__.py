"""`python -m app` / `fielddesk`: the command line, which starts the GUI by default."""

from __future__ import annotations

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
