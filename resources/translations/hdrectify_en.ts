<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="155"/>
        <location filename="../../hdrectify/ui/photos.py" line="64"/>
        <location filename="../../hdrectify/ui/photos.py" line="113"/>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="66"/>
        <source>照片 (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;所有文件 (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="76"/>
        <source>拍摄时间</source>
        <translation>time taken</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="78"/>
        <source>照片修改时间</source>
        <translation>photo&apos;s modified time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="79"/>
        <source>文件修改时间</source>
        <translation>file&apos;s modified time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="99"/>
        <source>已添加 {0} 张照片</source>
        <translation>{0} photo(s) added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="101"/>
        <source>新建了 {0} 条记录</source>
        <translation>{0} record(s) created</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="103"/>
        <source>{0} 张照片已在记录中，未重复添加</source>
        <translation>{0} photo(s) already on the record, not added again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="105"/>
        <source>以下文件未添加：</source>
        <translation>These files were not added:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="134"/>
        <source>没有找到照片：请选择 JPG、PNG 或 HEIC 照片，或装有照片的文件夹</source>
        <translation>No photos found: choose JPG, PNG or HEIC photos, or a folder of photos</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="192"/>
        <source>正在添加照片…</source>
        <translation>Adding photos…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="67"/>
        <source>正在读取照片的拍摄日期…</source>
        <translation>Reading the photos&apos; dates…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="82"/>
        <source>按拍摄日期添加照片</source>
        <translation>Add photos by the date taken</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="95"/>
        <source>{0} — {1}：按每张照片的日期找到当天的记录。勾选要添加的照片，可改选记录。</source>
        <translation>{0} — {1}: each photo is matched to the record of the day it was taken. Tick the photos to add; the record can be changed.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="105"/>
        <source>照片与对应的记录</source>
        <translation>Photos and their records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="106"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="106"/>
        <source>日期（依据）</source>
        <translation>Date (from)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="106"/>
        <source>添加到</source>
        <translation>Add to</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="127"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="130"/>
        <source>“{0}”添加到</source>
        <translation>Add “{0}” to</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="139"/>
        <source>新建{0}记录（{1}）</source>
        <translation>New {0} record ({1})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="143"/>
        <source>当天不在挂钩期内，或是将来的日期：不能添加</source>
        <translation>Not within the pairing, or a future date: cannot be added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photo_suggestions.py" line="165"/>
        <source>{0}的{1}记录</source>
        <translation>{1} record of {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="266"/>
        <source>这条记录的照片</source>
        <translation>Photos of this record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="268"/>
        <source>照片列表</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="270"/>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="273"/>
        <source>移除的原因（必填）</source>
        <translation>Reason for removing (required)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="274"/>
        <source>移除照片的原因</source>
        <translation>Reason for removing the photo</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="275"/>
        <source>移除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="288"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/photos.py" line="307"/>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}  {1}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hdrectify/ui/about_dialog.py" line="39"/>
        <source>版本 {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/about_dialog.py" line="41"/>
        <source>当前数据库：{0}</source>
        <translation>Database in use: {0}</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="9"/>
        <source>关于整改台账与挂钩联系</source>
        <translation>About the Rectification Ledger and Supervision Pairing</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="24"/>
        <source>&lt;h2&gt;整改台账与挂钩联系&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rectification Ledger and Supervision Pairing&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="34"/>
        <source>县残联的整改台账与党员挂钩联系康园中心（每周一联系、每月一到岗、每季度一汇报、每年一考评）。数据只保存在本机，不需要联网。</source>
        <translation>The county Disabled Persons&apos; Federation&apos;s rectification ledger, and the Party members&apos; supervision of the community rehabilitation centres they are paired with (a contact every week, an on-site visit every month, a report every quarter, a review every year). The data stays on this computer; no network is needed.</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="50"/>
        <source>本软件以 MIT 许可证发布，并使用了下列第三方软件（点选一项查看其许可证全文）：</source>
        <translation>This software is released under the MIT licence and uses the third-party software below (select one to read its licence):</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="57"/>
        <source>使用的第三方组件</source>
        <translation>Third-party components used</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="60"/>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="61"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="62"/>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="64"/>
        <source>许可证全文</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../hdrectify/ui/accessibility.py" line="38"/>
        <source>选项</source>
        <translation>Choices</translation>
    </message>
</context>
<context>
    <name>AskPasswordDialog</name>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="51"/>
        <source>输入数据库密码</source>
        <translation>Enter the database password</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="53"/>
        <source>数据库 {0} 设有密码。请输入密码打开它：</source>
        <translation>The database {0} is protected by a password. Enter it to open the database:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="57"/>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="68"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="77"/>
        <source>请输入密码</source>
        <translation>Enter the password</translation>
    </message>
</context>
<context>
    <name>BulkMeasuresDialog</name>
    <message>
        <location filename="../../hdrectify/ui/bulk_measures_dialog.py" line="40"/>
        <source>将修改 {0} 项整改措施</source>
        <translation>{0} measures will be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bulk_measures_dialog.py" line="47"/>
        <source>没有选中整改措施：请先在台账中选择措施、问题或方面</source>
        <translation>No measures selected: first select measures, a problem or an area in the ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bulk_measures_dialog.py" line="60"/>
        <source>请至少填写一项要修改的内容，或勾选“设置整改时限”</source>
        <translation>Fill in at least one field to change, or tick “Set deadline”</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="6"/>
        <source>批量设置责任和时限</source>
        <translation>Set responsibility and deadline for several measures</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="9"/>
        <source>只修改填写的项目；留空的项目保持原样。</source>
        <translation>Only the fields filled in change; those left empty stay as they are.</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="12"/>
        <source>责任领导(&amp;L)：</source>
        <translation>Responsible &amp;leader:</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="13"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="13"/>
        <location filename="../../forms/bulk_measures_dialog.ui" line="16"/>
        <location filename="../../forms/bulk_measures_dialog.ui" line="19"/>
        <source>不修改</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="15"/>
        <source>责任单位(&amp;U)：</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="16"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="18"/>
        <source>责任人(&amp;R)：</source>
        <translation>&amp;Responsible person:</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="19"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="21"/>
        <source>设置整改时限(&amp;D)</source>
        <translation>Set &amp;deadline</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="21"/>
        <source>设置整改时限</source>
        <translation>Set deadline</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="22"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../forms/bulk_measures_dialog.ui" line="22"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="223"/>
        <source>无需</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="225"/>
        <source>，签字清单已存档</source>
        <translation>, signed checklist on file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="244"/>
        <source>{0}起</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="249"/>
        <source>{0} — {1}（{2}）
挂钩：{3}
完成率 {4}：已完成 {5}，逾期完成 {6}，未完成 {7}</source>
        <translation>{0} — {1} ({2})
Paired: {3}
Completion rate {4}: done {5}, late {6}, missed {7}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="284"/>
        <source>{0}：不在挂钩期内，无需完成</source>
        <translation>{0}: outside the pairing period, not required</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="291"/>
        <source>（补录）</source>
        <translation> (backfilled)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="297"/>
        <source>，截止 {0}</source>
        <translation>, due by {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="302"/>
        <source>签字清单已存档（{0}页），在到岗记录的佐证中打开</source>
        <translation>Signed checklist on file ({0} page(s)); open it from the visit record&apos;s evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="306"/>
        <source>其中 {0} 页尚无到岗记录：请据清单登记到岗</source>
        <translation>{0} page(s) have no visit record yet: log the visit from the checklist</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="312"/>
        <source> [补录]</source>
        <translation> [backfilled]</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="314"/>
        <source> {0}分</source>
        <translation> {0} points</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="319"/>
        <source>……共 {0} 条</source>
        <translation>… {0} in all</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="321"/>
        <source>免：{0}</source>
        <translation>Exempt: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="322"/>
        <source>单击或按回车查看记录</source>
        <translation>Click or press Enter to see the records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="329"/>
        <source>{0}：{1}–{2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="342"/>
        <source>完成率 =（已完成 + 逾期完成）÷（已完成 + 逾期完成 + 未完成）；免、待完成、未开始不计</source>
        <translation>Completion rate = (done + late) ÷ (done + late + missed); exempt, due and upcoming periods do not count</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="358"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="363"/>
        <source>
{0}前提交为按时</source>
        <translation>
On time if submitted by {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="373"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="374"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="375"/>
        <source>镇（街道）</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="376"/>
        <source>完成率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="33"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="34"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="35"/>
        <source>内容</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="36"/>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="37"/>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="89"/>
        <source>补录</source>
        <translation>Backfilled</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="38"/>
        <source>登记人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="39"/>
        <source>登记时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="82"/>
        <source>（{0}分）</source>
        <translation> ({0} points)</translation>
    </message>
</context>
<context>
    <name>CadenceGridPage</name>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="150"/>
        <source>补录（角标）</source>
        <translation>Backfilled (corner mark)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="151"/>
        <source>不在挂钩期</source>
        <translation>Not paired</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="152"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="153"/>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="258"/>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="228"/>
        <location filename="../../forms/cadence_grid.ui" line="75"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="260"/>
        <source>法定节假日（{0}年尚未收录，请更新本软件）</source>
        <translation>Public holiday ({0} not listed yet: please update the app)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="279"/>
        <source>计算失败：{0}</source>
        <translation>Calculation failed: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="308"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="329"/>
        <source>{0}年没有挂钩关系：请先在“中心与党员”中为党员和康园中心建立挂钩。</source>
        <translation>No pairings in {0}: first pair Party members with centres under “Centres, members”.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="331"/>
        <source>{0}年没有符合条件的挂钩关系。</source>
        <translation>No pairings in {0} match the filter.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="334"/>
        <source>{0}年 · {1} 个挂钩 · 完成率 &lt;b&gt;{2}&lt;/b&gt;（已完成 {3}，逾期完成 {4}，未完成 {5}；免 {6}，待完成 {7}，未开始 {8}）</source>
        <translation>{0} · {1} pairings · completion rate &lt;b&gt;{2}&lt;/b&gt; (done {3}, late {4}, missed {5}; exempt {6}, due {7}, upcoming {8})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="427"/>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="428"/>
        <source>为当前挂钩添加照片，按拍摄日期对应到记录</source>
        <translation>Add photos to the current pairing, matched to records by the date taken</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="435"/>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="436"/>
        <source>请先在表格中选中一个挂钩（一行），再添加照片</source>
        <translation>Select a pairing (a row) in the grid first, then add photos</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="13"/>
        <source>挂钩联系</source>
        <translation>Supervision pairing</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="25"/>
        <source>年份(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="31"/>
        <source>选择要查看的年份（周按周四所在年份归属）</source>
        <translation>The year to show (a week belongs to the year of its Thursday)</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="32"/>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="40"/>
        <source>镇（街道）(&amp;T)</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="46"/>
        <source>只看某个镇（街道）的康园中心</source>
        <translation>Show only the centres of one town</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="52"/>
        <source>党员(&amp;M)</source>
        <translation>Party &amp;member</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="58"/>
        <source>只看某位党员的挂钩</source>
        <translation>Show only one Party member&apos;s pairings</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="64"/>
        <source>跳到本周（Ctrl+T）</source>
        <translation>Jump to this week (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="65"/>
        <source>本周(&amp;W)</source>
        <translation>This &amp;week</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="106"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="130"/>
        <source>各期完成情况</source>
        <translation>Completion by period</translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="151"/>
        <source>每月、每季度、每年</source>
        <translation>Months, quarters, year</translation>
    </message>
</context>
<context>
    <name>CadencePaint</name>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="32"/>
        <source>迟</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="33"/>
        <source>免</source>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>CellRecordsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="56"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="61"/>
        <source>{0} — {1}（{2}）</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="64"/>
        <source>（补录）</source>
        <translation> (backfilled)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="65"/>
        <source>{0}&#x3000;{1}：{2}–{3}&#x3000;{4}</source>
        <translation>{0} · {1}: {2} – {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="73"/>
        <source>（{0}前提交为按时）</source>
        <translation> (on time if submitted by {0})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="81"/>
        <source>免：{0}（{1}–{2}，{3}）</source>
        <translation>Exempt: {0} ({1} – {2}, {3})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="85"/>
        <source>全部挂钩</source>
        <translation>all pairings</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="85"/>
        <source>本挂钩</source>
        <translation>this pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="113"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="117"/>
        <source>修改历史(&amp;H)…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="128"/>
        <source>签字清单(&amp;S)（{0}页）</source>
        <translation>Signed &amp;checklist ({0} page(s))</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="130"/>
        <source>打开本月已存档的签字清单扫描件</source>
        <translation>Open the month&apos;s signed checklist scans on file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="135"/>
        <source>据清单登记到岗(&amp;V)…</source>
        <translation>Record the &amp;visit from the checklist…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="137"/>
        <source>本月已收到签字清单但还没有到岗记录：登记到岗并把扫描件附上</source>
        <translation>A signed checklist of this month came back but no visit is recorded: record the visit and attach the scan</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="141"/>
        <source>审阅(&amp;F)…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="142"/>
        <source>已阅或退回（附意见）；查看审阅记录、重新提交</source>
        <translation>Mark as read or return with a comment; see the review history, resubmit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="147"/>
        <source>汇报文件(&amp;L)…</source>
        <translation>Report fi&amp;les…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="149"/>
        <source>查看这份汇报提交的文件；附错的文件可写明原因后移除</source>
        <translation>See the files this report was submitted with; a file attached by mistake can be removed, with a reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="179"/>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="234"/>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <location filename="../../forms/cell_records_dialog.ui" line="6"/>
        <source>本期记录</source>
        <translation>Records of the Period</translation>
    </message>
    <message>
        <location filename="../../forms/cell_records_dialog.ui" line="43"/>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../forms/cell_records_dialog.ui" line="53"/>
        <source>这一期没有登记记录。</source>
        <translation>Nothing was entered for this period.</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="72"/>
        <source>撤销康园中心</source>
        <translation>Close Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="74"/>
        <source>撤销后不能再挂钩：现有挂钩在撤销日期当天结束。撤销日期之后已有联系记录的，请先核对记录。</source>
        <translation>A closed centre can no longer be paired: its current pairing ends on the closing date. If contacts are recorded after that date, check those records first.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="77"/>
        <source>新增康园中心</source>
        <translation>New Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="78"/>
        <source>名称不能与已有中心重复；所在镇（街道）可从列表选择，也可直接输入。</source>
        <translation>The name must differ from every other centre&apos;s; pick the town from the list or type it in.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="80"/>
        <source>编辑康园中心</source>
        <translation>Edit Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="81"/>
        <source>修改中心信息；挂钩请在“挂钩”页调整。</source>
        <translation>Change the centre&apos;s details; change its pairing under “Pairings”.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="82"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="8"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="19"/>
        <source>名称(&amp;M)：</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="30"/>
        <source>例如 安墩镇康园中心</source>
        <translation>e.g. Andun Town Kangyuan Centre</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="43"/>
        <source>所在镇（街道）(&amp;T)：</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="66"/>
        <source>地址(&amp;A)：</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="75"/>
        <source>联系人(&amp;P)：</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="84"/>
        <source>联系电话(&amp;H)：</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="93"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="102"/>
        <source>已撤销，撤销日期(&amp;C)：</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="103"/>
        <source>原挂钩在撤销日期当天结束，此后不能再挂钩</source>
        <translation>Its pairing ends on the closing date; it cannot be paired after that</translation>
    </message>
</context>
<context>
    <name>CentresModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="33"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="35"/>
        <source>已于{0}撤销</source>
        <translation>Closed on {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="36"/>
        <source>将于{0}撤销</source>
        <translation>Closes on {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="41"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="42"/>
        <source>所在镇（街道）</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="43"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="44"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="45"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="46"/>
        <source>挂钩党员</source>
        <translation>Paired member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="47"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/checklist_items_dialog.py" line="59"/>
        <source>数据库以只读方式打开，不能修改检查项目</source>
        <translation>The database is open read-only: the checklist items cannot be changed</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="6"/>
        <location filename="../../forms/checklist_items_dialog.ui" line="24"/>
        <source>现场检查项目</source>
        <translation>On-site checklist items</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="11"/>
        <source>月度清单“到岗检查”一栏逐项打印这些项目，党员到中心后逐项填写是/否和发现情况。双击或按 F2 修改一项。</source>
        <translation>The monthly checklist prints these items in its on-site visit section; at the centre the member fills in yes/no and the findings for each. Double-click an item or press F2 to change it.</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="16"/>
        <source>检查项目(&amp;L)：</source>
        <translation>Checklist &amp;items:</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="33"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="34"/>
        <source>在末尾添加一项（Insert）</source>
        <translation>Add an item at the end (Insert)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="35"/>
        <source>添加检查项目</source>
        <translation>Add a checklist item</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="40"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="41"/>
        <source>删除选中的一项（Delete）</source>
        <translation>Delete the selected item (Delete)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="42"/>
        <source>删除选中的检查项目</source>
        <translation>Delete the selected checklist item</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="47"/>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="48"/>
        <source>把选中的一项上移（Ctrl+上箭头）</source>
        <translation>Move the selected item up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="49"/>
        <source>上移选中的检查项目</source>
        <translation>Move the selected checklist item up</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="54"/>
        <source>下移(&amp;N)</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="55"/>
        <source>把选中的一项下移（Ctrl+下箭头）</source>
        <translation>Move the selected item down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="56"/>
        <source>下移选中的检查项目</source>
        <translation>Move the selected checklist item down</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_items_dialog.ui" line="72"/>
        <source>修改从下个月（或今天是1日则本月）起生效；已打印过的月份保持原清单</source>
        <translation>Changes apply from next month (or from this month if today is the 1st); months already printed keep their list</translation>
    </message>
</context>
<context>
    <name>CloseMeasureDialog</name>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="37"/>
        <source>已有 {0} 份佐证材料。销号说明可不填。</source>
        <translation>Evidence attached: {0}. The closing remarks are optional.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="40"/>
        <source>尚无佐证材料：请写明销号说明（为什么已完成、依据是什么），或先添加佐证材料。</source>
        <translation>No evidence yet: write closing remarks (why the measure is complete and on what basis), or add evidence first.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="33"/>
        <location filename="../../forms/close_measure_dialog.ui" line="6"/>
        <source>销号</source>
        <translation>Close measure</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="12"/>
        <source>销号日期(&amp;D)：</source>
        <translation>&amp;Date closed:</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="13"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="15"/>
        <source>销号说明(&amp;R)：</source>
        <translation>Closing &amp;remarks:</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="16"/>
        <source>整改完成情况；没有佐证材料时必须填写（Ctrl+回车 销号）</source>
        <translation>How the rectification was completed; required when there is no evidence (Ctrl+Enter closes)</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="18"/>
        <source>验收人(&amp;A)：</source>
        <translation>&amp;Accepted by:</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="19"/>
        <source>谁验收了这项措施（默认：本机名称）</source>
        <translation>Who accepted this measure (default: this computer&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="21"/>
        <source>验收意见(&amp;O)：</source>
        <translation>Acceptance &amp;opinion:</translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="22"/>
        <source>例如：材料齐全，现场复查合格，同意销号</source>
        <translation>e.g. Documents complete, checked on site, closure approved</translation>
    </message>
</context>
<context>
    <name>CloseRequestsBox</name>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="62"/>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="65"/>
        <source>销号申请</source>
        <translation>Requests to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="70"/>
        <source>申请日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="70"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="70"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="70"/>
        <source>佐证材料或说明</source>
        <translation>Evidence or reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="70"/>
        <source>审核意见</source>
        <translation>Office&apos;s comment</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="72"/>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="74"/>
        <source>同意销号</source>
        <translation>Accept and close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="75"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="77"/>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="172"/>
        <source>退回销号申请</source>
        <translation>Return the request to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="78"/>
        <source>申请销号…</source>
        <translation>Request closing…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="80"/>
        <source>申请销号</source>
        <translation>Request closing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="108"/>
        <source>佐证材料 {0} 份：{1}</source>
        <translation>{0} evidence file(s): {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="172"/>
        <source>请写明退回的意见（还缺什么）：</source>
        <translation>Say why it is returned (what is missing):</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_requests_box.py" line="233"/>
        <source>正在复制佐证材料…</source>
        <translation>Copying the evidence files…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="68"/>
        <source>数据库以只读方式打开，不能处理冲突</source>
        <translation>The database is open read-only: conflicts cannot be settled</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="77"/>
        <source>{0}：{1}（{2} 个版本）</source>
        <translation>{0}: {1} ({2} versions)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="86"/>
        <source>没有待处理的冲突。</source>
        <translation>No conflicts to settle.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="95"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="96"/>
        <source>所在镇（街道）</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="97"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="98"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="99"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="100"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="101"/>
        <source>撤销日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="102"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="103"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="104"/>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="105"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="106"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="107"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="108"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="109"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="110"/>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="111"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="112"/>
        <source>考评说明</source>
        <translation>Criteria notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="113"/>
        <source>义务</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="114"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="115"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="116"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="117"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="118"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="119"/>
        <source>责任人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="120"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="122"/>
        <source>销号说明</source>
        <translation>Closing reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="123"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="124"/>
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="125"/>
        <source>删除原因</source>
        <translation>Reason for deleting</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="126"/>
        <source>登记人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="127"/>
        <source>登记时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="128"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="129"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="130"/>
        <source>详细情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="131"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="132"/>
        <source>销号时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="133"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="134"/>
        <source>校验值</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="135"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="136"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="137"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="138"/>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="139"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="140"/>
        <source>方面</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="141"/>
        <source>联系记录</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="162"/>
        <source>暂用：{0}
{1}</source>
        <translation>In use: {0}
{1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="164"/>
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="165"/>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="165"/>
        <source>（有效）</source>
        <translation>(in effect)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="121"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="168"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="194"/>
        <source>将保留：{0} 的版本</source>
        <translation>Will keep: the version from {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="196"/>
        <source>将保留：目前暂用的版本</source>
        <translation>Will keep: the version now in use</translation>
    </message>
    <message>
        <location filename="../../forms/conflicts_dialog.ui" line="6"/>
        <source>冲突处理</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../forms/conflicts_dialog.ui" line="8"/>
        <source>下列记录在两台（或多台）电脑上都改过。两个版本都保留着，目前暂用较新的一个。请逐条比较，选定要保留的版本；确定后的版本会随下一次交换包发给其他电脑。</source>
        <translation>These records were changed on two (or more) computers. Every version is kept; the newer one is in use for now. Compare them one by one and choose the version to keep; your choice goes to the other computers with the next bundle.</translation>
    </message>
    <message>
        <location filename="../../forms/conflicts_dialog.ui" line="12"/>
        <source>待处理的冲突</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../forms/conflicts_dialog.ui" line="13"/>
        <source>两个版本的对比</source>
        <translation>The two versions compared</translation>
    </message>
    <message>
        <location filename="../../forms/conflicts_dialog.ui" line="20"/>
        <source>采用所选版本(&amp;T)</source>
        <translation>&amp;Take the selected version</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="44"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="45"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="125"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="145"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="44"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="45"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="125"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="145"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="202"/>
        <source>事项</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="44"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="45"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="125"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="145"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="44"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="45"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="125"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="202"/>
        <source>截止</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="47"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="129"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="47"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="129"/>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="47"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="129"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="47"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="129"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="47"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="129"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="139"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="205"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="139"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="139"/>
        <source>逾期完成</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="139"/>
        <source>未完成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="139"/>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="142"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="142"/>
        <source>所在镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="142"/>
        <source>挂钩党员</source>
        <translation>Paired member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="145"/>
        <source>退回意见</source>
        <translation>Return comment</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="155"/>
        <source>办公室退回的汇报和考评</source>
        <translation>Reports and reviews the office returned</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="156"/>
        <source>双击或按回车查看退回意见并重新提交</source>
        <translation>Double-click or press Enter to read the comment and resubmit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="167"/>
        <source>&lt;b&gt;办公室退回的汇报和考评&lt;/b&gt;（{0} 份，双击查看意见并重新提交）</source>
        <translation>&lt;b&gt;Reports and reviews the office returned&lt;/b&gt; ({0}; double-click to read the comment and resubmit)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="181"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="202"/>
        <source>谁</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="205"/>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="205"/>
        <source>最近交换包</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="205"/>
        <source>数据截至</source>
        <translation>Data through</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="205"/>
        <source>办公室下发</source>
        <translation>Office&apos;s bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="210"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="252"/>
        <source>办公室（全部挂钩）</source>
        <translation>Office (all pairings)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="256"/>
        <source>&lt;h2&gt;工作台&lt;/h2&gt;{0}&#x3000;·&#x3000;今天是 {1}</source>
        <translation>&lt;h2&gt;Dashboard&lt;/h2&gt;{0}  ·  Today is {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="257"/>
        <source>本周联系&lt;br&gt;&lt;b&gt;{0} / {1}&lt;/b&gt;</source>
        <translation>Contacts this week&lt;br&gt;&lt;b&gt;{0} / {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="258"/>
        <source>本月到岗&lt;br&gt;&lt;b&gt;{0} / {1}&lt;/b&gt;</source>
        <translation>On-site visits this month&lt;br&gt;&lt;b&gt;{0} / {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="259"/>
        <source>上次打开以来未完成&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Missed since last opened&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="260"/>
        <source>未完成整改措施&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;（逾期 {1}）</source>
        <translation>Open measures&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt; ({1} overdue)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="264"/>
        <source>销号申请待审核 &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Requests to close awaiting review &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="266"/>
        <source>今年完成率&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Completion this year&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="270"/>
        <source>&lt;b&gt;整改措施时限&lt;/b&gt;&lt;br&gt;{0}</source>
        <translation>&lt;b&gt;Measure deadlines&lt;/b&gt;&lt;br&gt;{0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="271"/>
        <source>&lt;b&gt;上次打开以来未完成&lt;/b&gt;（自 {0}）</source>
        <translation>&lt;b&gt;Missed since last opened&lt;/b&gt; (since {0})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="284"/>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="286"/>
        <source>{0} 天</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="303"/>
        <source>有未完成</source>
        <translation>Has missed periods</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="309"/>
        <source>&lt;b&gt;本月尚未到岗的中心&lt;/b&gt;（{0} 个）</source>
        <translation>&lt;b&gt;Centres not visited on site this month&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="365"/>
        <source>&lt;b&gt;3 天内到期&lt;/b&gt;（{0} 项）</source>
        <translation>&lt;b&gt;Due within 3 days&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="376"/>
        <source>已接收</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="376"/>
        <source>尚未接收</source>
        <translation>Not yet taken</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="382"/>
        <source>（未知党员）</source>
        <translation>(unknown member)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="383"/>
        <source>从未提交</source>
        <translation>Never sent</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="391"/>
        <source>从未提交交换包</source>
        <translation>Has never sent a bundle</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="11"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="19"/>
        <source>登记联系…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="20"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="38"/>
        <source>&lt;b&gt;本周、本月待办&lt;/b&gt;（双击登记）</source>
        <translation>&lt;b&gt;Due this week and this month&lt;/b&gt; (double-click to log)</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="39"/>
        <source>本周、本月待办</source>
        <translation>Due this week and this month</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="39"/>
        <source>双击登记</source>
        <translation>Double-click to log</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="40"/>
        <source>&lt;b&gt;上次打开以来未完成&lt;/b&gt;</source>
        <translation>&lt;b&gt;Missed since last opened&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="41"/>
        <source>上次打开以来未完成</source>
        <translation>Missed since last opened</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="42"/>
        <source>&lt;b&gt;3 天内到期&lt;/b&gt;</source>
        <translation>&lt;b&gt;Due within 3 days&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="43"/>
        <source>3 天内到期</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="43"/>
        <source>挂钩联系和整改措施，每行写明截止日期</source>
        <translation>Supervision duties and measures, each row with its deadline</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="44"/>
        <source>&lt;b&gt;交换状态&lt;/b&gt;（各党员电脑最近提交的交换包）</source>
        <translation>&lt;b&gt;Exchange status&lt;/b&gt; (the last bundle from each member&apos;s computer)</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="45"/>
        <source>交换状态</source>
        <translation>Exchange status</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="45"/>
        <source>每台党员电脑最近的交换包、数据截至日期，以及是否已收到办公室发出的交换包</source>
        <translation>Each member computer&apos;s last bundle, how far its data runs, and whether it has taken the office&apos;s bundle</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="50"/>
        <source>&lt;b&gt;整改措施时限&lt;/b&gt;</source>
        <translation>&lt;b&gt;Measure deadlines&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="51"/>
        <source>整改措施时限</source>
        <translation>Measure deadlines</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="51"/>
        <source>每行写明剩余天数或已逾期天数</source>
        <translation>Each row says the days left or the days overdue</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="52"/>
        <source>&lt;b&gt;按党员&lt;/b&gt;（今年至今，完成率低的在前）</source>
        <translation>&lt;b&gt;By member&lt;/b&gt; (this year so far, lowest completion first)</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="53"/>
        <source>按党员的完成情况</source>
        <translation>Completion by member</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="54"/>
        <source>&lt;b&gt;本月尚未到岗的中心&lt;/b&gt;</source>
        <translation>&lt;b&gt;Centres not visited on site this month&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="55"/>
        <source>本月尚未到岗的中心</source>
        <translation>Centres not yet visited this month</translation>
    </message>
</context>
<context>
    <name>DeclaredTotalsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/declared_totals_dialog.py" line="52"/>
        <source>还没有巡察：请先导入通报或添加巡察</source>
        <translation>No inspection yet: load the notice or add an inspection first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/declared_totals_dialog.py" line="68"/>
        <source>台账逐条列出：{0} 个问题、{1} 条整改措施（报告中另行说明）</source>
        <translation>The ledger itemises {0} problems and {1} measures (the report says so separately)</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="6"/>
        <source>通报所说的数字</source>
        <translation>Figures the notice declares</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="8"/>
        <source>巡察通报自己说的问题数、具体问题数和整改措施数（如“三大方面13个问题51个具体问题，制定了72条整改措施”）。整改情况报告照通报引用这些数字，并另行说明台账逐条列出的问题和措施。通报没有说的，选“通报未说明”。</source>
        <translation>The numbers of problems, specific problems and measures that the inspection notice itself states (e.g. “13 problems in three areas, 51 specific problems, 72 measures”). The rectification report quotes them as the notice&apos;s and says separately what the ledger itemises. Where the notice gives no figure, choose “Not stated”.</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="11"/>
        <source>巡察(&amp;I)：</source>
        <translation>&amp;Inspection:</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="12"/>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="13"/>
        <source>问题数(&amp;P)：</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="14"/>
        <source>问题数</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="14"/>
        <location filename="../../forms/declared_totals_dialog.ui" line="17"/>
        <location filename="../../forms/declared_totals_dialog.ui" line="20"/>
        <source>通报未说明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="16"/>
        <source>具体问题数(&amp;B)：</source>
        <translation>Specific pro&amp;blems:</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="17"/>
        <source>具体问题数</source>
        <translation>Specific problems</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="19"/>
        <source>整改措施数(&amp;M)：</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <location filename="../../forms/declared_totals_dialog.ui" line="20"/>
        <source>整改措施数</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../hdrectify/ui/evidence_list.py" line="155"/>
        <source>正在复制佐证材料…</source>
        <translation>Copying the evidence files…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/evidence_list.py" line="191"/>
        <source>添加佐证材料</source>
        <translation>Add Evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/evidence_list.py" line="193"/>
        <source>常用材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;所有文件 (*)</source>
        <translation>Common documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/evidence_list.py" line="220"/>
        <source>没有能打开“{0}”的程序</source>
        <translation>No program found that can open “{0}”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/evidence_list.py" line="241"/>
        <source>移除佐证材料</source>
        <translation>Remove Evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/evidence_list.py" line="242"/>
        <source>为什么移除“{0}”？（文件仍留存备查）</source>
        <translation>Why remove “{0}”? (The file is kept for the record.)</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="19"/>
        <source>将加密发给办公室电脑“{0}”（指纹 {1}）：只有它能打开，U 盘丢失也不会泄露内容。</source>
        <translation>Will be encrypted to the office computer “{0}” (fingerprint {1}): only it can open the file, so a lost USB stick leaks nothing.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="24"/>
        <source>不加密：任何拿到文件的人都能读到其中的记录，请妥善保管。</source>
        <translation>Not encrypted: anyone who gets the file can read its records. Keep it safe.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="26"/>
        <source>不加密：还没有收到办公室电脑“{0}”的加密公钥，导入一次办公室的新交换包后会自动加密。</source>
        <translation>Not encrypted: the encryption key of the office computer “{0}” has not arrived yet. Import a new bundle from the office once and later bundles will be encrypted automatically.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="31"/>
        <source>不加密：本机还没有信任办公室电脑。</source>
        <translation>Not encrypted: this computer does not trust an office computer yet.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="32"/>
        <source>不加密：办公室导出的交换包供各台电脑导入。</source>
        <translation>Not encrypted: bundles the office exports are for every computer to import.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="37"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="38"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="39"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="40"/>
        <source>联系记录</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="41"/>
        <source>季度汇报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="42"/>
        <source>年度考评</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="43"/>
        <source>免除</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="44"/>
        <source>通报</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="45"/>
        <source>方面</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="46"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="47"/>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="48"/>
        <source>整改进展</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="49"/>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="50"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="51"/>
        <source>考评细则</source>
        <translation>Review rubric</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="52"/>
        <source>考评分项得分</source>
        <translation>Review item scores</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="53"/>
        <source>汇报审阅意见</source>
        <translation>Office feedback on reports</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="54"/>
        <source>销号申请</source>
        <translation>Requests to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="55"/>
        <source>销号申请材料</source>
        <translation>Request-to-close files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="56"/>
        <source>销号申请审核</source>
        <translation>Answers to requests to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="63"/>
        <source>单位名称</source>
        <translation>Federation name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="64"/>
        <source>季度汇报期限</source>
        <translation>Quarterly report deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="65"/>
        <source>年度考评期限</source>
        <translation>Annual review deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="66"/>
        <source>补录天数</source>
        <translation>Backfill days</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="74"/>
        <source>合并为同一{0}：{1}</source>
        <translation>Merged as the same {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="78"/>
        <source>采用办公室的设置：{0}</source>
        <translation>The office&apos;s settings taken: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="80"/>
        <source>本机将设为 {0} 的笔记本</source>
        <translation>This computer will become {0}&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_labels.py" line="82"/>
        <source>本机已设为 {0} 的笔记本</source>
        <translation>This computer is now {0}&apos;s laptop</translation>
    </message>
</context>
<context>
    <name>ExchangeHistoryDialog</name>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="233"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="233"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="233"/>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="233"/>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="233"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="233"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="249"/>
        <source>导出（全部）</source>
        <translation>Export (all)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="249"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="255"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="262"/>
        <source>交换包编号 {0}，导出于 {1}，由 {2} 操作</source>
        <translation>Bundle {0}, exported {1}, by {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/conflicts_dialog.py" line="272"/>
        <source>共导出 {0} 次、导入 {1} 次。每个交换包只需导入一次；重复导入不会改变数据。</source>
        <translation>{0} exports and {1} imports. A bundle needs importing only once; importing it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_history_dialog.ui" line="6"/>
        <location filename="../../forms/exchange_history_dialog.ui" line="9"/>
        <source>交换记录</source>
        <translation>Exchange history</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="57"/>
        <source>（不使用建议）</source>
        <translation>(no suggestion)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="66"/>
        <source>{0}（{1}）{2}：{3}</source>
        <translation>{0} ({1}) {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="73"/>
        <source>已登记</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="80"/>
        <source>（本年没有大部分放假的周或月）</source>
        <translation>(no week or month of this year is mostly holiday)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="103"/>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="106"/>
        <source>请写明免除的原因</source>
        <translation>Please give the reason for the exemption</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="6"/>
        <source>登记免除</source>
        <translation>Log Exemption</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="10"/>
        <source>节假日建议(&amp;H)：</source>
        <translation>&amp;Holiday suggestion:</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="13"/>
        <source>节假日年份</source>
        <translation>Holiday year</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="14"/>
        <source>法定节假日使大部分工作日放假的周（或月）：选中后填好下面各项，核对后保存才会登记</source>
        <translation>Weeks (or months) whose working days are mostly public holidays: choosing one fills in the form below; nothing is recorded until you check it and save</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="18"/>
        <source>适用于所有挂钩（例如全县春节放假）</source>
        <translation>Applies to all pairings (e.g. a county-wide Spring Festival holiday)</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="19"/>
        <source>挂钩(&amp;P)：</source>
        <translation>&amp;Pairing:</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="22"/>
        <source>免除义务(&amp;O)：</source>
        <translation>&amp;Obligation:</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="25"/>
        <source>从(&amp;F)：</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="26"/>
        <location filename="../../forms/exemption_dialog.ui" line="29"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="28"/>
        <source>到(&amp;T)：</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="31"/>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="32"/>
        <source>必填，例如：春节放假，中心闭馆</source>
        <translation>Required, e.g. Spring Festival holiday, centre closed</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="176"/>
        <source>本机：{0}。上次导出：{1}；此后本机新增或改动了 {2} 条记录。</source>
        <translation>This computer: {0}. Last export: {1}; records added or changed here since: {2}.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="181"/>
        <source>本机：{0}。本机还没有导出过交换包，将导出本机的全部记录。</source>
        <translation>This computer: {0}. It has not exported a bundle yet: all its records will be exported.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="199"/>
        <source>，已加密发给“{0}”</source>
        <translation>, encrypted to “{0}”</translation>
    </message>
    <message>
        <location filename="../../forms/export_bundle_dialog.ui" line="6"/>
        <source>导出交换包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="196"/>
        <source>已导出交换包：{0}（{1} 条记录）</source>
        <translation>Bundle exported: {0} ({1} records)</translation>
    </message>
    <message>
        <location filename="../../forms/export_bundle_dialog.ui" line="8"/>
        <source>交换包是一个文件，装着本机新增和改动的记录及其佐证材料。用 U 盘或共享文件夹交给办公室（或另一台电脑），对方在“文件 → 导入交换包”中导入。</source>
        <translation>A bundle is one file holding the records added and changed on this computer, with their evidence. Take it to the office (or another computer) on a USB stick or through a shared folder; it is imported there with File → Import bundle.</translation>
    </message>
    <message>
        <location filename="../../forms/export_bundle_dialog.ui" line="10"/>
        <source>导出全部数据（给新电脑首次使用，或对方丢失了以前的交换包）(&amp;A)</source>
        <translation>Export &amp;all data (for a new computer, or when an earlier bundle was lost)</translation>
    </message>
    <message>
        <location filename="../../forms/export_bundle_dialog.ui" line="11"/>
        <source>加密(&amp;E)</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <location filename="../../forms/export_bundle_dialog.ui" line="15"/>
        <source>保存为(&amp;S)：</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../forms/export_bundle_dialog.ui" line="17"/>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>ExtendMeasureDialog</name>
    <message>
        <location filename="../../hdrectify/ui/extend_measure_dialog.py" line="28"/>
        <source>当前整改时限：{0}</source>
        <translation>Current deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/extend_measure_dialog.py" line="30"/>
        <source>（原定{0}）</source>
        <translation> (originally {0})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/extend_measure_dialog.py" line="25"/>
        <location filename="../../forms/extend_measure_dialog.ui" line="6"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../forms/extend_measure_dialog.ui" line="12"/>
        <source>延期至(&amp;T)：</source>
        <translation>Ex&amp;tend to:</translation>
    </message>
    <message>
        <location filename="../../forms/extend_measure_dialog.ui" line="13"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/extend_measure_dialog.ui" line="15"/>
        <source>延期原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../forms/extend_measure_dialog.ui" line="16"/>
        <source>为什么不能按原时限完成（必填）</source>
        <translation>Why it cannot be done by the deadline (required)</translation>
    </message>
    <message>
        <location filename="../../forms/extend_measure_dialog.ui" line="18"/>
        <source>批准人(&amp;A)：</source>
        <translation>&amp;Approved by:</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="39"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="40"/>
        <source>已阅(&amp;A)</source>
        <translation>Mark as re&amp;ad</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="40"/>
        <source>标记为已阅</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="41"/>
        <source>退回(&amp;R)</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="41"/>
        <source>退回，并附上面的意见</source>
        <translation>Return, with the comment above</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="43"/>
        <source>重新提交(&amp;S)</source>
        <translation>Re&amp;submit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="43"/>
        <source>按退回意见修改后重新提交</source>
        <translation>Resubmit after revising as the comment asks</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="62"/>
        <source>季度汇报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="62"/>
        <source>年度考评</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="63"/>
        <source>{0}审阅</source>
        <translation>{0}: office review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="65"/>
        <source>{0} — {1}&#x3000;{2} · {3}</source>
        <translation>{0} — {1}  {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="82"/>
        <source>审阅结果：已阅</source>
        <translation>Office review: read</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="84"/>
        <source>审阅结果：已退回，待党员修改后重新提交</source>
        <translation>Office review: returned, waiting for the member to revise and resubmit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="86"/>
        <source>审阅结果：已退回，请按意见修改后重新提交</source>
        <translation>Office review: returned — please revise as the comment asks and resubmit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="88"/>
        <source>审阅结果：已重新提交，待办公室审阅</source>
        <translation>Office review: resubmitted, waiting for the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="89"/>
        <source>审阅结果：待办公室审阅</source>
        <translation>Office review: waiting for the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="93"/>
        <source>还没有审阅记录。</source>
        <translation>No review yet.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="96"/>
        <source>已阅</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="96"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="98"/>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="100"/>
        <source>意见：{0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="101"/>
        <source>当时的内容：{0}</source>
        <translation>Text at the time: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/feedback_dialog.py" line="101"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="6"/>
        <source>汇报审阅</source>
        <translation>Office review</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="10"/>
        <source>审阅记录(&amp;H)：</source>
        <translation>Review &amp;history:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="11"/>
        <source>审阅记录</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="11"/>
        <source>办公室每次审阅的日期、结论、意见和当时的汇报内容</source>
        <translation>Each review by the office: date, verdict, comment and the text it read</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="12"/>
        <source>现在的内容(&amp;N)：</source>
        <translation>Current &amp;text:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="13"/>
        <source>现在的内容</source>
        <translation>Current text</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="15"/>
        <source>退回意见(&amp;C)：</source>
        <translation>Return &amp;comment:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="16"/>
        <source>退回意见</source>
        <translation>Return comment</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="16"/>
        <source>退回时必填：说明需要修改或补充什么</source>
        <translation>Required to return: say what to revise or add</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../forms/help_dialog.ui" line="9"/>
        <source>用户指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../forms/help_dialog.ui" line="16"/>
        <source>后退(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../forms/help_dialog.ui" line="22"/>
        <source>目录(&amp;C)</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../forms/help_dialog.ui" line="33"/>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="27"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="27"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="27"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="27"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="27"/>
        <source>改动</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="41"/>
        <source>登记</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="42"/>
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="43"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="44"/>
        <source>彻底删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="49"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="50"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="51"/>
        <source>情况记录</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="52"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="53"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="54"/>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="55"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="56"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="57"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="58"/>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="59"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="60"/>
        <source>考评标准</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="61"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="62"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="63"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/history_dialog.py" line="64"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="6"/>
        <location filename="../../forms/history_dialog.ui" line="10"/>
        <source>修改历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="9"/>
        <source>这条记录的每一次登记、更正和删除，以及由谁、何时、为什么。修改日志受校验值保护，绕过本程序的改动可用“工具 → 校验数据”查出。</source>
        <translation>Every entry, correction and deletion of this record: who, when and why. The log is protected by hashes; a change made behind the app&apos;s back is found by “Tools → Verify data”.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="271"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="277"/>
        <source>数据库以只读方式打开，不能导入</source>
        <translation>The database is open read-only: nothing can be imported</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="282"/>
        <source>内容</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="282"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="282"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="282"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="282"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="282"/>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="286"/>
        <location filename="../../forms/import_bundle_dialog.ui" line="6"/>
        <source>导入交换包</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="286"/>
        <source>hdrectify 交换包 (*.hdbundle);;所有文件 (*)</source>
        <translation>hdrectify bundles (*.hdbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="319"/>
        <source>正在检查交换包…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="329"/>
        <source>正在导入交换包…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="334"/>
        <source>交换包来自尚未信任的电脑“{0}”：核对指纹、确认信任后才能导入</source>
        <translation>The bundle comes from “{0}”, a computer not trusted yet: compare the fingerprint and confirm trust before importing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="337"/>
        <source>信任这台电脑？</source>
        <translation>Trust this computer?</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="339"/>
        <source>交换包来自本机尚未信任的电脑“{0}”（{1}）。

请与对方电脑“设置”中显示的指纹逐组核对：

{2}

完全一致才信任；不一致说明交换包不是那台电脑做的，请不要导入。</source>
        <translation>The bundle comes from “{0}” ({1}), a computer this one does not trust yet.

Compare this fingerprint group by group with the one shown in Settings on that computer:

{2}

Trust it only if they are exactly the same; if they differ, the bundle was not made by that computer: do not import it.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="346"/>
        <source>指纹一致，信任</source>
        <translation>Fingerprints match, trust</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="347"/>
        <source>不信任</source>
        <translation>Do not trust</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="361"/>
        <source>来自：{0}（{1}），导出于 {2}{3}</source>
        <translation>From: {0} ({1}), exported {2}{3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="365"/>
        <source>（全部数据）</source>
        <translation> (all data)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="367"/>
        <source>签名指纹：{0}</source>
        <translation>Signed with fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="368"/>
        <source>交换包是加密发给本机的：已用本机的密钥解密</source>
        <translation>The bundle was encrypted to this computer: decrypted with this computer&apos;s key</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="389"/>
        <source>不能导入：{0} {1}：{2}</source>
        <translation>Cannot import: {0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="397"/>
        <source>冲突：{0}“{1}”在两台电脑上都改过，两个版本都保留，请在“工具 → 冲突处理”中确认</source>
        <translation>Conflict: {0} “{1}” was changed on two computers; both versions are kept — settle it in Tools → Conflicts</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="403"/>
        <source>问题“{0}”的编号 {1} 在本机已被占用，改为 {2}</source>
        <translation>Problem “{0}”: its number {1} is taken on this computer; changed to {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="404"/>
        <source>待编号（由办公室编号）</source>
        <translation>not numbered yet (the office numbers it)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="408"/>
        <source>走访发现的问题“{0}”编为问题{1}</source>
        <translation>Problem found on a visit “{0}” numbered {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="411"/>
        <source>首次收到办公室的交换包：将信任办公室电脑“{0}”（指纹 {1}）</source>
        <translation>The first bundle from the office: the office computer “{0}” will be trusted (fingerprint {1})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="417"/>
        <source>将把“{0}”加入信任列表（指纹 {1}）</source>
        <translation>“{0}” will be added to the trusted computers (fingerprint {1})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="422"/>
        <source>佐证材料“{0}”的文件不在交换包中</source>
        <translation>The file of evidence “{0}” is not in the bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="425"/>
        <source>该交换包已于 {0} 导入过，没有新的变化</source>
        <translation>This bundle was imported on {0}: nothing new</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="428"/>
        <source>没有新的变化</source>
        <translation>Nothing new</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="439"/>
        <source>这个交换包有 {0} 处与本机记录不符，不能导入（数据未作改动）：请对方更正后重新导出</source>
        <translation>This bundle has {0} records that do not fit the records here and cannot be imported (nothing was changed): ask the sender to correct them and export again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="456"/>
        <source>已导入 {0} 的交换包：新增 {1}、更新 {2}、冲突 {3}</source>
        <translation>Imported the bundle from {0}: {1} new, {2} updated, {3} conflicts</translation>
    </message>
    <message>
        <location filename="../../forms/import_bundle_dialog.ui" line="10"/>
        <source>交换包(&amp;F)：</source>
        <translation>Bundle &amp;file:</translation>
    </message>
    <message>
        <location filename="../../forms/import_bundle_dialog.ui" line="12"/>
        <source>选择文件(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/import_bundle_dialog.ui" line="15"/>
        <source>交换包</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../forms/import_bundle_dialog.ui" line="16"/>
        <source>将要发生的变化</source>
        <translation>What will change</translation>
    </message>
    <message>
        <location filename="../../forms/import_bundle_dialog.ui" line="17"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="46"/>
        <source>找不到交换包文件：{path}</source>
        <translation>Bundle file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="47"/>
        <source>“{name}”不是文件：请选择交换包文件</source>
        <translation>“{name}” is not a file: choose a bundle file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="48"/>
        <source>交换包文件过大（{size} 字节），已拒绝</source>
        <translation>The bundle file is too large ({size} bytes) and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="49"/>
        <source>文件不是有效的交换包（无法作为 ZIP 读取），可能已损坏或被截断</source>
        <translation>The file is not a valid bundle (it cannot be read as a ZIP); it may be damaged or truncated</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="52"/>
        <source>无法读取交换包：文件已被移走或删除，请重新选择</source>
        <translation>Cannot read the bundle: the file was moved or deleted. Choose it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="53"/>
        <source>无法读取交换包：没有读取权限，请检查文件的权限</source>
        <translation>Cannot read the bundle: no permission to read it. Check the file&apos;s permissions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="54"/>
        <source>交换包已损坏，无法读取（{kind}）</source>
        <translation>The bundle is damaged and cannot be read ({kind})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="55"/>
        <source>交换包文件在读取期间被改动：请重新导入</source>
        <translation>The bundle file changed while it was read: import it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="57"/>
        <source>交换包中的文件数量超过上限，已拒绝</source>
        <translation>The bundle holds more files than allowed and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="58"/>
        <source>交换包中有重名的内容，已拒绝</source>
        <translation>The bundle holds two items with the same name and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="59"/>
        <source>交换包解压后的总大小超过上限，已拒绝</source>
        <translation>The bundle unpacks to more than the size limit and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="60"/>
        <source>交换包中含有文件夹或链接（{name!r}），已拒绝</source>
        <translation>The bundle contains a folder or link ({name!r}) and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="61"/>
        <source>交换包中的 {name!r} 已加密，无法读取</source>
        <translation>{name!r} in the bundle is encrypted and cannot be read</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="62"/>
        <source>交换包中的 {name!r} 使用了不支持的压缩方式</source>
        <translation>{name!r} in the bundle uses an unsupported compression method</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="63"/>
        <source>交换包中有不认识的内容 {name!r}（不是 hdrectify 交换包，或来自更新的版本），已拒绝</source>
        <translation>The bundle contains something unknown, {name!r} (not an hdrectify bundle, or from a newer version), and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="66"/>
        <source>交换包中的 {name} 超过大小上限（{size} 字节），已拒绝</source>
        <translation>{name} in the bundle is over the size limit ({size} bytes) and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="69"/>
        <source>交换包中的 {name} 压缩比异常（疑似压缩炸弹），已拒绝</source>
        <translation>{name} in the bundle has an abnormal compression ratio (a suspected zip bomb) and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="70"/>
        <source>交换包中的 {name} 超过大小上限，已拒绝</source>
        <translation>{name} in the bundle is over the size limit and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="71"/>
        <source>交换包中 {name} 有一条记录超过大小上限，已拒绝</source>
        <translation>{name} in the bundle has a record over the size limit and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="72"/>
        <source>交换包中 {name} 的大小与清单不符：文件被截断或改动</source>
        <translation>The size of {name} in the bundle does not match its manifest: the file was truncated or altered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="75"/>
        <source>交换包中 {name} 的校验值与清单不符：文件已损坏或被改动</source>
        <translation>The checksum of {name} in the bundle does not match its manifest: the file is damaged or altered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="78"/>
        <source>交换包中 {name} 不是有效的 UTF-8 文本</source>
        <translation>{name} in the bundle is not valid UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="79"/>
        <source>交换包中 {name} 有重复的记录，已拒绝</source>
        <translation>{name} in the bundle has duplicate records and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="80"/>
        <source>交换包中的佐证材料 {sha}… 与校验值不符：文件可能已损坏</source>
        <translation>The evidence file {sha}… in the bundle does not match its checksum: the file may be damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="83"/>
        <source>交换包中的佐证材料 {sha}… 与校验值不符：文件已损坏或被改动</source>
        <translation>The evidence file {sha}… in the bundle does not match its checksum: the file is damaged or altered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="86"/>
        <source>交换包中的佐证材料数量与清单不符：文件不完整</source>
        <translation>The number of evidence files in the bundle does not match its manifest: the file is incomplete</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="87"/>
        <source>交换包中的数据表 {table} 本程序不认识，已拒绝</source>
        <translation>The bundle&apos;s table {table} is unknown to this program and was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="88"/>
        <source>交换包中 {table} 的记录数与清单不符：文件不完整或被改动</source>
        <translation>The number of records of {table} in the bundle does not match its manifest: the file is incomplete or altered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="92"/>
        <source>交换包中没有清单（manifest.json）：文件不完整</source>
        <translation>The bundle has no manifest (manifest.json): the file is incomplete</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="93"/>
        <source>交换包的清单（manifest.json）无法解析：文件已损坏</source>
        <translation>The bundle&apos;s manifest (manifest.json) cannot be parsed: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="96"/>
        <source>这不是 hdrectify 交换包（清单格式不对）</source>
        <translation>This is not an hdrectify bundle (wrong manifest format)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="97"/>
        <source>交换包的格式版本无效：文件已损坏</source>
        <translation>The bundle&apos;s format version is invalid: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="98"/>
        <source>交换包由更新版本的 hdrectify 生成（格式版本 {version}，本程序支持 {supported}）：请先升级 hdrectify</source>
        <translation>The bundle was made by a newer hdrectify (format version {version}, this program supports {supported}): upgrade hdrectify first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="102"/>
        <source>交换包的数据结构版本无效：文件已损坏</source>
        <translation>The bundle&apos;s schema version is invalid: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="103"/>
        <source>交换包来自更新版本的 hdrectify（结构版本 {version}，本程序支持到 {supported}）：请先升级 hdrectify</source>
        <translation>The bundle comes from a newer hdrectify (schema version {version}, this program supports up to {supported}): upgrade hdrectify first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="107"/>
        <source>交换包的清单缺少必需的项目或格式不对：文件已损坏</source>
        <translation>The bundle&apos;s manifest lacks required items or is malformed: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="108"/>
        <source>交换包清单中 {name!r} 的校验信息格式不对：文件已损坏</source>
        <translation>The checksum entry of {name!r} in the bundle&apos;s manifest is malformed: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="111"/>
        <source>交换包的内容与清单不一致（{name}）：文件不完整或被改动</source>
        <translation>The bundle&apos;s content does not match its manifest ({name}): the file is incomplete or altered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="114"/>
        <source>交换包清单中列出的数据表 {table!r} 没有内容：文件不完整</source>
        <translation>The table {table!r} listed in the bundle&apos;s manifest has no content: the file is incomplete</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="117"/>
        <source>交换包清单中的设置（settings）格式不对：文件已损坏</source>
        <translation>The settings in the bundle&apos;s manifest are malformed: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="118"/>
        <source>交换包清单中的党员（for_member）格式不对：文件已损坏</source>
        <translation>The member (for_member) in the bundle&apos;s manifest is malformed: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="120"/>
        <source>交换包 {name} 第 {line} 行：不是有效的 JSON</source>
        <translation>Bundle {name}, line {line}: not valid JSON</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="121"/>
        <source>交换包 {name} 第 {line} 行：记录的项目不对</source>
        <translation>Bundle {name}, line {line}: the record&apos;s items are wrong</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="122"/>
        <source>交换包 {name} 第 {line} 行：编号无效</source>
        <translation>Bundle {name}, line {line}: invalid id</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="123"/>
        <source>交换包 {name} 第 {line} 行：版本信息无效</source>
        <translation>Bundle {name}, line {line}: invalid version information</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="124"/>
        <source>交换包 {name} 第 {line} 行：版本时钟超出合理范围（来自时间设置错误的电脑，或交换包被改动）</source>
        <translation>Bundle {name}, line {line}: the version clock is out of range (from a computer with a wrong clock, or the bundle was altered)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="128"/>
        <source>交换包 {name} 第 {line} 行：来源或时间无效</source>
        <translation>Bundle {name}, line {line}: invalid origin or time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="129"/>
        <source>交换包 {name} 第 {line} 行：删除标记无效</source>
        <translation>Bundle {name}, line {line}: invalid deletion flag</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="130"/>
        <source>交换包 {name} 第 {line} 行：已删除的记录不应带有内容</source>
        <translation>Bundle {name}, line {line}: a deleted record should have no content</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="133"/>
        <source>交换包 {name} 第 {line} 行：记录内容缺失或编号不一致</source>
        <translation>Bundle {name}, line {line}: the record&apos;s content is missing or its id does not match</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="134"/>
        <source>交换包 {name} 第 {line} 行：有本程序不认识的字段 {column!r}，已拒绝</source>
        <translation>Bundle {name}, line {line}: a field unknown to this program, {column!r}, was refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="137"/>
        <source>交换包 {name} 第 {line} 行：字段 {column} 的值类型或长度不对</source>
        <translation>Bundle {name}, line {line}: the value of field {column} has the wrong type or length</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="140"/>
        <source>交换包 {name} 第 {line} 行：含有无效的字符编码</source>
        <translation>Bundle {name}, line {line}: invalid character encoding</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="142"/>
        <source>交换包清单中的党员（member）格式不对：文件已损坏</source>
        <translation>The member in the bundle&apos;s manifest is malformed: the file is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="143"/>
        <source>“{name}”是党员的电脑，它的交换包不能带设置，也不能为党员建立数据库：只有办公室的交换包可以</source>
        <translation>“{name}” is a member&apos;s computer: its bundle may not carry settings or set up a member&apos;s database; only the office&apos;s bundles may</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="146"/>
        <source>“{name}”此前的交换包是党员{before}的记录，这个交换包却说是{member}的电脑，未导入：如确已改由{member}使用，请先用 hdrectify trust remove {fingerprint} 移除后再信任它</source>
        <translation>“{name}” sent {before}&apos;s records before, but this bundle says it is {member}&apos;s computer; not imported. If {member} really uses it now, remove it with hdrectify trust remove {fingerprint}, then trust it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="151"/>
        <source>党员的电脑不能新增“{title}”：这类记录只能由办公室录入</source>
        <translation>A member&apos;s computer may not add “{title}”: only the office enters such records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="152"/>
        <source>党员的电脑不能修改“{title}”：这类记录只能由办公室修改</source>
        <translation>A member&apos;s computer may not change “{title}”: only the office changes such records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="155"/>
        <source>党员的电脑不能删除“{title}”：这类记录只能由办公室删除</source>
        <translation>A member&apos;s computer may not delete “{title}”: only the office deletes such records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="158"/>
        <source>党员的电脑不能为整改措施“{title}”销号或撤销销号：只有办公室可以</source>
        <translation>A member&apos;s computer may not close or reopen the measure “{title}”: only the office may</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="161"/>
        <source>党员的电脑不能改动整改措施“{title}”的完成时限：只有办公室可以</source>
        <translation>A member&apos;s computer may not move the deadline of the measure “{title}”: only the office may</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="164"/>
        <source>“{title}”的{what}在记录创建后不能改动，交换包却改动了它</source>
        <translation>The {what} of “{title}” cannot change once the record is made, but the bundle changes it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="165"/>
        <source>党员的电脑只能新增和修改走访发现的问题，不能改动问题“{title}”</source>
        <translation>A member&apos;s computer may add and change only problems found on visits, not the problem “{title}”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="168"/>
        <source>“{title}”不是这台党员电脑录入的：党员的电脑只能修改或删除自己录入的记录</source>
        <translation>“{title}” was not entered on this member&apos;s computer: a member&apos;s computer may change or delete only what it entered</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="171"/>
        <source>交换包没有说明是哪位党员的电脑，不能带“{title}”：请在那台电脑的“设置”中选好“我是”后重新导出</source>
        <translation>The bundle does not say whose computer it is, so it cannot carry “{title}”: choose “I am” in that computer&apos;s Settings and export again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="174"/>
        <source>“{title}”是党员{owner}的记录，交换包却来自{member}的电脑：党员只能录入和修改自己的记录</source>
        <translation>“{title}” is {owner}&apos;s record, but the bundle comes from {member}&apos;s computer: members may enter and change only their own records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="200"/>
        <source>这个交换包是加密发给另一台电脑（指纹 {fingerprint}）的，本机（指纹 {own}）无法解密，未导入：请在那台电脑上导入，或让对方重新导出</source>
        <translation>This bundle is encrypted to another computer (fingerprint {fingerprint}); this computer (fingerprint {own}) cannot decrypt it. Nothing was imported: import it on that computer, or ask the sender to export again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="205"/>
        <source>这个交换包已加密，只能在指纹为 {fingerprint} 的电脑上用“导入交换包”打开</source>
        <translation>This bundle is encrypted: only the computer with fingerprint {fingerprint} can open it, with “Import bundle”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="208"/>
        <source>加密的交换包已被改动、截断或损坏，无法解密，未导入：请让对方重新导出交换包</source>
        <translation>The encrypted bundle has been changed, cut short or damaged and cannot be decrypted. Nothing was imported: ask the sender to export the bundle again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="211"/>
        <source>加密交换包的格式（版本 {version}）比本程序新（支持 {supported}）：请更新 hdrectify</source>
        <translation>The encrypted bundle&apos;s format (version {version}) is newer than this program supports ({supported}): please update hdrectify</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="215"/>
        <source>这是本机自己导出的交换包，无需导入：请选择其他电脑导出的交换包</source>
        <translation>This bundle was exported by this computer and need not be imported: choose a bundle exported by another computer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="218"/>
        <source>已取消导入，数据未作改动</source>
        <translation>Import cancelled; no data was changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="219"/>
        <source>交换包的内容无法导入（{kind}），数据未作改动</source>
        <translation>The bundle&apos;s content cannot be imported ({kind}); no data was changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="220"/>
        <source>交换包未导入，数据未作改动：{first}</source>
        <translation>The bundle was not imported; no data was changed: {first}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="221"/>
        <source>交换包未导入，数据未作改动：{first}等 {count} 处</source>
        <translation>The bundle was not imported; no data was changed: {first} and {count} in all</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="222"/>
        <source>交换包中的党员“{name}”与本机 {count} 位同名党员无法区分（{which}）：请在“中心与党员”中给同名党员的姓名加上区分（如所在单位）后重新导入</source>
        <translation>The member “{name}” in the bundle cannot be told apart from {count} members of the same name here ({which}): make the names distinct in Centres and members (e.g. add the unit) and import again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="227"/>
        <source>这个交换包里没有党员名单：请让办公室用“为党员准备交换包…”重新导出</source>
        <translation>This bundle holds no list of members: ask the office to export it again with “Prepare a bundle for a member…”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="230"/>
        <source>数据库 {path} 已存在：请直接打开它</source>
        <translation>The database {path} already exists: open it directly</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="231"/>
        <source>所选党员不在这个交换包里：请重新选择</source>
        <translation>The chosen member is not in this bundle: choose again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="233"/>
        <source>为党员的笔记本准备交换包只能在办公室电脑上做，党员电脑做的这种交换包任何电脑都不会接受：要把本机的记录交给办公室，请用 hdrectify bundle export -o 文件名（不加 --for）</source>
        <translation>Only the office&apos;s computer prepares a bundle for a member&apos;s laptop; no computer accepts one made on a member&apos;s laptop: to send this computer&apos;s records to the office, use hdrectify bundle export -o FILE (without --for)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="237"/>
        <source>找不到要为其准备交换包的党员：请先在“中心与党员”中添加</source>
        <translation>The member to prepare the bundle for was not found: add them in Centres and members first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="240"/>
        <source>没有新增或改动的记录需要导出：如需导出全部数据，请用 --all</source>
        <translation>No new or changed records to export: to export all data, use --all</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="243"/>
        <source>没有新增或改动的记录需要导出（上次导出：{last}）：如需导出全部数据，请用 --all</source>
        <translation>No new or changed records to export (last export: {last}): to export all data, use --all</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="247"/>
        <source>没有新增或改动的记录需要导出：如需导出全部数据，请勾选“导出全部数据”后再导出</source>
        <translation>No new or changed records to export: to export all data, tick “Export all data” and export again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="250"/>
        <source>没有新增或改动的记录需要导出（上次导出：{last}）：如需导出全部数据，请勾选“导出全部数据”后再导出</source>
        <translation>No new or changed records to export (last export: {last}): to export all data, tick “Export all data” and export again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="253"/>
        <source>已取消导出：没有生成交换包</source>
        <translation>Export cancelled: no bundle was made</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="255"/>
        <source>该冲突已处理（可能已被其他版本取代），请刷新</source>
        <translation>This conflict has already been settled (perhaps replaced by another version): refresh</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="256"/>
        <source>所选版本已不在冲突待办中，请刷新</source>
        <translation>The chosen version is no longer among the conflicts to settle: refresh</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="257"/>
        <source>不能采用这个版本：{reason}</source>
        <translation>This version cannot be taken: {reason}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="265"/>
        <source>党员电脑的交换包不能带有销号申请的审核结果：只有办公室能审核</source>
        <translation>A member computer&apos;s bundle cannot carry answers to requests to close: only the office answers them</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="268"/>
        <source>党员电脑的交换包只能带有本机提出的销号申请及其材料</source>
        <translation>A member computer&apos;s bundle may carry only the requests to close (and their files) made on that computer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="12"/>
        <source>不能保存到数据库文件本身：请另选文件名</source>
        <translation>Cannot save onto the database file itself: choose another file name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="13"/>
        <source>不能保存到数据库的{what}（{name}）：请另选文件名</source>
        <translation>Cannot save onto the database&apos;s {what} ({name}): choose another file name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="14"/>
        <source>不能保存到佐证材料存档文件夹 {folder} 中：请另选位置</source>
        <translation>Cannot save into the evidence store folder {folder}: choose another place</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="15"/>
        <source>不能保存到备份文件夹 {folder} 中：请另选位置</source>
        <translation>Cannot save into the backups folder {folder}: choose another place</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="16"/>
        <source>“{path}”是文件夹：请给出文件名</source>
        <translation>“{path}” is a folder: give a file name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="17"/>
        <source>无法创建文件夹 {folder}：请检查路径和权限</source>
        <translation>Cannot create the folder {folder}: check the path and permissions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="18"/>
        <source>文件夹 {folder} 不存在：请先创建，或换一个位置</source>
        <translation>The folder {folder} does not exist: create it first, or choose another place</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="19"/>
        <source>文件已存在：{path}，如要覆盖请加 --force</source>
        <translation>The file already exists: {path}. To overwrite it, add --force</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="21"/>
        <location filename="../../hdrectify/domain/messages/safety.py" line="45"/>
        <source>磁盘已满（{folder} 所在的磁盘没有剩余空间），本次操作未保存（数据未作改动）：请清理磁盘空间后再试</source>
        <translation>The disk is full (no space left on the disk of {folder}); nothing was saved (no data was changed): free some disk space and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="12"/>
        <source>日期“{text}”格式不对：应为 YYYY-MM-DD，例如 2024-03-05</source>
        <translation>The date “{text}” is not in the right form: write it as YYYY-MM-DD, for example 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="13"/>
        <source>日期“{text}”格式不对：应为 YYYY-MM-DD，例如 2024-03-05（请用半角数字和符号）</source>
        <translation>The date “{text}” is not in the right form: write it as YYYY-MM-DD, for example 2024-03-05 (use half-width digits and signs)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="16"/>
        <source>日期“{text}”不存在：请检查月份和日子（例如 2 月没有 30 日）</source>
        <translation>The date “{text}” does not exist: check the month and day (February has no 30th, for example)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="17"/>
        <source>{year}年没有第{index}周：ISO 周为 1–52（有的年份到 53），例如 {year}-W10</source>
        <translation>{year} has no week {index}: ISO weeks run 1–52 (53 in some years), for example {year}-W10</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="20"/>
        <source>无法识别的周“{text}”：请写成 2024-W10 的形式</source>
        <translation>“{text}” is not a week: write it as 2024-W10</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="21"/>
        <source>无法识别的周“{text}”：请写成 2024-W10 的形式（请用半角数字和符号）</source>
        <translation>“{text}” is not a week: write it as 2024-W10 (use half-width digits and signs)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="24"/>
        <source>无法识别的月份“{text}”：请写成 2024-03 的形式（月份 01–12）</source>
        <translation>“{text}” is not a month: write it as 2024-03 (months 01–12)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="27"/>
        <source>无法识别的月份“{text}”：请写成 2024-03 的形式（月份 01–12）（请用半角数字和符号）</source>
        <translation>“{text}” is not a month: write it as 2024-03 (months 01–12; use half-width digits and signs)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="30"/>
        <source>无法识别的季度“{text}”：请写成 2024-Q1 的形式（季度 Q1–Q4）</source>
        <translation>“{text}” is not a quarter: write it as 2024-Q1 (quarters Q1–Q4)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="33"/>
        <source>无法识别的季度“{text}”：请写成 2024-Q1 的形式（季度 Q1–Q4）（请用半角数字和符号）</source>
        <translation>“{text}” is not a quarter: write it as 2024-Q1 (quarters Q1–Q4; use half-width digits and signs)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="36"/>
        <source>无法识别的年份“{text}”：请写成 2024 的形式</source>
        <translation>“{text}” is not a year: write it as 2024</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="37"/>
        <source>无法识别的年份“{text}”：请写成 2024 的形式（请用半角数字和符号）</source>
        <translation>“{text}” is not a year: write it as 2024 (use half-width digits and signs)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="40"/>
        <source>无法识别的期间“{text}”：请写成 2024-W10、2024-03、2024-Q1 或 2024</source>
        <translation>“{text}” is not a period: write it as 2024-W10, 2024-03, 2024-Q1 or 2024</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="43"/>
        <source>无法识别的期间“{text}”：请写成 2024-W10、2024-03、2024-Q1 或 2024（请用半角数字和符号）</source>
        <translation>“{text}” is not a period: write it as 2024-W10, 2024-03, 2024-Q1 or 2024 (use half-width digits and signs)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="53"/>
        <source>文件名只有不可见字符：请先把文件改成能看清的名称再添加</source>
        <translation>The file name has only invisible characters: rename the file to something readable, then add it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="56"/>
        <source>{what}“{text}”不是整数：请填写 {low} 到 {high} 之间的整数（只用半角数字 0–9）</source>
        <translation>{what} “{text}” is not a whole number: enter a whole number from {low} to {high} (half-width digits 0–9 only)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="59"/>
        <source>{what} {value} 超出范围：请填写 {low} 到 {high} 之间的整数</source>
        <translation>{what} {value} is out of range: enter a whole number from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="62"/>
        <source>销号需要佐证材料或书面说明：请先添加佐证材料，或填写销号说明</source>
        <translation>Closing needs evidence or a written statement: add evidence first, or write why it is closed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="65"/>
        <source>{year}年的法定节假日尚未收录，请更新本软件（本版本收录 {first}—{last} 年）</source>
        <translation>The public holidays of {year} are not listed yet: please update the app (this version lists {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="11"/>
        <source>角色“{value}”无效：可选 office（办公室）、member（党员）</source>
        <translation>The role “{value}” is not valid: choose office or member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="12"/>
        <source>方面编号“{ref}”无效：请写数字，例如 --area 1</source>
        <translation>The area number “{ref}” is not valid: write a number, for example --area 1</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="13"/>
        <source>整改台账中没有第 {no} 个方面：请用 hdrectify ledger 查看</source>
        <translation>The rectification ledger has no area {no}: see hdrectify ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="14"/>
        <source>问题编号“{ref}”无效：请写问题的编号，例如 18（待编号的问题写它的 id）</source>
        <translation>The problem number “{ref}” is not valid: write the problem&apos;s number, for example 18 (for an unnumbered problem, its id)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="17"/>
        <source>整改台账中没有问题 {ref}：请用 hdrectify ledger 查看编号</source>
        <translation>The rectification ledger has no problem {ref}: see the numbers with hdrectify ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="20"/>
        <source>措施编号“{ref}”无效：请写 问题编号.措施序号，例如 3.2</source>
        <translation>The measure number “{ref}” is not valid: write problem.measure, for example 3.2</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="21"/>
        <source>{problem}没有第 {no} 项整改措施：请用 hdrectify ledger 查看</source>
        <translation>{problem} has no measure {no}: see hdrectify ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="25"/>
        <source>这是{owner}的挂钩：本机是{me}的电脑，只能登记和修改{me}本人的记录（办公室不会收下其他党员的记录），请由{owner}本人或办公室登记</source>
        <translation>This is {owner}&apos;s pairing: this is {me}&apos;s computer, which records and changes only {me}&apos;s own records (the office would not take another member&apos;s); let {owner} or the office record it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="29"/>
        <source>本机还没有选好“我是”哪位党员：请在“设置”中选好后，再登记本人的记录</source>
        <translation>This computer has not been told which member it belongs to (&quot;I am&quot;): choose it in Settings, then record your own records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="32"/>
        <source>党员电脑不能销号：请用“申请销号”，由办公室验收销号</source>
        <translation>A member&apos;s computer cannot close a measure: use “Request closing”; the office checks and closes it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="33"/>
        <source>党员电脑不能重新打开已销号的措施：请告知办公室，由办公室写明原因后重新打开</source>
        <translation>A member&apos;s computer cannot reopen a closed measure: tell the office, which reopens it with a written reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="36"/>
        <source>党员电脑不能延期：请告知办公室，由办公室批准延期</source>
        <translation>A member&apos;s computer cannot extend a deadline: tell the office, which approves extensions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="37"/>
        <source>整改期限由办公室设定：党员电脑不能设定或改动，请告知办公室</source>
        <translation>The office sets deadlines: a member&apos;s computer cannot set or change them; tell the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="38"/>
        <source>党员电脑只能改措施的进度状态：措施内容和责任领导、单位、人由办公室维护，请告知办公室</source>
        <translation>A member&apos;s computer can change only a measure&apos;s progress status: the office keeps its text, responsible leader, unit and person; tell the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="41"/>
        <source>名单由办公室维护：党员电脑不能增改康园中心、党员和挂钩，请告知办公室，收到其交换包后即更新</source>
        <translation>The office keeps the roster: a member&apos;s computer cannot add or change centres, members or pairings; tell the office, and its next bundle brings the change</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="44"/>
        <source>免除由办公室登记：党员电脑不能登记免除，请告知办公室</source>
        <translation>The office records exemptions: a member&apos;s computer cannot; tell the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="45"/>
        <source>巡察、方面和通报中的问题由办公室维护：党员电脑只能添加走访发现的问题，其余请告知办公室</source>
        <translation>The office keeps inspections, areas and the notice&apos;s problems: a member&apos;s computer can add only problems found on visits; tell the office about the rest</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="48"/>
        <source>考评细则由办公室维护：党员电脑不能修改，请告知办公室</source>
        <translation>The office keeps the review rubric: a member&apos;s computer cannot change it; tell the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="49"/>
        <source>{what}只能在办公室的电脑上进行：本机是党员电脑（role=member）</source>
        <translation>{what} can only be done on the office&apos;s computer: this is a member&apos;s computer (role=member)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="52"/>
        <source>{what}不能为空</source>
        <translation>{what} cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="53"/>
        <source>巡察结束日期早于开始日期：请检查日期</source>
        <translation>The inspection ends before it starts: check the dates</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="54"/>
        <source>已有标题为“{title}”的巡察：请换一个标题</source>
        <translation>There is already an inspection titled “{title}”: choose another title</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="55"/>
        <source>没有标题为“{title}”的巡察：请先用 hdrectify inspection add 添加</source>
        <translation>There is no inspection titled “{title}”: add it first with hdrectify inspection add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="58"/>
        <source>找不到该方面</source>
        <translation>The area was not found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="59"/>
        <source>通报中的方面标题是通报原文，不能修改</source>
        <translation>An area title from the notice is the notice&apos;s own wording and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="60"/>
        <source>“{title}”是通报中的方面（或走访问题的方面），不能删除</source>
        <translation>“{title}” is an area of the notice (or the area of visit problems) and cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="61"/>
        <source>该方面下还有 {count} 个问题：请先删除这些问题，再删除方面</source>
        <translation>This area still has {count} problems: delete them first, then the area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="64"/>
        <source>问题来源“{value}”无效：可选 inspection（巡察）、visit（走访）</source>
        <translation>The problem source “{value}” is not valid: choose inspection or visit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="67"/>
        <source>找不到该问题</source>
        <translation>The problem was not found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="68"/>
        <source>通报中的问题是通报原文，不能修改</source>
        <translation>A problem from the notice is the notice&apos;s own wording and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="69"/>
        <source>删除必须写明原因：请说明为什么删除</source>
        <translation>Deleting needs a reason: say why it is deleted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="70"/>
        <source>{problem}是通报中的问题，是通报原文，不能删除</source>
        <translation>{problem} is a problem of the notice, in the notice&apos;s own wording, and cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="71"/>
        <source>{problem}的措施有 {notes} 条整改进展、{files} 份佐证材料、{acts} 条延期或销号申请：确需删除请同时删除这些记录</source>
        <translation>The measures of {problem} have {notes} progress notes, {files} evidence files and {acts} extensions or requests to close: to delete it, delete these records too</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="75"/>
        <source>{what}不能超过{most}个字</source>
        <translation>{what} cannot be longer than {most} characters</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="76"/>
        <source>整改措施不能为空</source>
        <translation>The measure cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="77"/>
        <source>整改时限不能早于问题发现日期（{found}）</source>
        <translation>The deadline cannot be before the day the problem was found ({found})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="78"/>
        <source>找不到该整改措施</source>
        <translation>The measure was not found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="79"/>
        <source>这是通报中的整改措施，是通报原文，不能删除（可登记进展或销号）</source>
        <translation>This measure is from the notice, in the notice&apos;s own wording, and cannot be deleted (record progress or close it instead)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="82"/>
        <source>该措施有 {notes} 条整改进展、{files} 份佐证材料、{acts} 条延期或销号申请：确需删除请同时删除这些记录</source>
        <translation>This measure has {notes} progress notes, {files} evidence files and {acts} extensions or requests to close: to delete it, delete these records too</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="89"/>
        <source>没有选中整改措施：请先选择要修改的措施</source>
        <translation>No measure is selected: select the measures to change first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="90"/>
        <source>措施 {problem}.{no}：{error}</source>
        <translation>Measure {problem}.{no}: {error}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="91"/>
        <source>待编号问题的措施 {no}：{error}</source>
        <translation>Measure {no} of an unnumbered problem: {error}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="92"/>
        <source>{problem}还没有整改措施：请先用 hdrectify measure add 添加</source>
        <translation>{problem} has no measures yet: add one first with hdrectify measure add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="95"/>
        <source>问题描述不能为空</source>
        <translation>The problem description cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="96"/>
        <source>进展说明不能为空</source>
        <translation>The progress note cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="97"/>
        <source>巡察反馈的整改措施是通报原文，不能修改</source>
        <translation>A measure from the inspection feedback is the notice&apos;s own wording and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="98"/>
        <source>整改时限不能早于问题发现日期（{year}年{month}月{day}日）</source>
        <translation>The deadline cannot be before the day the problem was found ({year}-{month:02d}-{day:02d})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="101"/>
        <source>状态“{value}”无效：可选 未开始、整改中</source>
        <translation>The status “{value}” is not valid: choose Not started or In progress</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="102"/>
        <source>“已完成”只能通过销号：请点击“销号…”并附佐证材料或书面说明</source>
        <translation>“Done” is reached only by closing: click “Close…” and add evidence or a written statement</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="130"/>
        <source>该措施尚未销号，无需重新打开</source>
        <translation>This measure is not closed: there is nothing to reopen</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="131"/>
        <source>重新打开必须写明原因</source>
        <translation>Reopening needs a reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="132"/>
        <source>修改巡察通报的数字只能在办公室的电脑上进行：本机是党员电脑（role=member）</source>
        <translation>The notice&apos;s numbers can only be changed on the office&apos;s computer: this is a member&apos;s computer (role=member)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="135"/>
        <source>找不到该巡察：请先用 hdrectify inspection add 添加</source>
        <translation>The inspection was not found: add it first with hdrectify inspection add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="136"/>
        <source>通报的{what}应为 0 到 {most} 的整数</source>
        <translation>The notice&apos;s {what} must be a whole number from 0 to {most}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="137"/>
        <source>没有名为“{name}”的党员：请检查姓名，或先用 hdrectify member add 添加</source>
        <translation>There is no member named “{name}”: check the name, or add the member first with hdrectify member add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="140"/>
        <source>有 {count} 名党员都叫“{name}”：请改用编号指定（{ids}）</source>
        <translation>{count} members are named “{name}”: give the id instead ({ids})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="143"/>
        <source>没有名为“{name}”的康园中心：请检查名称，或先用 hdrectify centre add 添加</source>
        <translation>There is no centre named “{name}”: check the name, or add the centre first with hdrectify centre add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="146"/>
        <source>名称“{name}”对应多个康园中心：请改用编号指定</source>
        <translation>Several centres are named “{name}”: give the id instead</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="147"/>
        <source>请填写所在镇（街道），例如 --town 平山街道</source>
        <translation>Give the town (street), for example --town 平山街道</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="148"/>
        <source>党员姓名不能为空</source>
        <translation>The member&apos;s name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="149"/>
        <source>结束日期 {end} 早于开始日期 {start}：请检查 --to 和 --from</source>
        <translation>The end date {end} is before the start date {start}: check --to and --from</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="152"/>
        <source>康园中心“{centre}”已于 {closed} 撤销，不能在此之后挂钩</source>
        <translation>The centre “{centre}” closed on {closed}: it cannot be paired after that</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="153"/>
        <source>康园中心“{centre}”已于 {closed} 撤销：挂钩最晚到这一天，请把结束日期定在 {closed} 或之前</source>
        <translation>The centre “{centre}” closed on {closed}: a pairing lasts until that day at the latest, so set the end date on or before {closed}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="156"/>
        <source>康园中心“{centre}”在 {start} 至 {end} 已与 {member} 挂钩，同一天只能有一个挂钩党员：请调整日期，或先结束原挂钩</source>
        <translation>The centre “{centre}” is paired with {member} from {start} to {end}, and a day has only one paired member: change the dates, or end that pairing first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="160"/>
        <source>康园中心“{centre}”在 {start} 至今 已与 {member} 挂钩，同一天只能有一个挂钩党员：请调整日期，或先结束原挂钩</source>
        <translation>The centre “{centre}” is paired with {member} since {start}, and a day has only one paired member: change the dates, or end that pairing first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="164"/>
        <source>康园中心名称不能为空</source>
        <translation>The centre&apos;s name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="165"/>
        <source>康园中心“{name}”已存在：名称不能重复</source>
        <translation>The centre “{name}” already exists: names must differ</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="166"/>
        <source>康园中心“{name}”已存在（与“{other}”看起来相同）：名称不能重复</source>
        <translation>The centre “{name}” already exists (it looks the same as “{other}”): names must differ</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="169"/>
        <source>请填写所在镇（街道）</source>
        <translation>Give the town (street)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="170"/>
        <source>找不到该康园中心：可能已被其他电脑的数据更新，请刷新后重试</source>
        <translation>The centre was not found: data from another computer may have changed it; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="171"/>
        <source>找不到该党员：可能已被其他电脑的数据更新，请刷新后重试</source>
        <translation>The member was not found: data from another computer may have changed it; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="172"/>
        <source>找不到该挂钩：可能已被其他电脑的数据更新，请刷新后重试</source>
        <translation>The pairing was not found: data from another computer may have changed it; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="173"/>
        <source>{subject}在 {end} 之后还有 {count} 条联系记录（最晚 {last}）：{what}不能早于 {last}，如记录有误请先删除这些记录</source>
        <translation>{subject} has {count} contact records after {end} (the latest on {last}): {what} cannot be before {last}; if the records are wrong, delete them first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="177"/>
        <source>{subject}已登记{year}年第{quarter}季度汇报，须挂钩到 {last}：{what}不能早于 {last}</source>
        <translation>{subject} has a report for Q{quarter} {year}, so it must last until {last}: {what} cannot be before {last}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="180"/>
        <source>{subject}已登记{year}年考评，须挂钩到 {last}：{what}不能早于 {last}</source>
        <translation>{subject} has a review for {year}, so it must last until {last}: {what} cannot be before {last}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="183"/>
        <source>结束日期 {end} 早于挂钩开始日期 {start}：请选择 {start} 或之后的日期</source>
        <translation>The end date {end} is before the pairing starts ({start}): choose {start} or later</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="186"/>
        <source>康园中心“{centre}”已于 {closed} 撤销：结束日期不能晚于撤销日期</source>
        <translation>The centre “{centre}” closed on {closed}: the end date cannot be after the closing date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="189"/>
        <source>康园中心“{centre}”有 {start} 才开始的挂钩（{member}），晚于撤销日期 {closed}：请选择更晚的撤销日期</source>
        <translation>The centre “{centre}” has a pairing ({member}) starting on {start}, after the closing date {closed}: choose a later closing date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="193"/>
        <source>康园中心“{centre}”在 {start} 没有挂钩党员：请用“新建挂钩”</source>
        <translation>The centre “{centre}” has no paired member on {start}: use “New pairing”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="196"/>
        <source>{member} 在 {start} 已是“{centre}”的挂钩党员：请选择另一名党员</source>
        <translation>{member} is already the paired member of “{centre}” on {start}: choose another member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="199"/>
        <source>改派日期 {start} 不晚于原挂钩开始日期 {old}：请选择 {first} 或之后的日期</source>
        <translation>The reassignment date {start} is not after the current pairing&apos;s start ({old}): choose {first} or later</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="202"/>
        <source>佐证材料的校验值无效：{value}</source>
        <translation>The evidence&apos;s checksum is not valid: {value}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="203"/>
        <source>已取消添加“{name}”</source>
        <translation>Adding “{name}” was cancelled</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="204"/>
        <source>复制“{name}”时校验不一致，请重试</source>
        <translation>The copy of “{name}” does not match the original: try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="205"/>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="206"/>
        <source>“{name}”不是文件：请选择文件（文件夹可先压缩成 zip）</source>
        <translation>“{name}” is not a file: choose a file (a folder can be zipped first)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="207"/>
        <source>“{name}”是本软件的数据库或其备份，不能作为佐证材料（其中有全部记录和本机的密钥）：请选择扫描件、照片、会议记录等材料本身</source>
        <translation>“{name}” is this program&apos;s database or one of its backups and cannot be evidence (it holds every record and this computer&apos;s keys): choose the scan, photo or minutes itself</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="211"/>
        <source>“{name}”是空文件，不能作为佐证材料</source>
        <translation>“{name}” is empty and cannot be evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="212"/>
        <source>没有权限读取“{name}”或写入佐证材料目录</source>
        <translation>No permission to read “{name}” or to write to the evidence folder</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="213"/>
        <source>无法保存“{name}”：磁盘已满，请清理磁盘空间后再试</source>
        <translation>Cannot store “{name}”: the disk is full; free some disk space and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="214"/>
        <source>无法保存“{name}”：读写磁盘时出错，请检查磁盘或存储设备后再试</source>
        <translation>Cannot store “{name}”: error reading or writing the disk; check the disk or storage device and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="217"/>
        <source>“{name}”与已添加的“{other}”内容相同，无需重复添加</source>
        <translation>“{name}” has the same content as “{other}”, already added: no need to add it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="218"/>
        <source>“{name}”超过 {limit} MB，交换包无法携带：请压缩或拆分后再添加</source>
        <translation>“{name}” is larger than {limit} MB, more than a bundle can carry: compress or split it, then add it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="221"/>
        <source>该佐证材料不存在或已移除</source>
        <translation>This evidence does not exist or was removed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="222"/>
        <source>移除佐证材料必须写明原因</source>
        <translation>Removing evidence needs a reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="105"/>
        <source>该措施已销号：如需继续整改，请先重新打开（窗口中“重新打开…”，或 hdrectify measure reopen）</source>
        <translation>This measure is closed: to continue work on it, reopen it first (&quot;Reopen…&quot; in the window, or hdrectify measure reopen)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="108"/>
        <source>该措施已销号，状态、整改进展和佐证材料已锁定：如需修改，请先重新打开（窗口中“重新打开…”，或 hdrectify measure reopen N.M --reason 原因）</source>
        <translation>This measure is closed; its status, progress and evidence are locked: to change them, reopen it first (&quot;Reopen…&quot; in the window, or hdrectify measure reopen N.M --reason REASON)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="113"/>
        <source>请填写验收人</source>
        <translation>Enter who accepted the measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="114"/>
        <source>整改时限一经确定，只能通过延期变更：请用“延期…”（或 hdrectify measure extend N.M --to 日期 --reason 原因 --approved-by 批准人）写明原因和批准人</source>
        <translation>Once set, a deadline changes only by an extension: use &quot;Extend…&quot; (or hdrectify measure extend N.M --to DATE --reason REASON --approved-by NAME) and give the reason and who approved it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="119"/>
        <source>该措施已销号，不能延期：如需继续整改，请先重新打开（hdrectify measure reopen）</source>
        <translation>This measure is closed and cannot be extended: to continue work on it, reopen it first (hdrectify measure reopen)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="122"/>
        <source>该措施还没有整改时限，无需延期：请直接设置整改时限（hdrectify measure set --deadline）</source>
        <translation>This measure has no deadline yet, so there is nothing to extend: set its deadline instead (hdrectify measure set --deadline)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="125"/>
        <source>延期后的时限必须晚于当前整改时限（{year}年{month}月{day}日）</source>
        <translation>The new deadline must be later than the current one ({year}-{month}-{day})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="128"/>
        <source>延期必须写明原因</source>
        <translation>An extension needs a reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="129"/>
        <source>延期必须写明批准人</source>
        <translation>An extension needs the name of who approved it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="223"/>
        <source>找不到“{name}”的存档文件（{path}）：数据库旁的佐证材料文件夹可能没有一起复制</source>
        <translation>The stored copy of “{name}” is missing ({path}): the evidence folder next to the database may not have been copied with it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="226"/>
        <source>“{name}”的存档文件已被改动，与添加时不一致</source>
        <translation>The stored copy of “{name}” was changed: it is not what was added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="227"/>
        <source>{what}日期 {day} 晚于今天：只能登记已经发生的事</source>
        <translation>The {what} date {day} is after today: only what has happened can be recorded</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="228"/>
        <source>{member} 与 {centre} 在 {day} 没有挂钩关系（{spans}）</source>
        <translation>{member} and {centre} are not paired on {day} ({spans})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="229"/>
        <source>{member} 与 {centre} 的挂钩不需要提交{period}的材料（须在 {last} 仍在挂钩；{spans}）</source>
        <translation>The pairing of {member} and {centre} owes nothing for {period} (it must still be paired on {last}; {spans})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="232"/>
        <source>联系方式“{value}”无效：可选 phone、wechat、onsite、meeting、other</source>
        <translation>The method “{value}” is not valid: choose phone, wechat, onsite, meeting or other</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="235"/>
        <source>提交日期 {day} 早于{period}开始（{first}）：请检查日期</source>
        <translation>The submission date {day} is before {period} starts ({first}): check the date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="236"/>
        <source>该挂钩已有{period}的记录：不能重复登记，如需更正请在窗口中修改</source>
        <translation>This pairing already has a record for {period}: it cannot be entered twice; to correct it, edit it in the window</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="239"/>
        <source>考评分数 {score} 超出范围：请填写 0 到 100 之间的整数</source>
        <translation>The score {score} is out of range: enter a whole number from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="242"/>
        <source>义务“{value}”无效：可选 contact、visit、report、review</source>
        <translation>The obligation “{value}” is not valid: choose contact, visit, report or review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="243"/>
        <source>已登记过相同的免除（{obligation}，{start} 至 {end}）：无需重复登记</source>
        <translation>The same exemption ({obligation}, {start} to {end}) is already registered: no need to register it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="246"/>
        <source>免除必须写明原因：请用 --reason 说明，例如“春节放假，中心闭馆”</source>
        <translation>An exemption needs a reason: give it with --reason, for example “Spring Festival, centre closed”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="249"/>
        <source>{member} 与 {centre} 在 {start} 至 {end} 没有挂钩关系（{spans}）</source>
        <translation>{member} and {centre} are not paired from {start} to {end} ({spans})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="252"/>
        <source>找不到这条记录：可能已被删除，请刷新列表</source>
        <translation>The record was not found: it may have been deleted; refresh the list</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="253"/>
        <source>这条记录已删除，不能再修改</source>
        <translation>This record was deleted and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="254"/>
        <source>更正必须写明原因，例如“日期录错，应为 3 月 5 日”</source>
        <translation>A correction needs a reason, for example “wrong date, should be 5 March”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="257"/>
        <source>删除必须写明原因，例如“重复录入”</source>
        <translation>Deleting needs a reason, for example “entered twice”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="258"/>
        <source>不能修改 {fields}：只能更正日期、方式、情况记录和发现的问题</source>
        <translation>{fields} cannot be changed: only the date, method, notes and problems found can be corrected</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="261"/>
        <source>联系方式“{value}”无效：请从列表中选择</source>
        <translation>The method “{value}” is not valid: choose one from the list</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="262"/>
        <source>日期“{text}”无效：请按 2024-03-05 的格式填写</source>
        <translation>The date “{text}” is not valid: write it as 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="263"/>
        <source>日期 {day} 晚于今天：只能登记已经发生的事</source>
        <translation>The date {day} is after today: only what has happened can be recorded</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="264"/>
        <source>没有修改任何内容：请改动要更正的项目，或按“取消”</source>
        <translation>Nothing was changed: change what is to be corrected, or press “Cancel”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="265"/>
        <source>月度清单按月份打印：请写成 2024-03 的形式，而不是“{text}”</source>
        <translation>The monthly checklist is printed by month: write 2024-03, not “{text}”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="268"/>
        <source>党员“{member}”{month}没有需要完成的挂钩：请检查月份和党员，或先用 hdrectify pair 建立挂钩关系</source>
        <translation>The member “{member}” has no pairing with anything due in {month}: check the month and the member, or make a pairing first with hdrectify pair</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="271"/>
        <source>{month}没有需要完成的挂钩：请检查月份，或先用 hdrectify pair 建立挂钩关系</source>
        <translation>No pairing has anything due in {month}: check the month, or make a pairing first with hdrectify pair</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="274"/>
        <source>月度清单至少要有一项到岗检查事项：请添加一项</source>
        <translation>The monthly checklist needs at least one on-site check item: add one</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="275"/>
        <source>第{n}项检查事项是空的：请填写或删除这一项</source>
        <translation>Check item {n} is empty: fill it in or delete it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="276"/>
        <source>第{n}项检查事项超过 40 个字：请写得简短些，细节写在清单的“发现情况”栏</source>
        <translation>Check item {n} is longer than 40 characters: make it shorter and put details in the checklist&apos;s “Findings” column</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="279"/>
        <source>检查事项“{item}”重复了：请删除其中一项</source>
        <translation>The check item “{item}” appears twice: delete one of them</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="281"/>
        <source>考评细则至少要有一个考评项目：请添加一项</source>
        <translation>The review rubric needs at least one item: please add one</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="282"/>
        <source>第{n}个考评项目没有名称：请填写或删除这一项</source>
        <translation>Review item {n} has no name: please fill it in or remove it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="283"/>
        <source>第{n}个考评项目的名称太长或含有“=”：请写不超过 {limit} 个字的名称，不要用“=”</source>
        <translation>The name of review item {n} is too long or contains &quot;=&quot;: please use a name of at most {limit} characters, without &quot;=&quot;</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="286"/>
        <source>考评项目“{item}”重复了：请删除其中一项或改名</source>
        <translation>The review item &quot;{item}&quot; appears twice: please remove or rename one</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="287"/>
        <source>考评项目“{item}”的满分 {value} 无效：请填写 1 到 100 之间的整数</source>
        <translation>The maximum {value} of the review item &quot;{item}&quot; is not valid: please enter a whole number from 1 to 100</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="290"/>
        <source>考评项目“{item}”的评分要点超过 {limit} 个字：请写得简短些</source>
        <translation>The guidance of the review item &quot;{item}&quot; is over {limit} characters: please shorten it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="293"/>
        <source>各考评项目的满分合计为 {total} 分：请调整满分，使合计正好 100 分</source>
        <translation>The items&apos; maximum points add up to {total}: please adjust them so that they add up to exactly 100</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="296"/>
        <source>“{text}”格式不对：请写成 项目=分数，例如 --item 组织管理=18</source>
        <translation>&quot;{text}&quot; is not in the right form: write ITEM=POINTS, e.g. --item 组织管理=18</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="299"/>
        <source>考评项目“{item}”打了两次分：每个项目只写一次</source>
        <translation>The review item &quot;{item}&quot; is scored twice: score each item once</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="300"/>
        <source>没有名为“{item}”的考评项目：现行考评细则的项目为 {items}</source>
        <translation>There is no review item named &quot;{item}&quot;: the items of the rubric in force are {items}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="301"/>
        <source>还有考评项目没有打分：{items}（每一项都要打分）</source>
        <translation>Some review items are not scored: {items} (every item must be scored)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="302"/>
        <source>考评项目“{item}”的得分“{text}”不是整数：请填写 0 到 {most} 之间的整数</source>
        <translation>The points &quot;{text}&quot; for the review item &quot;{item}&quot; are not a whole number: please enter a whole number from 0 to {most}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="305"/>
        <source>考评项目“{item}”的得分 {value} 超出范围：请填写 0 到 {most} 之间的整数（该项满分 {most} 分）</source>
        <translation>The points {value} for the review item &quot;{item}&quot; are out of range: please enter a whole number from 0 to {most} (the item&apos;s maximum is {most})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="308"/>
        <source>总分和分项得分只能填一种：用 --score 登记总分，或用 --item 逐项打分（总分为各项之和）</source>
        <translation>Give either a total score or item scores, not both: --score for the total, or --item for each item (the total is their sum)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="311"/>
        <source>请填写考评分数：用 --score 登记总分，或用 --item 项目=分数 逐项打分</source>
        <translation>Please give the review&apos;s score: --score for the total, or --item ITEM=POINTS for each item</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="314"/>
        <source>“{text}”不是季度或年度：请写成 2024-Q1 或 2024 的形式</source>
        <translation>“{text}” is not a quarter or a year: write it as 2024-Q1 or 2024</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="317"/>
        <source>{period}没有挂钩关系，无可汇总：请先添加挂钩（hdrectify pair 或“人员”页），或换一个时段</source>
        <translation>There are no pairings in {period}, so there is nothing to summarise: add a pairing first (hdrectify pair or the “People” page), or choose another period</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="320"/>
        <source>整改台账还没有问题：请先导入巡察反馈问题（hdrectify init --seed），或登记走访发现的问题</source>
        <translation>The rectification ledger has no problems yet: import the inspection feedback first (hdrectify init --seed), or record problems found on visits</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="323"/>
        <source>{obligation}按{kind}计，不能查询{period}</source>
        <translation>{obligation} is counted by {kind}: it cannot be looked up for {period}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="324"/>
        <source>{member} 与 {centre} 还没有{period}的汇报或考评：请先登记，再审阅</source>
        <translation>{member} and {centre} have no report or review for {period} yet: record it first, then review it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="327"/>
        <source>找不到这份汇报或考评：可能已被删除，请刷新</source>
        <translation>This report or review cannot be found: it may have been deleted; please refresh</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="328"/>
        <source>退回必须写明意见：请说明需要修改什么</source>
        <translation>A return needs a comment: say what needs revising</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="329"/>
        <source>{period}的这份材料没有被办公室退回：只有退回的汇报或考评才能重新提交</source>
        <translation>This {period} submission was not returned by the office: only a returned report or review can be resubmitted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="332"/>
        <source>重新提交的内容与退回的相同：请按退回意见修改后再提交</source>
        <translation>The resubmitted text is the same as the returned one: revise it as the comment asks, then resubmit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="335"/>
        <source>删除必须写明原因</source>
        <translation>Deleting needs a reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="337"/>
        <source>本机是办公室的电脑，不用申请销号：请用 hdrectify measure close 直接销号</source>
        <translation>This is the office&apos;s computer, which need not request closing: close the measure with hdrectify measure close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="340"/>
        <source>该措施已经销号，无需再申请销号</source>
        <translation>This measure is closed already: no request is needed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="341"/>
        <source>申请销号需要佐证材料或书面说明：请附上文件，或写明理由</source>
        <translation>A request to close needs evidence or a written reason: attach files or write the reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="342"/>
        <source>措施 {ref} 没有编号以“{id}”开头的销号申请：请用 hdrectify measure requests 查看</source>
        <translation>Measure {ref} has no request to close whose number starts with &quot;{id}&quot;: see hdrectify measure requests</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="345"/>
        <source>措施 {ref} 没有待审核的销号申请：请用 hdrectify measure requests 查看</source>
        <translation>Measure {ref} has no request to close awaiting review: see hdrectify measure requests</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="348"/>
        <source>措施 {ref} 有多份待审核的销号申请（{ids}）：请用 --request 指明审核哪一份</source>
        <translation>Measure {ref} has several requests to close awaiting review ({ids}): name one with --request</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="351"/>
        <source>销号申请只能由办公室审核：本机是党员电脑（role=member）</source>
        <translation>Only the office answers requests to close: this is a member&apos;s computer (role=member)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="354"/>
        <source>找不到这份销号申请：请刷新后重试</source>
        <translation>This request to close cannot be found: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="355"/>
        <source>同样的销号申请已经提交过（编号 {id}，{day}），正在等待办公室审核：不要重复申请，请导出交换包送办公室</source>
        <translation>The same request to close was already made (no. {id}, {day}) and waits for the office: do not ask again; export a bundle for the office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="359"/>
        <source>这份销号申请已经审核过了：请刷新后查看</source>
        <translation>This request to close has been answered already: refresh to see the answer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="360"/>
        <source>措施 {ref} 已经销号：请退回这份申请，并在意见中说明</source>
        <translation>Measure {ref} is closed already: return this request and say so in the comment</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/store.py" line="361"/>
        <source>退回销号申请须写明意见：请说明还缺什么</source>
        <translation>Returning a request to close needs a comment: say what is missing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="12"/>
        <source>第 {n} 条审计记录（{at}，{actor}，{table} {row}）</source>
        <translation>audit entry {n} ({at}, {actor}, {table} {row})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="13"/>
        <source>{entry}与前一条衔接不上：它之前的审计记录被删除、插入或改动过</source>
        <translation>{entry} does not follow on from the one before: audit entries before it were deleted, inserted or changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="14"/>
        <source>{entry}的内容与其校验值不符：这条审计记录被改动过</source>
        <translation>{entry} does not match its checksum: this audit entry was changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="15"/>
        <source>{table} 表的记录 {row} 没有审计记录：它是绕过本程序写入的</source>
        <translation>Record {row} of table {table} has no audit entry: it was written behind the app&apos;s back</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="16"/>
        <source>{table} 表的记录 {row} 不见了，但审计记录中它没有被删除：它是绕过本程序删除的</source>
        <translation>Record {row} of table {table} is gone, but the audit has no deletion of it: it was deleted behind the app&apos;s back</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="19"/>
        <source>{table} 表的记录 {row} 在审计记录中已被删除，却仍在表中</source>
        <translation>Record {row} of table {table} was deleted according to the audit, yet is still in the table</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="22"/>
        <source>{table} 表的记录 {row} 与审计记录不符：{column} 现为“{now}”，审计记录为“{audited}”</source>
        <translation>Record {row} of table {table} differs from its audit: {column} is now “{now}”, the audit says “{audited}”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="25"/>
        <source>备份中的第 {n} 条审计记录在当前数据库中不见了：之后的审计记录被删除过</source>
        <translation>Audit entry {n} of the backup is missing from the current database: later audit entries were deleted</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="28"/>
        <source>{entry}与当前数据库中的第 {n} 条不同：从这里起审计记录被改写过（或当前数据库是从更早的备份恢复的）</source>
        <translation>{entry} differs from entry {n} of the current database: the audit was rewritten from here on (or the current database was restored from an older backup)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="32"/>
        <source>审计记录或数据被绕过本程序改动（{first}）</source>
        <translation>Audit entries or data were changed behind the app&apos;s back ({first})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="33"/>
        <source>审计记录或数据被绕过本程序改动（{first}，另有 {others} 处不符）</source>
        <translation>Audit entries or data were changed behind the app&apos;s back ({first}, and {others} more differences)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="37"/>
        <source>签字清单扫描件：{problem}</source>
        <translation>Signed checklist scan: {problem}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="38"/>
        <source>记录照片：{problem}</source>
        <translation>Record photo: {problem}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="39"/>
        <source>汇报文件：{problem}</source>
        <translation>Report file: {problem}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="40"/>
        <source>销号申请材料：{problem}</source>
        <translation>Request to close, its file: {problem}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="42"/>
        <source>无法读取“{name}”的存档文件</source>
        <translation>The stored copy of “{name}” cannot be read</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="43"/>
        <source>佐证材料被改动 {count} 个（{first}）</source>
        <translation>{count} evidence files changed ({first})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="44"/>
        <source>佐证材料缺失 {count} 个（{first}）</source>
        <translation>{count} evidence files missing ({first})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="25"/>
        <location filename="../../hdrectify/domain/messages/safety.py" line="50"/>
        <source>没有写入权限：{path} 或其所在文件夹 {folder} 是只读的，无法打开或写入（数据未作改动）：请检查权限，或把数据库复制到可写的位置</source>
        <translation>No write permission: {path} or its folder {folder} is read-only and cannot be opened or written (no data was changed): check the permissions, or copy the database to a writable place</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="58"/>
        <source>数据库正被其他程序占用，请稍后再试</source>
        <translation>The database is busy in another program: try again in a moment</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="59"/>
        <source>数据库 {path} 已损坏（数据未作改动）：请用 hdrectify restore 从备份恢复</source>
        <translation>The database {path} is damaged (the data is unchanged): restore a backup with hdrectify restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="62"/>
        <source>数据库已损坏（数据未作改动）：请用 hdrectify restore 从备份恢复</source>
        <translation>The database is damaged (the data is unchanged): restore a backup with hdrectify restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="63"/>
        <source>无法打开数据库 {path} （文件夹可能只读或不存在）：请检查路径和权限</source>
        <translation>Cannot open the database {path} (its folder may be read-only or missing): check the path and the permissions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="66"/>
        <source>无法打开数据库（文件夹可能只读或不存在）：请检查路径和权限</source>
        <translation>Cannot open the database (its folder may be read-only or missing): check the path and the permissions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="67"/>
        <source>读写 {path} 时磁盘出错，数据未作改动：请检查磁盘或存储设备，必要时从备份恢复</source>
        <translation>Disk error reading or writing {path}; the data is unchanged: check the disk or storage device, and restore a backup if needed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="70"/>
        <source>读写文件时磁盘出错，数据未作改动：请检查磁盘或存储设备，必要时从备份恢复</source>
        <translation>Disk error reading or writing a file; the data is unchanged: check the disk or storage device, and restore a backup if needed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="73"/>
        <source>数据库操作失败，数据未作改动：详情见日志</source>
        <translation>The database operation failed; the data is unchanged: see the log for details</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="74"/>
        <source>数据库 {path} 不存在：请先运行 hdrectify init 创建（或用 --db 指定已有文件）</source>
        <translation>The database {path} does not exist: create it first with hdrectify init (or give an existing file with --db)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="77"/>
        <source>无法在 {folder} 创建数据库：请换一个文件夹</source>
        <translation>Cannot create a database in {folder}: choose another folder</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="78"/>
        <source>{path} 不是 hdrectify 数据库（无法作为 SQLite 文件打开）</source>
        <translation>{path} is not an hdrectify database (it cannot be opened as an SQLite file)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="79"/>
        <source>数据库 {path} 由更新版本的 hdrectify 创建（结构版本 {version}，本程序支持到 {supported}）：请升级 hdrectify 后再打开</source>
        <translation>The database {path} was made by a newer hdrectify (schema version {version}; this one supports up to {supported}): upgrade hdrectify, then open it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="83"/>
        <source>{path} 不是 hdrectify 数据库：请用 --db 指定正确的文件</source>
        <translation>{path} is not an hdrectify database: give the right file with --db</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="84"/>
        <source>数据库 {path} 尚未初始化：请先运行 hdrectify init</source>
        <translation>The database {path} is not initialised: run hdrectify init first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="85"/>
        <source>数据库 {path} 不存在</source>
        <translation>The database {path} does not exist</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="86"/>
        <source>数据库 {path} 由更新版本的 hdrectify 创建：请升级 hdrectify 后再打开</source>
        <translation>The database {path} was made by a newer hdrectify: upgrade hdrectify, then open it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="89"/>
        <source>数据库 {path} 需要先升级结构才能打开，只读方式不能升级：请关闭其他窗口后再打开</source>
        <translation>The database {path} must be upgraded before it can be opened, and a read-only window cannot upgrade it: close the other window, then open it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="92"/>
        <source>数据库 {path} 复制得不完整：它的数据还在原来位置旁边的 {wal} 文件里，这里没有。请把 {wal} 和它一起复制过来（复制前先关闭程序），或在原来的电脑上用“备份”生成备份文件，再在这里“恢复备份”</source>
        <translation>The database {path} was copied incompletely: its data is still in the file {wal} next to the original, which is not here. Copy {wal} along with it (close the program before copying), or make a backup on the original computer with “Back up” and use “Restore a backup” here</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="96"/>
        <source>数据库 {path} 已损坏，为保护数据不再写入；最新的完好备份是 {backup}（{when}），可用 hdrectify restore 恢复</source>
        <translation>The database {path} is damaged, and nothing more is written to it to protect the data; the newest sound backup is {backup} ({when}), which hdrectify restore can restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="100"/>
        <source>数据库 {path} 已损坏，为保护数据不再写入，也没有找到完好的备份：请不要删除它，先把它和旁边同名的文件、文件夹（-wal、佐证材料）一起复制保存，再联系技术人员；在别处保存过备份的，可用 hdrectify restore 恢复</source>
        <translation>Database {path} is damaged and nothing more is written to it, and no sound backup was found: do not delete it; copy it together with the files and folders of the same name beside it (-wal, evidence) and contact technical support; if you saved a backup elsewhere, restore it with hdrectify restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="104"/>
        <source>备份 {path} 校验未通过，未作恢复：{summary}</source>
        <translation>The backup {path} fails verification and was not restored: {summary}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="105"/>
        <source>备份校验未通过，未保存备份</source>
        <translation>The backup fails verification and was not saved</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="106"/>
        <source>找不到备份文件 {path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="107"/>
        <source>{path} 不是 hdrectify 备份（无法作为 SQLite 文件打开）</source>
        <translation>{path} is not an hdrectify backup (it cannot be opened as an SQLite file)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="108"/>
        <source>备份 {path} 已损坏，不能用于恢复</source>
        <translation>The backup {path} is damaged and cannot be restored</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="109"/>
        <source>{path} 不是 hdrectify 备份</source>
        <translation>{path} is not an hdrectify backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="110"/>
        <source>备份 {path} 由更新版本的 hdrectify 创建（结构版本 {version}，本程序支持到 {supported}）：请升级 hdrectify 后再恢复</source>
        <translation>The backup {path} was made by a newer hdrectify (schema version {version}; this one supports up to {supported}): upgrade hdrectify, then restore it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="114"/>
        <source>不能用数据库文件自身恢复：请选择一个备份文件</source>
        <translation>A database cannot be restored from itself: choose a backup file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="115"/>
        <source>记录的版本时钟超出合理范围（可能来自被改动的交换包）：请用“校验数据”检查数据库，或从备份恢复</source>
        <translation>A record&apos;s version clock is out of range (perhaps from a tampered bundle): check the database with “Verify data”, or restore a backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="118"/>
        <source>{path} 已存在且不是演示数据库：演示数据不会写入正式数据库，请换一个文件名</source>
        <translation>{path} exists and is not a demo database: demo data is never written into a real database; choose another file name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="121"/>
        <source>磁盘已满，本次操作未保存（数据未作改动）。请清理磁盘空间后再试。</source>
        <translation>The disk is full; nothing was saved (the data is unchanged). Please free some disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="124"/>
        <source>数据库或其所在文件夹是只读的，本次操作未保存（数据未作改动）。请检查权限，或把数据库复制到可写的位置。</source>
        <translation>The database or its folder is read-only; nothing was saved (the data is unchanged). Please check the permissions, or copy the database to a writable place.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="128"/>
        <source>数据库正被其他程序占用，本次操作未保存。请稍后再试。</source>
        <translation>The database is busy in another program; nothing was saved. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="129"/>
        <source>数据库文件已损坏，本次操作未保存。请用“文件 → 恢复备份”从备份恢复。</source>
        <translation>The database file is damaged; nothing was saved. Please restore a backup with “File → Restore a backup”.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="132"/>
        <source>读写磁盘时出错，本次操作未保存（数据未作改动）。请检查磁盘或存储设备，必要时从备份恢复。</source>
        <translation>Error reading or writing the disk; nothing of this action was saved (the data is unchanged). Check the disk or storage device, and restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="135"/>
        <source>数据库操作失败，本次操作未保存（数据未作改动）。</source>
        <translation>The database operation failed; nothing was saved (the data is unchanged).</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="136"/>
        <source>数据库以只读方式打开（另一个窗口正在使用它），不能修改</source>
        <translation>The database is open read-only (another window is using it): it cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="137"/>
        <source>正在检查数据库文件是否完好，请稍候几秒再保存</source>
        <translation>Checking that the database file is intact: please wait a few seconds, then save again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="138"/>
        <source>数据库文件 {path} 已损坏，为保护数据不能修改：请从备份恢复（文件 → 恢复备份…）</source>
        <translation>The database file {path} is damaged; to protect the data it cannot be changed. Please restore a backup with “File → Restore a backup”.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="142"/>
        <source>数据库 {path} 设有密码：请输入密码（命令行会提示输入，或用环境变量 HDRECTIFY_PASSWORD 提供）；没有设过密码的话，它不是 hdrectify 数据库</source>
        <translation>The database {path} is protected by a password: enter it (the command line asks for it, or give it in the environment variable HDRECTIFY_PASSWORD); if no password was ever set, it is not an hdrectify database</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="146"/>
        <source>密码不对（或 {path} 不是 hdrectify 数据库），没有打开：请重新输入密码</source>
        <translation>Wrong password (or {path} is not an hdrectify database), not opened: enter the password again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="149"/>
        <source>密码太短：至少 {length} 个字符</source>
        <translation>The password is too short: at least {length} characters</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="150"/>
        <source>密码首尾不能有空格，也不能含控制字符或看不见的字符：请重新输入</source>
        <translation>A password may not start or end with a space, nor contain control or invisible characters: enter another</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="153"/>
        <source>两次输入的新密码不一样：请重新输入</source>
        <translation>The two new passwords differ: enter them again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="154"/>
        <source>数据库 {path} 没有设置密码，无需取消</source>
        <translation>The database {path} has no password: there is nothing to remove</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="155"/>
        <source>数据库 {path} 已经设有密码：要换密码请用 hdrectify password change</source>
        <translation>The database {path} already has a password: to change it, use hdrectify password change</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="158"/>
        <source>数据库 {path} 正被另一个窗口或命令使用：请先关闭它们，再设置密码（数据未作改动）</source>
        <translation>The database {path} is in use by another window or command: close them first, then set the password (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="161"/>
        <source>加密后的副本与原数据库核对不一致，已放弃，数据库未作改动：详情见日志</source>
        <translation>The encrypted copy did not match the database and was discarded; the database is unchanged: see the log</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="164"/>
        <source>找不到密码文件 {path}：请检查路径</source>
        <translation>Password file {path} not found: check the path</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="165"/>
        <source>无法读取密码文件 {path}：请确认它是 UTF-8 编码的文本文件（记事本另存为时选 UTF-8），并且有读取权限</source>
        <translation>Cannot read the password file {path}: make sure it is a UTF-8 text file (in Notepad, choose UTF-8 when saving) and that it may be read</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="169"/>
        <source>密码文件 {path} 是空的：请在第一行写上密码</source>
        <translation>The password file {path} is empty: write the password on its first line</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="13"/>
        <source>整改措施“{title}”已销号，却既没有佐证材料也没有书面说明：销号须有其一</source>
        <translation>Measure “{title}” is closed but has neither evidence nor a written explanation: closing needs one of them</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="16"/>
        <source>汇报的审阅意见（已阅、退回）只能由办公室给出：党员电脑的交换包不能带来或修改</source>
        <translation>Feedback on reports (read, returned) comes from the office only: a member laptop&apos;s bundle cannot bring or change it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="19"/>
        <source>日期“{value}”无效（{column}）</source>
        <translation>The date “{value}” is not valid ({column})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="20"/>
        <source>挂钩 {pairing} 与挂钩 {other} 时间重叠：同一中心同一天只能有一个挂钩党员</source>
        <translation>Pairing {pairing} overlaps pairing {other}: a centre can have only one paired member on any day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="23"/>
        <source>挂钩 {pairing} 晚于康园中心的撤销日期 {closed}</source>
        <translation>Pairing {pairing} runs past the date the centre closed, {closed}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="24"/>
        <source>{day} 的联系记录不在挂钩 {pairing} 期间内</source>
        <translation>The contact record of {day} is outside pairing {pairing}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="25"/>
        <source>季度汇报的期间“{period}”无效</source>
        <translation>The quarterly report&apos;s period “{period}” is not valid</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="26"/>
        <source>年度考评的期间“{period}”无效</source>
        <translation>The annual review&apos;s period “{period}” is not valid</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="27"/>
        <source>挂钩 {pairing} 不需要提交{period}的季度汇报（须在 {last} 仍在挂钩）</source>
        <translation>Pairing {pairing} owes no quarterly report for {period} (it must still be paired on {last})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="30"/>
        <source>挂钩 {pairing} 不需要提交{period}的年度考评（须在 {last} 仍在挂钩）</source>
        <translation>Pairing {pairing} owes no annual review for {period} (it must still be paired on {last})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="33"/>
        <source>引用的{parent}不存在（交换包不完整，或已被删除）</source>
        <translation>The {parent} it refers to does not exist (the bundle is incomplete, or it was deleted)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="34"/>
        <source>与本机已有的记录重复（{what}）</source>
        <translation>Duplicates a record this computer already has ({what})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="35"/>
        <source>与本机已有的记录重复（本机已有同名的康园中心）</source>
        <translation>Duplicates a record this computer already has (a centre of the same name)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="36"/>
        <source>与本机已有的记录重复（本机已有相同编号的问题）</source>
        <translation>Duplicates a record this computer already has (a problem with the same number)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="37"/>
        <source>与本机已有的记录重复（本机已有相同编号的方面）</source>
        <translation>Duplicates a record this computer already has (an area with the same number)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="38"/>
        <source>与本机已有的记录重复（该问题下已有相同编号的措施）</source>
        <translation>Duplicates a record this computer already has (a measure with the same number under this problem)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="39"/>
        <source>内容不符合要求（{what}）</source>
        <translation>The content does not meet the requirements ({what})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="40"/>
        <source>缺少必填内容（{what}）</source>
        <translation>A required value is missing ({what})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="41"/>
        <source>这条记录无法写入：详情见日志</source>
        <translation>This record could not be written: see the log for details</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="42"/>
        <source>交换包不能删除通报台账中的记录</source>
        <translation>A bundle cannot delete records of the notice&apos;s ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="43"/>
        <source>交换包中的删除来自既未创建也未修改过该记录的电脑，已拒绝</source>
        <translation>The bundle&apos;s deletion comes from a computer that neither created nor changed the record: refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="178"/>
        <source>交换包已被改动或损坏（签名不符），未导入：请让对方重新导出交换包</source>
        <translation>The bundle was altered or damaged (its signature does not match) and was not imported: ask the sender to export it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="181"/>
        <source>交换包没有签名（由旧版本导出），未导入：请对方把 hdrectify 更新到最新版本后重新导出</source>
        <translation>The bundle is not signed (exported by an older version) and was not imported: ask the sender to update hdrectify to the latest version and export again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="184"/>
        <source>交换包来自本机尚未信任的电脑“{name}”（编号 {installation}，指纹 {fingerprint}），未导入：请与对方电脑“设置”中显示的指纹核对，一致后用 --trust {fingerprint} 再次导入</source>
        <translation>The bundle comes from “{name}” (installation {installation}, fingerprint {fingerprint}), a computer not trusted here, and was not imported: compare the fingerprint with the one in Settings on that computer and, if they match, import again with --trust {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="189"/>
        <source>警告：交换包自称来自已信任的电脑“{name}”（编号 {installation}），但签名密钥不同（指纹 {fingerprint}，本机记录的是 {trusted}），可能是复制的数据库或伪造的交换包，未导入：请与对方核对指纹；确认对方确实换了电脑或重装后，先执行 hdrectify trust remove {trusted} 再导入</source>
        <translation>Warning: the bundle claims to come from the trusted computer “{name}” (installation {installation}) but is signed with another key (fingerprint {fingerprint}; trusted here: {trusted}), which may be a copied database or a forged bundle; it was not imported: compare fingerprints with the sender and, once sure that computer was really replaced or reinstalled, run hdrectify trust remove {trusted} first, then import</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="195"/>
        <source>给出的指纹 {given} 与交换包签名者“{name}”的指纹 {fingerprint} 不一致，未导入：请重新核对对方电脑上的指纹</source>
        <translation>The fingerprint given, {given}, is not that of the bundle&apos;s signer “{name}” ({fingerprint}); not imported: compare the fingerprint on the sender&apos;s computer again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="259"/>
        <source>“{given}”不是指纹：指纹是 6 组、每组 4 个字母或数字，例如 ABCD-EFGH-2345-6723-JKLM-NPQR</source>
        <translation>“{given}” is not a fingerprint: a fingerprint is 6 groups of 4 letters or digits, e.g. ABCD-EFGH-2345-6723-JKLM-NPQR</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/exchange.py" line="262"/>
        <source>信任列表中没有指纹为 {fingerprint} 的电脑：用 hdrectify trust list 查看</source>
        <translation>No trusted computer has the fingerprint {fingerprint}: see hdrectify trust list</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="30"/>
        <source>无法写入 {path}：请检查文件夹是否存在、是否有写权限，或文件是否正被打开</source>
        <translation>Cannot write {path}: check that the folder exists and is writable, and that the file is not open elsewhere</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="34"/>
        <source>月度清单只能保存为 PDF：请把文件名改成以 .pdf 结尾</source>
        <translation>The monthly checklist can only be saved as PDF: make the file name end in .pdf</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="35"/>
        <source>考评表只能保存为 PDF：请把文件名改成以 .pdf 结尾</source>
        <translation>The review sheet can only be saved as PDF: please make the file name end in .pdf</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="36"/>
        <source>汇总只能保存为 PDF、XLSX：请把文件名改成以 .pdf、.xlsx 结尾</source>
        <translation>The summary can only be saved as PDF or XLSX: make the file name end in .pdf or .xlsx</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="39"/>
        <source>整改台账只能保存为 PDF、XLSX、DOCX：请把文件名改成以 .pdf、.xlsx、.docx 结尾</source>
        <translation>The ledger can only be saved as PDF, XLSX or DOCX: make the file name end in .pdf, .xlsx or .docx</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="42"/>
        <source>季度汇报草稿只能保存为 DOCX：请把文件名改成以 .docx 结尾</source>
        <translation>A quarterly report draft can only be saved as DOCX: make the file name end in .docx</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="43"/>
        <source>佐证材料包只能保存为 ZIP：请把文件名改成以 .zip 结尾</source>
        <translation>The evidence package can only be saved as ZIP: make the file name end in .zip</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="46"/>
        <source>整改台账中还没有佐证材料：请先在“整改台账”中为整改措施添加佐证材料</source>
        <translation>The ledger has no evidence yet: add evidence to measures in the Ledger first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="50"/>
        <source>请选择要导入的签字清单扫描件（PDF、JPEG 或 PNG）</source>
        <translation>Choose the scans of signed checklists to import (PDF, JPEG or PNG)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="51"/>
        <source>找不到文件：{path}，请检查路径</source>
        <translation>File not found: {path}. Check the path</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="52"/>
        <source>“{name}”不是 PDF、JPEG 或 PNG 文件：请选择扫描件或照片</source>
        <translation>&quot;{name}&quot; is not a PDF, JPEG or PNG file: choose a scan or a photo</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="56"/>
        <source>已取消导入扫描件，未添加任何内容</source>
        <translation>Scan import cancelled; nothing was added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="53"/>
        <source>无法读取“{name}”：文件已损坏或不是扫描件，请重新扫描或另存后再导入</source>
        <translation>Cannot read “{name}”: the file is damaged or not a scan; scan it again, or save it again, then import it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="57"/>
        <source>该扫描件不存在或已移除：请刷新后重试</source>
        <translation>This scan does not exist or was removed: refresh and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="58"/>
        <source>该扫描件已附在到岗记录上，无需再登记</source>
        <translation>This scan is already with a visit record; no need to log it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="59"/>
        <source>到岗日期 {date} 不在扫描件所属的 {month} 月内：请填写该月的日期</source>
        <translation>The visit date {date} is not in the scan&apos;s month {month}: enter a date in that month</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="62"/>
        <source>找不到编号为 {ref} 的扫描件：请用 hdrectify scans list 查看扫描件的编号</source>
        <translation>No scan has the number {ref}: see the scans&apos; numbers with hdrectify scans list</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="65"/>
        <source>编号 {ref} 对应不止一份扫描件：请多写几位编号</source>
        <translation>The number {ref} matches more than one scan: type more of the number</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="67"/>
        <source>只能导入 Excel 工作簿（.xlsx）或 CSV 文件：“{name}”请先用 Excel 另存为 .xlsx 再导入</source>
        <translation>Only Excel workbooks (.xlsx) and CSV files can be imported: save “{name}” as .xlsx in Excel first, then import it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="70"/>
        <source>无法读取“{name}”：文件已损坏或不是 Excel 工作簿，请用 Excel 打开后另存为 .xlsx 再导入</source>
        <translation>Cannot read “{name}”: the file is damaged or not an Excel workbook. Open it in Excel, save it as .xlsx, then import it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="73"/>
        <source>无法识别“{name}”的文字编码：请用 Excel 另存为“CSV UTF-8（逗号分隔）”后再导入</source>
        <translation>The text encoding of “{name}” is not recognised: save it in Excel as “CSV UTF-8 (comma delimited)”, then import it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="76"/>
        <source>“{name}”中没有能导入的工作表：表头应包含 党员、康园中心、日期、方式 等列名，可用 hdrectify template 生成导入模板</source>
        <translation>“{name}” has no sheet that can be imported: the header should name columns such as 党员, 康园中心, 日期, 方式; hdrectify template writes an import workbook</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="81"/>
        <source>缺少“{field}”列：请在表头加上这一列，或在预览中为它选择一列</source>
        <translation>The column “{field}” is missing: add it to the header, or choose a column for it in the preview</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="84"/>
        <source>“{field}”没有填写：请补上</source>
        <translation>“{field}” is empty: fill it in</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="85"/>
        <source>{field}“{text}”不是日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日</source>
        <translation>{field} “{text}” is not a date: write it as 2024-03-05, 2024/3/5 or 2024年3月5日</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="88"/>
        <source>{field}“{text}”不存在：请检查月份和日子</source>
        <translation>{field} “{text}” does not exist: check the month and the day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="89"/>
        <source>联系方式“{text}”无法识别：请填写 电话、微信、到岗、会议 或 其他</source>
        <translation>Contact method “{text}” is not recognised: write 电话, 微信, 到岗, 会议 or 其他 (phone, WeChat, on-site, meeting, other)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="92"/>
        <source>季度“{text}”无法识别：请写成 2024-Q1 或 2024年第1季度</source>
        <translation>Quarter “{text}” is not recognised: write it as 2024-Q1 or 2024年第1季度</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="93"/>
        <source>年度“{text}”无法识别：请写成 2024</source>
        <translation>Year “{text}” is not recognised: write it as 2024</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="94"/>
        <source>分数“{text}”不是 0 到 100 之间的整数：请改正</source>
        <translation>Score “{text}” is not a whole number from 0 to 100: correct it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="95"/>
        <source>“{name}”是本软件导出的“{title}”，不是导入表，什么也没有导入：请用 hdrectify template 生成导入模板，填好后再导入</source>
        <translation>“{name}” is the “{title}” this program exported, not an import sheet; nothing was imported: make the import template with hdrectify template, fill it in and import that</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="99"/>
        <source>“{path}”是文件夹，不是文件：请选择其中的文件</source>
        <translation>“{path}” is a folder, not a file: choose a file inside it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="100"/>
        <source>找不到文件：{name}，请检查路径</source>
        <translation>File not found: {name}. Check the path</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="101"/>
        <source>导入模板只能保存为 XLSX：请把文件名改成以 .xlsx 结尾</source>
        <translation>The import workbook can only be saved as XLSX: make the file name end in .xlsx</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="102"/>
        <source>{sheet} 第{row}行: {reason}</source>
        <translation>{sheet} row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="103"/>
        <source>有 {count} 行不能导入，什么也没有写入（{first}）：请改正这些行后重新导入</source>
        <translation>{count} rows cannot be imported, so nothing was written ({first}): correct these rows and import again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="106"/>
        <source>数据在预览后有了变化，什么也没有写入（{line}）：请重新预览后再导入</source>
        <translation>The data changed after the preview, so nothing was written ({line}): preview again, then import</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="110"/>
        <source>督办等级的天数须满足 1 ≤ 提醒（{remind}）≤ 督办（{urge}）≤ 告诫（{warn}）≤ 3650：请改正后再保存</source>
        <translation>The notice levels&apos; days must satisfy 1 ≤ reminder ({remind}) ≤ supervision ({urge}) ≤ warning ({warn}) ≤ 3650: correct them, then save</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="114"/>
        <source>反馈期限 {days} 天不在 1 到 90 天之间：请改正后再保存</source>
        <translation>A reply period of {days} days is not between 1 and 90 days: correct it, then save</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="115"/>
        <source>截至{day}，{who}没有逾期或临近时限的事项，无需督办：未生成文件</source>
        <translation>As of {day}, {who} has nothing overdue or near its deadline, so there is nothing to chase: no file was written</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="118"/>
        <source>整改台账中没有责任单位“{name}”：请按台账中的写法填写（名称须完全一致）</source>
        <translation>The ledger has no responsible unit “{name}”: write it as the ledger does (the name must match exactly)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="121"/>
        <source>请只选一项：--unit 责任单位、--member 党员，或 --all 全部</source>
        <translation>Choose exactly one: --unit UNIT, --member MEMBER, or --all</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/outputs.py" line="122"/>
        <source>督办提醒单只能保存为 PDF：请把文件名改成以 .pdf 结尾</source>
        <translation>A supervision notice can only be saved as PDF: make the file name end in .pdf</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="12"/>
        <source>缺少 {what}</source>
        <translation>Missing {what}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="13"/>
        <source>没有选项 {name}</source>
        <translation>No option {name}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="14"/>
        <source>{option} 的值无效：{message}</source>
        <translation>Invalid value for {option}: {message}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="15"/>
        <source>{refusal}（命令行加 --with-records）</source>
        <translation>{refusal} (on the command line add --with-records)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="16"/>
        <source>缺少命令：请在后面写上要做的事</source>
        <translation>Missing command: add what to do after it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="17"/>
        <source>角色“{role}”无效：请用 --role office（办公室）或 --role member（党员电脑）</source>
        <translation>Invalid role “{role}”: use --role office (the office) or --role member (a member&apos;s laptop)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="20"/>
        <source>请用 --quarter（季度汇报）或 --year（年度考评）指定一项（二者选一）</source>
        <translation>Give --quarter (quarterly report) or --year (annual review), one of the two</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="23"/>
        <source>请用 --accept（已阅）或 --return 意见（退回）指定一项（二者选一）</source>
        <translation>Give --accept (read) or --return COMMENT (returned), one of the two</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="26"/>
        <source>重新提交只改汇报内容，提交日期和文件不变：请只写 --resubmit --note 修改后的内容</source>
        <translation>A resubmission changes only the report&apos;s text; its date and file stay: give only --resubmit --note NEW TEXT</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="29"/>
        <source>{period}的汇报已被办公室退回：请用 --resubmit --note 修改后的内容 重新提交</source>
        <translation>The report for {period} was returned by the office: resubmit it with --resubmit --note NEW TEXT</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="32"/>
        <source>请指定 党员 和 康园中心 两个名称，或使用 --all（二者选一）</source>
        <translation>Give both a member and a centre, or use --all (one or the other)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="33"/>
        <source>请在 --month、--quarter、--year 中指定且只指定一个，例如 --month 2024-03</source>
        <translation>Give exactly one of --month, --quarter and --year, e.g. --month 2024-03</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="36"/>
        <source>请用 --quarter（如 2024-Q1）或 --year（如 2024）指定汇总的时段，二者选一</source>
        <translation>Give the summary&apos;s span with --quarter (e.g. 2024-Q1) or --year (e.g. 2024), one or the other</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="39"/>
        <source>--json、-o 和 --evidence-zip 一次只能用一个</source>
        <translation>Use only one of --json, -o and --evidence-zip at a time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="40"/>
        <source>请至少给出 --declared-problems、--declared-specific 或 --declared-measures 之一</source>
        <translation>Give at least one of --declared-problems, --declared-specific and --declared-measures</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="43"/>
        <source>还没有巡察：请先用 hdrectify init --seed 导入通报，或用 hdrectify inspection add 添加</source>
        <translation>There is no inspection yet: load the notice with hdrectify init --seed, or add one with hdrectify inspection add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="46"/>
        <source>多余的参数：{args}（佐证材料请写在 --evidence 之后）</source>
        <translation>Extra arguments: {args} (evidence files go after --evidence)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="47"/>
        <source>销号需要佐证材料或书面说明：请给出 --evidence FILE… 或 --reason TEXT（二者选一）</source>
        <translation>Closing needs evidence or a written reason: give --evidence FILE… or --reason TEXT (one or the other)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="50"/>
        <source>措施 {ref} 已经销号：如需继续整改，请先用 hdrectify measure reopen {ref} --reason 原因 重新打开</source>
        <translation>Measure {ref} is already closed: to continue work on it, reopen it first with hdrectify measure reopen {ref} --reason REASON</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="53"/>
        <source>请用 --problem N（可加 --measure M）或 --all 指定要修改的措施，二者选一</source>
        <translation>Say which measures to change with --problem N (optionally --measure M) or --all, one or the other</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="56"/>
        <source>--measure 须与 --problem 一起使用，例如 --problem 3 --measure 2</source>
        <translation>--measure goes with --problem, e.g. --problem 3 --measure 2</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="59"/>
        <source>{option} 不能为空：请写上名称</source>
        <translation>{option} cannot be empty: write a name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="60"/>
        <location filename="../../hdrectify/domain/messages/store.py" line="86"/>
        <source>请至少给出一项要修改的内容：--leader、--unit、--owner 或 --deadline</source>
        <translation>Give at least one thing to change: --leader, --unit, --owner or --deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="63"/>
        <source>{problem}。确认仍要恢复这个备份，请加 --force</source>
        <translation>{problem}. To restore this backup anyway, add --force</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="65"/>
        <source>找不到文件或文件夹：{path}：请检查路径</source>
        <translation>File or folder not found: {path}: check the path</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="66"/>
        <source>找不到文件或文件夹：请检查路径</source>
        <translation>File or folder not found: check the path</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="67"/>
        <source>无法读写文件：{path}：请检查路径、权限和磁盘</source>
        <translation>Cannot read or write the file: {path}: check the path, the permissions and the disk</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="68"/>
        <source>无法读写文件：请检查路径、权限和磁盘</source>
        <translation>Cannot read or write the file: check the path, the permissions and the disk</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="69"/>
        <location filename="../../hdrectify/domain/messages/safety.py" line="49"/>
        <source>磁盘已满，本次操作未保存（数据未作改动）：请清理磁盘空间后再试</source>
        <translation>The disk is full; nothing was saved (no data was changed): free some disk space and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="46"/>
        <source>{what}中含有不可见字符（{code} {char}，第 {position} 个字符，在“{before}”之后），请删除后重新输入</source>
        <translation>{what} contains an invisible character ({code} {char}, character {position}, after “{before}”): delete it and type again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/core.py" line="50"/>
        <source>{what}中含有不可见字符（{code} {char}，第 1 个字符，在开头），请删除后重新输入</source>
        <translation>{what} contains an invisible character ({code} {char}, the first character): delete it and type again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/safety.py" line="41"/>
        <source>“{name}”无法校验：{problem}</source>
        <translation>“{name}” cannot be checked: {problem}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="70"/>
        <location filename="../../hdrectify/domain/messages/safety.py" line="54"/>
        <source>没有写入权限：数据库或其所在文件夹是只读的，无法打开或写入（数据未作改动）：请检查权限，或把数据库复制到可写的位置</source>
        <translation>No write permission: the database or its folder is read-only and cannot be opened or written (no data was changed): check the permissions, or copy the database to a writable place</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="77"/>
        <source>“{name}”不是照片（只能添加 JPG、PNG 或 HEIC 照片）：请另选文件</source>
        <translation>“{name}” is not a photo (only JPG, PNG or HEIC photos can be added): choose another file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="80"/>
        <source>“{name}”是 HEIC 照片，本机无法读取：请在手机上导出为 JPG 后再添加</source>
        <translation>“{name}” is a HEIC photo, which this computer cannot read: export it as JPG on the phone, then add it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="83"/>
        <source>找不到照片“{name}”：它可能已被移走，请重新选择</source>
        <translation>Photo “{name}” not found: it may have been moved; choose it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="84"/>
        <source>没有权限读取照片“{name}”：请检查文件的权限</source>
        <translation>No permission to read photo “{name}”: check the file&apos;s permissions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="85"/>
        <source>照片“{name}”超过 {limit} MB，交换包无法携带：请缩小后再添加</source>
        <translation>Photo “{name}” is over {limit} MB, more than a bundle can carry: make it smaller, then add it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="86"/>
        <source>无法保存照片“{name}”：照片可能已损坏，或磁盘已满，请检查后重试</source>
        <translation>Could not save photo “{name}”: it may be damaged, or the disk is full; check and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="89"/>
        <source>找不到这份季度汇报：可能已被删除，请刷新后重试</source>
        <translation>This quarterly report cannot be found: it may have been deleted; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="90"/>
        <source>该记录不存在或已删除：请重新选择记录</source>
        <translation>The record does not exist or was deleted: choose the record again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="91"/>
        <source>这张照片已被移除：请关闭后重新打开照片列表</source>
        <translation>This photo has been removed already: close the list of photos and open it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="92"/>
        <source>请填写移除这张照片的原因</source>
        <translation>Give a reason for removing this photo</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="94"/>
        <source>这份汇报文件已被移除：请关闭后重新打开汇报文件列表</source>
        <translation>This report file has been removed already: close the list of report files and open it again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="95"/>
        <source>请填写移除这份汇报文件的原因</source>
        <translation>Enter why this report file is removed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="96"/>
        <source>“{name}”已被移除，无需再移除：请用 report-file list 查看这份汇报现在的文件</source>
        <translation>“{name}” was already removed: see this report&apos;s files with report-file list</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="99"/>
        <source>这份汇报没有名为“{name}”的文件：请用 report-file list 查看它的文件</source>
        <translation>This report has no file named “{name}”: see its files with report-file list</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="102"/>
        <source>这份汇报有 {count} 个名为“{name}”的文件：请改用 report-file list --json 列出的编号</source>
        <translation>This report has {count} files named “{name}”: use the id that report-file list --json shows instead</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="105"/>
        <source>这是{owner}的季度汇报的文件，本机只能移除本人汇报的文件：请{owner}本人或办公室移除</source>
        <translation>This file belongs to {owner}&apos;s quarterly report, and this computer may remove only its own member&apos;s report files: ask {owner} or the office to remove it</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="108"/>
        <source>本机还没有选好“我是”哪位党员：请在“设置”中选好后，再移除本人汇报的文件</source>
        <translation>This computer has not chosen “I am” yet: choose it in Settings, then remove your own report files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/app.py" line="111"/>
        <source>无法写入数据库 {path}：文件可能只读，或正被其他程序占用</source>
        <translation>Cannot write the database {path}: the file may be read-only, or in use by another program</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="12"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="13"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="14"/>
        <source>党员姓名</source>
        <translation>Member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="15"/>
        <source>康园中心名称</source>
        <translation>Centre&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="16"/>
        <source>所在镇（街道）</source>
        <translation>Town (street)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="17"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="18"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="19"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="20"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="21"/>
        <source>免除原因</source>
        <translation>Reason for the exemption</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="22"/>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="23"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="24"/>
        <source>汇报内容</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="25"/>
        <source>考评分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="26"/>
        <source>考评意见</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="27"/>
        <source>考评标准说明</source>
        <translation>Review criteria</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="28"/>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="29"/>
        <source>问题详情</source>
        <translation>Problem details</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="30"/>
        <location filename="../../hdrectify/exchange/rules.py" line="47"/>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="31"/>
        <source>进展说明</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="32"/>
        <source>重新打开的原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="33"/>
        <source>销号说明</source>
        <translation>Closing statement</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="34"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="35"/>
        <source>检查事项</source>
        <translation>Check item</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="36"/>
        <source>考评项目</source>
        <translation>review item</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="37"/>
        <source>评分要点</source>
        <translation>scoring guidance</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="38"/>
        <source>巡察（通报）标题</source>
        <translation>Inspection (notice) title</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="39"/>
        <source>方面标题</source>
        <translation>Area title</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="40"/>
        <source>责任领导</source>
        <translation>Leader responsible</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="41"/>
        <source>责任单位</source>
        <translation>Unit responsible</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="42"/>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="43"/>
        <source>问题数</source>
        <translation>number of problems</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="44"/>
        <source>具体问题数</source>
        <translation>number of specific problems</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="45"/>
        <source>整改措施数</source>
        <translation>number of measures</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="46"/>
        <source>联系</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="47"/>
        <source>提交</source>
        <translation>submission</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="49"/>
        <source>销号</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="50"/>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="51"/>
        <source>验收人</source>
        <translation>the person accepting</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="52"/>
        <source>批准人</source>
        <translation>the approver</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="53"/>
        <source>审阅汇报和考评</source>
        <translation>Marking reports and reviews</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="54"/>
        <source>各责任单位和党员</source>
        <translation>any responsible unit or member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="55"/>
        <source>添加巡察</source>
        <translation>Adding an inspection</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="56"/>
        <source>添加方面</source>
        <translation>Adding an area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="57"/>
        <source>该挂钩</source>
        <translation>This pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="58"/>
        <source>结束日期</source>
        <translation>the end date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="59"/>
        <source>撤销日期</source>
        <translation>the closing date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="60"/>
        <source>周</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="61"/>
        <source>月</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="62"/>
        <source>季度</source>
        <translation>quarter</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="63"/>
        <source>年</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="64"/>
        <source>录入时间</source>
        <translation>entry time</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="65"/>
        <source>录入人</source>
        <translation>entered by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="29"/>
        <source>{0}年{1}月{2}日</source>
        <translation>{0}-{1:02d}-{2:02d}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="30"/>
        <source>{0}月{1}日</source>
        <translation>{0:02d}-{1:02d}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="31"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="32"/>
        <source>{0}年第{1}周</source>
        <translation>Week {1}, {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="33"/>
        <source>{0}年{1}月</source>
        <translation>{0}-{1:02d}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="34"/>
        <source>{0}年第{1}季度</source>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="35"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="36"/>
        <source>{0}年度</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="37"/>
        <source>第{0}周</source>
        <translation>Week {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="38"/>
        <source>{0}月</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="39"/>
        <source>第{0}季度</source>
        <translation>Q{0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="121"/>
        <location filename="../../hdrectify/domain/wording.py" line="347"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="122"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="123"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="124"/>
        <location filename="../../hdrectify/domain/wording.py" line="196"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="125"/>
        <source>{0}–{1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="161"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="162"/>
        <source>{0} 至 今</source>
        <translation>{0} to now</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="163"/>
        <source>{0} — {1}（{2}）</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="164"/>
        <source>挂钩期间：{0}</source>
        <translation>paired: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="165"/>
        <source>两者从未挂钩</source>
        <translation>never paired</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="166"/>
        <source>{0}的挂钩</source>
        <translation>{0}&apos;s pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="187"/>
        <source>{0}（本机）</source>
        <translation>{0} (this computer)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="188"/>
        <source>通报台账</source>
        <translation>the notice&apos;s ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="197"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="198"/>
        <source>挂钩{0}</source>
        <translation>paired with {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="199"/>
        <source>未挂钩</source>
        <translation>not paired</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="200"/>
        <source>电话 {0}</source>
        <translation>phone {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="231"/>
        <source>{0}、{1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="252"/>
        <source>每周联系</source>
        <translation>Weekly contact</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="253"/>
        <source>每月到岗</source>
        <translation>Monthly on-site visit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="254"/>
        <location filename="../../hdrectify/domain/wording.py" line="333"/>
        <location filename="../../hdrectify/exchange/rules.py" line="41"/>
        <source>季度汇报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="255"/>
        <location filename="../../hdrectify/domain/wording.py" line="334"/>
        <location filename="../../hdrectify/exchange/rules.py" line="42"/>
        <source>年度考评</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="258"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="259"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="260"/>
        <source>到岗</source>
        <translation>On-site</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="261"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="262"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="265"/>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="266"/>
        <source>党员电脑</source>
        <translation>Member&apos;s computer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="269"/>
        <source>已核对指纹</source>
        <translation>Fingerprint confirmed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="270"/>
        <source>首次收到办公室交换包时信任</source>
        <translation>Trusted on the first office bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="273"/>
        <source>到中心现场</source>
        <translation>at the centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="276"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="277"/>
        <source>逾期完成</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="278"/>
        <source>免</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="279"/>
        <source>未完成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="280"/>
        <source>待完成</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="281"/>
        <source>未开始</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="290"/>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="291"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="292"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="295"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="296"/>
        <source>临近时限</source>
        <translation>Deadline near</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="297"/>
        <source>时间充裕</source>
        <translation>Time to spare</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="301"/>
        <source>红底 已逾期&#x3000;黄底 剩 {yellow} 天内到期&#x3000;青底 剩 {green} 天以上（其间不着色；每行另以文字写明）</source>
        <translation>Red background: overdue · yellow: due within {yellow} days · teal: more than {green} days left (none in between; every row also says it in words)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="305"/>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="306"/>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="307"/>
        <source>告诫</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="320"/>
        <source>巡察反馈</source>
        <translation>Inspection feedback</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="321"/>
        <source>走访发现</source>
        <translation>Found on visits</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="324"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="325"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="326"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="327"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="328"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="329"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="330"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="338"/>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="339"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="340"/>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="341"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="342"/>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="343"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="344"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="345"/>
        <source>抗战胜利纪念日</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="349"/>
        <source>{0}年{1}假期（{2}—{3}）</source>
        <translation>{1} holiday {0} ({2}–{3})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="350"/>
        <source>{0}年{1}假期（{2}）</source>
        <translation>{1} holiday {0} ({2})</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="351"/>
        <source>{0}放假：{1}—{2}</source>
        <translation>{0} holiday: {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="352"/>
        <source>调休上班：{0}</source>
        <translation>Make-up working day: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="403"/>
        <source>空字符 NUL</source>
        <translation>null character NUL</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="404"/>
        <source>制表符</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="405"/>
        <source>转义字符 ESC</source>
        <translation>escape character ESC</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="406"/>
        <source>删除字符 DEL</source>
        <translation>delete character DEL</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="407"/>
        <source>软连字符</source>
        <translation>soft hyphen</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="408"/>
        <source>阿拉伯字母标记</source>
        <translation>Arabic letter mark</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="409"/>
        <source>蒙古文元音分隔符</source>
        <translation>Mongolian vowel separator</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="410"/>
        <source>零宽空格</source>
        <translation>zero width space</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="411"/>
        <source>零宽不连字</source>
        <translation>zero width non-joiner</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="412"/>
        <source>零宽连字</source>
        <translation>zero width joiner</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="413"/>
        <source>从左到右标记</source>
        <translation>left-to-right mark</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="414"/>
        <source>从右到左标记</source>
        <translation>right-to-left mark</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="415"/>
        <source>从左到右嵌入</source>
        <translation>left-to-right embedding</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="416"/>
        <source>从右到左嵌入</source>
        <translation>right-to-left embedding</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="417"/>
        <source>方向格式结束</source>
        <translation>pop directional formatting</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="418"/>
        <source>从左到右强制</source>
        <translation>left-to-right override</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="419"/>
        <source>从右到左强制</source>
        <translation>right-to-left override</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="420"/>
        <source>字连接符</source>
        <translation>word joiner</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="421"/>
        <source>从左到右隔离</source>
        <translation>left-to-right isolate</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="422"/>
        <source>从右到左隔离</source>
        <translation>right-to-left isolate</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="423"/>
        <source>首强字符隔离</source>
        <translation>first strong isolate</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="424"/>
        <source>方向隔离结束</source>
        <translation>pop directional isolate</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="425"/>
        <source>零宽不换行空格（BOM）</source>
        <translation>zero width no-break space (BOM)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="428"/>
        <source>控制字符</source>
        <translation>control character</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="429"/>
        <source>格式字符</source>
        <translation>format character</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="431"/>
        <source>无效字符</source>
        <translation>invalid character</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="33"/>
        <source>{0} {1}：{2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="37"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="38"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="39"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="40"/>
        <source>联系记录</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="43"/>
        <source>免除</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="44"/>
        <source>通报</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="45"/>
        <source>方面</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="46"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/messages/labels.py" line="48"/>
        <location filename="../../hdrectify/exchange/rules.py" line="48"/>
        <source>整改进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="49"/>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="50"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="51"/>
        <source>签字清单扫描件</source>
        <translation>Signed checklist scan</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="52"/>
        <source>记录照片</source>
        <translation>Record photo</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="53"/>
        <source>汇报文件</source>
        <translation>Report file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="54"/>
        <source>考评细则</source>
        <translation>Review rubric</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="55"/>
        <source>考评分项得分</source>
        <translation>Review item scores</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="56"/>
        <source>销号申请</source>
        <translation>Requests to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="57"/>
        <source>销号申请材料</source>
        <translation>file of a request to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="58"/>
        <source>销号申请审核</source>
        <translation>answer to a request to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/exchange/rules.py" line="59"/>
        <source>汇报审阅意见</source>
        <translation>Office feedback on reports</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../hdrectify/app.py" line="194"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="295"/>
        <source>数据库已在另一个窗口中打开</source>
        <translation>The database is open in another window</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="296"/>
        <source>{0}
已由 {1} 打开。</source>
        <translation>{0}
is open in {1}. </translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="290"/>
        <source>两个窗口同时修改同一个数据库容易出错：请切换到已打开的那个窗口。</source>
        <translation>Two windows changing one database invite mistakes: please switch to the window that has it open.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="259"/>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="262"/>
        <source>已取消数据库密码。</source>
        <translation>The database password has been removed.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="264"/>
        <source>已设置数据库密码。请记住它：忘记了就无法打开数据库。</source>
        <translation>The database password has been set. Remember it: without it the database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="289"/>
        <source>已把那个窗口切换到前面。</source>
        <translation>That window has been brought to the front.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="299"/>
        <source>也可以只读打开，只查看、打印，不修改。</source>
        <translation>You can also open it read-only, to view and print without changing anything.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="302"/>
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="306"/>
        <location filename="../../hdrectify/app.py" line="336"/>
        <location filename="../../hdrectify/app.py" line="367"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="314"/>
        <source>数据库文件 {0} 已损坏。为保护数据，程序不会写入这个文件。</source>
        <translation>The database file {0} is damaged. To protect the data, nothing will be written to it.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="318"/>
        <source>
没有找到可用的备份：请联系技术人员，不要删除这个文件。</source>
        <translation>
No usable backup was found: please contact technical support, and do not delete the file.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="320"/>
        <location filename="../../hdrectify/app.py" line="328"/>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="323"/>
        <source>
最新的完好备份：{0}（{1}）。
是否恢复这个备份？损坏的文件会原样保留在旁边。</source>
        <translation>
The newest sound backup: {0} ({1}).
Restore this backup? The damaged file is kept beside it as it is.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="332"/>
        <source>恢复此备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="357"/>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="358"/>
        <source>备份校验未通过：
{0}

{1}

建议选择其他备份。仍要恢复这个备份吗？</source>
        <translation>The backup did not pass the check:
{0}

{1}

Choose another backup if you can. Restore this backup anyway?</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="363"/>
        <source>仍要恢复</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="375"/>
        <source>无法恢复备份</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="383"/>
        <source>损坏的文件已原样保留为 {0}。</source>
        <translation>The damaged file was kept as it was: {0}.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="385"/>
        <source>恢复前的数据库已另存为 {0}。</source>
        <translation>The database as it was before the restore was saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="389"/>
        <source>已恢复备份</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../hdrectify/app.py" line="390"/>
        <source>已恢复 {0} 的备份（{1}）。</source>
        <translation>Restored the backup of {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>LedgerItemDialog</name>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="79"/>
        <source>巡察反馈</source>
        <translation>Inspection feedback</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="80"/>
        <source>走访发现</source>
        <translation>Found on visits</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="98"/>
        <source>通报标题(&amp;T)：</source>
        <translation>Notice &amp;title:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="98"/>
        <source>添加巡察</source>
        <translation>Add inspection</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="98"/>
        <source>修改巡察</source>
        <translation>Edit inspection</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="99"/>
        <source>方面标题(&amp;T)：</source>
        <translation>Area &amp;title:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="99"/>
        <source>添加方面</source>
        <translation>Add area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="99"/>
        <source>修改方面</source>
        <translation>Edit area</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="100"/>
        <source>问题描述(&amp;T)：</source>
        <translation>Problem &amp;description:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="100"/>
        <source>添加问题</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="100"/>
        <source>修改问题</source>
        <translation>Edit problem</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="101"/>
        <source>整改措施(&amp;T)：</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="101"/>
        <source>添加整改措施</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="101"/>
        <source>修改整改措施</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="108"/>
        <source>方面：{0}</source>
        <translation>Area: {0}</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="6"/>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="11"/>
        <source>标题(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="12"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="12"/>
        <source>（Ctrl+回车 保存）</source>
        <translation>(Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="14"/>
        <source>来源(&amp;S)：</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="15"/>
        <source>问题来源</source>
        <translation>Source of the problem</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="16"/>
        <source>发布单位(&amp;I)：</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="17"/>
        <source>发布单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="18"/>
        <source>通报日期(&amp;N)：</source>
        <translation>&amp;Notice date:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="19"/>
        <source>通报日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="19"/>
        <location filename="../../forms/ledger_item_dialog.ui" line="30"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="20"/>
        <source>责任领导(&amp;L)：</source>
        <translation>Responsible le&amp;ader:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="21"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="23"/>
        <source>责任单位(&amp;U)：</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="24"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="25"/>
        <source>责任人(&amp;P)：</source>
        <translation>Responsi&amp;ble person:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="26"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="27"/>
        <source>整改时限(&amp;D)：</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="30"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="31"/>
        <source>无时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_item_dialog.ui" line="31"/>
        <source>无整改时限</source>
        <translation>No deadline</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="35"/>
        <source>编号/标题</source>
        <translation>No. / title</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="36"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="37"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="99"/>
        <source>待编号&#x3000;{0}</source>
        <translation>Number pending  {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="100"/>
        <source>问题{0}&#x3000;{1}</source>
        <translation>Problem {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="305"/>
        <source>措施{0}&#x3000;{1}</source>
        <translation>Measure {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="316"/>
        <source>无时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="349"/>
        <source>已逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="351"/>
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="356"/>
        <source>走访发现：{0}（{1}）</source>
        <translation>Found on a visit: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="140"/>
        <source>添加巡察(&amp;I)…</source>
        <translation>Add &amp;inspection…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="141"/>
        <source>通报所说的数字(&amp;N)…</source>
        <translation>&amp;Notice figures…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="142"/>
        <source>添加方面(&amp;A)…</source>
        <translation>Add &amp;area…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="143"/>
        <source>添加问题(&amp;P)…</source>
        <translation>Add &amp;problem…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="144"/>
        <source>添加整改措施(&amp;M)…</source>
        <translation>Add &amp;measure…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="145"/>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="146"/>
        <source>删除(&amp;D)…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="148"/>
        <source>批量设置责任和时限(&amp;B)…</source>
        <translation>Set responsi&amp;bility and deadline…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="151"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="269"/>
        <source>已修改 {0} 项整改措施</source>
        <translation>{0} measures changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="330"/>
        <source>整改时限：{0}</source>
        <translation>Deadlines: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="55"/>
        <source>（未记中心）</source>
        <translation>(centre not recorded)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="58"/>
        <source>，{0}到岗发现</source>
        <translation>, found by {0} on an on-site visit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="62"/>
        <source>来源：走访发现 — {0}，{1}{2}</source>
        <translation>Source: found on a visit — {0}, {1}{2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="66"/>
        <source>来源：巡察反馈（{0}反馈）— {1}</source>
        <translation>Source: inspection feedback ({0}) — {1}</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="6"/>
        <location filename="../../forms/ledger.ui" line="38"/>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="24"/>
        <source>显示(&amp;F)：</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="28"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="29"/>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="30"/>
        <source>巡察反馈</source>
        <translation>Inspection feedback</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="31"/>
        <source>走访发现</source>
        <translation>Found on visits</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="34"/>
        <source>搜索问题、措施、责任单位或责任人</source>
        <translation>Search problems, measures, responsible units or persons</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="34"/>
        <source>搜索台账</source>
        <translation>Search the ledger</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="38"/>
        <source>问题及其整改措施，每项写明状态</source>
        <translation>Problems and their measures, each with its status</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="49"/>
        <source>添加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="49"/>
        <source>在所选位置添加方面、问题或整改措施（Insert）</source>
        <translation>Add an area, problem or measure where the selection is (Insert)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="50"/>
        <source>修改(&amp;M)…</source>
        <translation>&amp;Modify…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="50"/>
        <source>修改所选的方面、问题或整改措施（F2）</source>
        <translation>Edit the selected area, problem or measure (F2)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="51"/>
        <source>删除(&amp;L)…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="51"/>
        <source>删除所选的方面、问题或整改措施，须写明原因（Delete）</source>
        <translation>Delete the selected area, problem or measure, with a reason (Delete)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="55"/>
        <source>没有符合条件的问题。</source>
        <translation>No problems match.</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="62"/>
        <source>在左侧选择一个问题或整改措施。</source>
        <translation>Select a problem or measure on the left.</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="73"/>
        <source>该问题的整改措施</source>
        <translation>This problem&apos;s measures</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="78"/>
        <source>编号/标题</source>
        <translation>No. / title</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="79"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="80"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="81"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="84"/>
        <source>双击一行查看详情。</source>
        <translation>Double-click a row to see its details.</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="94"/>
        <source>整改措施详情</source>
        <translation>Measure details</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="103"/>
        <source>整改措施内容</source>
        <translation>Measure text</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="114"/>
        <source>责任领导(&amp;L)：</source>
        <translation>Responsible le&amp;ader:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="115"/>
        <source>如：党组书记、理事长</source>
        <translation>e.g. Party Group Secretary, Chairperson</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="116"/>
        <source>责任单位(&amp;U)：</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="117"/>
        <source>如：办公室</source>
        <translation>e.g. Office</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="120"/>
        <source>责任人(&amp;P)：</source>
        <translation>Responsi&amp;ble person:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="122"/>
        <source>整改时限(&amp;T)：</source>
        <translation>Deadl&amp;ine:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="125"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="126"/>
        <source>无时限(&amp;N)</source>
        <translation>&amp;No deadline</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="132"/>
        <source>状态(&amp;Z)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="143"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="143"/>
        <source>保存责任领导、责任单位、责任人、整改时限和状态（Ctrl+S）</source>
        <translation>Save the responsible leader, unit and person, the deadline and the status (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="143"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="144"/>
        <source>销号(&amp;X)…</source>
        <translation>&amp;Close measure…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="144"/>
        <source>整改完成：附佐证材料或写明理由后销号</source>
        <translation>Rectification done: close the measure with evidence or a written reason</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="145"/>
        <source>延期(&amp;Y)…</source>
        <translation>Extend deadline (&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="145"/>
        <source>推迟整改时限：写明新时限、原因和批准人</source>
        <translation>Move the deadline later: give the new date, the reason and who approved it</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="146"/>
        <source>重新打开(&amp;R)…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="146"/>
        <source>撤销销号，继续整改（须写明原因）</source>
        <translation>Undo the closing and continue the rectification (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="151"/>
        <source>整改进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="161"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="162"/>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="163"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="169"/>
        <source>添加进展(&amp;G)…</source>
        <translation>Add pro&amp;gress…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="177"/>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="186"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="187"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="188"/>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="189"/>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="195"/>
        <source>可把文件拖到这里添加。</source>
        <translation>You can also drag files here to add them.</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="197"/>
        <source>添加佐证(&amp;E)…</source>
        <translation>Add &amp;evidence…</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="198"/>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="199"/>
        <source>移除(&amp;D)…</source>
        <translation>Re&amp;move…</translation>
    </message>
</context>
<context>
    <name>LedgerRemoveDialog</name>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="198"/>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="203"/>
        <location filename="../../forms/ledger_remove_dialog.ui" line="6"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="199"/>
        <source>删除：{0}</source>
        <translation>Delete: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_dialogs.py" line="223"/>
        <source>要一并删除，请勾选“{0}”。</source>
        <translation>To delete them too, tick “{0}”.</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_remove_dialog.ui" line="11"/>
        <source>删除原因(&amp;R)：</source>
        <translation>&amp;Reason for deleting:</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_remove_dialog.ui" line="12"/>
        <source>删除原因</source>
        <translation>Reason for deleting</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_remove_dialog.ui" line="12"/>
        <source>必填，记入审计日志</source>
        <translation>Required; kept in the audit log</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_remove_dialog.ui" line="14"/>
        <source>同时删除整改进展、佐证材料、延期和销号申请(&amp;W)</source>
        <translation>Also delete progress notes, evidence, extensions and requests to close (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_remove_dialog.ui" line="14"/>
        <source>同时删除整改进展、佐证材料、延期和销号申请</source>
        <translation>Also delete progress notes, evidence, extensions and requests to close</translation>
    </message>
</context>
<context>
    <name>LedgerSummary</name>
    <message>
        <location filename="../../hdrectify/ui/ledger_summary.py" line="58"/>
        <source>共 {0} 个问题，已整改完成 {1} 个。</source>
        <translation>{0} problems, {1} of them rectified.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_summary.py" line="67"/>
        <source>措施{0}&#x3000;{1}</source>
        <translation>Measure {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_summary.py" line="71"/>
        <source>共 {0} 项整改措施：已完成 {1}，整改中 {2}，未开始 {3}。</source>
        <translation>{0} measures: {1} done, {2} in progress, {3} not started.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_summary.py" line="84"/>
        <source>（全部措施均已销号）</source>
        <translation> (all measures closed)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger_summary.py" line="85"/>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="33"/>
        <source>还没有任何挂钩：请先在“中心与党员”中建立挂钩</source>
        <translation>No pairings yet: set one up under “Centres, members” first</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="6"/>
        <source>登记联系</source>
        <translation>Log Contact</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="10"/>
        <source>挂钩(&amp;P)：</source>
        <translation>&amp;Pairing:</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="13"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="14"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="16"/>
        <source>方式(&amp;M)：</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="19"/>
        <source>情况记录(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="20"/>
        <source>联系或到岗时了解到的情况</source>
        <translation>What you learned during the contact or visit</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="22"/>
        <source>发现的问题(&amp;W)：</source>
        <translation>Problems &amp;found:</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="23"/>
        <source>每行一个问题；没有可不填</source>
        <translation>One problem per line; leave empty if there are none</translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="25"/>
        <source>把发现的问题列入整改台账（来源：走访），每行一个问题</source>
        <translation>The problems found go into the rectification ledger (source: visit), one per line</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="286"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="290"/>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="290"/>
        <source>hdrectify 数据库 (*.db);;所有文件 (*)</source>
        <translation>hdrectify database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="297"/>
        <location filename="../../hdrectify/ui/main_window.py" line="304"/>
        <location filename="../../hdrectify/ui/main_window.py" line="307"/>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="297"/>
        <source>hdrectify 数据库 (*.db)</source>
        <translation>hdrectify database (*.db)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="307"/>
        <source>该文件已存在，请换一个文件名。</source>
        <translation>That file already exists; please choose another name.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="341"/>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>整改台账与挂钩联系</source>
        <translation>Rectification Ledger and Supervision Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="343"/>
        <source>（演示数据）</source>
        <translation> (demo data)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="345"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="347"/>
        <source>（已损坏，不能修改）</source>
        <translation> (damaged, read-only)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="349"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="359"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;{0} 条交换冲突待处理&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;conflicts&quot;&gt;{0} exchange conflicts to settle&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19"/>
        <source>页面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19"/>
        <source>切换到工作台、挂钩联系、走访记录、整改台账或中心与党员</source>
        <translation>Switch to Dashboard, Pairings, Records, Ledger or Centres and members</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="34"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="52"/>
        <source>登记(&amp;R)</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="59"/>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="66"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="69"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="77"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="91"/>
        <source>导出交换包(&amp;E)…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>为党员准备交换包(&amp;M)…</source>
        <translation>Prepare a bundle for a &amp;member…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>为党员的笔记本准备第一个交换包：名单、他的挂钩、整改台账和办公室的设置</source>
        <translation>Prepare the first bundle for a member&apos;s laptop: the roster, his pairings, the ledger and the office&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="99"/>
        <source>导入交换包(&amp;I)…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="103"/>
        <source>导入签字清单扫描件(&amp;S)…</source>
        <translation>Import signed checklist &amp;scans…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="104"/>
        <source>按清单上的二维码，把签字清单的扫描件或照片附到当月的到岗记录（也可把文件拖到窗口上）</source>
        <translation>Attach scans or photos of signed checklists to that month&apos;s visit record, found by the checklist&apos;s QR code (you can also drop the files on the window)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107"/>
        <source>从Excel导入(&amp;X)…</source>
        <translation>Import from E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108"/>
        <source>从 Excel 工作簿或 CSV 文件导入康园中心、党员、挂钩和各类记录：先预览，再导入</source>
        <translation>Import centres, members, pairings and records from an Excel workbook or a CSV file: preview first, then import</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111"/>
        <source>下载导入模板(&amp;T)…</source>
        <translation>Save Import &amp;Template…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>保存一个填写用的 Excel 工作簿：康园中心、党员、挂钩、联系记录、季度汇报、年度考评各一张表</source>
        <translation>Save an Excel workbook to fill in: one sheet each for centres, members, pairings, contacts, quarterly reports and annual reviews</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115"/>
        <source>冲突处理(&amp;C)…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118"/>
        <source>交换记录(&amp;H)…</source>
        <translation>Exchange &amp;history…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="121"/>
        <source>新建数据库(&amp;N)…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="124"/>
        <source>打开数据库(&amp;O)…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>备份(&amp;B)…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131"/>
        <source>恢复备份(&amp;R)…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="134"/>
        <source>校验数据(&amp;V)…</source>
        <translation>&amp;Verify data…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="137"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="138"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141"/>
        <source>登记联系(&amp;C)…</source>
        <translation>Log &amp;Contact…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="142"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="146"/>
        <source>登记季度汇报(&amp;R)…</source>
        <translation>Log Quarterly &amp;Report…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="147"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150"/>
        <source>登记年度考评(&amp;A)…</source>
        <translation>Log &amp;Annual Review…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="151"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="154"/>
        <source>登记免除(&amp;E)…</source>
        <translation>Log &amp;Exemption…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="155"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="158"/>
        <source>月度清单(&amp;M)…</source>
        <translation>&amp;Monthly Checklist…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="159"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="162"/>
        <source>季度汇总(&amp;Q)…</source>
        <translation>&amp;Quarterly Summary…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="165"/>
        <source>整改台账(&amp;L)…</source>
        <translation>Rectification &amp;Ledger…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="168"/>
        <source>佐证材料包(&amp;Z)…</source>
        <translation>&amp;Evidence Package…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="171"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="172"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="175"/>
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="176"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="179"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MeasurePanel</name>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="164"/>
        <source>通报原文，不能修改</source>
        <translation>Original text of the notice; it cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="170"/>
        <source>整改措施 {0}</source>
        <translation>Measure {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="173"/>
        <source>（附佐证材料）</source>
        <translation>(evidence attached)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="174"/>
        <source>已于{0}销号：{1}</source>
        <translation>Closed on {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="176"/>
        <source>验收人：{0}</source>
        <translation>Accepted by: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="178"/>
        <source>验收意见：{0}</source>
        <translation>Acceptance opinion: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="186"/>
        <source>原定{0}</source>
        <translation>originally {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="200"/>
        <source>已销号的措施已锁定：请先“重新打开…”再修改状态、进展或佐证材料</source>
        <translation>A closed measure is locked: &quot;Reopen…&quot; it first to change its status, progress or evidence</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="209"/>
        <source>整改时限已确定，只能通过“延期…”变更（写明原因和批准人）</source>
        <translation>The deadline is set: it changes only through &quot;Extend…&quot; (with the reason and who approved it)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="291"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="343"/>
        <source>重新打开</source>
        <translation>Reopen Measure</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="343"/>
        <source>为什么要重新打开这项已销号的措施？</source>
        <translation>Why reopen this closed measure?</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="285"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="286"/>
        <source>整改中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="287"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../hdrectify/ui/member_dialog.py" line="36"/>
        <source>新增党员</source>
        <translation>New Party Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/member_dialog.py" line="36"/>
        <source>编辑党员</source>
        <translation>Edit Party Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/member_dialog.py" line="48"/>
        <source>党员姓名不能为空</source>
        <translation>Please enter the Party member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="8"/>
        <source>党员</source>
        <translation>Party Member</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="14"/>
        <source>姓名(&amp;M)：</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="37"/>
        <source>电话(&amp;H)：</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="46"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="52"/>
        <source>例如 所在支部、职务</source>
        <translation>e.g. Party branch, position</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="36"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="36"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="36"/>
        <source>现挂钩中心</source>
        <translation>Paired centres</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="36"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="55"/>
        <source>本机使用者（见“设置”）</source>
        <translation>User of this computer (see Settings)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="45"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="46"/>
        <source>挂钩联系</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="47"/>
        <source>走访记录</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="48"/>
        <source>整改台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="49"/>
        <source>中心与党员</source>
        <translation>Centres, members</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="108"/>
        <source>（已撤销）</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="124"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="128"/>
        <source>结束挂钩</source>
        <translation>End Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="130"/>
        <source>选择挂钩的最后一天。该日之后已有联系、汇报或考评记录的，不能结束在该日之前。</source>
        <translation>Choose the last day of the pairing. It cannot end before a contact, report or review already recorded for it.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="133"/>
        <source>改派挂钩党员</source>
        <translation>Reassign Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="135"/>
        <source>中心改由另一名党员挂钩：原挂钩在改派日期的前一天结束，新挂钩从改派日期开始，两步一起保存。</source>
        <translation>Another Party member takes over the centre: the current pairing ends the day before the reassignment date and the new one starts on it. Both steps are saved together.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="137"/>
        <source>改由党员(&amp;M)：</source>
        <translation>New Party &amp;member:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="138"/>
        <source>改派日期(&amp;F)：</source>
        <translation>Reassign &amp;from:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="141"/>
        <source>新建挂钩</source>
        <translation>New Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="142"/>
        <source>同一个中心同一天只能有一名挂钩党员；一名党员可以挂钩多个中心。</source>
        <translation>A centre is paired with one Party member on any given day; a Party member can be paired with several centres.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="147"/>
        <source>还没有党员：请先在“党员”页新增</source>
        <translation>No Party members yet: add one under “Party members” first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="151"/>
        <source>没有正在挂钩的中心：请用“新建挂钩”</source>
        <translation>No centre is paired at the moment: use “New pairing”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="152"/>
        <source>还没有康园中心：请先在“康园中心”页新增</source>
        <translation>No centres yet: add one under “Centres” first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="162"/>
        <source>该日没有挂钩党员</source>
        <translation>No Party member is paired on that day</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="165"/>
        <source>{0}，自{1}起；原挂钩将于{2}结束</source>
        <translation>{0}, since {1}; this pairing will end on {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="184"/>
        <source>请选择党员</source>
        <translation>Please choose a Party member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="190"/>
        <source>结束日期早于开始日期：请检查日期</source>
        <translation>The end date is before the start date: please check the dates</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="195"/>
        <source>该党员在改派日期已挂钩此中心：请选择另一名党员</source>
        <translation>This Party member is already paired with the centre on that date: choose another member</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="8"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="19"/>
        <source>康园中心(&amp;C)：</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="41"/>
        <source>现挂钩：</source>
        <translation>Paired now:</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="51"/>
        <source>党员(&amp;M)：</source>
        <translation>Party &amp;member:</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="71"/>
        <source>开始日期(&amp;F)：</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="82"/>
        <source>结束日期(&amp;T)：</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="83"/>
        <source>挂钩的最后一天；不勾选表示长期挂钩</source>
        <translation>The last day of the pairing; leave unticked for an open-ended pairing</translation>
    </message>
</context>
<context>
    <name>PairingsModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="34"/>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="36"/>
        <source>未开始</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="37"/>
        <source>进行中</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="41"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="41"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="41"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="41"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="41"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="51"/>
        <source>长期</source>
        <translation>Open-ended</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="94"/>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="97"/>
        <source>设置密码后，数据库文件和以后的备份都加密保存，打开时要输入密码。忘记密码就无法打开数据库。</source>
        <translation>With a password, the database file and its future backups are stored encrypted, and the password is asked when it is opened. A forgotten password means the database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="99"/>
        <source>数据库已设有密码。可以更换密码，或取消密码（数据库文件改为不加密保存）。</source>
        <translation>The database has a password. You can change it, or remove it (the database file is then stored unencrypted).</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="108"/>
        <source>取消密码</source>
        <translation>Remove the password</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="111"/>
        <source>现在的密码(&amp;C)：</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="115"/>
        <source>新密码(&amp;N)：</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="116"/>
        <source>再输入一次(&amp;R)：</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="126"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="127"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/password_dialog.py" line="145"/>
        <source>请输入现在的密码</source>
        <translation>Enter the current password</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../hdrectify/ui/people.py" line="106"/>
        <source>共 {0} 个中心，其中已撤销 {1} 个</source>
        <translation>{0} centres, {1} of them closed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/people.py" line="107"/>
        <source>共 {0} 名党员</source>
        <translation>{0} Party members</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/people.py" line="109"/>
        <source>共 {0} 条挂钩，进行中 {1} 条</source>
        <translation>{0} pairings, {1} active</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="11"/>
        <source>康园中心、党员与挂钩</source>
        <translation>Centres, Party members and pairings</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="19"/>
        <location filename="../../forms/people.ui" line="52"/>
        <source>康园中心</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="25"/>
        <location filename="../../forms/people.ui" line="72"/>
        <source>新增(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="26"/>
        <source>新增一个康园中心</source>
        <translation>Add a centre</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="31"/>
        <location filename="../../forms/people.ui" line="78"/>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="32"/>
        <source>修改所选中心的名称、地址和联系人（也可双击该行）</source>
        <translation>Change the selected centre&apos;s name, address and contact (or double-click the row)</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="37"/>
        <source>撤销(&amp;D)…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="38"/>
        <source>撤销所选中心：从撤销日期起不再挂钩，原挂钩在当天结束</source>
        <translation>Close the selected centre: no pairing from the closing date on; its current pairing ends that day</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="66"/>
        <location filename="../../forms/people.ui" line="93"/>
        <source>党员</source>
        <translation>Party members</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="73"/>
        <source>新增一名党员</source>
        <translation>Add a Party member</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="79"/>
        <source>修改所选党员的姓名、电话和备注（也可双击该行）</source>
        <translation>Change the selected member&apos;s name, phone and notes (or double-click the row)</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="107"/>
        <source>挂钩</source>
        <translation>Pairings</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="113"/>
        <source>新建挂钩(&amp;A)…</source>
        <translation>&amp;New pairing…</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="114"/>
        <source>让一名党员从某日起挂钩一个康园中心</source>
        <translation>Pair a Party member with a centre from a given day</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="119"/>
        <source>结束(&amp;E)…</source>
        <translation>En&amp;d…</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="120"/>
        <source>结束所选挂钩：选择最后一天</source>
        <translation>End the selected pairing: choose its last day</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="125"/>
        <source>改派(&amp;G)…</source>
        <translation>Reassi&amp;gn…</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="126"/>
        <source>把中心改由另一名党员挂钩：原挂钩在新挂钩开始的前一天结束</source>
        <translation>Hand the centre over to another Party member: the current pairing ends the day before the new one starts</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="131"/>
        <source>显示已结束的挂钩(&amp;S)</source>
        <translation>&amp;Show ended pairings</translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="146"/>
        <source>挂钩关系</source>
        <translation>Pairings</translation>
    </message>
</context>
<context>
    <name>PrepareBundleDialog</name>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="220"/>
        <source>还没有党员：请先在“中心与党员”中添加党员及其挂钩</source>
        <translation>No Party members yet: add members and their pairings under “Centres, members” first</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="235"/>
        <source>{0} 的挂钩：{1} 个。</source>
        <translation>{0}&apos;s pairings: {1}.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="237"/>
        <source>{0} 还没有挂钩的康园中心：交换包里只有名单和整改台账。</source>
        <translation>{0} is not paired with any centre yet: the bundle holds only the roster and the ledger.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="247"/>
        <source>已为 {0} 准备交换包：{1}（{2}）</source>
        <translation>Bundle prepared for {0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="6"/>
        <source>为党员准备交换包</source>
        <translation>Prepare a bundle for a member</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="8"/>
        <source>为党员的笔记本准备第一个交换包：全部康园中心和党员的名单、该党员的挂钩及其记录、整改台账，以及办公室的设置（期限、补录天数、单位名称）。党员在自己的笔记本上首次打开本软件时点“从办公室的交换包开始…”，选这个交换包和自己的姓名。</source>
        <translation>The first bundle for a member&apos;s laptop: every centre and member, that member&apos;s pairings and their records, the ledger, and the office&apos;s settings (deadlines, backfill days, federation name). The first time the program opens on the member&apos;s laptop, he clicks “Start from the office&apos;s bundle…” and chooses this bundle and his name.</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="11"/>
        <source>党员(&amp;M)：</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="12"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="13"/>
        <source>保存为(&amp;S)：</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="16"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../forms/prepare_bundle_dialog.ui" line="17"/>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="37"/>
        <source>挂钩联系工作月度清单</source>
        <translation>Monthly supervision checklist</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="38"/>
        <source>挂钩联系工作汇总（季度或全年）</source>
        <translation>Supervision summary (quarter or year)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="39"/>
        <source>整改台账 / 整改情况报告</source>
        <translation>Rectification ledger / rectification report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="40"/>
        <source>佐证材料包（按问题编号）</source>
        <translation>Evidence package (by problem number)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="41"/>
        <source>督办提醒单（逾期和临近时限的事项）</source>
        <translation>Supervision notice (items overdue or near their deadline)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="44"/>
        <source>PDF 文档 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="45"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="46"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="47"/>
        <source>ZIP 压缩包 (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="106"/>
        <source>全部挂钩</source>
        <translation>All pairings</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="82"/>
        <source>{0}年（全年）</source>
        <translation>{0} (whole year)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="113"/>
        <source>督办对象(&amp;E)：</source>
        <translation>Addr&amp;essee:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="114"/>
        <source>全部（每个有待督办事项的责任单位和党员各一份）</source>
        <translation>All (one for each responsible unit and member with something to chase)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="116"/>
        <source>责任单位：{0}</source>
        <translation>Responsible unit: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="118"/>
        <source>党员：{0}</source>
        <translation>Member: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="138"/>
        <source>每个挂钩一页，带到康园中心填写；不选党员则打印全部挂钩。</source>
        <translation>One page per pairing, to fill in at the centre; with no Party member chosen, every pairing is printed.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="139"/>
        <source>PDF 适合存档和打印；Excel 表格含汇总、挂钩、记录、问题和免除各表。</source>
        <translation>PDF is best for filing and printing; the Excel workbook has summary, pairings, records, problems and exemptions sheets.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="140"/>
        <source>PDF 和 Excel 为台账表格；Word 为整改情况报告草稿，可继续编辑。</source>
        <translation>PDF and Excel give the ledger table; Word gives a draft rectification report to edit further.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="141"/>
        <source>把全部佐证材料按问题编号分文件夹打包，附清单。</source>
        <translation>Packs all evidence into one folder per problem number, with a list of the files.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="142"/>
        <source>按今天的情况，列出逾期和临近时限的整改措施及逾期的挂钩联系；等级和反馈期限见设置。</source>
        <translation>As of today: the measures overdue or near their deadline and the missed obligations; levels and the reply period are in Settings.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="184"/>
        <source>正在生成文档…</source>
        <translation>Generating the document…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="190"/>
        <source>尚未提交交换包</source>
        <translation>Bundles not yet sent</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="188"/>
        <source>{0} 名党员自本季度结束后尚未提交交换包：{1}</source>
        <translation>{0} member(s) have not sent an exchange bundle since the quarter ended: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="188"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="189"/>
        <source>汇总中将注明各党员的数据截至日期。仍要生成汇总吗？</source>
        <translation>The summary will state how far each member&apos;s data runs. Make the summary anyway?</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="194"/>
        <source>{0} 项待督办的整改措施没有填写责任单位，责任人也不是党员，不会列入任何提醒单：</source>
        <translation>{0} measures to follow up have no responsible unit, and their responsible person is not a Party member, so they are in no notice:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="198"/>
        <source>可先在整改台账中补填责任单位或责任人。仍要生成其余的提醒单吗？</source>
        <translation>You can first fill in their responsible unit or person in the rectification ledger. Make the other notices anyway?</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="199"/>
        <source>有措施不在任何提醒单中</source>
        <translation>Measures in no notice</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="223"/>
        <source>仍要生成</source>
        <translation>Make it anyway</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="224"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="284"/>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="303"/>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="6"/>
        <source>打印与导出</source>
        <translation>Print and Export</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="10"/>
        <source>文档(&amp;D)：</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="12"/>
        <source>月份(&amp;M)：</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="13"/>
        <source>yyyy年M月</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/print_dialog.py" line="105"/>
        <location filename="../../forms/print_dialog.ui" line="14"/>
        <source>党员(&amp;E)：</source>
        <translation>Party m&amp;ember:</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="16"/>
        <source>期间(&amp;Q)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="18"/>
        <source>格式(&amp;F)：</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="27"/>
        <source>预览(&amp;V)…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="28"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="29"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../forms/print_dialog.ui" line="31"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../hdrectify/ui/progress_dialog.py" line="30"/>
        <source>措施{0}：{1}</source>
        <translation>Measure {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="6"/>
        <source>添加整改进展</source>
        <translation>Add Progress</translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="11"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="12"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="14"/>
        <source>进展(&amp;T)：</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="15"/>
        <source>做了什么、到了哪一步（Ctrl+回车 保存）</source>
        <translation>What was done and how far it has got (Ctrl+Enter saves)</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <location filename="../../hdrectify/ui/form_support.py" line="121"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/form_support.py" line="122"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordDeleteDialog</name>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="33"/>
        <source>{0}&#x3000;{1} — {2}&#x3000;{3}</source>
        <translation>{0} · {1} — {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="37"/>
        <source>（没有情况记录）</source>
        <translation>(no notes)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="41"/>
        <source>这次走访发现的 {0} 个问题已列入整改台账（{1}），删除记录不会删除台账中的问题。</source>
        <translation>The problems found on this visit ({0}) are in the rectification ledger: {1}. Deleting the record does not delete them from the ledger.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="47"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="6"/>
        <source>删除走访记录</source>
        <translation>Delete Visit Record</translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="10"/>
        <source>删除后，这条记录不再计入挂钩联系的完成情况。记录不会被抹去：删除时间和原因保留在修改日志中，勾选“显示已删除”仍可查看。</source>
        <translation>Once deleted, the record no longer counts towards the pairing&apos;s completion. It is not erased: the time and reason of the deletion are kept in the change log, and ticking “Show deleted” still shows it.</translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="14"/>
        <source>删除原因(&amp;R)：</source>
        <translation>&amp;Reason for deleting:</translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="15"/>
        <source>必填，例如：重复录入</source>
        <translation>Required, e.g. entered twice</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../hdrectify/ui/record_dialog.py" line="41"/>
        <source>请选择挂钩</source>
        <translation>Please choose a pairing</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="57"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="59"/>
        <source>由 {0} 于 {1} 录入</source>
        <translation>Entered by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="69"/>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="75"/>
        <source>这条记录已删除，不能再更正</source>
        <translation>This record has been deleted and can no longer be corrected</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="83"/>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="85"/>
        <source>为这条记录添加照片</source>
        <translation>Add photos to this record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="88"/>
        <source>查看照片…</source>
        <translation>View photos…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="90"/>
        <source>查看、打开或移除这条记录的照片</source>
        <translation>View, open or remove the photos of this record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="105"/>
        <source>已附照片 {0} 张（可把照片拖到此处）</source>
        <translation>{0} photo(s) attached (drop photos here to add)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="107"/>
        <source>还没有照片（可把照片拖到此处）</source>
        <translation>No photos yet (drop photos here to add)</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="6"/>
        <source>更正走访记录</source>
        <translation>Correct Visit Record</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="12"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="13"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="15"/>
        <source>方式(&amp;M)：</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="18"/>
        <source>情况记录(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="21"/>
        <source>发现的问题(&amp;W)：</source>
        <translation>Problems &amp;found:</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="22"/>
        <source>每行一个问题；没有可不填</source>
        <translation>One problem per line; leave empty if there are none</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="24"/>
        <source>更正原因(&amp;R)：</source>
        <translation>&amp;Reason for correcting:</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="25"/>
        <source>必填，例如：日期录错，应为 3 月 5 日</source>
        <translation>Required, e.g. wrong date, should be 5 March</translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="29"/>
        <source>原记录和更正原因会保留在修改日志中。</source>
        <translation>The original record and the reason for the correction are kept in the change log.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="71"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="72"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="73"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="74"/>
        <source>镇（街道）</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="75"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="76"/>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="77"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="78"/>
        <location filename="../../hdrectify/ui/models/records_model.py" line="366"/>
        <source>补录</source>
        <translation>Backfilled</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="79"/>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="80"/>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="81"/>
        <source>删除原因</source>
        <translation>Reason for deleting</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="372"/>
        <source>已删除：{0}</source>
        <translation>Deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="377"/>
        <source>{0} 已删除，原因：{1}</source>
        <translation>Deleted {0}; reason: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="385"/>
        <source>录入时间比联系日期晚了 {0} 天以上，记为补录（仍然计入完成情况）</source>
        <translation>Entered more than {0} days after the contact date, so marked as backfilled (it still counts as done)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="149"/>
        <source>全部党员</source>
        <translation>All Party members</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="150"/>
        <source>全部中心</source>
        <translation>All centres</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="151"/>
        <source>全部方式</source>
        <translation>All methods</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="228"/>
        <source>正在准备全文搜索（打开后约需一两秒），稍候即显示结果…</source>
        <translation>Preparing the full-text search (a second or two after opening); results will show shortly…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="230"/>
        <source>已显示 {0} 条，正在统计总数…</source>
        <translation>Showing {0}; counting the total…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="232"/>
        <source>没有符合条件的记录</source>
        <translation>No records match</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="232"/>
        <source>还没有走访记录</source>
        <translation>No visit records yet</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="234"/>
        <source>共 {0} 条记录</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="236"/>
        <source>（含已删除）</source>
        <translation> (deleted included)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="240"/>
        <source>无法统计总数：{0}</source>
        <translation>Could not count the total: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="263"/>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="264"/>
        <source>为选中的记录添加照片</source>
        <translation>Add photos to the selected record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="298"/>
        <source>{0}&#x3000;{1} — {2}&#x3000;{3}</source>
        <translation>{0}  {1} — {2}  {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="315"/>
        <location filename="../../forms/records.ui" line="152"/>
        <source>更正(&amp;E)…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="316"/>
        <location filename="../../forms/records.ui" line="158"/>
        <source>删除(&amp;D)…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="320"/>
        <source>修改历史(&amp;H)…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="11"/>
        <location filename="../../forms/records.ui" line="125"/>
        <source>走访记录</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="19"/>
        <source>搜索(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="25"/>
        <source>情况记录、发现的问题、党员、中心或镇；多个词用空格分开</source>
        <translation>Notes, problems found, Party member, centre or town; separate words with spaces</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="27"/>
        <source>输入即查找（Ctrl+F 回到这里）；每个词都要出现</source>
        <translation>Searches as you type (Ctrl+F comes back here); every word must appear</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="32"/>
        <source>党员(&amp;M)：</source>
        <translation>Party &amp;member:</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="43"/>
        <source>中心(&amp;C)：</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="54"/>
        <source>方式(&amp;W)：</source>
        <translation>Meth&amp;od:</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="69"/>
        <source>起始日期(&amp;B)</source>
        <translation>Si&amp;nce</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="70"/>
        <source>只看这一天及以后的记录</source>
        <translation>Only records on or after this day</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="77"/>
        <location filename="../../forms/records.ui" line="90"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="82"/>
        <source>截止日期(&amp;U)</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="83"/>
        <source>只看这一天及以前的记录</source>
        <translation>Only records on or before this day</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="102"/>
        <source>显示已删除(&amp;L)</source>
        <translation>Sho&amp;w deleted</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="103"/>
        <source>已删除的记录以灰色显示，并注明删除原因</source>
        <translation>Deleted records are shown in grey with the reason for deleting them</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="108"/>
        <source>清除筛选(&amp;Q)</source>
        <translation>Cle&amp;ar filters</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="109"/>
        <source>清空搜索词和全部筛选条件</source>
        <translation>Clear the search words and every filter</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="141"/>
        <source>双击或按 Enter 更正所选记录，按 Delete 删除；更正和删除都要写明原因，原记录保留在修改日志中。</source>
        <translation>Double-click or press Enter to correct the selected record, press Delete to delete it; both need a reason, and the original record is kept in the change log.</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="153"/>
        <source>更正所选记录的日期、方式、情况记录或问题（Enter）</source>
        <translation>Correct the date, method, notes or problems of the selected record (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="159"/>
        <source>删除所选记录（Delete）；记录不会真正抹去，删除原因会被保留</source>
        <translation>Delete the selected record (Delete); it is not really erased, and the reason is kept</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="63"/>
        <source>每周联系提醒(&amp;W)：</source>
        <translation>Weekly &amp;contact reminder:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="64"/>
        <source>每周联系提醒：星期几</source>
        <translation>Weekly contact reminder: day of the week</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="65"/>
        <source>每周联系提醒：几点</source>
        <translation>Weekly contact reminder: hour</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="67"/>
        <source>到这一天的这个时间，本周还没有登记联系时，在系统托盘提醒（程序需在运行）</source>
        <translation>At this day and hour, if this week&apos;s contact is not logged yet, a reminder appears from the system tray (the program must be running)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="69"/>
        <source>关闭窗口时保留在系统托盘，继续提醒(&amp;K)</source>
        <translation>&amp;Keep running in the system tray when the window is closed, to remind</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="70"/>
        <source>关闭窗口时保留在系统托盘</source>
        <translation>Keep running in the system tray when the window is closed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="71"/>
        <source>开机时自动启动(&amp;A)</source>
        <translation>Start &amp;automatically when I log in</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="72"/>
        <source>开机时自动启动</source>
        <translation>Start automatically when I log in</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="90"/>
        <source>无法写入开机启动设置（{0}）：请检查该文件夹的权限。</source>
        <translation>Cannot write the start-up entry ({0}): check the permissions of that folder.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/reminder_settings.py" line="92"/>
        <source>无法删除开机启动设置（{0}）：请检查该文件夹的权限。</source>
        <translation>Cannot remove the start-up entry ({0}): check the permissions of that folder.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="92"/>
        <source>这个挂钩没有需要汇报的季度</source>
        <translation>This pairing owes no quarterly report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="110"/>
        <source>保存汇报草稿</source>
        <translation>Save report draft</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="110"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="138"/>
        <source>已生成草稿：{0}。修改定稿后，在“汇报文件”中选择它再保存。</source>
        <translation>Draft written: {0}. Once it is edited and final, choose it under “Report file” and save.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="143"/>
        <source>正在生成汇报草稿…</source>
        <translation>Writing the report draft…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="153"/>
        <source>选择汇报文件</source>
        <translation>Choose the report file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="155"/>
        <source>汇报文件 (*.docx *.doc *.pdf *.wps *.ofd);;所有文件 (*)</source>
        <translation>Report files (*.docx *.doc *.pdf *.wps *.ofd);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="189"/>
        <source>正在复制汇报文件…</source>
        <translation>Copying the report file…</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="6"/>
        <source>登记季度汇报</source>
        <translation>Log Quarterly Report</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="10"/>
        <source>挂钩(&amp;P)：</source>
        <translation>&amp;Pairing:</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="13"/>
        <source>季度(&amp;Q)：</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="16"/>
        <source>提交日期(&amp;D)：</source>
        <translation>&amp;Date submitted:</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="17"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="19"/>
        <source>汇报内容(&amp;N)：</source>
        <translation>Co&amp;ntent:</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="22"/>
        <source>汇报文件(&amp;F)：</source>
        <translation>Report &amp;file:</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="25"/>
        <source>可选：修改定稿后的汇报文件，作为佐证存档</source>
        <translation>Optional: the final report file, kept as evidence</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="26"/>
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="34"/>
        <source>生成草稿(&amp;G)…</source>
        <translation>&amp;Generate draft…</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="34"/>
        <source>按所选挂钩和季度的联系记录、走访发现的问题和完成情况生成 Word 汇报草稿，修改定稿后再提交</source>
        <translation>Writes a Word draft of the report from the chosen pairing&apos;s contacts, problems found on visits and completion figures for the quarter; edit it, then submit the final file</translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="35"/>
        <source>生成草稿的结果</source>
        <translation>Draft result</translation>
    </message>
</context>
<context>
    <name>ReportFilesDialog</name>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="46"/>
        <source>汇报文件</source>
        <translation>Report files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="51"/>
        <source>汇报文件列表</source>
        <translation>List of report files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="54"/>
        <source>这份汇报没有文件。</source>
        <translation>This report has no files.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="55"/>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="58"/>
        <source>移除(&amp;R)…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="60"/>
        <source>从汇报上移除附错的文件（须写明原因，文件仍留存备查）</source>
        <translation>Remove a file attached to the report by mistake (a reason is required; the file is kept for the record)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="75"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="102"/>
        <source>{0}&#x3000;{1}&#x3000;{2}&#x3000;{3}</source>
        <translation>{0}   {1}   {2}   {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="167"/>
        <source>移除汇报文件</source>
        <translation>Remove report file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/report_files_dialog.py" line="168"/>
        <source>为什么移除“{0}”？（文件仍留存备查）</source>
        <translation>Why remove “{0}”? (The file is kept for the record.)</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="43"/>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="85"/>
        <source>申请销号</source>
        <translation>Request to close</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="47"/>
        <source>写明已如何整改到位，并附上佐证材料（照片、会议纪要、验收记录等），二者至少有一：</source>
        <translation>Say how the measure was carried out and attach evidence (photos, minutes, acceptance records); at least one of the two:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="51"/>
        <source>申请理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="54"/>
        <source>申请理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="59"/>
        <source>佐证材料(&amp;F)：</source>
        <translation>Evidence &amp;files:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="62"/>
        <source>佐证材料</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="67"/>
        <source>添加文件(&amp;A)…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="68"/>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="127"/>
        <source>添加佐证材料</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="69"/>
        <source>移除(&amp;D)</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="70"/>
        <source>移除选中的佐证材料</source>
        <translation>Remove the selected evidence file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="86"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/request_close_dialog.py" line="129"/>
        <source>常用材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;所有文件 (*)</source>
        <translation>Common files (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="32"/>
        <source>备份时间</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="32"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="32"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="38"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="46"/>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="48"/>
        <source>每日自动</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="49"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="50"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="51"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="64"/>
        <source>这个数据库还没有备份。可用“选择其他备份文件”指定一个备份文件。</source>
        <translation>This database has no backups yet. Use “Choose another backup file” to pick a backup file.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="73"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="73"/>
        <source>hdrectify 数据库 (*.db);;所有文件 (*)</source>
        <translation>hdrectify databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="97"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="99"/>
        <source>文件：{0}
备份时间：{1}
最后一次修改：{2}
记录数：{3}</source>
        <translation>File: {0}
Backed up: {1}
Last change: {2}
Records: {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="100"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="107"/>
        <source>康园中心</source>
        <translation>centres</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="108"/>
        <source>党员</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="109"/>
        <source>挂钩</source>
        <translation>pairings</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="110"/>
        <source>联系记录</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="111"/>
        <source>季度汇报</source>
        <translation>quarterly reports</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="112"/>
        <source>年度考评</source>
        <translation>annual reviews</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="113"/>
        <source>免除</source>
        <translation>exemptions</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="114"/>
        <source>整改问题</source>
        <translation>ledger problems</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="115"/>
        <source>整改措施</source>
        <translation>measures</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="116"/>
        <source>佐证材料</source>
        <translation>evidence files</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/restore_dialog.py" line="117"/>
        <source>审计记录</source>
        <translation>audit entries</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="6"/>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="8"/>
        <source>选择要恢复的备份。恢复会用备份替换当前数据库；恢复之前，当前数据库会先另存为一份备份，随时可以再恢复回来。</source>
        <translation>Choose the backup to restore. Restoring replaces the current database with the backup; before that, the current database is saved as a backup of its own, so it can always be restored again.</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="9"/>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="12"/>
        <source>选择其他备份文件(&amp;F)…</source>
        <translation>Choose another backup &amp;file…</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="16"/>
        <source>所选备份</source>
        <translation>Selected backup</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="52"/>
        <source>考评细则（第 %1 版）</source>
        <translation>Review rubric (version %1)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="60"/>
        <source>未打分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="61"/>
        <source> / %1 分</source>
        <translation> / %1 points</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="95"/>
        <source>合计：%1 分</source>
        <translation>Total: %1 points</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="97"/>
        <source>（还有 %1 项未打分）</source>
        <translation> (%1 items not scored yet)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="111"/>
        <source>请填写考评分数（0 到 100 之间的整数）</source>
        <translation>Please enter the score (a whole number from 0 to 100)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="156"/>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="156"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="190"/>
        <source>正在生成考评表…</source>
        <translation>Making the review sheet…</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="6"/>
        <source>登记年度考评</source>
        <translation>Log Annual Review</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="10"/>
        <source>挂钩(&amp;P)：</source>
        <translation>&amp;Pairing:</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="13"/>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="16"/>
        <source>考评日期(&amp;D)：</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="17"/>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="19"/>
        <source>评分方式：</source>
        <translation>Scoring:</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="20"/>
        <source>按考评细则逐项打分(&amp;I)</source>
        <translation>Score &amp;item by item against the rubric</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="21"/>
        <source>考评细则</source>
        <translation>Review rubric</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="24"/>
        <source>总分(&amp;S)：</source>
        <translation>Total &amp;score:</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="38"/>
        <source>打印考评表(&amp;T)…</source>
        <translation>Print review shee&amp;t…</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="25"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="27"/>
        <source>考评标准说明(&amp;C)：</source>
        <translation>&amp;Criteria:</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="28"/>
        <source>例如：活动开展 30% / 台账管理 20% / 设施安全 20% / 会员满意度 30%</source>
        <translation>e.g. activities 30% / record keeping 20% / facility safety 20% / member satisfaction 30%</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="30"/>
        <source>考评意见(&amp;N)：</source>
        <translation>Comme&amp;nts:</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <location filename="../../hdrectify/ui/rubric_dialog.py" line="52"/>
        <source>数据库以只读方式打开，不能修改考评细则</source>
        <translation>The database is open read-only: the review rubric cannot be changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/rubric_dialog.py" line="81"/>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/rubric_dialog.py" line="82"/>
        <source>第 %1 项的满分</source>
        <translation>Maximum points of item %1</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/rubric_dialog.py" line="98"/>
        <source>满分合计：%1 分</source>
        <translation>Maxima total: %1 points</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/rubric_dialog.py" line="100"/>
        <source>（须为 100 分）</source>
        <translation> (must be 100)</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="6"/>
        <source>年度考评细则</source>
        <translation>Annual Review Rubric</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="11"/>
        <source>年度考评按这些项目逐项打分，总分为各项得分之和；各项满分合计须为 100 分。双击或按 F2 修改项目名称和评分要点。</source>
        <translation>The annual review scores each of these items; the total is the sum of the items&apos; points, and the items&apos; maxima must add up to 100. Double-click or press F2 to edit an item&apos;s name and guidance.</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="16"/>
        <source>考评项目(&amp;L)：</source>
        <translation>Review &amp;items:</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="24"/>
        <location filename="../../forms/rubric_dialog.ui" line="29"/>
        <source>考评项目</source>
        <translation>Review item</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="30"/>
        <source>满分</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="31"/>
        <source>评分要点</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="36"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="36"/>
        <source>添加考评项目</source>
        <translation>Add a review item</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="37"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="37"/>
        <source>删除选中的考评项目</source>
        <translation>Delete the selected review item</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="38"/>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="38"/>
        <source>上移选中的考评项目</source>
        <translation>Move the selected review item up</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="39"/>
        <source>下移(&amp;N)</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="39"/>
        <source>下移选中的考评项目</source>
        <translation>Move the selected review item down</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_dialog.ui" line="50"/>
        <source>已用于考评的细则不会被改动：保存时另存为新的一版，已登记的考评保留原来的项目和分数</source>
        <translation>A rubric already used by reviews is never changed: saving makes a new version, and recorded reviews keep their items and points</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../hdrectify/ui/safety.py" line="165"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety.py" line="181"/>
        <source>已完成今天的自动备份：{0}</source>
        <translation>Today&apos;s automatic backup is done: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety.py" line="186"/>
        <source>今天的自动备份没有成功：{0}</source>
        <translation>Today&apos;s automatic backup failed: {0}</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="44"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="47"/>
        <source>备份完成</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="48"/>
        <source>已备份到：
{0}

{1}</source>
        <translation>Backed up to:
{0}

{1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="54"/>
        <source>备份没有成功</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="57"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="81"/>
        <source>用这个备份替换当前数据库？
{0}

备份校验通过：{1}

当前数据库会先另存为一份备份（在“恢复备份”的列表中，类型为“恢复前”）。</source>
        <translation>Replace the current database with this backup?
{0}

The backup passed the check: {1}

The current database is first kept as a backup (in the Restore backup list, of kind &quot;before restore&quot;).</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="86"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="88"/>
        <source>备份校验未通过：
{0}

{1}

建议选择其他备份。仍要用它替换当前数据库吗？当前数据库会先另存为一份备份（类型为“恢复前”）。</source>
        <translation>The backup did not pass the check:
{0}

{1}

Choose another backup if you can. Replace the current database with it anyway? The current database is first kept as a backup (of kind &quot;before restore&quot;).</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="93"/>
        <source>仍要恢复</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="96"/>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="100"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="107"/>
        <source>无法恢复备份</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="110"/>
        <source>正在校验备份…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="121"/>
        <source>审计链完整（{0} 条审计记录），{1} 条记录与审计记录一致。</source>
        <translation>The audit chain is whole ({0} audit entries), and {1} records match it.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="127"/>
        <source>发现绕过本程序的改动：
{0}</source>
        <translation>Found a change made behind the app&apos;s back:
{0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="132"/>
        <source>
另有 {0} 处不符。</source>
        <translation>
{0} more differences.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="133"/>
        <source>
处理办法：用“文件 → 恢复备份”恢复改动之前的备份。</source>
        <translation>
What to do: use File → Restore backup to restore a backup made before the change.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="138"/>
        <source>佐证材料被改动（{0} 个）：</source>
        <translation>Evidence files altered ({0}):</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="139"/>
        <source>处理办法：在“整改台账”中从原件重新添加这些文件，或从另外保存的佐证材料文件夹中找回原文件。</source>
        <translation>What to do: add these files again from the originals in the Ledger, or recover them from a separately kept copy of the evidence folder.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="146"/>
        <source>佐证材料缺失（{0} 个）：</source>
        <translation>Evidence files missing ({0}):</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="147"/>
        <source>处理办法：把数据库旁的佐证材料文件夹 {0} 一起复制过来，或在“整改台账”中重新添加这些文件。</source>
        <translation>What to do: copy the evidence folder {0} that belongs beside the database, or add these files again in the Ledger.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="155"/>
        <source>……另有 {0} 个</source>
        <translation>…and {0} more</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="176"/>
        <source>校验通过</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="178"/>
        <source>校验未通过</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="183"/>
        <source>无法校验</source>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/safety_actions.py" line="186"/>
        <source>正在校验数据…</source>
        <translation>Verifying the data…</translation>
    </message>
</context>
<context>
    <name>SaveCheck</name>
    <message>
        <location filename="../../hdrectify/ui/save_check.py" line="50"/>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/save_check.py" line="51"/>
        <source>{0} 已存在。要用新文件替换它吗？</source>
        <translation>{0} already exists. Replace it with the new file?</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/save_check.py" line="56"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/save_check.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../../hdrectify/ui/save_places.py" line="132"/>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
</context>
<context>
    <name>ScanResults</name>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="311"/>
        <source>已附到当月到岗记录</source>
        <translation>Attached to the month&apos;s visit record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="312"/>
        <source>已收到扫描件，待补登到岗记录</source>
        <translation>Scan received; the visit record is still to be logged</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="313"/>
        <source>已有相同扫描件，未重复添加</source>
        <translation>The same scan is already on file; not added again</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="314"/>
        <source>未识别到清单二维码，未添加</source>
        <translation>No checklist QR code found; not added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="315"/>
        <source>二维码中的挂钩关系不在本数据库中，未添加</source>
        <translation>The QR code names a pairing not in this database; not added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="316"/>
        <source>该挂钩当月无需到岗，未添加</source>
        <translation>The pairing owes no visit that month; not added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/domain/wording.py" line="317"/>
        <source>无法读取该文件或页面，未添加</source>
        <translation>The file or page could not be read; not added</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="80"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="81"/>
        <source>页</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="82"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="83"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="84"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="85"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="103"/>
        <source>双击打开该页</source>
        <translation>Double-click to open the page</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="300"/>
        <source>正在识别签字清单扫描件…</source>
        <translation>Reading the signed checklist scans…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="308"/>
        <source>导入签字清单扫描件</source>
        <translation>Import signed checklist scans</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="310"/>
        <source>扫描件或照片 (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans or photos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ScanResultsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="116"/>
        <source>签字清单扫描件导入结果</source>
        <translation>Signed checklist scans imported</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="119"/>
        <source>共 {0} 页，归档 {1} 页；未归档的页面未作任何改动。</source>
        <translation>{0} page(s), {1} filed; pages not filed changed nothing.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="126"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="134"/>
        <source>据清单登记到岗…</source>
        <translation>Record the visit from the checklist…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="136"/>
        <source>为所选的待补登扫描件登记当月的到岗记录，并把扫描件附上</source>
        <translation>Record the month&apos;s on-site visit for the selected scan waiting for one, and attach the scan</translation>
    </message>
</context>
<context>
    <name>ScanVisitDialog</name>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="218"/>
        <source>据清单登记到岗</source>
        <translation>Record the visit from the checklist</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="221"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="223"/>
        <source>{0}：{1}年{2}月的签字清单已收到，尚无到岗记录。请填写到岗日期（须在该月内）。</source>
        <translation>{0}: the signed checklist of {2}/{1} came back, with no visit recorded. Enter the date of the visit (within that month).</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="234"/>
        <source>到岗日期</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="236"/>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="243"/>
        <source>到岗日期(&amp;D)：</source>
        <translation>&amp;Date of the visit:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="244"/>
        <source>情况记录(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="247"/>
        <source>登记到岗</source>
        <translation>Record the visit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/scans_dialog.py" line="248"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScreenFit</name>
    <message>
        <location filename="../../hdrectify/ui/screen_fit.py" line="65"/>
        <source>表单内容</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="138"/>
        <source>现场检查项目…</source>
        <translation>On-site checklist items…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="140"/>
        <source>字号(&amp;Z)：</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="141"/>
        <source>整个窗口的文字大小，本机有效</source>
        <translation>The size of all text in the window, on this computer</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="142"/>
        <source>编辑月度清单的现场检查项目</source>
        <translation>Edit the monthly checklist&apos;s on-site items</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="144"/>
        <source>年度考评细则…</source>
        <translation>Annual review rubric…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="145"/>
        <source>编辑年度考评的考评项目和满分</source>
        <translation>Edit the annual review&apos;s items and maximum points</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="147"/>
        <source>数据库密码…</source>
        <translation>Database password…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="148"/>
        <source>设置、更换或取消数据库密码</source>
        <translation>Set, change or remove the database password</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="150"/>
        <source>去除照片中的位置信息</source>
        <translation>Remove location from photos</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="152"/>
        <source>添加到记录的照片不保存拍摄地点（GPS）：中心的位置和照片中的人都属个人信息</source>
        <translation>Photos added to records are stored without where they were taken (GPS): a centre&apos;s location and the people in a photo are personal information</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="174"/>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="197"/>
        <source>办公室（全部）</source>
        <translation>Office (all)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="184"/>
        <source>即：2025年第1季度汇报截止{0}；
2025年考评截止{1}</source>
        <translation>That is: the Q1 2025 report is due by {0};
the 2025 review is due by {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="218"/>
        <source>请填写单位名称：它印在清单和汇总表上</source>
        <translation>Please enter the organisation&apos;s name: it is printed on lists and summaries</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="221"/>
        <source>青色的天数不能少于黄色的天数</source>
        <translation>The teal days cannot be fewer than the yellow days</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="8"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="12"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="16"/>
        <source>单位名称(&amp;U)：</source>
        <translation>Or&amp;ganisation name:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="39"/>
        <source>填报单位(&amp;F)：</source>
        <translation>Reporting un&amp;it:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="46"/>
        <source>不填则用单位名称</source>
        <translation>Empty: the organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="47"/>
        <source>汇总表落款的填报单位</source>
        <translation>The reporting unit signed at the foot of the summaries</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="52"/>
        <source>制表人(&amp;P)：</source>
        <translation>&amp;Prepared by:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="59"/>
        <location filename="../../forms/settings_dialog.ui" line="71"/>
        <source>不填则留空由人手写</source>
        <translation>Empty: left blank to sign by hand</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="64"/>
        <source>审核人(&amp;V)：</source>
        <translation>Re&amp;viewed by:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="79"/>
        <source>时限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="83"/>
        <source>季度汇报时限(&amp;R)：</source>
        <translation>Quarterly &amp;report deadline:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="89"/>
        <source>季度汇报须在季度结束后这么多天内提交，逾期记为“迟交”</source>
        <translation>Quarterly reports are due within this many days after the quarter ends; later ones count as “late”</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="92"/>
        <source>季度结束后第 </source>
        <translation>Quarter end + </translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="93"/>
        <location filename="../../forms/settings_dialog.ui" line="108"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="98"/>
        <source>年度考评时限(&amp;N)：</source>
        <translation>Annual review d&amp;eadline:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="104"/>
        <source>年度考评须在次年这么多天内提交，逾期记为“迟交”</source>
        <translation>Annual reviews are due within this many days into the next year; later ones count as “late”</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="107"/>
        <source>次年第 </source>
        <translation>Year end + </translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="119"/>
        <source>补录界限(&amp;B)：</source>
        <translation>&amp;Backfill threshold:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="125"/>
        <source>记录比发生日期晚这么多天以上才登记的，标为“补录”；仍然计入完成</source>
        <translation>Records entered more than this many days after their date are marked “backfilled”; they still count as done</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="128"/>
        <source>事后超过 </source>
        <translation>Entered more than </translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="129"/>
        <source> 天登记记为补录</source>
        <translation> days late</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="137"/>
        <source>整改时限提醒</source>
        <translation>Deadline warnings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="141"/>
        <source>黄色提醒(&amp;Y)：</source>
        <translation>&amp;Yellow:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="147"/>
        <source>整改时限临近：剩余天数不超过此值时显示黄色</source>
        <translation>Deadline near: yellow when no more than this many days are left</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="150"/>
        <source>到期前 </source>
        <translation>Within </translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="151"/>
        <source> 天内</source>
        <translation> days of the deadline</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="156"/>
        <source>青色(&amp;G)：</source>
        <translation>&amp;Teal:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="165"/>
        <source>时间充裕：剩余天数超过此值时显示青色底色</source>
        <translation>Time enough: shown with a teal background when more days than this are left</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="168"/>
        <source>距到期 </source>
        <translation>More than </translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="169"/>
        <source> 天以上</source>
        <translation> days left</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="185"/>
        <source>督办提醒单</source>
        <translation>Supervision notices</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="189"/>
        <source>提醒(&amp;M)：</source>
        <translation>Re&amp;minder from:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="195"/>
        <source>逾期达到此天数的事项列入督办提醒单（等级：提醒）</source>
        <translation>Items this many days overdue go on the supervision notice (level: reminder)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="198"/>
        <location filename="../../forms/settings_dialog.ui" line="213"/>
        <location filename="../../forms/settings_dialog.ui" line="231"/>
        <source>逾期 </source>
        <translation>overdue </translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="199"/>
        <location filename="../../forms/settings_dialog.ui" line="214"/>
        <location filename="../../forms/settings_dialog.ui" line="232"/>
        <source> 天起</source>
        <translation> days on</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="204"/>
        <source>督办(&amp;D)：</source>
        <translation>Supervisio&amp;n from:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="210"/>
        <source>逾期达到此天数的事项等级升为督办</source>
        <translation>Items this many days overdue rise to supervision</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="219"/>
        <source>告诫(&amp;J)：</source>
        <translation>&amp;Warning from:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="228"/>
        <source>逾期达到此天数的事项等级升为告诫</source>
        <translation>Items this many days overdue rise to a warning</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="245"/>
        <source>反馈期限(&amp;Q)：</source>
        <translation>Reply perio&amp;d:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="251"/>
        <source>提醒单要求在打印之日后多少天内书面反馈</source>
        <translation>How many days after printing the notice asks for a written reply</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="255"/>
        <source> 天内反馈</source>
        <translation> days to reply</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="263"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="267"/>
        <source>界面语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="276"/>
        <source>本机使用者(&amp;I)：</source>
        <translation>&amp;Used by:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="282"/>
        <source>选择党员后，登记和清单默认填写该党员；办公室可查看全部</source>
        <translation>With a Party member chosen, forms and lists default to that member; the office sees everything</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="287"/>
        <source>本机指纹(&amp;S)：</source>
        <translation>Signing key &amp;fingerprint:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="294"/>
        <source>本机交换包的签名指纹：其他电脑第一次导入本机的交换包时，请对方逐组核对</source>
        <translation>The fingerprint of this computer&apos;s bundle signatures: when another computer imports this computer&apos;s bundle for the first time, compare it group by group with its user</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="302"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="306"/>
        <source>正在使用：</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="318"/>
        <source>打开所在文件夹(&amp;O)</source>
        <translation>&amp;Open containing folder</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="52"/>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="75"/>
        <source>康园中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="53"/>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="74"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="54"/>
        <source>挂钩</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="55"/>
        <source>联系记录</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="56"/>
        <source>季度汇报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="57"/>
        <source>年度考评</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="59"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="65"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="66"/>
        <source>所在镇街</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="67"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="68"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="69"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="70"/>
        <source>启用日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="71"/>
        <source>撤销日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="72"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="73"/>
        <source>所在支部</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="76"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="77"/>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="78"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="79"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="80"/>
        <source>情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="81"/>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="82"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="83"/>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="84"/>
        <source>汇报内容</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="85"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="86"/>
        <source>考评日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="87"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="88"/>
        <source>考评意见</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="95"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="96"/>
        <source>已有</source>
        <translation>Already present</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="97"/>
        <source>不能导入</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="153"/>
        <source>第 {0} 行：{1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="165"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="166"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="167"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="366"/>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="392"/>
        <source>下载导入模板</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="368"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="385"/>
        <source>已保存导入模板：{0}</source>
        <translation>Import template saved: {0}</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="94"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="97"/>
        <source>只导入无误的行(&amp;G)…</source>
        <translation>Import Only the &amp;Good Rows…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="109"/>
        <source>数据库以只读方式打开，不能导入</source>
        <translation>The database is open read-only: nothing can be imported</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="118"/>
        <location filename="../../forms/sheet_import_dialog.ui" line="6"/>
        <source>从Excel导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="120"/>
        <source>Excel 工作簿或 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
        <translation>Excel workbooks or CSV files (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="147"/>
        <source>正在读取并检查“{0}”…</source>
        <translation>Reading and checking “{0}”…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="171"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="236"/>
        <source>{0}（{1} 行不能导入）</source>
        <translation>{0} ({1} rows refused)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="243"/>
        <source>没有可以导入的行：请改正表中标 ✕ 的行，或在上面为各列选择对应的项目</source>
        <translation>No row can be imported: correct the rows marked ✕ in the file, or choose what each column is above</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="246"/>
        <source>有 {0} 行不能导入（标 ✕，原因见“原因”一列）：改正后重新选择文件，或只导入无误的行</source>
        <translation>{0} rows cannot be imported (marked ✕; the Reason column says why): correct them and choose the file again, or import only the good rows</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="251"/>
        <source>文件中的内容都已在数据库中，没有要新增的</source>
        <translation>Everything in the file is already in the database: nothing to add</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="259"/>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="261"/>
        <source>{0}：新增 {1}、已有 {2}、不能导入 {3}</source>
        <translation>{0}: {1} new, {2} already present, {3} refused</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="267"/>
        <source>不导入的工作表：{0}</source>
        <translation>Sheets not imported: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="279"/>
        <source>已取消：数据未作改动</source>
        <translation>Cancelled: nothing was changed</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="298"/>
        <source>只导入无误的行</source>
        <translation>Import Only the Good Rows</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="299"/>
        <source>将导入 {0} 行（另有 {1} 行已在数据库中），不导入 {2} 行有问题的行。要继续吗？</source>
        <translation>{0} rows will be imported ({1} more are already in the database) and the {2} refused rows left out. Continue?</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="306"/>
        <source>导入 {0} 行</source>
        <translation>Import {0} rows</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="307"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="335"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="347"/>
        <source>已从“{0}”导入：新增 {1} 行，已有 {2} 行</source>
        <translation>Imported from “{0}”: {1} rows added, {2} already present</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_dialog.py" line="349"/>
        <source>，未导入有问题的 {0} 行</source>
        <translation>; {0} refused rows left out</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="10"/>
        <source>文件(&amp;F)：</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="11"/>
        <source>Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>Excel workbook (.xlsx) or CSV file</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="12"/>
        <source>选择文件(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="15"/>
        <source>导入概要</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="15"/>
        <source>选择一个 Excel 工作簿或 CSV 文件：先检查每一行并显示将要导入的内容，确认后再写入。可用“文件 → 下载导入模板…”得到一个填写用的工作簿。</source>
        <translation>Choose an Excel workbook or a CSV file: every row is checked first and what would be imported is shown; nothing is written until you confirm. File → Save Import Template… gives a workbook to fill in.</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="16"/>
        <source>“结果”一列：✓ 新增（绿色行），＝ 已有（灰色行，不会重复导入），✕ 不能导入（红色行，“原因”一列说明）。</source>
        <translation>The Result column: ✓ New (green rows), ＝ Already present (grey rows, not imported twice), ✕ Refused (red rows; the Reason column says why).</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="17"/>
        <source>工作表</source>
        <translation>Sheets</translation>
    </message>
</context>
<context>
    <name>SheetPane</name>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="187"/>
        <source>读作(&amp;K)：</source>
        <translation>Read as (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="204"/>
        <source>各列对应的项目（表头在第 {0} 行）：</source>
        <translation>What each column holds (header on row {0}):</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="213"/>
        <source>各行(&amp;R)：</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="219"/>
        <source>“{0}”的各行</source>
        <translation>Rows of “{0}”</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="233"/>
        <source>没有找到表头（前 20 行中没有“姓名”“康园中心”“日期”等列名）：这张工作表不导入</source>
        <translation>No header found (none of the first 20 rows has column names such as 姓名, 康园中心 or 日期): this sheet is not imported</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="248"/>
        <source>第 {0} 列“{1}”对应</source>
        <translation>Column {0} “{1}” holds</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="299"/>
        <source>不导入这张工作表</source>
        <translation>This sheet is not imported</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/sheet_import_pane.py" line="308"/>
        <source>新增 {0} 行，已有 {1} 行，不能导入 {2} 行</source>
        <translation>{0} rows new, {1} already present, {2} refused</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="111"/>
        <source>登记联系</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="112"/>
        <source>打开总览</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="113"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="171"/>
        <source>{0}
本周到期 {1} 项，已逾期 {2} 项</source>
        <translation>{0}
Due this week: {1}, overdue: {2}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="176"/>
        <source>挂钩联系提醒</source>
        <translation>Supervision reminder</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="179"/>
        <source>待完成 {0} 项（本周到期 {1} 项），已逾期 {2} 项。</source>
        <translation>{0} to do ({1} due this week), {2} overdue.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="182"/>
        <source>在菜单中选“打开总览”查看。</source>
        <translation>Choose &quot;Open the dashboard&quot; in the menu to see them.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="184"/>
        <source>本周还没有登记联系：{0}</source>
        <translation>No contact logged this week yet: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="186"/>
        <source>{0}（{1}）将于{2}截止：{3}</source>
        <translation>{0} ({1}) is due on {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="195"/>
        <source>另有 {0} 项</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="204"/>
        <source>等 {0} 个</source>
        <translation> and others ({0} in all)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="253"/>
        <source>关闭窗口</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="254"/>
        <source>关闭窗口后，是否保留在系统托盘中继续提醒？
这个选择会记住，可在“设置”中更改。</source>
        <translation>Keep running in the system tray after the window is closed, to go on reminding?
This choice is remembered; you can change it in Settings.</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="255"/>
        <source>保留在托盘</source>
        <translation>Keep in the tray</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/tray.py" line="256"/>
        <source>退出程序</source>
        <translation>Quit the program</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="39"/>
        <source>新数据库将保存在：{0}</source>
        <translation>The new database will be saved in: {0}</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="53"/>
        <source>选择办公室的交换包</source>
        <translation>Choose the office&apos;s bundle</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="53"/>
        <source>交换包 (*.hdbundle);;所有文件 (*)</source>
        <translation>Bundles (*.hdbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="85"/>
        <source>请先选择办公室的交换包和您的姓名</source>
        <translation>First choose the office&apos;s bundle and your name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="105"/>
        <source>正在从办公室的交换包建立数据库…</source>
        <translation>Creating the database from the office&apos;s bundle…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="127"/>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="134"/>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="134"/>
        <source>hdrectify 数据库 (*.db);;所有文件 (*)</source>
        <translation>hdrectify database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="141"/>
        <source>找不到文件：{0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="9"/>
        <source>欢迎使用整改台账与挂钩联系</source>
        <translation>Welcome to the Rectification Ledger and Supervision Pairing</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="14"/>
        <source>&lt;h2&gt;欢迎使用整改台账与挂钩联系&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to the Rectification Ledger and Supervision Pairing&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="19"/>
        <source>这台电脑上还没有数据库。数据只保存在本机，可随时备份。请选择如何开始：</source>
        <translation>There is no database on this computer yet. Data is kept only on this computer and can be backed up at any time. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="25"/>
        <source>&lt;b&gt;办公室使用这台电脑&lt;/b&gt;（管理康园中心、党员和挂钩，汇总各党员的交换包）：</source>
        <translation>&lt;b&gt;The office uses this computer&lt;/b&gt; (keeps the centres, members and pairings, and brings the members&apos; bundles together):</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="31"/>
        <source>新建数据库并载入通报中的整改台账</source>
        <translation>New database with the ledger from the inspection notice</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="32"/>
        <source>推荐。载入县委巡察反馈的 3 个方面、17 个问题及其整改措施，再添加康园中心和党员。</source>
        <translation>Recommended. Loads the county inspection&apos;s 3 areas, 17 problems and their measures.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="38"/>
        <source>新建空白数据库</source>
        <translation>New empty database</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="39"/>
        <source>从零开始，不载入任何问题。</source>
        <translation>Start from scratch, with no problems loaded.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="44"/>
        <source>&lt;b&gt;党员使用这台电脑&lt;/b&gt;（登记本人挂钩中心的联系和到岗，交给办公室）：</source>
        <translation>&lt;b&gt;A Party member uses this computer&lt;/b&gt; (logs contacts and visits at his own centres and sends them to the office):</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="50"/>
        <source>从办公室的交换包开始…</source>
        <translation>Start from the office&apos;s bundle…</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="51"/>
        <source>办公室用“文件 → 为党员准备交换包…”导出，里面有全部康园中心和党员、您的挂钩、整改台账和统一的设置。</source>
        <translation>The office exports it with File → Prepare a bundle for a member…: every centre and member, your pairings, the ledger and the shared settings.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="60"/>
        <source>我是：</source>
        <translation>I am:</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="73"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="81"/>
        <source>&lt;b&gt;其他&lt;/b&gt;：</source>
        <translation>&lt;b&gt;Other&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="86"/>
        <source>打开演示数据</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="87"/>
        <source>17 个康园中心、12 名党员和一年的记录，全部为虚构，单独保存，不会混入正式数据。</source>
        <translation>17 centres, 12 Party members and a year of made-up records, kept apart from real data.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="92"/>
        <source>打开已有的数据库文件…</source>
        <translation>Open an existing database file…</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="93"/>
        <source>例如从另一台电脑拷来的 .db 文件。</source>
        <translation>For example a .db file copied from another computer.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../hdrectify/ui/worker.py" line="163"/>
        <source>操作没有完成</source>
        <translation>The operation did not finish</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/worker.py" line="215"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_BundleWriter</name>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="87"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="100"/>
        <source>hdrectify 交换包 (*.hdbundle)</source>
        <translation>hdrectify bundles (*.hdbundle)</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="109"/>
        <source>请填写交换包的文件名</source>
        <translation>Enter the bundle&apos;s file name</translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/bundle_dialogs.py" line="143"/>
        <source>正在导出交换包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
</context>
<context>
    <name>_MeasureActDialog</name>
    <message>
        <location filename="../../hdrectify/ui/measure_act_dialog.py" line="44"/>
        <source>措施{0}：{1}</source>
        <translation>Measure {0}: {1}</translation>
    </message>
</context>
</TS>
