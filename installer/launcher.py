"""The frozen bundle's entry point: the same `fielddesk` command as the installed script."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
