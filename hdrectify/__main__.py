"""``python -m hdrectify`` opens the window (no arguments, or only ``--db PATH``) or runs the command line."""

from hdrectify.launch import main

main()
