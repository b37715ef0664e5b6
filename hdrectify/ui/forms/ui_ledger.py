# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTreeView, QTreeWidget, QVBoxLayout, QWidget

class Ui_LedgerPage(object):
    def setupUi(self, LedgerPage):
        if not LedgerPage.objectName():
            LedgerPage.setObjectName(u"LedgerPage")
        LedgerPage.resize(1100, 760)
        self.pageLayout = QVBoxLayout(LedgerPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(LedgerPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treePane = QWidget(self.splitter)
        self.treePane.setObjectName(u"treePane")
        self.treeLayout = QVBoxLayout(self.treePane)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 4, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(self.treePane)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(self.treePane)
        self.filterCombo.addItem("")
        self.filterCombo.addItem("")
        self.filterCombo.addItem("")
        self.filterCombo.addItem("")
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.filterCombo)

        self.searchEdit = QLineEdit(self.treePane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)


        self.treeLayout.addLayout(self.filterRow)

        self.tree = QTreeView(self.treePane)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.treeLayout.addWidget(self.tree)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.addButton = QPushButton(self.treePane)
        self.addButton.setObjectName(u"addButton")

        self.editRow.addWidget(self.addButton)

        self.editButton = QPushButton(self.treePane)
        self.editButton.setObjectName(u"editButton")

        self.editRow.addWidget(self.editButton)

        self.removeButton = QPushButton(self.treePane)
        self.removeButton.setObjectName(u"removeButton")

        self.editRow.addWidget(self.removeButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.editSpacer)


        self.treeLayout.addLayout(self.editRow)

        self.emptyLabel = QLabel(self.treePane)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.treeLayout.addWidget(self.emptyLabel)

        self.legendLabel = QLabel(self.treePane)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.treeLayout.addWidget(self.legendLabel)

        self.splitter.addWidget(self.treePane)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyHint)

        self.detailStack.addWidget(self.emptyPage)
        self.summaryPage = QWidget()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryHeading = QLabel(self.summaryPage)
        self.summaryHeading.setObjectName(u"summaryHeading")
        self.summaryHeading.setWordWrap(True)
        self.summaryHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryHeading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryHeading)

        self.summarySource = QLabel(self.summaryPage)
        self.summarySource.setObjectName(u"summarySource")
        self.summarySource.setWordWrap(True)
        self.summarySource.setTextFormat(Qt.TextFormat.PlainText)

        self.summaryLayout.addWidget(self.summarySource)

        self.summaryStatus = QLabel(self.summaryPage)
        self.summaryStatus.setObjectName(u"summaryStatus")
        self.summaryStatus.setTextFormat(Qt.TextFormat.PlainText)

        self.summaryLayout.addWidget(self.summaryStatus)

        self.summaryCounts = QLabel(self.summaryPage)
        self.summaryCounts.setObjectName(u"summaryCounts")
        self.summaryCounts.setWordWrap(True)
        self.summaryCounts.setTextFormat(Qt.TextFormat.PlainText)

        self.summaryLayout.addWidget(self.summaryCounts)

        self.summaryDetail = QLabel(self.summaryPage)
        self.summaryDetail.setObjectName(u"summaryDetail")
        self.summaryDetail.setWordWrap(True)
        self.summaryDetail.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryDetail)

        self.summaryList = QTreeWidget(self.summaryPage)
        self.summaryList.setObjectName(u"summaryList")
        self.summaryList.setRootIsDecorated(False)
        self.summaryList.setAlternatingRowColors(True)
        self.summaryList.setUniformRowHeights(True)
        self.summaryList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.summaryLayout.addWidget(self.summaryList)

        self.summaryHint = QLabel(self.summaryPage)
        self.summaryHint.setObjectName(u"summaryHint")

        self.summaryLayout.addWidget(self.summaryHint)

        self.detailStack.addWidget(self.summaryPage)
        self.measurePage = QWidget()
        self.measurePage.setObjectName(u"measurePage")
        self.measurePageLayout = QVBoxLayout(self.measurePage)
        self.measurePageLayout.setObjectName(u"measurePageLayout")
        self.measurePageLayout.setContentsMargins(0, 0, 0, 0)
        self.measureScroll = QScrollArea(self.measurePage)
        self.measureScroll.setObjectName(u"measureScroll")
        self.measureScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.measureScroll.setWidgetResizable(True)
        self.measureContent = QWidget()
        self.measureContent.setObjectName(u"measureContent")
        self.measureLayout = QVBoxLayout(self.measureContent)
        self.measureLayout.setObjectName(u"measureLayout")
        self.problemLabel = QLabel(self.measureContent)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.measureLayout.addWidget(self.problemLabel)

        self.sourceLabel = QLabel(self.measureContent)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.measureLayout.addWidget(self.sourceLabel)

        self.measureHeading = QLabel(self.measureContent)
        self.measureHeading.setObjectName(u"measureHeading")
        self.measureHeading.setTextFormat(Qt.TextFormat.PlainText)

        self.measureLayout.addWidget(self.measureHeading)

        self.textEdit = QPlainTextEdit(self.measureContent)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMinimumSize(QSize(0, 60))
        self.textEdit.setMaximumSize(QSize(16777215, 90))
        self.textEdit.setTabChangesFocus(True)

        self.measureLayout.addWidget(self.textEdit)

        self.textEditError = QLabel(self.measureContent)
        self.textEditError.setObjectName(u"textEditError")
        self.textEditError.setStyleSheet(u"color: #b3261e;")
        self.textEditError.setWordWrap(True)

        self.measureLayout.addWidget(self.textEditError)

        self.fieldGrid = QGridLayout()
        self.fieldGrid.setObjectName(u"fieldGrid")
        self.fieldGrid.setHorizontalSpacing(8)
        self.fieldGrid.setVerticalSpacing(4)
        self.leaderEditLabel = QLabel(self.measureContent)
        self.leaderEditLabel.setObjectName(u"leaderEditLabel")

        self.fieldGrid.addWidget(self.leaderEditLabel, 0, 0, 1, 1)

        self.leaderEdit = QLineEdit(self.measureContent)
        self.leaderEdit.setObjectName(u"leaderEdit")

        self.fieldGrid.addWidget(self.leaderEdit, 0, 1, 1, 1)

        self.unitEditLabel = QLabel(self.measureContent)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.fieldGrid.addWidget(self.unitEditLabel, 0, 2, 1, 1)

        self.unitEdit = QLineEdit(self.measureContent)
        self.unitEdit.setObjectName(u"unitEdit")

        self.fieldGrid.addWidget(self.unitEdit, 0, 3, 1, 1)

        self.leaderEditError = QLabel(self.measureContent)
        self.leaderEditError.setObjectName(u"leaderEditError")
        self.leaderEditError.setStyleSheet(u"color: #b3261e;")
        self.leaderEditError.setWordWrap(True)

        self.fieldGrid.addWidget(self.leaderEditError, 1, 1, 1, 1)

        self.unitEditError = QLabel(self.measureContent)
        self.unitEditError.setObjectName(u"unitEditError")
        self.unitEditError.setStyleSheet(u"color: #b3261e;")
        self.unitEditError.setWordWrap(True)

        self.fieldGrid.addWidget(self.unitEditError, 1, 3, 1, 1)

        self.personEditLabel = QLabel(self.measureContent)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.fieldGrid.addWidget(self.personEditLabel, 2, 0, 1, 1)

        self.personEdit = QLineEdit(self.measureContent)
        self.personEdit.setObjectName(u"personEdit")

        self.fieldGrid.addWidget(self.personEdit, 2, 1, 1, 1)

        self.deadlineEditLabel = QLabel(self.measureContent)
        self.deadlineEditLabel.setObjectName(u"deadlineEditLabel")

        self.fieldGrid.addWidget(self.deadlineEditLabel, 2, 2, 1, 1)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadlineEdit = QDateEdit(self.measureContent)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.deadlineRow.addWidget(self.deadlineEdit)

        self.noDeadlineCheck = QCheckBox(self.measureContent)
        self.noDeadlineCheck.setObjectName(u"noDeadlineCheck")

        self.deadlineRow.addWidget(self.noDeadlineCheck)

        self.originalDeadlineLabel = QLabel(self.measureContent)
        self.originalDeadlineLabel.setObjectName(u"originalDeadlineLabel")
        self.originalDeadlineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.deadlineRow.addWidget(self.originalDeadlineLabel)


        self.fieldGrid.addLayout(self.deadlineRow, 2, 3, 1, 1)

        self.personEditError = QLabel(self.measureContent)
        self.personEditError.setObjectName(u"personEditError")
        self.personEditError.setStyleSheet(u"color: #b3261e;")
        self.personEditError.setWordWrap(True)

        self.fieldGrid.addWidget(self.personEditError, 3, 1, 1, 1)

        self.deadlineEditError = QLabel(self.measureContent)
        self.deadlineEditError.setObjectName(u"deadlineEditError")
        self.deadlineEditError.setStyleSheet(u"color: #b3261e;")
        self.deadlineEditError.setWordWrap(True)

        self.fieldGrid.addWidget(self.deadlineEditError, 3, 3, 1, 1)

        self.statusComboLabel = QLabel(self.measureContent)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.fieldGrid.addWidget(self.statusComboLabel, 4, 0, 1, 1)

        self.statusCombo = QComboBox(self.measureContent)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldGrid.addWidget(self.statusCombo, 4, 1, 1, 1)

        self.closedLabel = QLabel(self.measureContent)
        self.closedLabel.setObjectName(u"closedLabel")
        self.closedLabel.setWordWrap(True)
        self.closedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldGrid.addWidget(self.closedLabel, 4, 2, 1, 2)

        self.statusComboError = QLabel(self.measureContent)
        self.statusComboError.setObjectName(u"statusComboError")
        self.statusComboError.setStyleSheet(u"color: #b3261e;")
        self.statusComboError.setWordWrap(True)

        self.fieldGrid.addWidget(self.statusComboError, 5, 1, 1, 3)


        self.measureLayout.addLayout(self.fieldGrid)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.formError = QLabel(self.measureContent)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.actionRow.addWidget(self.formError)

        self.savedLabel = QLabel(self.measureContent)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #1b7f3b;")

        self.actionRow.addWidget(self.savedLabel)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.saveButton = QPushButton(self.measureContent)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(self.measureContent)
        self.closeButton.setObjectName(u"closeButton")

        self.actionRow.addWidget(self.closeButton)

        self.extendButton = QPushButton(self.measureContent)
        self.extendButton.setObjectName(u"extendButton")

        self.actionRow.addWidget(self.extendButton)

        self.reopenButton = QPushButton(self.measureContent)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionRow.addWidget(self.reopenButton)


        self.measureLayout.addLayout(self.actionRow)

        self.progressGroup = QGroupBox(self.measureContent)
        self.progressGroup.setObjectName(u"progressGroup")
        self.progressLayout = QVBoxLayout(self.progressGroup)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressList = QTreeWidget(self.progressGroup)
        self.progressList.setObjectName(u"progressList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.progressList.sizePolicy().hasHeightForWidth())
        self.progressList.setSizePolicy(sizePolicy)
        self.progressList.setMinimumSize(QSize(0, 110))
        self.progressList.setRootIsDecorated(False)
        self.progressList.setAlternatingRowColors(True)
        self.progressList.setWordWrap(True)
        self.progressList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.progressLayout.addWidget(self.progressList)

        self.progressButtons = QHBoxLayout()
        self.progressButtons.setObjectName(u"progressButtons")
        self.progressSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressButtons.addItem(self.progressSpacer)

        self.addProgressButton = QPushButton(self.progressGroup)
        self.addProgressButton.setObjectName(u"addProgressButton")

        self.progressButtons.addWidget(self.addProgressButton)


        self.progressLayout.addLayout(self.progressButtons)


        self.measureLayout.addWidget(self.progressGroup)

        self.evidenceGroup = QGroupBox(self.measureContent)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceList = QTreeWidget(self.evidenceGroup)
        self.evidenceList.setObjectName(u"evidenceList")
        sizePolicy.setHeightForWidth(self.evidenceList.sizePolicy().hasHeightForWidth())
        self.evidenceList.setSizePolicy(sizePolicy)
        self.evidenceList.setMinimumSize(QSize(0, 110))
        self.evidenceList.setRootIsDecorated(False)
        self.evidenceList.setAlternatingRowColors(True)
        self.evidenceList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.evidenceLayout.addWidget(self.evidenceList)

        self.evidenceListError = QLabel(self.evidenceGroup)
        self.evidenceListError.setObjectName(u"evidenceListError")
        self.evidenceListError.setStyleSheet(u"color: #b3261e;")
        self.evidenceListError.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceListError)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.dropHint = QLabel(self.evidenceGroup)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.evidenceButtons.addWidget(self.dropHint)

        self.evidenceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtons.addItem(self.evidenceSpacer)

        self.addEvidenceButton = QPushButton(self.evidenceGroup)
        self.addEvidenceButton.setObjectName(u"addEvidenceButton")

        self.evidenceButtons.addWidget(self.addEvidenceButton)

        self.openEvidenceButton = QPushButton(self.evidenceGroup)
        self.openEvidenceButton.setObjectName(u"openEvidenceButton")

        self.evidenceButtons.addWidget(self.openEvidenceButton)

        self.removeEvidenceButton = QPushButton(self.evidenceGroup)
        self.removeEvidenceButton.setObjectName(u"removeEvidenceButton")

        self.evidenceButtons.addWidget(self.removeEvidenceButton)


        self.evidenceLayout.addLayout(self.evidenceButtons)


        self.measureLayout.addWidget(self.evidenceGroup)

        self.measureLayout.setStretch(7, 1)
        self.measureLayout.setStretch(8, 1)
        self.measureScroll.setWidget(self.measureContent)

        self.measurePageLayout.addWidget(self.measureScroll)

        self.detailStack.addWidget(self.measurePage)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
        self.leaderEditLabel.setBuddy(self.leaderEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.personEditLabel.setBuddy(self.personEdit)
        self.deadlineEditLabel.setBuddy(self.deadlineEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.tree)
        QWidget.setTabOrder(self.tree, self.summaryList)
        QWidget.setTabOrder(self.summaryList, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.leaderEdit)
        QWidget.setTabOrder(self.leaderEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.noDeadlineCheck)
        QWidget.setTabOrder(self.noDeadlineCheck, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.progressList)
        QWidget.setTabOrder(self.progressList, self.addProgressButton)
        QWidget.setTabOrder(self.addProgressButton, self.evidenceList)
        QWidget.setTabOrder(self.evidenceList, self.addEvidenceButton)
        QWidget.setTabOrder(self.addEvidenceButton, self.openEvidenceButton)
        QWidget.setTabOrder(self.openEvidenceButton, self.removeEvidenceButton)

        self.retranslateUi(LedgerPage)

        QMetaObject.connectSlotsByName(LedgerPage)
    # setupUi

    def retranslateUi(self, LedgerPage):
        LedgerPage.setWindowTitle(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u53f0\u8d26", None))
        self.filterLabel.setText(QCoreApplication.translate("LedgerPage", u"\u663e\u793a(&F)\uff1a", None))
        self.filterCombo.setItemText(0, QCoreApplication.translate("LedgerPage", u"\u5168\u90e8", None))
        self.filterCombo.setItemText(1, QCoreApplication.translate("LedgerPage", u"\u672a\u5b8c\u6210", None))
        self.filterCombo.setItemText(2, QCoreApplication.translate("LedgerPage", u"\u5de1\u5bdf\u53cd\u9988", None))
        self.filterCombo.setItemText(3, QCoreApplication.translate("LedgerPage", u"\u8d70\u8bbf\u53d1\u73b0", None))

#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("LedgerPage", u"\u641c\u7d22\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LedgerPage", u"\u641c\u7d22\u95ee\u9898\u3001\u63aa\u65bd\u3001\u8d23\u4efb\u5355\u4f4d\u6216\u8d23\u4efb\u4eba", None))
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleDescription(QCoreApplication.translate("LedgerPage", u"\u95ee\u9898\u53ca\u5176\u6574\u6539\u63aa\u65bd\uff0c\u6bcf\u9879\u5199\u660e\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("LedgerPage", u"\u6dfb\u52a0(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u5728\u6240\u9009\u4f4d\u7f6e\u6dfb\u52a0\u65b9\u9762\u3001\u95ee\u9898\u6216\u6574\u6539\u63aa\u65bd\uff08Insert\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("LedgerPage", u"\u4fee\u6539(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u4fee\u6539\u6240\u9009\u7684\u65b9\u9762\u3001\u95ee\u9898\u6216\u6574\u6539\u63aa\u65bd\uff08F2\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("LedgerPage", u"\u5220\u9664(&L)\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u5220\u9664\u6240\u9009\u7684\u65b9\u9762\u3001\u95ee\u9898\u6216\u6574\u6539\u63aa\u65bd\uff0c\u987b\u5199\u660e\u539f\u56e0\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("LedgerPage", u"\u6ca1\u6709\u7b26\u5408\u6761\u4ef6\u7684\u95ee\u9898\u3002", None))
        self.emptyHint.setText(QCoreApplication.translate("LedgerPage", u"\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u4e2a\u95ee\u9898\u6216\u6574\u6539\u63aa\u65bd\u3002", None))
        ___qtreewidgetitem = self.summaryList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("LedgerPage", u"\u8d23\u4efb\u5355\u4f4d", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u65f6\u9650", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LedgerPage", u"\u72b6\u6001", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LedgerPage", u"\u7f16\u53f7/\u6807\u9898", None))
#if QT_CONFIG(accessibility)
        self.summaryList.setAccessibleName(QCoreApplication.translate("LedgerPage", u"\u8be5\u95ee\u9898\u7684\u6574\u6539\u63aa\u65bd", None))
#endif // QT_CONFIG(accessibility)
        self.summaryHint.setText(QCoreApplication.translate("LedgerPage", u"\u53cc\u51fb\u4e00\u884c\u67e5\u770b\u8be6\u60c5\u3002", None))
#if QT_CONFIG(accessibility)
        self.measureScroll.setAccessibleName(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u63aa\u65bd\u8be6\u60c5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u63aa\u65bd\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.leaderEditLabel.setText(QCoreApplication.translate("LedgerPage", u"\u8d23\u4efb\u9886\u5bfc(&L)\uff1a", None))
        self.leaderEdit.setPlaceholderText(QCoreApplication.translate("LedgerPage", u"\u5982\uff1a\u515a\u7ec4\u4e66\u8bb0\u3001\u7406\u4e8b\u957f", None))
        self.unitEditLabel.setText(QCoreApplication.translate("LedgerPage", u"\u8d23\u4efb\u5355\u4f4d(&U)\uff1a", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("LedgerPage", u"\u5982\uff1a\u529e\u516c\u5ba4", None))
        self.personEditLabel.setText(QCoreApplication.translate("LedgerPage", u"\u8d23\u4efb\u4eba(&P)\uff1a", None))
        self.deadlineEditLabel.setText(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u65f6\u9650(&T)\uff1a", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("LedgerPage", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.noDeadlineCheck.setText(QCoreApplication.translate("LedgerPage", u"\u65e0\u65f6\u9650(&N)", None))
        self.statusComboLabel.setText(QCoreApplication.translate("LedgerPage", u"\u72b6\u6001(&Z)\uff1a", None))
        self.saveButton.setText(QCoreApplication.translate("LedgerPage", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u4fdd\u5b58\u8d23\u4efb\u9886\u5bfc\u3001\u8d23\u4efb\u5355\u4f4d\u3001\u8d23\u4efb\u4eba\u3001\u6574\u6539\u65f6\u9650\u548c\u72b6\u6001\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.saveButton.setShortcut(QCoreApplication.translate("LedgerPage", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.closeButton.setText(QCoreApplication.translate("LedgerPage", u"\u9500\u53f7(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u5b8c\u6210\uff1a\u9644\u4f50\u8bc1\u6750\u6599\u6216\u5199\u660e\u7406\u7531\u540e\u9500\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.extendButton.setText(QCoreApplication.translate("LedgerPage", u"\u5ef6\u671f(&Y)\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u63a8\u8fdf\u6574\u6539\u65f6\u9650\uff1a\u5199\u660e\u65b0\u65f6\u9650\u3001\u539f\u56e0\u548c\u6279\u51c6\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("LedgerPage", u"\u91cd\u65b0\u6253\u5f00(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("LedgerPage", u"\u64a4\u9500\u9500\u53f7\uff0c\u7ee7\u7eed\u6574\u6539\uff08\u987b\u5199\u660e\u539f\u56e0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.progressGroup.setTitle(QCoreApplication.translate("LedgerPage", u"\u6574\u6539\u8fdb\u5c55", None))
        ___qtreewidgetitem1 = self.progressList.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("LedgerPage", u"\u8bb0\u5f55\u4eba", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("LedgerPage", u"\u8fdb\u5c55", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("LedgerPage", u"\u65e5\u671f", None))
        self.addProgressButton.setText(QCoreApplication.translate("LedgerPage", u"\u6dfb\u52a0\u8fdb\u5c55(&G)\u2026", None))
        self.evidenceGroup.setTitle(QCoreApplication.translate("LedgerPage", u"\u4f50\u8bc1\u6750\u6599", None))
        ___qtreewidgetitem2 = self.evidenceList.headerItem()
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("LedgerPage", u"\u6dfb\u52a0\u4eba", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("LedgerPage", u"\u6dfb\u52a0\u65f6\u95f4", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("LedgerPage", u"\u5927\u5c0f", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("LedgerPage", u"\u6587\u4ef6\u540d", None))
        self.dropHint.setText(QCoreApplication.translate("LedgerPage", u"\u53ef\u628a\u6587\u4ef6\u62d6\u5230\u8fd9\u91cc\u6dfb\u52a0\u3002", None))
        self.addEvidenceButton.setText(QCoreApplication.translate("LedgerPage", u"\u6dfb\u52a0\u4f50\u8bc1(&E)\u2026", None))
        self.openEvidenceButton.setText(QCoreApplication.translate("LedgerPage", u"\u6253\u5f00(&O)", None))
        self.removeEvidenceButton.setText(QCoreApplication.translate("LedgerPage", u"\u79fb\u9664(&D)\u2026", None))
    # retranslateUi

