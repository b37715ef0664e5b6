"""``python -m hdrectify`` runs the command line (and, with no arguments, the window)."""

from hdrectify.cli import main

main()
