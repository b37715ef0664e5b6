"""Python compiled from forms/*.ui by pyside6-uic (packaging/build_ui.py). Do not edit."""
