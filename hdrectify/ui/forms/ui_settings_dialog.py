# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 640)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.unitGroup = QGroupBox(SettingsDialog)
        self.unitGroup.setObjectName(u"unitGroup")
        self.unitForm = QFormLayout(self.unitGroup)
        self.unitForm.setObjectName(u"unitForm")
        self.federationLabel = QLabel(self.unitGroup)
        self.federationLabel.setObjectName(u"federationLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.federationLabel)

        self.federationBox = QVBoxLayout()
        self.federationBox.setSpacing(2)
        self.federationBox.setObjectName(u"federationBox")
        self.federationEdit = QLineEdit(self.unitGroup)
        self.federationEdit.setObjectName(u"federationEdit")
        self.federationEdit.setMinimumSize(QSize(320, 0))
        self.federationEdit.setMaxLength(80)

        self.federationBox.addWidget(self.federationEdit)

        self.federationNameError = QLabel(self.unitGroup)
        self.federationNameError.setObjectName(u"federationNameError")
        self.federationNameError.setStyleSheet(u"color: #c62828;")
        self.federationNameError.setWordWrap(True)

        self.federationBox.addWidget(self.federationNameError)


        self.unitForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.federationBox)

        self.summaryUnitLabel = QLabel(self.unitGroup)
        self.summaryUnitLabel.setObjectName(u"summaryUnitLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryUnitLabel)

        self.summaryUnitEdit = QLineEdit(self.unitGroup)
        self.summaryUnitEdit.setObjectName(u"summaryUnitEdit")
        self.summaryUnitEdit.setMaxLength(80)

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryUnitEdit)

        self.summaryPreparerLabel = QLabel(self.unitGroup)
        self.summaryPreparerLabel.setObjectName(u"summaryPreparerLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryPreparerLabel)

        self.summaryPreparerEdit = QLineEdit(self.unitGroup)
        self.summaryPreparerEdit.setObjectName(u"summaryPreparerEdit")
        self.summaryPreparerEdit.setMaxLength(40)

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryPreparerEdit)

        self.summaryReviewerLabel = QLabel(self.unitGroup)
        self.summaryReviewerLabel.setObjectName(u"summaryReviewerLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryReviewerLabel)

        self.summaryReviewerEdit = QLineEdit(self.unitGroup)
        self.summaryReviewerEdit.setObjectName(u"summaryReviewerEdit")
        self.summaryReviewerEdit.setMaxLength(40)

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryReviewerEdit)


        self.dialogLayout.addWidget(self.unitGroup)

        self.deadlinesGroup = QGroupBox(SettingsDialog)
        self.deadlinesGroup.setObjectName(u"deadlinesGroup")
        self.deadlinesForm = QFormLayout(self.deadlinesGroup)
        self.deadlinesForm.setObjectName(u"deadlinesForm")
        self.reportDeadlineLabel = QLabel(self.deadlinesGroup)
        self.reportDeadlineLabel.setObjectName(u"reportDeadlineLabel")

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportDeadlineLabel)

        self.reportDeadlineSpin = QSpinBox(self.deadlinesGroup)
        self.reportDeadlineSpin.setObjectName(u"reportDeadlineSpin")
        self.reportDeadlineSpin.setMinimum(0)
        self.reportDeadlineSpin.setMaximum(90)

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportDeadlineSpin)

        self.reviewDeadlineLabel = QLabel(self.deadlinesGroup)
        self.reviewDeadlineLabel.setObjectName(u"reviewDeadlineLabel")

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewDeadlineLabel)

        self.reviewDeadlineSpin = QSpinBox(self.deadlinesGroup)
        self.reviewDeadlineSpin.setObjectName(u"reviewDeadlineSpin")
        self.reviewDeadlineSpin.setMinimum(0)
        self.reviewDeadlineSpin.setMaximum(180)

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewDeadlineSpin)

        self.deadlinesHint = QLabel(self.deadlinesGroup)
        self.deadlinesHint.setObjectName(u"deadlinesHint")
        self.deadlinesHint.setWordWrap(True)
        self.deadlinesHint.setStyleSheet(u"color: #666666;")

        self.deadlinesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlinesHint)

        self.backfillLabel = QLabel(self.deadlinesGroup)
        self.backfillLabel.setObjectName(u"backfillLabel")

        self.deadlinesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backfillLabel)

        self.backfillSpin = QSpinBox(self.deadlinesGroup)
        self.backfillSpin.setObjectName(u"backfillSpin")
        self.backfillSpin.setMinimum(0)
        self.backfillSpin.setMaximum(90)

        self.deadlinesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backfillSpin)


        self.dialogLayout.addWidget(self.deadlinesGroup)

        self.warningsGroup = QGroupBox(SettingsDialog)
        self.warningsGroup.setObjectName(u"warningsGroup")
        self.warningsForm = QFormLayout(self.warningsGroup)
        self.warningsForm.setObjectName(u"warningsForm")
        self.warnYellowLabel = QLabel(self.warningsGroup)
        self.warnYellowLabel.setObjectName(u"warnYellowLabel")

        self.warningsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.warnYellowLabel)

        self.warnYellowSpin = QSpinBox(self.warningsGroup)
        self.warnYellowSpin.setObjectName(u"warnYellowSpin")
        self.warnYellowSpin.setMinimum(0)
        self.warnYellowSpin.setMaximum(365)

        self.warningsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.warnYellowSpin)

        self.warnGreenLabel = QLabel(self.warningsGroup)
        self.warnGreenLabel.setObjectName(u"warnGreenLabel")

        self.warningsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.warnGreenLabel)

        self.warnGreenBox = QVBoxLayout()
        self.warnGreenBox.setSpacing(2)
        self.warnGreenBox.setObjectName(u"warnGreenBox")
        self.warnGreenSpin = QSpinBox(self.warningsGroup)
        self.warnGreenSpin.setObjectName(u"warnGreenSpin")
        self.warnGreenSpin.setMinimum(0)
        self.warnGreenSpin.setMaximum(365)

        self.warnGreenBox.addWidget(self.warnGreenSpin)

        self.warnGreenError = QLabel(self.warningsGroup)
        self.warnGreenError.setObjectName(u"warnGreenError")
        self.warnGreenError.setStyleSheet(u"color: #c62828;")
        self.warnGreenError.setWordWrap(True)

        self.warnGreenBox.addWidget(self.warnGreenError)


        self.warningsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.warnGreenBox)


        self.dialogLayout.addWidget(self.warningsGroup)

        self.noticeGroup = QGroupBox(SettingsDialog)
        self.noticeGroup.setObjectName(u"noticeGroup")
        self.noticeForm = QFormLayout(self.noticeGroup)
        self.noticeForm.setObjectName(u"noticeForm")
        self.noticeRemindLabel = QLabel(self.noticeGroup)
        self.noticeRemindLabel.setObjectName(u"noticeRemindLabel")

        self.noticeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noticeRemindLabel)

        self.noticeRemindSpin = QSpinBox(self.noticeGroup)
        self.noticeRemindSpin.setObjectName(u"noticeRemindSpin")
        self.noticeRemindSpin.setMinimum(1)
        self.noticeRemindSpin.setMaximum(3650)

        self.noticeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noticeRemindSpin)

        self.noticeUrgeLabel = QLabel(self.noticeGroup)
        self.noticeUrgeLabel.setObjectName(u"noticeUrgeLabel")

        self.noticeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noticeUrgeLabel)

        self.noticeUrgeSpin = QSpinBox(self.noticeGroup)
        self.noticeUrgeSpin.setObjectName(u"noticeUrgeSpin")
        self.noticeUrgeSpin.setMinimum(1)
        self.noticeUrgeSpin.setMaximum(3650)

        self.noticeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noticeUrgeSpin)

        self.noticeWarnLabel = QLabel(self.noticeGroup)
        self.noticeWarnLabel.setObjectName(u"noticeWarnLabel")

        self.noticeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noticeWarnLabel)

        self.noticeWarnSpinBox = QVBoxLayout()
        self.noticeWarnSpinBox.setSpacing(2)
        self.noticeWarnSpinBox.setObjectName(u"noticeWarnSpinBox")
        self.noticeWarnSpin = QSpinBox(self.noticeGroup)
        self.noticeWarnSpin.setObjectName(u"noticeWarnSpin")
        self.noticeWarnSpin.setMinimum(1)
        self.noticeWarnSpin.setMaximum(3650)

        self.noticeWarnSpinBox.addWidget(self.noticeWarnSpin)

        self.noticeError = QLabel(self.noticeGroup)
        self.noticeError.setObjectName(u"noticeError")
        self.noticeError.setStyleSheet(u"color: #c62828;")
        self.noticeError.setWordWrap(True)

        self.noticeWarnSpinBox.addWidget(self.noticeError)


        self.noticeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.noticeWarnSpinBox)

        self.noticeReplyLabel = QLabel(self.noticeGroup)
        self.noticeReplyLabel.setObjectName(u"noticeReplyLabel")

        self.noticeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noticeReplyLabel)

        self.noticeReplySpin = QSpinBox(self.noticeGroup)
        self.noticeReplySpin.setObjectName(u"noticeReplySpin")
        self.noticeReplySpin.setMinimum(1)
        self.noticeReplySpin.setMaximum(90)

        self.noticeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noticeReplySpin)


        self.dialogLayout.addWidget(self.noticeGroup)

        self.computerGroup = QGroupBox(SettingsDialog)
        self.computerGroup.setObjectName(u"computerGroup")
        self.computerForm = QFormLayout(self.computerGroup)
        self.computerForm.setObjectName(u"computerForm")
        self.languageLabel = QLabel(self.computerGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.computerGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.meLabel = QLabel(self.computerGroup)
        self.meLabel.setObjectName(u"meLabel")

        self.computerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meLabel)

        self.meCombo = QComboBox(self.computerGroup)
        self.meCombo.setObjectName(u"meCombo")

        self.computerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meCombo)

        self.fingerprintLabel = QLabel(self.computerGroup)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.computerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprintEdit = QLineEdit(self.computerGroup)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")
        self.fingerprintEdit.setReadOnly(True)

        self.computerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)


        self.dialogLayout.addWidget(self.computerGroup)

        self.databaseGroup = QGroupBox(SettingsDialog)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseForm = QFormLayout(self.databaseGroup)
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseLabel = QLabel(self.databaseGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseBox = QHBoxLayout()
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseEdit = QLineEdit(self.databaseGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setReadOnly(True)

        self.databaseBox.addWidget(self.databaseEdit)

        self.openFolderButton = QPushButton(self.databaseGroup)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.databaseBox.addWidget(self.openFolderButton)


        self.databaseForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.databaseBox)


        self.dialogLayout.addWidget(self.databaseGroup)

        self.formError = QLabel(SettingsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.federationLabel.setBuddy(self.federationEdit)
        self.summaryUnitLabel.setBuddy(self.summaryUnitEdit)
        self.summaryPreparerLabel.setBuddy(self.summaryPreparerEdit)
        self.summaryReviewerLabel.setBuddy(self.summaryReviewerEdit)
        self.reportDeadlineLabel.setBuddy(self.reportDeadlineSpin)
        self.reviewDeadlineLabel.setBuddy(self.reviewDeadlineSpin)
        self.backfillLabel.setBuddy(self.backfillSpin)
        self.warnYellowLabel.setBuddy(self.warnYellowSpin)
        self.warnGreenLabel.setBuddy(self.warnGreenSpin)
        self.noticeRemindLabel.setBuddy(self.noticeRemindSpin)
        self.noticeUrgeLabel.setBuddy(self.noticeUrgeSpin)
        self.noticeWarnLabel.setBuddy(self.noticeWarnSpin)
        self.noticeReplyLabel.setBuddy(self.noticeReplySpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.meLabel.setBuddy(self.meCombo)
        self.fingerprintLabel.setBuddy(self.fingerprintEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.federationEdit, self.summaryUnitEdit)
        QWidget.setTabOrder(self.summaryUnitEdit, self.summaryPreparerEdit)
        QWidget.setTabOrder(self.summaryPreparerEdit, self.summaryReviewerEdit)
        QWidget.setTabOrder(self.summaryReviewerEdit, self.reportDeadlineSpin)
        QWidget.setTabOrder(self.reportDeadlineSpin, self.reviewDeadlineSpin)
        QWidget.setTabOrder(self.reviewDeadlineSpin, self.backfillSpin)
        QWidget.setTabOrder(self.backfillSpin, self.warnYellowSpin)
        QWidget.setTabOrder(self.warnYellowSpin, self.warnGreenSpin)
        QWidget.setTabOrder(self.warnGreenSpin, self.noticeRemindSpin)
        QWidget.setTabOrder(self.noticeRemindSpin, self.noticeUrgeSpin)
        QWidget.setTabOrder(self.noticeUrgeSpin, self.noticeWarnSpin)
        QWidget.setTabOrder(self.noticeWarnSpin, self.noticeReplySpin)
        QWidget.setTabOrder(self.noticeReplySpin, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.meCombo)
        QWidget.setTabOrder(self.meCombo, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.openFolderButton)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.unitGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d", None))
        self.federationLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u540d\u79f0(&U)\uff1a", None))
        self.summaryUnitLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u586b\u62a5\u5355\u4f4d(&F)\uff1a", None))
        self.summaryUnitEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4e0d\u586b\u5219\u7528\u5355\u4f4d\u540d\u79f0", None))
#if QT_CONFIG(tooltip)
        self.summaryUnitEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6c47\u603b\u8868\u843d\u6b3e\u7684\u586b\u62a5\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.summaryPreparerLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5236\u8868\u4eba(&P)\uff1a", None))
        self.summaryPreparerEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4e0d\u586b\u5219\u7559\u7a7a\u7531\u4eba\u624b\u5199", None))
        self.summaryReviewerLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5ba1\u6838\u4eba(&V)\uff1a", None))
        self.summaryReviewerEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4e0d\u586b\u5219\u7559\u7a7a\u7531\u4eba\u624b\u5199", None))
        self.deadlinesGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u65f6\u9650", None))
        self.reportDeadlineLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5b63\u5ea6\u6c47\u62a5\u65f6\u9650(&R)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.reportDeadlineSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5b63\u5ea6\u6c47\u62a5\u987b\u5728\u5b63\u5ea6\u7ed3\u675f\u540e\u8fd9\u4e48\u591a\u5929\u5185\u63d0\u4ea4\uff0c\u903e\u671f\u8bb0\u4e3a\u201c\u8fdf\u4ea4\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.reportDeadlineSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u5b63\u5ea6\u7ed3\u675f\u540e\u7b2c ", None))
        self.reportDeadlineSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929", None))
        self.reviewDeadlineLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5e74\u5ea6\u8003\u8bc4\u65f6\u9650(&N)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.reviewDeadlineSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5e74\u5ea6\u8003\u8bc4\u987b\u5728\u6b21\u5e74\u8fd9\u4e48\u591a\u5929\u5185\u63d0\u4ea4\uff0c\u903e\u671f\u8bb0\u4e3a\u201c\u8fdf\u4ea4\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.reviewDeadlineSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u6b21\u5e74\u7b2c ", None))
        self.reviewDeadlineSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929", None))
        self.backfillLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8865\u5f55\u754c\u9650(&B)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.backfillSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u8bb0\u5f55\u6bd4\u53d1\u751f\u65e5\u671f\u665a\u8fd9\u4e48\u591a\u5929\u4ee5\u4e0a\u624d\u767b\u8bb0\u7684\uff0c\u6807\u4e3a\u201c\u8865\u5f55\u201d\uff1b\u4ecd\u7136\u8ba1\u5165\u5b8c\u6210", None))
#endif // QT_CONFIG(tooltip)
        self.backfillSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u4e8b\u540e\u8d85\u8fc7 ", None))
        self.backfillSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u767b\u8bb0\u8bb0\u4e3a\u8865\u5f55", None))
        self.warningsGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6574\u6539\u65f6\u9650\u63d0\u9192", None))
        self.warnYellowLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u9ec4\u8272\u63d0\u9192(&Y)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.warnYellowSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6574\u6539\u65f6\u9650\u4e34\u8fd1\uff1a\u5269\u4f59\u5929\u6570\u4e0d\u8d85\u8fc7\u6b64\u503c\u65f6\u663e\u793a\u9ec4\u8272", None))
#endif // QT_CONFIG(tooltip)
        self.warnYellowSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u5230\u671f\u524d ", None))
        self.warnYellowSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u5185", None))
        self.warnGreenLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u9752\u8272(&G)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.warnGreenSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u65f6\u95f4\u5145\u88d5\uff1a\u5269\u4f59\u5929\u6570\u8d85\u8fc7\u6b64\u503c\u65f6\u663e\u793a\u9752\u8272\u5e95\u8272", None))
#endif // QT_CONFIG(tooltip)
        self.warnGreenSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u8ddd\u5230\u671f ", None))
        self.warnGreenSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u4ee5\u4e0a", None))
        self.noticeGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u7763\u529e\u63d0\u9192\u5355", None))
        self.noticeRemindLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u63d0\u9192(&M)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.noticeRemindSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f\u8fbe\u5230\u6b64\u5929\u6570\u7684\u4e8b\u9879\u5217\u5165\u7763\u529e\u63d0\u9192\u5355\uff08\u7b49\u7ea7\uff1a\u63d0\u9192\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.noticeRemindSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f ", None))
        self.noticeRemindSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u8d77", None))
        self.noticeUrgeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u7763\u529e(&D)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.noticeUrgeSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f\u8fbe\u5230\u6b64\u5929\u6570\u7684\u4e8b\u9879\u7b49\u7ea7\u5347\u4e3a\u7763\u529e", None))
#endif // QT_CONFIG(tooltip)
        self.noticeUrgeSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f ", None))
        self.noticeUrgeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u8d77", None))
        self.noticeWarnLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u544a\u8beb(&J)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.noticeWarnSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f\u8fbe\u5230\u6b64\u5929\u6570\u7684\u4e8b\u9879\u7b49\u7ea7\u5347\u4e3a\u544a\u8beb", None))
#endif // QT_CONFIG(tooltip)
        self.noticeWarnSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f ", None))
        self.noticeWarnSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u8d77", None))
        self.noticeReplyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u53cd\u9988\u671f\u9650(&Q)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.noticeReplySpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u63d0\u9192\u5355\u8981\u6c42\u5728\u6253\u5370\u4e4b\u65e5\u540e\u591a\u5c11\u5929\u5185\u4e66\u9762\u53cd\u9988", None))
#endif // QT_CONFIG(tooltip)
        self.noticeReplySpin.setPrefix("")
        self.noticeReplySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5929\u5185\u53cd\u9988", None))
        self.computerGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u672c\u673a", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00(&L)\uff1a", None))
        self.meLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u673a\u4f7f\u7528\u8005(&I)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.meCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u9009\u62e9\u515a\u5458\u540e\uff0c\u767b\u8bb0\u548c\u6e05\u5355\u9ed8\u8ba4\u586b\u5199\u8be5\u515a\u5458\uff1b\u529e\u516c\u5ba4\u53ef\u67e5\u770b\u5168\u90e8", None))
#endif // QT_CONFIG(tooltip)
        self.fingerprintLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u673a\u6307\u7eb9(&S)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.fingerprintEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u672c\u673a\u4ea4\u6362\u5305\u7684\u7b7e\u540d\u6307\u7eb9\uff1a\u5176\u4ed6\u7535\u8111\u7b2c\u4e00\u6b21\u5bfc\u5165\u672c\u673a\u7684\u4ea4\u6362\u5305\u65f6\uff0c\u8bf7\u5bf9\u65b9\u9010\u7ec4\u6838\u5bf9", None))
#endif // QT_CONFIG(tooltip)
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6570\u636e\u5e93", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6b63\u5728\u4f7f\u7528\uff1a", None))
        self.openFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5f00\u6240\u5728\u6587\u4ef6\u5939(&O)", None))
    # retranslateUi

