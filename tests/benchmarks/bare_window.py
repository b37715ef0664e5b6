"""The bare PySide6 window of bench_startup.py, as a script PyInstaller can freeze (bare_window.spec):
a QApplication, an empty QMainWindow shown, the clock printed when its event loop first runs idle."""

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), time.process_time(), flush=True), app.quit()))
app.exec()
