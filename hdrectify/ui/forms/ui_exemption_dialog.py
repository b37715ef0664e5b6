# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exemption_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

class Ui_ExemptionDialog(object):
    def setupUi(self, ExemptionDialog):
        if not ExemptionDialog.objectName():
            ExemptionDialog.setObjectName(u"ExemptionDialog")
        ExemptionDialog.resize(520, 470)
        self.layout = QVBoxLayout(ExemptionDialog)
        self.layout.setObjectName(u"layout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.suggestionComboLabel = QLabel(ExemptionDialog)
        self.suggestionComboLabel.setObjectName(u"suggestionComboLabel")

        self.grid.addWidget(self.suggestionComboLabel, 0, 0, 1, 1)

        self.suggestionLayout = QHBoxLayout()
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.holidayYearSpin = QSpinBox(ExemptionDialog)
        self.holidayYearSpin.setObjectName(u"holidayYearSpin")
        self.holidayYearSpin.setMinimum(2000)
        self.holidayYearSpin.setMaximum(2100)

        self.suggestionLayout.addWidget(self.holidayYearSpin)

        self.suggestionCombo = QComboBox(ExemptionDialog)
        self.suggestionCombo.setObjectName(u"suggestionCombo")
        self.suggestionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.suggestionCombo.setMinimumContentsLength(20)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.suggestionCombo.sizePolicy().hasHeightForWidth())
        self.suggestionCombo.setSizePolicy(sizePolicy)

        self.suggestionLayout.addWidget(self.suggestionCombo)


        self.grid.addLayout(self.suggestionLayout, 0, 1, 1, 1)

        self.suggestionComboError = QLabel(ExemptionDialog)
        self.suggestionComboError.setObjectName(u"suggestionComboError")
        self.suggestionComboError.setStyleSheet(u"color: #b3261e;")
        self.suggestionComboError.setWordWrap(True)

        self.grid.addWidget(self.suggestionComboError, 1, 1, 1, 1)

        self.allCheck = QCheckBox(ExemptionDialog)
        self.allCheck.setObjectName(u"allCheck")

        self.grid.addWidget(self.allCheck, 2, 1, 1, 1)

        self.pairingComboLabel = QLabel(ExemptionDialog)
        self.pairingComboLabel.setObjectName(u"pairingComboLabel")

        self.grid.addWidget(self.pairingComboLabel, 3, 0, 1, 1)

        self.pairingCombo = QComboBox(ExemptionDialog)
        self.pairingCombo.setObjectName(u"pairingCombo")

        self.grid.addWidget(self.pairingCombo, 3, 1, 1, 1)

        self.pairingComboError = QLabel(ExemptionDialog)
        self.pairingComboError.setObjectName(u"pairingComboError")
        self.pairingComboError.setStyleSheet(u"color: #b3261e;")
        self.pairingComboError.setWordWrap(True)

        self.grid.addWidget(self.pairingComboError, 4, 1, 1, 1)

        self.obligationComboLabel = QLabel(ExemptionDialog)
        self.obligationComboLabel.setObjectName(u"obligationComboLabel")

        self.grid.addWidget(self.obligationComboLabel, 5, 0, 1, 1)

        self.obligationCombo = QComboBox(ExemptionDialog)
        self.obligationCombo.setObjectName(u"obligationCombo")

        self.grid.addWidget(self.obligationCombo, 5, 1, 1, 1)

        self.obligationComboError = QLabel(ExemptionDialog)
        self.obligationComboError.setObjectName(u"obligationComboError")
        self.obligationComboError.setStyleSheet(u"color: #b3261e;")
        self.obligationComboError.setWordWrap(True)

        self.grid.addWidget(self.obligationComboError, 6, 1, 1, 1)

        self.fromEditLabel = QLabel(ExemptionDialog)
        self.fromEditLabel.setObjectName(u"fromEditLabel")

        self.grid.addWidget(self.fromEditLabel, 7, 0, 1, 1)

        self.fromEdit = QDateEdit(ExemptionDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.grid.addWidget(self.fromEdit, 7, 1, 1, 1)

        self.fromEditError = QLabel(ExemptionDialog)
        self.fromEditError.setObjectName(u"fromEditError")
        self.fromEditError.setStyleSheet(u"color: #b3261e;")
        self.fromEditError.setWordWrap(True)

        self.grid.addWidget(self.fromEditError, 8, 1, 1, 1)

        self.toEditLabel = QLabel(ExemptionDialog)
        self.toEditLabel.setObjectName(u"toEditLabel")

        self.grid.addWidget(self.toEditLabel, 9, 0, 1, 1)

        self.toEdit = QDateEdit(ExemptionDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.grid.addWidget(self.toEdit, 9, 1, 1, 1)

        self.toEditError = QLabel(ExemptionDialog)
        self.toEditError.setObjectName(u"toEditError")
        self.toEditError.setStyleSheet(u"color: #b3261e;")
        self.toEditError.setWordWrap(True)

        self.grid.addWidget(self.toEditError, 10, 1, 1, 1)

        self.reasonEditLabel = QLabel(ExemptionDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.grid.addWidget(self.reasonEditLabel, 11, 0, 1, 1)

        self.reasonEdit = QLineEdit(ExemptionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.grid.addWidget(self.reasonEdit, 11, 1, 1, 1)

        self.reasonEditError = QLabel(ExemptionDialog)
        self.reasonEditError.setObjectName(u"reasonEditError")
        self.reasonEditError.setStyleSheet(u"color: #b3261e;")
        self.reasonEditError.setWordWrap(True)

        self.grid.addWidget(self.reasonEditError, 12, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(ExemptionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ExemptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.suggestionComboLabel.setBuddy(self.suggestionCombo)
        self.pairingComboLabel.setBuddy(self.pairingCombo)
        self.obligationComboLabel.setBuddy(self.obligationCombo)
        self.fromEditLabel.setBuddy(self.fromEdit)
        self.toEditLabel.setBuddy(self.toEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.holidayYearSpin, self.suggestionCombo)
        QWidget.setTabOrder(self.suggestionCombo, self.allCheck)
        QWidget.setTabOrder(self.allCheck, self.pairingCombo)
        QWidget.setTabOrder(self.pairingCombo, self.obligationCombo)
        QWidget.setTabOrder(self.obligationCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(ExemptionDialog)
        self.buttonBox.rejected.connect(ExemptionDialog.reject)

        QMetaObject.connectSlotsByName(ExemptionDialog)
    # setupUi

    def retranslateUi(self, ExemptionDialog):
        ExemptionDialog.setWindowTitle(QCoreApplication.translate("ExemptionDialog", u"\u767b\u8bb0\u514d\u9664", None))
        self.suggestionComboLabel.setText(QCoreApplication.translate("ExemptionDialog", u"\u8282\u5047\u65e5\u5efa\u8bae(&H)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.holidayYearSpin.setAccessibleName(QCoreApplication.translate("ExemptionDialog", u"\u8282\u5047\u65e5\u5e74\u4efd", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.suggestionCombo.setToolTip(QCoreApplication.translate("ExemptionDialog", u"\u6cd5\u5b9a\u8282\u5047\u65e5\u4f7f\u5927\u90e8\u5206\u5de5\u4f5c\u65e5\u653e\u5047\u7684\u5468\uff08\u6216\u6708\uff09\uff1a\u9009\u4e2d\u540e\u586b\u597d\u4e0b\u9762\u5404\u9879\uff0c\u6838\u5bf9\u540e\u4fdd\u5b58\u624d\u4f1a\u767b\u8bb0", None))
#endif // QT_CONFIG(tooltip)
        self.allCheck.setText(QCoreApplication.translate("ExemptionDialog", u"\u9002\u7528\u4e8e\u6240\u6709\u6302\u94a9\uff08\u4f8b\u5982\u5168\u53bf\u6625\u8282\u653e\u5047\uff09", None))
        self.pairingComboLabel.setText(QCoreApplication.translate("ExemptionDialog", u"\u6302\u94a9(&P)\uff1a", None))
        self.obligationComboLabel.setText(QCoreApplication.translate("ExemptionDialog", u"\u514d\u9664\u4e49\u52a1(&O)\uff1a", None))
        self.fromEditLabel.setText(QCoreApplication.translate("ExemptionDialog", u"\u4ece(&F)\uff1a", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ExemptionDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.toEditLabel.setText(QCoreApplication.translate("ExemptionDialog", u"\u5230(&T)\uff1a", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ExemptionDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("ExemptionDialog", u"\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ExemptionDialog", u"\u5fc5\u586b\uff0c\u4f8b\u5982\uff1a\u6625\u8282\u653e\u5047\uff0c\u4e2d\u5fc3\u95ed\u9986", None))
    # retranslateUi

