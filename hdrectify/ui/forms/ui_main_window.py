# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionLogContact = QAction(MainWindow)
        self.actionLogContact.setObjectName(u"actionLogContact")
        self.actionLogContact.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.actionReport = QAction(MainWindow)
        self.actionReport.setObjectName(u"actionReport")
        self.actionReview = QAction(MainWindow)
        self.actionReview.setObjectName(u"actionReview")
        self.actionExempt = QAction(MainWindow)
        self.actionExempt.setObjectName(u"actionExempt")
        self.actionPrintChecklist = QAction(MainWindow)
        self.actionPrintChecklist.setObjectName(u"actionPrintChecklist")
        self.actionPrintSummary = QAction(MainWindow)
        self.actionPrintSummary.setObjectName(u"actionPrintSummary")
        self.actionPrintLedger = QAction(MainWindow)
        self.actionPrintLedger.setObjectName(u"actionPrintLedger")
        self.actionEvidenceZip = QAction(MainWindow)
        self.actionEvidenceZip.setObjectName(u"actionEvidenceZip")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(150, 0))
        self.navList.setMaximumSize(QSize(190, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setSpacing(2)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecord = QMenu(self.menubar)
        self.menuRecord.setObjectName(u"menuRecord")
        self.menuPrint = QMenu(self.menubar)
        self.menuPrint.setObjectName(u"menuPrint")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuTools = QMenu(self.menubar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuRecord.menuAction())
        self.menubar.addAction(self.menuPrint.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuTools.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuRecord.addAction(self.actionLogContact)
        self.menuRecord.addAction(self.actionReport)
        self.menuRecord.addAction(self.actionReview)
        self.menuRecord.addAction(self.actionExempt)
        self.menuPrint.addAction(self.actionPrintChecklist)
        self.menuPrint.addAction(self.actionPrintSummary)
        self.menuPrint.addAction(self.actionPrintLedger)
        self.menuPrint.addAction(self.actionEvidenceZip)
        self.menuTools.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb", None))
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u6570\u636e\u5e93(&N)\u2026", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u6570\u636e\u5e93(&O)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&Q)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionLogContact.setText(QCoreApplication.translate("MainWindow", u"\u767b\u8bb0\u8054\u7cfb(&C)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionLogContact.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionReport.setText(QCoreApplication.translate("MainWindow", u"\u767b\u8bb0\u5b63\u5ea6\u6c47\u62a5(&R)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionReport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionReview.setText(QCoreApplication.translate("MainWindow", u"\u767b\u8bb0\u5e74\u5ea6\u8003\u8bc4(&A)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionReview.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+A", None))
#endif // QT_CONFIG(shortcut)
        self.actionExempt.setText(QCoreApplication.translate("MainWindow", u"\u767b\u8bb0\u514d\u9664(&E)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExempt.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrintChecklist.setText(QCoreApplication.translate("MainWindow", u"\u6708\u5ea6\u6e05\u5355(&M)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrintChecklist.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrintSummary.setText(QCoreApplication.translate("MainWindow", u"\u5b63\u5ea6\u6c47\u603b(&Q)\u2026", None))
        self.actionPrintLedger.setText(QCoreApplication.translate("MainWindow", u"\u6574\u6539\u53f0\u8d26(&L)\u2026", None))
        self.actionEvidenceZip.setText(QCoreApplication.translate("MainWindow", u"\u4f50\u8bc1\u6750\u6599\u5305(&Z)\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuRecord.setTitle(QCoreApplication.translate("MainWindow", u"\u767b\u8bb0(&R)", None))
        self.menuPrint.setTitle(QCoreApplication.translate("MainWindow", u"\u6253\u5370(&P)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u89c6\u56fe(&V)", None))
        self.menuTools.setTitle(QCoreApplication.translate("MainWindow", u"\u5de5\u5177(&T)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

