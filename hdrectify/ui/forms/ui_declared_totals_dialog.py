# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declared_totals_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_DeclaredTotalsDialog(object):
    def setupUi(self, DeclaredTotalsDialog):
        if not DeclaredTotalsDialog.objectName():
            DeclaredTotalsDialog.setObjectName(u"DeclaredTotalsDialog")
        DeclaredTotalsDialog.resize(560, 320)
        self.layout = QVBoxLayout(DeclaredTotalsDialog)
        self.layout.setObjectName(u"layout")
        self.helpLabel = QLabel(DeclaredTotalsDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.layout.addWidget(self.helpLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.sourceComboLabel = QLabel(DeclaredTotalsDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.grid.addWidget(self.sourceComboLabel, 0, 0, 1, 1)

        self.sourceCombo = QComboBox(DeclaredTotalsDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.grid.addWidget(self.sourceCombo, 0, 1, 1, 1)

        self.problemsSpinLabel = QLabel(DeclaredTotalsDialog)
        self.problemsSpinLabel.setObjectName(u"problemsSpinLabel")

        self.grid.addWidget(self.problemsSpinLabel, 1, 0, 1, 1)

        self.problemsSpin = QSpinBox(DeclaredTotalsDialog)
        self.problemsSpin.setObjectName(u"problemsSpin")
        self.problemsSpin.setMinimum(-1)
        self.problemsSpin.setMaximum(9999)

        self.grid.addWidget(self.problemsSpin, 1, 1, 1, 1)

        self.problemsSpinError = QLabel(DeclaredTotalsDialog)
        self.problemsSpinError.setObjectName(u"problemsSpinError")
        self.problemsSpinError.setStyleSheet(u"color: #b3261e;")
        self.problemsSpinError.setWordWrap(True)

        self.grid.addWidget(self.problemsSpinError, 2, 1, 1, 1)

        self.specificSpinLabel = QLabel(DeclaredTotalsDialog)
        self.specificSpinLabel.setObjectName(u"specificSpinLabel")

        self.grid.addWidget(self.specificSpinLabel, 3, 0, 1, 1)

        self.specificSpin = QSpinBox(DeclaredTotalsDialog)
        self.specificSpin.setObjectName(u"specificSpin")
        self.specificSpin.setMinimum(-1)
        self.specificSpin.setMaximum(9999)

        self.grid.addWidget(self.specificSpin, 3, 1, 1, 1)

        self.specificSpinError = QLabel(DeclaredTotalsDialog)
        self.specificSpinError.setObjectName(u"specificSpinError")
        self.specificSpinError.setStyleSheet(u"color: #b3261e;")
        self.specificSpinError.setWordWrap(True)

        self.grid.addWidget(self.specificSpinError, 4, 1, 1, 1)

        self.measuresSpinLabel = QLabel(DeclaredTotalsDialog)
        self.measuresSpinLabel.setObjectName(u"measuresSpinLabel")

        self.grid.addWidget(self.measuresSpinLabel, 5, 0, 1, 1)

        self.measuresSpin = QSpinBox(DeclaredTotalsDialog)
        self.measuresSpin.setObjectName(u"measuresSpin")
        self.measuresSpin.setMinimum(-1)
        self.measuresSpin.setMaximum(9999)

        self.grid.addWidget(self.measuresSpin, 5, 1, 1, 1)

        self.measuresSpinError = QLabel(DeclaredTotalsDialog)
        self.measuresSpinError.setObjectName(u"measuresSpinError")
        self.measuresSpinError.setStyleSheet(u"color: #b3261e;")
        self.measuresSpinError.setWordWrap(True)

        self.grid.addWidget(self.measuresSpinError, 6, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.ledgerLabel = QLabel(DeclaredTotalsDialog)
        self.ledgerLabel.setObjectName(u"ledgerLabel")
        self.ledgerLabel.setWordWrap(True)
        self.ledgerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.ledgerLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.formError = QLabel(DeclaredTotalsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(DeclaredTotalsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.problemsSpinLabel.setBuddy(self.problemsSpin)
        self.specificSpinLabel.setBuddy(self.specificSpin)
        self.measuresSpinLabel.setBuddy(self.measuresSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourceCombo, self.problemsSpin)
        QWidget.setTabOrder(self.problemsSpin, self.specificSpin)
        QWidget.setTabOrder(self.specificSpin, self.measuresSpin)
        QWidget.setTabOrder(self.measuresSpin, self.buttonBox)

        self.retranslateUi(DeclaredTotalsDialog)
        self.buttonBox.rejected.connect(DeclaredTotalsDialog.reject)

        QMetaObject.connectSlotsByName(DeclaredTotalsDialog)
    # setupUi

    def retranslateUi(self, DeclaredTotalsDialog):
        DeclaredTotalsDialog.setWindowTitle(QCoreApplication.translate("DeclaredTotalsDialog", u"\u901a\u62a5\u6240\u8bf4\u7684\u6570\u5b57", None))
        self.helpLabel.setText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u5de1\u5bdf\u901a\u62a5\u81ea\u5df1\u8bf4\u7684\u95ee\u9898\u6570\u3001\u5177\u4f53\u95ee\u9898\u6570\u548c\u6574\u6539\u63aa\u65bd\u6570\uff08\u5982\u201c\u4e09\u5927\u65b9\u976213\u4e2a\u95ee\u989851\u4e2a\u5177\u4f53\u95ee\u9898\uff0c\u5236\u5b9a\u4e8672\u6761\u6574\u6539\u63aa\u65bd\u201d\uff09\u3002\u6574\u6539\u60c5\u51b5\u62a5\u544a\u7167\u901a\u62a5\u5f15\u7528\u8fd9\u4e9b\u6570\u5b57\uff0c\u5e76\u53e6\u884c\u8bf4\u660e\u53f0\u8d26\u9010\u6761\u5217\u51fa\u7684\u95ee\u9898\u548c\u63aa\u65bd\u3002\u901a\u62a5\u6ca1\u6709\u8bf4\u7684\uff0c\u9009\u201c\u901a\u62a5\u672a\u8bf4\u660e\u201d\u3002", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u5de1\u5bdf(&I)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("DeclaredTotalsDialog", u"\u5de1\u5bdf", None))
#endif // QT_CONFIG(accessibility)
        self.problemsSpinLabel.setText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u95ee\u9898\u6570(&P)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.problemsSpin.setAccessibleName(QCoreApplication.translate("DeclaredTotalsDialog", u"\u95ee\u9898\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.problemsSpin.setSpecialValueText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u901a\u62a5\u672a\u8bf4\u660e", None))
        self.specificSpinLabel.setText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u5177\u4f53\u95ee\u9898\u6570(&B)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.specificSpin.setAccessibleName(QCoreApplication.translate("DeclaredTotalsDialog", u"\u5177\u4f53\u95ee\u9898\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.specificSpin.setSpecialValueText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u901a\u62a5\u672a\u8bf4\u660e", None))
        self.measuresSpinLabel.setText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u6574\u6539\u63aa\u65bd\u6570(&M)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.measuresSpin.setAccessibleName(QCoreApplication.translate("DeclaredTotalsDialog", u"\u6574\u6539\u63aa\u65bd\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.measuresSpin.setSpecialValueText(QCoreApplication.translate("DeclaredTotalsDialog", u"\u901a\u62a5\u672a\u8bf4\u660e", None))
    # retranslateUi

