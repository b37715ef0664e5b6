# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cell_records_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_CellRecordsDialog(object):
    def setupUi(self, CellRecordsDialog):
        if not CellRecordsDialog.objectName():
            CellRecordsDialog.setObjectName(u"CellRecordsDialog")
        CellRecordsDialog.resize(820, 380)
        self.layout = QVBoxLayout(CellRecordsDialog)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(CellRecordsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.titleLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setSpacing(8)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusChip = QLabel(CellRecordsDialog)
        self.statusChip.setObjectName(u"statusChip")
        self.statusChip.setMinimumSize(QSize(18, 18))
        self.statusChip.setMaximumSize(QSize(18, 18))

        self.statusLayout.addWidget(self.statusChip)

        self.statusLabel = QLabel(CellRecordsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.statusLayout.addWidget(self.statusLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)


        self.layout.addLayout(self.statusLayout)

        self.exemptionLabel = QLabel(CellRecordsDialog)
        self.exemptionLabel.setObjectName(u"exemptionLabel")
        self.exemptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.exemptionLabel.setWordWrap(True)

        self.layout.addWidget(self.exemptionLabel)

        self.recordsView = QTableView(CellRecordsDialog)
        self.recordsView.setObjectName(u"recordsView")
        self.recordsView.setTabKeyNavigation(False)
        self.recordsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsView.setAlternatingRowColors(True)
        self.recordsView.setWordWrap(True)

        self.layout.addWidget(self.recordsView)

        self.emptyLabel = QLabel(CellRecordsDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.layout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(CellRecordsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.recordsView, self.buttonBox)

        self.retranslateUi(CellRecordsDialog)

        QMetaObject.connectSlotsByName(CellRecordsDialog)
    # setupUi

    def retranslateUi(self, CellRecordsDialog):
        CellRecordsDialog.setWindowTitle(QCoreApplication.translate("CellRecordsDialog", u"\u672c\u671f\u8bb0\u5f55", None))
#if QT_CONFIG(accessibility)
        self.recordsView.setAccessibleName(QCoreApplication.translate("CellRecordsDialog", u"\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("CellRecordsDialog", u"\u8fd9\u4e00\u671f\u6ca1\u6709\u767b\u8bb0\u8bb0\u5f55\u3002", None))
    # retranslateUi

