"""Entry point of the frozen app (PyInstaller): the same ``hdrectify`` command as the installed one."""

from hdrectify.launch import main

if __name__ == "__main__":
    main()
