<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Cadence</name>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="42"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="43"/>
        <source>逾期完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="44"/>
        <source>免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="45"/>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="46"/>
        <source>待完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="47"/>
        <source>未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="50"/>
        <source>每周联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="51"/>
        <source>每月到岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="52"/>
        <source>季度汇报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="53"/>
        <source>年度考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="72"/>
        <source>{0}月{1}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="73"/>
        <source>{0}年{1}月{2}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="78"/>
        <source>{0}年第{1}周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="80"/>
        <source>{0}年{1}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="82"/>
        <source>{0}年第{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_display.py" line="83"/>
        <source>{0}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="202"/>
        <source>无需</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="221"/>
        <source>{0}起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="226"/>
        <source>{0} — {1}（{2}）
挂钩：{3}
完成率 {4}：已完成 {5}，逾期完成 {6}，未完成 {7}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="258"/>
        <source>{0}：不在挂钩期内，无需完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="265"/>
        <source>（补录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="271"/>
        <source>，截止 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="277"/>
        <source> [补录]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="279"/>
        <source> {0}分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="285"/>
        <source>……共 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="287"/>
        <source>免：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="288"/>
        <source>单击或按回车查看记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="295"/>
        <source>{0}：{1}–{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="308"/>
        <source>完成率 =（已完成 + 逾期完成）÷（已完成 + 逾期完成 + 未完成）；免、待完成、未开始不计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="321"/>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="335"/>
        <source>{0}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="324"/>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="329"/>
        <source>
{0}前提交为按时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="343"/>
        <source>党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="344"/>
        <source>康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="345"/>
        <source>镇（街道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cadence_model.py" line="346"/>
        <source>完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="33"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="34"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="35"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="36"/>
        <source>发现问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="37"/>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="103"/>
        <source>补录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="38"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="39"/>
        <source>登记时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/cell_records_model.py" line="96"/>
        <source>（{0}分）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceGridPage</name>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="116"/>
        <source>补录（角标）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="117"/>
        <source>不在挂钩期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="118"/>
        <source>本周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="162"/>
        <location filename="../../forms/cadence_grid.ui" line="75"/>
        <source>正在计算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="206"/>
        <source>计算失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="235"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="256"/>
        <source>{0}年没有挂钩关系：请先在“中心与党员”中为党员和康园中心建立挂钩。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="258"/>
        <source>{0}年没有符合条件的挂钩关系。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cadence_grid.py" line="261"/>
        <source>{0}年 · {1} 个挂钩 · 完成率 &lt;b&gt;{2}&lt;/b&gt;（已完成 {3}，逾期完成 {4}，未完成 {5}；免 {6}，待完成 {7}，未开始 {8}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="13"/>
        <source>挂钩联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="25"/>
        <source>年份(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="31"/>
        <source>选择要查看的年份（周按周四所在年份归属）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="32"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="40"/>
        <source>镇（街道）(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="46"/>
        <source>只看某个镇（街道）的康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="52"/>
        <source>党员(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="58"/>
        <source>只看某位党员的挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="64"/>
        <source>跳到本周（Ctrl+T）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="65"/>
        <source>本周(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="106"/>
        <source>挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cadence_grid.ui" line="130"/>
        <source>各期完成情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellRecordsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="52"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="57"/>
        <source>{0} — {1}（{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="60"/>
        <source>（补录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="61"/>
        <source>{0}&#x3000;{1}：{2}–{3}&#x3000;{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="69"/>
        <source>（{0}前提交为按时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="77"/>
        <source>免：{0}（{1}–{2}，{3}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="81"/>
        <source>全部挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="81"/>
        <source>本挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/cell_records_dialog.py" line="109"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cell_records_dialog.ui" line="6"/>
        <source>本期记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cell_records_dialog.ui" line="43"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/cell_records_dialog.ui" line="53"/>
        <source>这一期没有登记记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="71"/>
        <source>撤销康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="73"/>
        <source>撤销后不能再挂钩：现有挂钩在撤销日期当天结束。撤销日期之后已有联系记录的，请先核对记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="76"/>
        <source>新增康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="77"/>
        <source>名称不能与已有中心重复；所在镇（街道）可从列表选择，也可直接输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="79"/>
        <source>编辑康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="80"/>
        <source>修改中心信息；挂钩请在“挂钩”页调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/centre_dialog.py" line="81"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="8"/>
        <source>康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="19"/>
        <source>名称(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="30"/>
        <source>例如 安墩镇康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="43"/>
        <source>所在镇（街道）(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="66"/>
        <source>地址(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="75"/>
        <source>联系人(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="84"/>
        <source>联系电话(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="93"/>
        <source>备注(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="102"/>
        <source>已撤销，撤销日期(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="103"/>
        <source>原挂钩在撤销日期当天结束，此后不能再挂钩</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentresModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="39"/>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="41"/>
        <source>已于{0}撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="42"/>
        <source>将于{0}撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="47"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="48"/>
        <source>所在镇（街道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="49"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="50"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="51"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="52"/>
        <source>挂钩党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/centres_model.py" line="53"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseMeasureDialog</name>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="32"/>
        <source>措施{0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="35"/>
        <source>已有 {0} 份佐证材料。销号说明可不填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="38"/>
        <source>尚无佐证材料：请写明销号说明（为什么已完成、依据是什么），或先添加佐证材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/close_measure_dialog.py" line="48"/>
        <location filename="../../forms/close_measure_dialog.ui" line="6"/>
        <source>销号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="12"/>
        <source>销号日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="13"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="15"/>
        <source>销号说明(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_measure_dialog.ui" line="16"/>
        <source>整改完成情况；没有佐证材料时必须填写（Ctrl+回车 销号）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="22"/>
        <source>每周联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="23"/>
        <source>每月到岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="24"/>
        <source>季度汇报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="25"/>
        <source>年度考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="37"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="38"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="67"/>
        <source>挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="37"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="38"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="67"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="37"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="38"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="67"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="37"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="38"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="67"/>
        <source>截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="40"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="71"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="40"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="71"/>
        <source>整改措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="40"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="71"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="40"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="71"/>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="40"/>
        <location filename="../../hdrectify/ui/dashboard.py" line="71"/>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="77"/>
        <source>正在计算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="95"/>
        <source>办公室（全部挂钩）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="99"/>
        <source>&lt;h2&gt;工作台&lt;/h2&gt;{0}&#x3000;·&#x3000;今天是 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="100"/>
        <source>本周联系&lt;br&gt;&lt;b&gt;{0} / {1}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="101"/>
        <source>本月到岗&lt;br&gt;&lt;b&gt;{0} / {1}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="102"/>
        <source>上次打开以来未完成&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="104"/>
        <source>未完成整改措施&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;（逾期 {1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="106"/>
        <source>今年完成率&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="107"/>
        <source>&lt;b&gt;上次打开以来未完成&lt;/b&gt;（自 {0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="118"/>
        <source>逾期 {0} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/dashboard.py" line="120"/>
        <source>{0} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="11"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="19"/>
        <source>登记联系…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="20"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="38"/>
        <source>&lt;b&gt;本周、本月待办&lt;/b&gt;（双击登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="40"/>
        <source>&lt;b&gt;上次打开以来未完成&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="46"/>
        <source>&lt;b&gt;整改措施时限&lt;/b&gt;（红：已逾期&#x3000;黄：剩 10 天内&#x3000;绿：剩 20 天以上）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../hdrectify/ui/models/table_model.py" line="29"/>
        <source>{0}年{1}月{2}日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="19"/>
        <source>每周联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="20"/>
        <source>每月到岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="21"/>
        <source>季度汇报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="22"/>
        <source>年度考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="47"/>
        <source>结束日期早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/exemption_dialog.py" line="50"/>
        <source>请写明免除的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="6"/>
        <source>登记免除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="10"/>
        <source>适用于所有挂钩（例如全县春节放假）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="11"/>
        <source>挂钩(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="14"/>
        <source>免除义务(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="17"/>
        <source>从(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="18"/>
        <location filename="../../forms/exemption_dialog.ui" line="21"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="20"/>
        <source>到(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="23"/>
        <source>原因(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exemption_dialog.ui" line="24"/>
        <source>必填，例如：春节放假，中心闭馆</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="33"/>
        <source>编号/标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="34"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="35"/>
        <source>整改时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="114"/>
        <source>未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="115"/>
        <source>整改中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="116"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="331"/>
        <source>问题{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="332"/>
        <source>措施{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="343"/>
        <source>无时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="354"/>
        <source>已逾期 {0} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="356"/>
        <source>还剩 {0} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/ledger_model.py" line="361"/>
        <source>走访发现：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="111"/>
        <source>整改时限：红色 已逾期，黄色 {0} 天内到期，绿色 还有 {1} 天以上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="204"/>
        <location filename="../../hdrectify/ui/ledger.py" line="225"/>
        <source>问题{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="211"/>
        <source>共 {0} 个问题，已整改完成 {1} 个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="218"/>
        <source>措施{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="222"/>
        <source>共 {0} 项整改措施：已完成 {1}，整改中 {2}，未开始 {3}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="243"/>
        <source>（全部措施均已销号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/ledger.py" line="244"/>
        <source>状态：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="78"/>
        <source>（未记中心）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="81"/>
        <source>，{0}到岗发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="85"/>
        <source>来源：走访发现 — {0}，{1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="89"/>
        <source>来源：巡察反馈（{0}反馈）— {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="6"/>
        <source>整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="24"/>
        <source>显示(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="28"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="29"/>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="30"/>
        <source>巡察反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="31"/>
        <source>走访发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="34"/>
        <source>搜索问题、措施、责任单位或责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="47"/>
        <source>没有符合条件的问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="54"/>
        <source>在左侧选择一个问题或整改措施。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="70"/>
        <source>编号/标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="71"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="72"/>
        <source>整改时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="73"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="76"/>
        <source>双击一行查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="106"/>
        <source>责任领导(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="107"/>
        <source>如：党组书记、理事长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="108"/>
        <source>责任单位(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="109"/>
        <source>如：办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="112"/>
        <source>责任人(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="114"/>
        <source>整改时限(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="117"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="118"/>
        <source>无时限(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="123"/>
        <source>状态(&amp;Z)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="134"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="134"/>
        <source>保存责任领导、责任单位、责任人、整改时限和状态（Ctrl+S）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="134"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="135"/>
        <source>销号(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="135"/>
        <source>整改完成：附佐证材料或写明理由后销号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="136"/>
        <source>重新打开(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="136"/>
        <source>撤销销号，继续整改（须写明原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="141"/>
        <source>整改进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="151"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="152"/>
        <source>进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="153"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="159"/>
        <source>添加进展(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="167"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="176"/>
        <source>文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="177"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="178"/>
        <source>添加时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="179"/>
        <source>添加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="185"/>
        <source>可把文件拖到这里添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="187"/>
        <source>添加佐证(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="188"/>
        <source>打开(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/ledger.ui" line="189"/>
        <source>移除(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="39"/>
        <source>还没有任何挂钩：请先在“中心与党员”中建立挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="99"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="100"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="101"/>
        <source>到岗（到中心现场）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="102"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/log_dialog.py" line="103"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="6"/>
        <source>登记联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="10"/>
        <source>挂钩(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="13"/>
        <source>日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="14"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="16"/>
        <source>方式(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="19"/>
        <source>情况记录(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="20"/>
        <source>联系或到岗时了解到的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="22"/>
        <source>发现的问题(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="23"/>
        <source>每行一个问题；没有可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/log_dialog.ui" line="25"/>
        <source>把发现的问题列入整改台账（来源：走访），每行一个问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="135"/>
        <source>打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="135"/>
        <source>hdrectify 数据库 (*.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="142"/>
        <location filename="../../hdrectify/ui/main_window.py" line="146"/>
        <source>新建数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="142"/>
        <source>hdrectify 数据库 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="146"/>
        <source>该文件已存在，请换一个文件名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="153"/>
        <source>关于 hdrectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="155"/>
        <source>hdrectify {0}
整改台账与挂钩联系（每周一联系、每月一到岗、每季度一汇报、每年一考评）。
数据库：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="162"/>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>整改台账与挂钩联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="164"/>
        <source>（演示数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/main_window.py" line="166"/>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="34"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41"/>
        <source>登记(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="48"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="51"/>
        <source>工具(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="55"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="66"/>
        <source>新建数据库(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="69"/>
        <source>打开数据库(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="70"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="73"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="74"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="77"/>
        <source>登记联系(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="78"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82"/>
        <source>登记季度汇报(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="83"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86"/>
        <source>登记年度考评(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="87"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="90"/>
        <source>登记免除(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="91"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="94"/>
        <source>设置(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="98"/>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePanel</name>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="174"/>
        <source>通报原文，不能修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="176"/>
        <source>问题{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="178"/>
        <source>整改措施 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="181"/>
        <source>（附佐证材料）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="182"/>
        <source>已于{0}销号：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="265"/>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="303"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="304"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="329"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="329"/>
        <source>为什么要重新打开这项已销号的措施？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="359"/>
        <source>添加佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="361"/>
        <source>常用材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="388"/>
        <source>没有能打开“{0}”的程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="410"/>
        <source>移除佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/measure_panel.py" line="411"/>
        <source>为什么移除“{0}”？（文件仍留存备查）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../hdrectify/ui/member_dialog.py" line="35"/>
        <source>新增党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/member_dialog.py" line="35"/>
        <source>编辑党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/member_dialog.py" line="47"/>
        <source>党员姓名不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="8"/>
        <source>党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="14"/>
        <source>姓名(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="37"/>
        <source>电话(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="46"/>
        <source>备注(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/member_dialog.ui" line="52"/>
        <source>例如 所在支部、职务</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="42"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="42"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="42"/>
        <source>现挂钩中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="42"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/members_model.py" line="61"/>
        <source>本机使用者（见“设置”）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="40"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="41"/>
        <source>挂钩联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="42"/>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="43"/>
        <source>整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pages.py" line="44"/>
        <source>中心与党员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="104"/>
        <source>（已撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="120"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="124"/>
        <source>结束挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="126"/>
        <source>选择挂钩的最后一天。该日之后已有联系、汇报或考评记录的，不能结束在该日之前。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="129"/>
        <source>改派挂钩党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="131"/>
        <source>中心改由另一名党员挂钩：原挂钩在改派日期的前一天结束，新挂钩从改派日期开始，两步一起保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="133"/>
        <source>改由党员(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="134"/>
        <source>改派日期(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="137"/>
        <source>新建挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="138"/>
        <source>同一个中心同一天只能有一名挂钩党员；一名党员可以挂钩多个中心。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="143"/>
        <source>还没有党员：请先在“党员”页新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="147"/>
        <source>没有正在挂钩的中心：请用“新建挂钩”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="148"/>
        <source>还没有康园中心：请先在“康园中心”页新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="158"/>
        <source>该日没有挂钩党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="161"/>
        <source>{0}，自{1}起；原挂钩将于{2}结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="180"/>
        <source>请选择党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="186"/>
        <source>结束日期早于开始日期：请检查日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/pairing_dialog.py" line="191"/>
        <source>该党员在改派日期已挂钩此中心：请选择另一名党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="8"/>
        <source>挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="19"/>
        <source>康园中心(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="41"/>
        <source>现挂钩：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="51"/>
        <source>党员(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="71"/>
        <source>开始日期(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="82"/>
        <source>结束日期(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pairing_dialog.ui" line="83"/>
        <source>挂钩的最后一天；不勾选表示长期挂钩</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingsModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="37"/>
        <source>已结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="39"/>
        <source>未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="40"/>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="44"/>
        <source>康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="44"/>
        <source>党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="44"/>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="44"/>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="44"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/pairings_model.py" line="54"/>
        <source>长期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../hdrectify/ui/people.py" line="89"/>
        <source>共 {0} 个中心，其中已撤销 {1} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/people.py" line="90"/>
        <source>共 {0} 名党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/people.py" line="92"/>
        <source>共 {0} 条挂钩，进行中 {1} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="11"/>
        <source>康园中心、党员与挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="19"/>
        <source>康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="25"/>
        <location filename="../../forms/people.ui" line="72"/>
        <source>新增(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="26"/>
        <source>新增一个康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="31"/>
        <location filename="../../forms/people.ui" line="78"/>
        <source>编辑(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="32"/>
        <source>修改所选中心的名称、地址和联系人（也可双击该行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="37"/>
        <source>撤销(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="38"/>
        <source>撤销所选中心：从撤销日期起不再挂钩，原挂钩在当天结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="66"/>
        <source>党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="73"/>
        <source>新增一名党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="79"/>
        <source>修改所选党员的姓名、电话和备注（也可双击该行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="107"/>
        <source>挂钩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="113"/>
        <source>新建挂钩(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="114"/>
        <source>让一名党员从某日起挂钩一个康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="119"/>
        <source>结束(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="120"/>
        <source>结束所选挂钩：选择最后一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="125"/>
        <source>改派(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="126"/>
        <source>把中心改由另一名党员挂钩：原挂钩在新挂钩开始的前一天结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/people.ui" line="131"/>
        <source>显示已结束的挂钩(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../hdrectify/ui/form_support.py" line="35"/>
        <source>{0}年第{1}周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/form_support.py" line="37"/>
        <source>{0}年{1}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/form_support.py" line="39"/>
        <source>{0}年第{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/form_support.py" line="40"/>
        <source>{0}年</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../hdrectify/ui/progress_dialog.py" line="30"/>
        <source>措施{0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="6"/>
        <source>添加整改进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="11"/>
        <source>日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="12"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="14"/>
        <source>进展(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="15"/>
        <source>做了什么、到了哪一步（Ctrl+回车 保存）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDeleteDialog</name>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="37"/>
        <source>{0}&#x3000;{1} — {2}&#x3000;{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="41"/>
        <source>（没有情况记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="45"/>
        <source>这次走访发现的 {0} 个问题已列入整改台账（{1}），删除记录不会删除台账中的问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_delete_dialog.py" line="51"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="6"/>
        <source>删除走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="10"/>
        <source>删除后，这条记录不再计入挂钩联系的完成情况。记录不会被抹去：删除时间和原因保留在修改日志中，勾选“显示已删除”仍可查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="14"/>
        <source>删除原因(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_delete_dialog.ui" line="15"/>
        <source>必填，例如：重复录入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../hdrectify/ui/record_dialog.py" line="35"/>
        <source>请选择挂钩</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="55"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="57"/>
        <source>由 {0} 于 {1} 录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="67"/>
        <source>保存更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/record_edit_dialog.py" line="72"/>
        <source>这条记录已删除，不能再更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="6"/>
        <source>更正走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="12"/>
        <source>日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="13"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="15"/>
        <source>方式(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="18"/>
        <source>情况记录(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="21"/>
        <source>发现的问题(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="22"/>
        <source>每行一个问题；没有可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="24"/>
        <source>更正原因(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="25"/>
        <source>必填，例如：日期录错，应为 3 月 5 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/record_edit_dialog.ui" line="29"/>
        <source>原记录和更正原因会保留在修改日志中。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="71"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="72"/>
        <source>党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="73"/>
        <source>康园中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="74"/>
        <source>镇（街道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="75"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="76"/>
        <source>情况记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="77"/>
        <source>发现的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="78"/>
        <location filename="../../hdrectify/ui/models/records_model.py" line="387"/>
        <source>补录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="79"/>
        <source>录入人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="80"/>
        <source>录入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="81"/>
        <source>删除原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="84"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="85"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="86"/>
        <source>到岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="87"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="88"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="393"/>
        <source>已删除：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="398"/>
        <source>{0} 已删除，原因：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/models/records_model.py" line="406"/>
        <source>录入时间比联系日期晚了 {0} 天以上，记为补录（仍然计入完成情况）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="120"/>
        <source>全部党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="121"/>
        <source>全部中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="122"/>
        <source>全部方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="199"/>
        <source>正在准备全文搜索（打开后约需一两秒），稍候即显示结果…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="201"/>
        <source>已显示 {0} 条，正在统计总数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="203"/>
        <source>没有符合条件的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="203"/>
        <source>还没有走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="205"/>
        <source>共 {0} 条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="207"/>
        <source>（含已删除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="211"/>
        <source>无法统计总数：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="257"/>
        <location filename="../../forms/records.ui" line="152"/>
        <source>更正(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/records.py" line="258"/>
        <location filename="../../forms/records.ui" line="158"/>
        <source>删除(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="11"/>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="19"/>
        <source>搜索(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="25"/>
        <source>情况记录、发现的问题、党员、中心或镇；多个词用空格分开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="27"/>
        <source>输入即查找（Ctrl+F 回到这里）；每个词都要出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="32"/>
        <source>党员(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="43"/>
        <source>中心(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="54"/>
        <source>方式(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="69"/>
        <source>起始日期(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="70"/>
        <source>只看这一天及以后的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="77"/>
        <location filename="../../forms/records.ui" line="90"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="82"/>
        <source>截止日期(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="83"/>
        <source>只看这一天及以前的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="102"/>
        <source>显示已删除(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="103"/>
        <source>已删除的记录以灰色显示，并注明删除原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="108"/>
        <source>清除筛选(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="109"/>
        <source>清空搜索词和全部筛选条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="141"/>
        <source>双击或按 Enter 更正所选记录，按 Delete 删除；更正和删除都要写明原因，原记录保留在修改日志中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="153"/>
        <source>更正所选记录的日期、方式、情况记录或问题（Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/records.ui" line="159"/>
        <source>删除所选记录（Delete）；记录不会真正抹去，删除原因会被保留</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hdrectify/ui/report_dialog.py" line="34"/>
        <source>{0}年第{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="6"/>
        <source>登记季度汇报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="10"/>
        <source>挂钩(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="13"/>
        <source>季度(&amp;Q)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="16"/>
        <source>提交日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="17"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="19"/>
        <source>汇报内容(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../hdrectify/ui/review_dialog.py" line="39"/>
        <source>请填写考评分数（0 到 100 之间的整数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="6"/>
        <source>登记年度考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="10"/>
        <source>挂钩(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="13"/>
        <source>年度(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="16"/>
        <source>考评日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="17"/>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="19"/>
        <source>分数(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="20"/>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="22"/>
        <source>考评标准说明(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="23"/>
        <source>例如：活动开展 30% / 台账管理 20% / 设施安全 20% / 会员满意度 30%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="25"/>
        <source>考评意见(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="66"/>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="88"/>
        <source>办公室（全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="76"/>
        <source>即：2025年第1季度汇报截止{0}；
2025年考评截止{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="104"/>
        <source>请填写单位名称：它印在清单和汇总表上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/settings_dialog.py" line="107"/>
        <source>绿色的天数不能少于黄色的天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="8"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="12"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="16"/>
        <source>单位名称(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="42"/>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="46"/>
        <source>季度汇报时限(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="52"/>
        <source>季度汇报须在季度结束后这么多天内提交，逾期记为“迟交”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="55"/>
        <source>季度结束后第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="56"/>
        <location filename="../../forms/settings_dialog.ui" line="71"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="61"/>
        <source>年度考评时限(&amp;V)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="67"/>
        <source>年度考评须在次年这么多天内提交，逾期记为“迟交”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="70"/>
        <source>次年第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="82"/>
        <source>补录界限(&amp;B)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="88"/>
        <source>记录比发生日期晚这么多天以上才登记的，标为“补录”；仍然计入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="91"/>
        <source>事后超过 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="92"/>
        <source> 天登记记为补录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="100"/>
        <source>整改时限提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="104"/>
        <source>黄色提醒(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="110"/>
        <source>整改时限临近：剩余天数不超过此值时显示黄色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="113"/>
        <source>到期前 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="114"/>
        <source> 天内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="119"/>
        <source>绿色(&amp;G)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="128"/>
        <source>时间充裕：剩余天数超过此值时显示绿色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="131"/>
        <source>距到期 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="132"/>
        <source> 天以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="148"/>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="152"/>
        <source>界面语言(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="161"/>
        <source>本机使用者(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="167"/>
        <source>选择党员后，登记和清单默认填写该党员；办公室可查看全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="175"/>
        <source>数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="179"/>
        <source>正在使用：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="191"/>
        <source>打开所在文件夹(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="36"/>
        <source>新数据库将保存在：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="62"/>
        <source>正在生成演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="66"/>
        <source>打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="66"/>
        <source>hdrectify 数据库 (*.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hdrectify/ui/welcome_dialog.py" line="73"/>
        <source>找不到文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="9"/>
        <source>欢迎使用整改台账与挂钩联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="14"/>
        <source>&lt;h2&gt;欢迎使用整改台账与挂钩联系&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="19"/>
        <source>这台电脑上还没有数据库。数据只保存在本机，可随时备份。请选择如何开始：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="25"/>
        <source>新建数据库并载入通报中的整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="26"/>
        <source>推荐。载入县委巡察反馈的 3 个方面、17 个问题及其整改措施，再添加康园中心和党员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="32"/>
        <source>新建空白数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="33"/>
        <source>从零开始，不载入任何问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="38"/>
        <source>打开演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="39"/>
        <source>17 个康园中心、12 名党员和一年的记录，全部为虚构，单独保存，不会混入正式数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="44"/>
        <source>打开已有的数据库文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="45"/>
        <source>例如从另一台电脑拷来的 .db 文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../hdrectify/ui/worker.py" line="91"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
