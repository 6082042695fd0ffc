<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name/>
    <message>
        <location filename="../../ui/board/page_planning.py" line="+57"/>
        <source>Planning the day…</source>
        <translation>正在排程当天……</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan {day}</source>
        <translation>排程 {day}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+45"/>
        <source>About FieldDesk</source>
        <translation>关于 FieldDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dispatcher's desk of an air-conditioner service station.</source>
        <translation>空调售后服务网点的派工台。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bundled with FieldDesk:</source>
        <translation>随 FieldDesk 附带：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline gazetteer</source>
        <translation>离线行政区划库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province borders</source>
        <translation>省界</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rivers and lakes</source>
        <translation>河流与湖泊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface</source>
        <translation>用户界面</translation>
    </message>
</context>
<context>
    <name>AbsencesTable</name>
    <message>
        <location filename="../../ui/dialogs/absences_table.py" line="+20"/>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+17"/>
        <source>&amp;New job…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;complaint…</source>
        <translation>新建投诉(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print day sheets…</source>
        <translation>打印日程单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist &amp;templates…</source>
        <translation>检查表模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Central server…</source>
        <translation>中心服务器(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geocoder…</source>
        <translation>地址定位服务(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FieldDesk…</source>
        <translation>关于 FieldDesk(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Response hours…</source>
        <translation>响应时限(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../ui/station/audit_dialog.py" line="+69"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text in a value, a reason or a user</source>
        <translation>值、原因或用户中的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{shown} of {total} changes</source>
        <translation>{total} 条修改中的 {shown} 条</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/settings/desk_pages.py" line="+76"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next to the database</source>
        <translation>数据库所在文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is made at the first start of each day and again on exit. A USB stick or a network share keeps the data safe when this PC fails. To restore, quit FieldDesk and run: fielddesk restore FILE</source>
        <translation>每天首次启动时和退出时各备份一次。备份到U盘或网络共享，这台电脑出故障时数据也不会丢。恢复时请先退出 FieldDesk，再运行：`fielddesk restore 文件`</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the last:</source>
        <translation>保留最近：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>next to the database</source>
        <translation>数据库所在文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>BlockMenu</name>
    <message>
        <location filename="../../ui/board/menu.py" line="+38"/>
        <source>Open job…</source>
        <translation>打开工单…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record arrival now</source>
        <translation>记录到达（现在）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record finish now</source>
        <translation>记录完工（现在）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key in times from the sheet…</source>
        <translation>按纸质工单录入时间…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpin the visit</source>
        <translation>取消锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin the visit</source>
        <translation>锁定上门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan day keeps a pinned visit where it is</source>
        <translation>排程当天时，已锁定的上门保持不动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign</source>
        <translation>取消指派</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print job sheet…</source>
        <translation>打印服务工单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the job's sheet and print it from there</source>
        <translation>预览服务工单，并从预览中打印</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../ui/board/texts.py" line="+24"/>
        <source>Missing skill</source>
        <translation>缺少技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certificate</source>
        <translation>无操作证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate expired</source>
        <translation>操作证已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the shift</source>
        <translation>不在班次内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>请假中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps another visit</source>
        <translation>与其他上门时间重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily maximum reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the requested window</source>
        <translation>不在预约时段内</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In</source>
        <translation>装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re</source>
        <translation>修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma</source>
        <translation>保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ck</source>
        <translation>检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mv</source>
        <translation>移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rm</source>
        <translation>拆</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The visits overlap by {time}</source>
        <translation>两次上门重叠 {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} between visits</source>
        <translation>两次上门间隔 {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{between}; drive unknown (a site has no location)</source>
        <translation>{between}；车程未知（有地址尚未定位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{between}; about {travel} to drive</source>
        <translation>{between}；车程约 {travel}</translation>
    </message>
    <message>
        <location filename="../../ui/promise_look.py" line="+34"/>
        <source>SLA met</source>
        <translation>已按时响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold: SLA paused</source>
        <translation>挂起：时限暂停</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} overdue</source>
        <translation>超时 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/board/texts.py" line="-33"/>
        <source>No team</source>
        <translation>未分班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No skills</source>
        <translation>无技能</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rules overridden: {reason}</source>
        <translation>已强制越过规则：{reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Too short for the drive</source>
        <translation>间隔不够车程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{time} drive</source>
        <translation>车程 {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Absent: {reason}</source>
        <translation>请假：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs: {skills}</source>
        <translation>所需技能：{skills}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA due {when}</source>
        <translation>响应时限 {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer asks for {span}</source>
        <translation>客户预约 {span}</translation>
    </message>
</context>
<context>
    <name>BoardOperations</name>
    <message>
        <location filename="../../ui/board/operations.py" line="+68"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign {number}</source>
        <translation>指派 {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resize {number}</source>
        <translation>调整时长 {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move {number}</source>
        <translation>改期或改派 {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unassign {number}</source>
        <translation>取消指派 {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin {number}</source>
        <translation>锁定 {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin {number}</source>
        <translation>取消锁定 {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{number}: arrival recorded</source>
        <translation>{number}：已记录到达</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}: finish recorded</source>
        <translation>{number}：已记录完工</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo on the dispatch board</source>
        <translation>在调度看板上撤销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the job on hold?</source>
        <translation>工单挂起的原因？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel job</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the job cancelled?</source>
        <translation>工单取消的原因？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This breaks: {rules}.
{details}

Override as supervisor? Give the reason:</source>
        <translation>违反规则：{rules}。
{details}

以主管身份强制通过？请填写原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override the rules</source>
        <translation>强制越过规则</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still saving the last change; try again.</source>
        <translation>上一个更改还在保存，请稍后再试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: {rules}.</source>
        <translation>已拒绝：{rules}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor may override the rules.</source>
        <translation>只有主管可以强制越过规则。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot undo or redo “{what}”: {error} The undo history was cleared.</source>
        <translation>无法撤销或重做“{what}”：{error} 撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/page.py" line="+71"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/board/page_actions.py" line="+139"/>
        <source>Job sheet {number}</source>
        <translation>服务工单 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to record for this visit: it is {status}.</source>
        <translation>这次上门无可记录：它已是{status}状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a visit not done yet can be pinned: it is {status}.</source>
        <translation>只能锁定尚未完成的上门：这次上门已是{status}状态。</translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <location filename="../../ui/board/toolbar.py" line="+39"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier</source>
        <translation>向前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>向后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the working hours into the width (0)</source>
        <translation>把工作时间缩放到视图宽度（0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By skills</source>
        <translation>按技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No groups</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any skill</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find technicians</source>
        <translation>查找师傅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan day…</source>
        <translation>排程当天……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a day's routes for a team or the technicians shown: the jobs of the queue and the day's unpinned visits</source>
        <translation>为一个班组或看板上显示的师傅排当天的路线：待指派的工单和当天未锁定的上门</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the colours and marks on the board mean</source>
        <translation>看板上颜色和标记的含义</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/dialogs/call_dialog.py" line="+44"/>
        <source>Callback: {customer}</source>
        <translation>回访：{customer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer}  {phone}  ·  {job}</source>
        <translation>{customer}  {phone}  ·  {job}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reached</source>
        <translation>已接通(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not reached</source>
        <translation>未接通(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of work</source>
        <translation>施工质量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirms the outcome</source>
        <translation>客户确认处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not confirm</source>
        <translation>客户不认可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint outcome</source>
        <translation>投诉处理结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <location filename="../../ui/quality/queue_models.py" line="+106"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last called</source>
        <translation>上次拨打</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../ui/quality/callbacks_panel.py" line="+41"/>
        <source>Due by the end of today</source>
        <translation>今天到期的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the call to the chosen customer (Enter)</source>
        <translation>记录对所选客户的回访（回车键）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{due} due today, {overdue} overdue</source>
        <translation>今天到期 {due} 个，已超期 {overdue} 个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not reached ({attempts} attempts): the call stays in the queue.</source>
        <translation>未接通（已拨打 {attempts} 次）：此回访留在队列中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached after {attempts} attempts: the customer counts as not reached.</source>
        <translation>拨打 {attempts} 次仍未接通：记为未接通。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer is not satisfied: a complaint was opened.</source>
        <translation>客户不满意：已登记一条投诉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer confirmed the outcome: the complaint is closed.</source>
        <translation>客户确认了处理结果：投诉已关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed: another call is due the next business day.</source>
        <translation>客户不认可：下一个营业日须再次回访。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
</context>
<context>
    <name>CallerSearch</name>
    <message>
        <location filename="../../ui/dialogs/caller_search.py" line="+32"/>
        <source>Phone number or name</source>
        <translation>电话号码或姓名</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}  {phone}  ·  units: {units}, recent jobs: {jobs}</source>
        <translation>{name}  {phone}  ·  {units} 台设备，近期工单 {jobs} 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody found: check the number, or take the name.</source>
        <translation>未找到客户：请核对号码，或改用姓名查找。</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/parts/catalogue_dialog.py" line="+37"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel charge</source>
        <translation>路程费</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalogue and prices</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price today</source>
        <translation>今日价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty months</source>
        <translation>保修月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the unit's</source>
        <translation>随整机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered</source>
        <translation>在售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save item</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set price</source>
        <translation>设定价格</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maker's part number:</source>
        <translation>厂家零件号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own warranty (months):</source>
        <translation>配件自身保修（月）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level:</source>
        <translation>补货线：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New price from:</source>
        <translation>新价格生效日：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Choose the item to price.</source>
        <translation>请先选择要定价的项目。</translation>
    </message>
</context>
<context>
    <name>CatalogueSearch</name>
    <message>
        <location filename="../../ui/charges/catalogue_search.py" line="+39"/>
        <source>Code or name (pinyin initials work: ysj)</source>
        <translation>编码或名称（可用拼音首字母）</translation>
    </message>
</context>
<context>
    <name>CentralServerDialog</name>
    <message>
        <location filename="../../ui/sync/settings_dialog.py" line="+34"/>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the address and the password that `fielddesk server add-station` printed for this station. They are kept in a file only your user account can read.</source>
        <translation>粘贴 `fielddesk server add-station` 为本站打印的地址和密码。它们保存在只有您的用户帐户可以读取的文件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test and save</source>
        <translation>测试并保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station does not sync yet.</source>
        <translation>本站尚未设置同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now syncing with {url}</source>
        <translation>当前同步服务器：{url}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trying the address…</source>
        <translation>正在试用此地址…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: the sync with this address was stopped before it ended.</source>
        <translation>未保存：用此地址的同步在完成前被停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the sync with this address failed.</source>
        <translation>未保存：用此地址同步失败。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Connected. Changes sent: {sent}, records received: {received}.</source>
        <translation>已连接。上传变更：{sent} 项，下载记录：{received} 条。</translation>
    </message>
</context>
<context>
    <name>CertificationsTable</name>
    <message>
        <location filename="../../ui/dialogs/certifications_table.py" line="+20"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate number</source>
        <translation>操作证编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/station/users_dialog.py" line="+66"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator reset your password: choose your own before you go on.</source>
        <translation>管理员已重置您的密码：请先设置您自己的密码再继续。</translation>
    </message>
</context>
<context>
    <name>ChargesPanel</name>
    <message>
        <location filename="../../ui/charges/charges_panel.py" line="+64"/>
        <source>Serial of the part replaced</source>
        <translation>换下旧件的条码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override…</source>
        <translation>主管改判…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor decides the selected line against the policy, with a reason</source>
        <translation>主管不按保修政策判定所选行，须填写原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift override</source>
        <translation>撤销改判</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old part back</source>
        <translation>旧件已交回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected line's old part is back at the station for the maker's claim</source>
        <translation>所选行换下的旧件已交回网点，待向厂家索赔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add from the catalogue:</source>
        <translation>从价目表添加：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old part's serial:</source>
        <translation>旧件条码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty finding:</source>
        <translation>保修认定：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Total {total} · covered by the warranty {covered} · the customer pays {payable}</source>
        <translation>合计 {total} · 保修承担 {covered} · 客户应付 {payable}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A signature given before a change no longer matches the job: it is void; the customer signs again.</source>
        <translation>签名后工单有改动，签名与工单不再相符，已作废，需客户重新签名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding: {item}</source>
        <translation>正在添加：{item}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cover {item} by the warranty: why?</source>
        <translation>{item} 改为保修承担：原因？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the customer pay for {item}: why?</source>
        <translation>{item} 改为客户自费：原因？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor override</source>
        <translation>主管强制通过</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The old part of {item} is back for the maker's claim.</source>
        <translation>{item} 的旧件已交回，待向厂家索赔。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../ui/checklist/texts.py" line="+15"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: {item}</source>
        <translation>未填：{item}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>default – confirm</source>
        <translation>默认值，待确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This limit is a default: confirm it against the maker's manual.</source>
        <translation>此限值为默认值：请对照厂家说明书确认。</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ui/checklist/tab.py" line="+41"/>
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save checklist</source>
        <translation>保存检查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the checklist (Ctrl+S)</source>
        <translation>保存检查表（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} · {type}: {checklist}</source>
        <translation>{number} · {type}：{checklist}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ChecklistUnit</name>
    <message>
        <location filename="../../ui/checklist/texts.py" line="-54"/>
        <source>pcs</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>ClosePaperDialog</name>
    <message>
        <location filename="../../ui/dialogs/paper_dialog.py" line="+63"/>
        <source>Close from paper</source>
        <translation>纸质工单回录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job number, or scan the sheet's code</source>
        <translation>工单号，或扫描工单上的二维码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer signed the sheet on paper</source>
        <translation>客户已在纸质工单上签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned sheet (PDF or image)</source>
        <translation>工单扫描件（PDF 或图片）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival:</source>
        <translation>到达：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish:</source>
        <translation>完工：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit:</source>
        <translation>上门：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times on the sheet:</source>
        <translation>工单上的时间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts and labour used</source>
        <translation>所用配件和工时</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{number} · {type} · {customer}</source>
        <translation>{number} · {type} · {customer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job changed after this sheet was printed: compare the paper with the job.</source>
        <translation>打印此工单后工单已有改动：请将纸质工单与系统中的工单核对。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No visit booked: the times cannot be kept</source>
        <translation>未预约上门：无法记录时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The scanned sheet</source>
        <translation>工单扫描件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPanel</name>
    <message>
        <location filename="../../ui/quality/complaint_detail.py" line="+49"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the re-inspection job</source>
        <translation>创建复检工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open job…</source>
        <translation>打开工单…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a complaint in the queue.</source>
        <translation>请在队列中选择一条投诉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Record the handling</source>
        <translation>记录处理</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{customer} ({phone}) · {category} · {severity}
“{words}”</source>
        <translation>{customer}（{phone}）· {category} · {severity}
“{words}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{due} (late)</source>
        <translation>{due}（超期）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the review</source>
        <translation>记录复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the report back</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer's confirmation</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisors review complaints and report them back.</source>
        <translation>投诉的复核和反馈由主管完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done, found or said</source>
        <translation>做了什么、查明了什么或说了什么</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="+46"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the customer said, in their words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the re-inspection job now</source>
        <translation>同时创建复检工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a complaint about an installation: a high-priority inspection of the unit</source>
        <translation>针对安装的投诉：对该设备安排一次高优先级的检查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caller</source>
        <translation>来电客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer's words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No job</source>
        <translation>不关联工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unit</source>
        <translation>不关联设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {type} · {status}</source>
        <translation>{number} · {type} · {status}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Find the caller first: a phone number or a name, then Enter.</source>
        <translation>请先查找来电客户：输入电话号码或姓名，再按回车键。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what the complaint is about.</source>
        <translation>请选择投诉类别。</translation>
    </message>
</context>
<context>
    <name>ComplaintQueueModel</name>
    <message>
        <location filename="../../ui/quality/queue_models.py" line="-48"/>
        <source>Next due</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../ui/quality/complaints_panel.py" line="+45"/>
        <source>Open complaints</source>
        <translation>未关闭的投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue only</source>
        <translation>仅超期的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All, closed ones too</source>
        <translation>全部（含已关闭）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a complaint from a call (Ctrl+Shift+N)</source>
        <translation>登记来电投诉（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Complaints: {count}, overdue: {overdue}</source>
        <translation>投诉 {count} 条，超期 {overdue} 条</translation>
    </message>
</context>
<context>
    <name>CompletionNote</name>
    <message>
        <location filename="../../ui/dialogs/completion_note.py" line="+40"/>
        <source>Cannot be completed yet: {blockers}.</source>
        <translation>暂不能完工：{blockers}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As supervisor you may complete it anyway, with a reason.</source>
        <translation>主管可以填写原因后强制完工。</translation>
    </message>
</context>
<context>
    <name>ConflictQueue</name>
    <message>
        <location filename="../../ui/sync/conflict_queue.py" line="+30"/>
        <source>Keep this station's</source>
        <translation>保留本站的值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server's</source>
        <translation>保留服务器的值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts to resolve.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to resolve: {count}. These fields were changed both here and elsewhere; keep one value for each.</source>
        <translation>待处理的冲突：{count} 项。这些字段在本站和其他地方都被修改过，请为每项选择保留一个值。</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/sync/conflict_model.py" line="+35"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>ContractJobs</name>
    <message>
        <location filename="../../ui/parts/contract_jobs.py" line="+21"/>
        <source>Maintenance jobs created for contract visits: {numbers}</source>
        <translation>已为合同上门生成保养工单：{numbers}</translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <location filename="../../ui/parts/contracts_dialog.py" line="+65"/>
        <source>Maintenance contracts</source>
        <translation>保养合同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits a year</source>
        <translation>每年上门次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>合同价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for renewal</source>
        <translation>待续约</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone or name, then Enter</source>
        <translation>输入电话或姓名后按回车</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save contract</source>
        <translation>保存合同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create due jobs</source>
        <translation>生成到期工单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits a year:</source>
        <translation>每年上门次数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>合同期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>合同号：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a visit's job this many days ahead:</source>
        <translation>提前几天生成上门工单：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Due for renewal ({count})</source>
        <translation>待续约（{count}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No customer with a unit matches.</source>
        <translation>没有符合条件且登记了机器的客户。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Find the customer and choose the unit.</source>
        <translation>请先查找客户并选择机器。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Jobs created: {numbers}</source>
        <translation>已生成工单：{numbers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit is due without its job.</source>
        <translation>没有尚未生成工单的到期上门。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="+57"/>
        <source>FieldDesk – unexpected error</source>
        <translation>FieldDesk – 意外错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry: FieldDesk ran into an error it did not expect. What you were doing was not saved; everything saved before is safe, and you can go on working. If it happens again, send the details to whoever looks after FieldDesk.</source>
        <translation>抱歉：FieldDesk 遇到了意料之外的错误。刚才的操作没有保存；之前保存的内容都完好，可以继续工作。如果再次出现，请把详细信息发给负责维护 FieldDesk 的人员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details are also written to {file}.</source>
        <translation>详细信息也已写入 {file}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="+71"/>
        <location line="+99"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Site</source>
        <translation>安装地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>安装地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment at the chosen site</source>
        <translation>所选安装地址的设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer {name}</source>
        <translation>客户 {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the customer {name} with their sites and equipment?</source>
        <translation>删除客户 {name} 及其所有安装地址和设备？</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/dialogs/customer_form.py" line="+23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <location filename="../../ui/dialogs/customer_section.py" line="+50"/>
        <source>&amp;Existing customer</source>
        <translation>老客户(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w customer</source>
        <translation>新客户(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, phone or address</source>
        <translation>姓名、电话或地址</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Pick the customer's site from the search results, or enter a new customer.</source>
        <translation>请从搜索结果中选择客户的安装地址，或录入新客户。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/customer_table_model.py" line="+40"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>安装地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/views/customers_view.py" line="+42"/>
        <source>Search name, phone or address</source>
        <translation>搜索姓名、电话或地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
</context>
<context>
    <name>DaySheetsDialog</name>
    <message>
        <location filename="../../ui/printing/day_sheets_dialog.py" line="+40"/>
        <source>Print day sheets</source>
        <translation>打印日程单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All technicians</source>
        <translation>全部师傅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route pages only</source>
        <translation>仅日程单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route pages and the sheets not printed yet</source>
        <translation>日程单及尚未打印的服务工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A job's sheet counts as printed once it was printed or saved as it stands; a change to the job makes it unprinted again</source>
        <translation>服务工单按当前内容打印或保存为 PDF 后即算已打印；工单再有改动，又算未打印</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Day sheets {day}</source>
        <translation>日程单 {day}</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../ui/printing/document_printer.py" line="+108"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print {title}</source>
        <translation>打印 {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending to the printer…</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} could not be written ({reason}).</source>
        <translation>无法写入 {file}（{reason}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {pages} pages to {file}.</source>
        <translation>已将 {pages} 页保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>DragController</name>
    <message>
        <location filename="../../ui/board/interaction.py" line="+164"/>
        <source>{when}: checking the rules…</source>
        <translation>{when}：正在检查规则…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when}: fits every rule</source>
        <translation>{when}：符合全部规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} breaks: {rules}</source>
        <translation>{when} 违反：{rules}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop to override with a reason</source>
        <translation>松开后填写原因即可强制通过</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../ui/formatting.py" line="+44"/>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <location filename="../../ui/dialogs/equipment_form.py" line="+25"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {date}</source>
        <translation>保修至 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired {date}</source>
        <translation>已于 {date} 过保</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location line="+81"/>
        <source>New equipment</source>
        <translation>新设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location line="-62"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor unit serial</source>
        <translation>室内机条码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor unit serial</source>
        <translation>室外机条码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refrigerant</source>
        <translation>制冷剂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>制冷量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioning date</source>
        <translation>调试日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty end</source>
        <translation>保修截止日期</translation>
    </message>
</context>
<context>
    <name>EquipmentPanel</name>
    <message>
        <location filename="../../ui/dialogs/equipment_panel.py" line="+20"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indoor unit serial</source>
        <translation>室内机条码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor unit serial</source>
        <translation>室外机条码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refrigerant</source>
        <translation>制冷剂</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>制冷量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add equipment…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit equipment…</source>
        <translation>编辑设备…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Delete equipment</source>
        <translation>删除设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the equipment {brand} {model}?</source>
        <translation>删除设备 {brand} {model}？</translation>
    </message>
</context>
<context>
    <name>EquipmentPicker</name>
    <message>
        <location filename="../../ui/dialogs/equipment_picker.py" line="+62"/>
        <source>No unit named</source>
        <translation>不指定设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New unit…</source>
        <translation>新增设备…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{unit}, serial {serial}</source>
        <translation>{unit}，条码 {serial}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indoor {indoor} / outdoor {outdoor}, {refrigerant}; warranty: {warranty}</source>
        <translation>室内机 {indoor}／室外机 {outdoor}，{refrigerant}；保修：{warranty}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/station/export_list.py" line="+38"/>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response due</source>
        <translation>响应期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested from</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested until</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>下次上门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max jobs per day</source>
        <translation>每日最多工单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>操作证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>排班</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows exported to {path}.</source>
        <translation>已导出 {count} 行到 {path}。</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../ui/failures.py" line="+61"/>
        <source>The station database is busy: another program is writing to it. Nothing was changed; try again in a moment, and if this keeps happening, close the other program.</source>
        <translation>网点数据库正忙：另一个程序正在写入。没有做任何更改；请稍后再试，如果一直如此，请关闭那个程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Nothing was changed; free some disk space and try again.</source>
        <translation>磁盘已满。没有做任何更改；请腾出一些磁盘空间后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDesk may not write to {file}: it or its folder is read-only. Nothing was changed; check its permissions or the drive.</source>
        <translation>FieldDesk 无法写入 {file}：该文件或其文件夹是只读的。没有做任何更改；请检查其权限或所在磁盘。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk reported an error. Nothing was changed; check the drive, then try again.</source>
        <translation>磁盘报告了错误。没有做任何更改；请检查磁盘后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station database file is damaged. Close FieldDesk and restore the last backup.</source>
        <translation>网点数据库文件已损坏。请关闭 FieldDesk 并恢复最近的备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station database file cannot be opened. Check that its drive is connected, then start FieldDesk again.</source>
        <translation>无法打开网点数据库文件。请确认其所在磁盘已连接，然后重新启动 FieldDesk。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} does not exist (any more). Choose it again.</source>
        <translation>文件 {file} 不存在（或已被移走）。请重新选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation>无法连接服务器。请检查网络连接后再试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the station database</source>
        <translation>网点数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the network connection; FieldDesk tries again every few minutes.</source>
        <translation>请检查网络连接；FieldDesk 每隔几分钟会自动重试。</translation>
    </message>
</context>
<context>
    <name>FigureJobsDialog</name>
    <message>
        <location filename="../../ui/quality/figure_jobs.py" line="+87"/>
        <source>Counted</source>
        <translation>计入的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over</source>
        <translation>统计基数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or a double click opens the job.</source>
        <translation>按回车键或双击打开工单。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Counted ({count})</source>
        <translation>计入的工单（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over ({count})</source>
        <translation>统计基数（{count}）</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/quality/figures_model.py" line="+52"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count this month</source>
        <translation>本月计数</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/quality/figures_panel.py" line="+30"/>
        <source>Technicians this month</source>
        <translation>各师傅本月指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a figure (or Enter) for the jobs behind it.</source>
        <translation>双击指标（或按回车键）查看其背后的工单。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{month} against {previous}: {group}</source>
        <translation>{month} 对比 {previous}：{group}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.py" line="+44"/>
        <source>Welcome to FieldDesk</source>
        <translation>欢迎使用 FieldDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+64"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New station</source>
        <translation>新建网点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a station</source>
        <translation>加入已有网点</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This database is empty. Create the administrator who will add the other users.</source>
        <translation>数据库为空。请先创建管理员账号，再由管理员添加其他用户。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Station code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new or replacement PC of a station that already syncs: its customers, jobs and users come from the central server. Paste the address and the password `fielddesk server add-station` printed for the station, then sign in as one of its users.</source>
        <translation>已在同步的网点新增或更换电脑：客户、工单和用户都从中心服务器取回。粘贴 `fielddesk server add-station` 为该网点打印的地址和密码，然后用该站的一个用户登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Central server address</source>
        <translation>中心服务器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central server password</source>
        <translation>中心服务器密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Joining…</source>
        <translation>正在加入…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining… records received: {count}</source>
        <translation>正在加入… 已接收记录：{count}</translation>
    </message>
</context>
<context>
    <name>GeocoderDialog</name>
    <message>
        <location filename="../../ui/map/geocoder_dialog.py" line="+30"/>
        <source>Geocoder</source>
        <translation>地址定位服务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WGS84 (OpenStreetMap, GPS)</source>
        <translation>WGS84（OpenStreetMap、GPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service's own</source>
        <translation>使用服务自带地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sites are located from the local cache first, then by this service when the line is up, then by the offline gazetteer. Services that need an API key are not offered: the station database keeps no keys.</source>
        <translation>地址定位顺序：先查本地缓存，联网时再问此服务，最后用离线行政区划库。需要 API 密钥的服务不提供：网点数据库不保存密钥。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers in datum:</source>
        <translation>返回坐标系：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between requests:</source>
        <translation>请求间隔：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history_format.py" line="+51"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/dialogs/history_tab.py" line="+24"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appointment: {action}</source>
        <translation>预约：{action}</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/settings/hours_page.py" line="+35"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working hours (the SLA counts only these; an end at 00:00 is midnight, 00:00 to 00:00 round the clock):</source>
        <translation>工作时间（响应时限只计这些时间；结束于 00:00 即午夜，00:00 至 00:00 为全天）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holidays:</source>
        <translation>节假日：</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/station/import_wizard.py" line="+49"/>
        <source>Import from</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+34"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customers, with sites and equipment</source>
        <translation>客户（含地址与设备）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians, with skills, certificates and shifts</source>
        <translation>师傅（含技能、操作证与排班）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open jobs</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File (.xlsx or .csv)</source>
        <translation>文件（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge a known customer's row into it (same phone; technicians: same code)</source>
        <translation>合并到已有客户（同一电话；师傅：同一工号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip rows of known customers or technicians</source>
        <translation>跳过已有客户或师傅的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import nothing if any row is bad</source>
        <translation>有任何错误行则全部不导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is bad</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rows} rows: {created} new, {merged} merged, {skipped} skipped, {bad} bad.</source>
        <translation>共 {rows} 行：新建 {created}，合并 {merged}，跳过 {skipped}，错误 {bad}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written yet: Import writes it.</source>
        <translation>尚未写入：点击“导入”才会写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: a row is bad and you chose all or nothing.</source>
        <translation>未导入任何内容：有错误行，且选择了全部或不导入。</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <location filename="../../ui/checklist/item_fields.py" line="+53"/>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computed</source>
        <translation>计算值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An answer is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S – from a source</source>
        <translation>S – 有出处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S2 – secondary source</source>
        <translation>S2 – 间接出处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A – assumed default</source>
        <translation>A – 假定默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R – recalled default</source>
        <translation>R – 凭经验的默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number or an expression</source>
        <translation>数字或表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. work_at_height</source>
        <translation>例如 work_at_height</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies when</source>
        <translation>适用条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>可选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted choices</source>
        <translation>合格选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos needed</source>
        <translation>所需照片数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from</source>
        <translation>取自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <location filename="../../ui/dialogs/job_editor.py" line="+80"/>
        <source>New job</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a complaint about this job (Ctrl+Shift+N)</source>
        <translation>登记关于此工单的投诉（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Job sheet</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Job {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the job on hold?</source>
        <translation>工单挂起的原因？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel job</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the job cancelled?</source>
        <translation>工单取消的原因？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{problem}
Complete anyway as supervisor? Give the reason:</source>
        <translation>{problem}
是否以主管身份强制完工？请填写原因：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor override</source>
        <translation>主管强制通过</translation>
    </message>
</context>
<context>
    <name>JobFilterBar</name>
    <message>
        <location filename="../../ui/views/job_filter_bar.py" line="+49"/>
        <source>Search number, customer, phone, address</source>
        <translation>搜索工单号、客户、电话、地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>All technicians</source>
        <translation>全部师傅</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Status: any</source>
        <translation>状态：全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {names}</source>
        <translation>状态：{names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {count} chosen</source>
        <translation>状态：已选 {count} 项</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <location filename="../../ui/dialogs/job_form.py" line="+55"/>
        <source>Customer asked for a time</source>
        <translation>客户指定上门时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation request</source>
        <translation>安装要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance request</source>
        <translation>保养要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection request</source>
        <translation>检测要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation request</source>
        <translation>移机要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal request</source>
        <translation>拆机要求</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time} ({hours} h after the call)</source>
        <translation>{time}（受理后 {hours} 小时）</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Requested time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated duration</source>
        <translation>预计时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required skills</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA response due</source>
        <translation>响应时限</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/job_table_model.py" line="+73"/>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next visit</source>
        <translation>下次上门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>JobWatch</name>
    <message>
        <location filename="../../ui/printing/job_watch.py" line="+65"/>
        <source>Saved {pages} pages to {file}.</source>
        <translation>已将 {pages} 页保存到 {file}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages handed to the printer {printer}.</source>
        <translation>已将 {pages} 页交给打印机 {printer}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pages} pages sent to {printer} (job {job}).</source>
        <translation>已发送 {pages} 页到 {printer}（作业 {job}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): waiting in its queue.</source>
        <translation>已发送 {pages} 页到 {printer}（作业 {job}）：正在队列中等待。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): held in its queue.</source>
        <translation>已发送 {pages} 页到 {printer}（作业 {job}）：在队列中被挂起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): printing.</source>
        <translation>已发送 {pages} 页到 {printer}（作业 {job}）：正在打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): the printer has stopped; the job waits until it is resumed.</source>
        <translation>已发送 {pages} 页到 {printer}（作业 {job}）：打印机已停止，作业将在恢复后继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job {job} on {printer} was cancelled: it may not have been printed.</source>
        <translation>{printer} 上的作业 {job} 已被取消：可能没有打印出来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job {job} on {printer} was aborted by the print system: check the printer, then print again.</source>
        <translation>{printer} 上的作业 {job} 被打印系统中止：请检查打印机，然后重新打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{printer} has finished job {job} ({pages} pages).</source>
        <translation>{printer} 已完成作业 {job}（{pages} 页）。</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../ui/quality/figure_jobs.py" line="-62"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../../ui/views/jobs_view.py" line="+44"/>
        <source>New job</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Take a complaint; about the selected job when one is selected (Ctrl+Shift+N)</source>
        <translation>登记投诉；选中工单时即关于该工单（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 job</source>
        <translation>1 个工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} jobs</source>
        <translation>{count} 个工单</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+37"/>
        <location line="+56"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <location line="+14"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+56"/>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation</source>
        <translation>移机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal</source>
        <translation>拆机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the way</source>
        <translation>在途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit done</source>
        <translation>已上门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit cancelled</source>
        <translation>已取消上门</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refrigerant handling</source>
        <translation>制冷剂操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work at height</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Electrical</source>
        <translation>电工</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Commercial systems</source>
        <translation>商用机组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maint.</source>
        <translation>保养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refrigerant</source>
        <translation>制冷剂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commercial</source>
        <translation>商用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refrigeration operator</source>
        <translation>制冷与空调作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work at height operator</source>
        <translation>高处作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-voltage electrician</source>
        <translation>低压电工作业</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installation quality</source>
        <translation>安装质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat fault</source>
        <translation>重复故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: confirmed</source>
        <translation>已关闭：客户确认</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the visit</source>
        <translation>完工回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint outcome</source>
        <translation>投诉结果回访</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold reason</source>
        <translation>挂起原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated duration</source>
        <translation>预计时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required skills</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested from</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested until</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status set to {status}</source>
        <translation>状态改为{status}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings/desk_pages.py" line="-77"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the station</source>
        <translation>与网点相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FieldDesk starts in the new language the next time it is opened.</source>
        <translation>下次打开 FieldDesk 时使用新的语言。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station's desks:</source>
        <translation>本网点各工作台：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC:</source>
        <translation>本机：</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../ui/board/legend.py" line="+79"/>
        <source>Visits are coloured by status:</source>
        <translation>上门按状态着色：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Left tab: the job type (colour and letter)</source>
        <translation>左侧色条：工单类型（颜色和字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black corner: time fixed with the customer</source>
        <translation>黑色角标：已与客户约定时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed outline: booked against a rule by a supervisor</source>
        <translation>虚线边框：主管越过规则安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted line: time between visits, with the drive in minutes</source>
        <translation>点线：两次上门之间的时间，标有车程分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red dotted line: too short for the drive</source>
        <translation>红色点线：时间不够路上行车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White: on shift</source>
        <translation>白色：当班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey: off shift</source>
        <translation>灰色：不当班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red band: absent</source>
        <translation>红色块：请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red line: now</source>
        <translation>红线：当前时间</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../ui/charges/lines_table.py" line="+38"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old serial</source>
        <translation>旧件条码</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Covered</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payable</source>
        <translation>自费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rule} (the policy now decides otherwise: save again)</source>
        <translation>{rule}（现行保修政策的判定已不同：请重新保存）</translation>
    </message>
</context>
<context>
    <name>Locating</name>
    <message>
        <location filename="../../ui/locating.py" line="+25"/>
        <source>Rooftop</source>
        <translation>门牌级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区县级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed by hand</source>
        <translation>手动标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not located</source>
        <translation>未定位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geocode cache</source>
        <translation>定位缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online geocoder</source>
        <translation>在线定位服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline gazetteer</source>
        <translation>离线行政区划库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{address}: not located.</source>
        <translation>{address}：未定位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: located, {location}.</source>
        <translation>{address}：已定位，{location}。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="+17"/>
        <source>Sign in to FieldDesk</source>
        <translation>登录 FieldDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LowPrecisionDialog</name>
    <message>
        <location filename="../../ui/map/low_precision.py" line="+109"/>
        <source>Low-precision sites</source>
        <translation>定位粗略的地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sites located only to their district or worse. When online, re-geocoding asks the online geocoder again; a better answer replaces the location, a pin placed by hand is never replaced.</source>
        <translation>这些地址只定位到区县或更粗。联网时，重新定位会再次询问在线定位服务；更精确的结果会替换原位置，手动标注的位置不会被替换。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-geocode</source>
        <translation>重新定位</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} sites located to a district or worse.</source>
        <translation>{count} 个地址只定位到区县或更粗。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{improved} located more precisely, {unchanged} unchanged, {not_found} not found.</source>
        <translation>{improved} 个定位更精确，{unchanged} 个不变，{not_found} 个未找到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after {done} of {total} sites: </source>
        <translation>已取消，已处理 {total} 个地址中的 {done} 个：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} sites re-geocoded: </source>
        <translation>已重新定位 {total} 个地址：</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Re-geocoding the sites…</source>
        <translation>正在重新定位…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Re-geocoding the sites… {done} of {total}</source>
        <translation>正在重新定位… {done} / {total}</translation>
    </message>
</context>
<context>
    <name>LowPrecisionModel</name>
    <message>
        <location line="-81"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+57"/>
        <source>FieldDesk – {code} {name}</source>
        <translation>FieldDesk – {code} {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{view} ({count})</source>
        <translation>{view}（{count}）</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../ui/map/legend.py" line="+96"/>
        <source>Job status (fill)</source>
        <translation>工单状态（填充色）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority (ring)</source>
        <translation>优先级（外圈）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the map</source>
        <translation>地图上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several jobs (red dot: one is urgent)</source>
        <translation>多个工单（红点：其中有紧急工单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A technician's home base</source>
        <translation>师傅的出发地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A technician's day: visits in order</source>
        <translation>师傅的一天：按顺序上门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>River or lake</source>
        <translation>河流或湖泊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border between provinces</source>
        <translation>省界</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map/page.py" line="+145"/>
        <source>{count} jobs on the map</source>
        <translation>地图上 {count} 个工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {count} without a location</source>
        <translation>，{count} 个未定位</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: no visits on {day}</source>
        <translation>{name}：{day} 无上门安排</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, {day}: {stops} visits, about {time} driving</source>
        <translation>{name}，{day}：{stops} 次上门，车程约 {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The map tiles cannot be used ({error}); the built-in basemap is shown.</source>
        <translation>地图瓦片无法使用（{error}），已改用内置底图。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map tiles</source>
        <translation>地图瓦片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map tiles files (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation>地图瓦片文件 (*.mbtiles *.pmtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{number} has no location yet: right-click where its site is and choose “Set location of {number} here”.</source>
        <translation>{number} 尚未定位：请在其地址所在处右击，选择“将 {number} 的位置标注在此处”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The site of {number} is now at {lat:.5f}, {lon:.5f} (placed by hand).</source>
        <translation>{number} 的地址已手动标注在 {lat:.5f}, {lon:.5f}。</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../ui/map/toolbar.py" line="+38"/>
        <source>Show all jobs</source>
        <translation>显示全部工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs too</source>
        <translation>含已结束工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show completed, closed and cancelled jobs</source>
        <translation>同时显示已完成、已关闭和已取消的工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>No route</source>
        <translation>不显示路线</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Map tiles…</source>
        <translation>地图瓦片…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a map tiles file…</source>
        <translation>使用地图瓦片文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles or PMTiles, raster or vector tiles</source>
        <translation>MBTiles 或 PMTiles，栅格瓦片或矢量瓦片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in basemap</source>
        <translation>使用内置底图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the pins, rings, houses and lines mean</source>
        <translation>图钉、外圈、小房子和线条的含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-precision sites…</source>
        <translation>定位粗略的地址…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites located only to their district or worse: re-geocode them when online</source>
        <translation>只定位到区县或更粗的地址：联网后重新定位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route of</source>
        <translation>路线：</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../ui/map/view.py" line="+365"/>
        <source>Open {number}</source>
        <translation>打开 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set location of {number} here</source>
        <translation>将 {number} 的位置标注在此处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set location here (select one job first)</source>
        <translation>将位置标注在此处（请先选中一个工单）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in here</source>
        <translation>在此放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all jobs</source>
        <translation>显示全部工单</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} jobs: click to zoom in</source>
        <translation>{count} 个工单：点击放大</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/station/users_dialog.py" line="-27"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operation.py" line="+288"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_date.py" line="+17"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>OverdueComplaints</name>
    <message>
        <location filename="../../ui/quality/badge.py" line="+59"/>
        <source>The overdue ones are in Quality › Complaints.</source>
        <translation>超期的投诉见“质量 › 投诉”。</translation>
    </message>
</context>
<context>
    <name>PagedListView</name>
    <message>
        <location filename="../../ui/views/record_list.py" line="+161"/>
        <source>(only the first {limit} characters of the search were used)</source>
        <translation>（只按搜索内容的前 {limit} 个字符查找）</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../ui/printing/paper.py" line="+37"/>
        <source>{paper} is smaller than A5: job sheets are not printed on it.</source>
        <translation>{paper} 小于 A5：工单不能在这种纸上打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on {paper}: the A4 pages are scaled to {percent} %.</source>
        <translation>打印在 {paper} 纸上：A4 页面缩放为 {percent} %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job sheets are printed portrait whatever the orientation chosen.</source>
        <translation>无论选择何种方向，工单都按纵向打印。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/station/password_dialog.py" line="+40"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/quality/figures_model.py" line="+61"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
</context>
<context>
    <name>PhotoInput</name>
    <message>
        <location filename="../../ui/checklist/photo_input.py" line="+65"/>
        <source>Drop image files here; Delete removes the selected photo</source>
        <translation>将图片文件拖放到此处；按 Delete 删除所选照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
</context>
<context>
    <name>PlanDayDialog</name>
    <message>
        <location filename="../../ui/board/plan_dialog.py" line="+29"/>
        <source>Plan day</source>
        <translation>排程当天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every technician</source>
        <translation>全部师傅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The technicians shown on the board ({count})</source>
        <translation>看板上显示的师傅（{count}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team {team}</source>
        <translation>班组 {team}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>排程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../ui/board/plan_panel.py" line="+36"/>
        <source>Accept plan</source>
        <translation>采用排程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan for {day}: {changes} changes.</source>
        <translation>{day} 的排程：{changes} 处改动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped early: the best plan found so far.</source>
        <translation>已提前停止：这是目前找到的最佳排程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not planned: {number}. {reason}</source>
        <translation>未排入：{number}。{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its visit is removed.</source>
        <translation>其上门将被取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}: {travel} min of travel, {jobs} jobs planned, {met} promises met</source>
        <translation>{label}：路程 {travel} 分钟，排入 {jobs} 个工单，守住 {met} 个时效承诺</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added: {number} to {who} at {time}</source>
        <translation>新增：{number} 指派给 {who}，{time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved: {number} to {who} at {time}</source>
        <translation>调整：{number} 改派给 {who}，{time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(after the promise)</source>
        <translation>（晚于时效承诺）</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+200"/>
        <source> min of travel</source>
        <translation> 分钟路程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day planner weighs what a plan achieves against the travel it costs, in minutes of travel:</source>
        <translation>排程时，把排程的收益与所需路程相权衡，以路程分钟计：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A job planned is worth:</source>
        <translation>排入一个工单相当于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A response promise met is worth:</source>
        <translation>守住一个时效承诺相当于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An overdue job planned is worth:</source>
        <translation>排入一个已超时工单相当于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each minute of a day beyond the even share costs:</source>
        <translation>师傅一天超出平均分摊的每分钟，代价为：</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/parts/policy_dialog.py" line="+48"/>
        <source>Warranty policy</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>commissioning (else purchase)</source>
        <translation>安装调试日（无则购买日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase (else commissioning)</source>
        <translation>购买日（无则安装调试日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maker pays a new unit's installation labour</source>
        <translation>新机安装工时由厂家承担</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warranty covers travel charges</source>
        <translation>保修承担路程费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add finding</source>
        <translation>添加认定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove finding</source>
        <translation>删除认定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund or replacement within (days):</source>
        <translation>包退或包换期（天）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement or repair within (days):</source>
        <translation>包换或包修期（天）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit's warranty (months):</source>
        <translation>整机保修期（月）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods count from:</source>
        <translation>保修期起算：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Findings that void the warranty:</source>
        <translation>导致保修失效的认定：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version {version}, published {when}</source>
        <translation>第 {version} 版，发布于 {when}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/raster.py" line="+125"/>
        <source>The printer could not be started: check that it is on, then try again.</source>
        <translation>无法启动打印机：请确认打印机已开启，然后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer did not take the pages: check that it is on and ready, then try again.</source>
        <translation>打印机没有接收这些页面：请确认打印机已开启并就绪，然后重试。</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+22"/>
        <source>The printer and paper are this PC's own: the print dialog remembers the last ones chosen.</source>
        <translation>打印机和纸张由每台电脑自己设置：打印对话框会记住上次的选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies of each job sheet:</source>
        <translation>每张工单打印份数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer of the sheets:</source>
        <translation>单据页脚：</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location line="-162"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>不用标志</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Station name:</source>
        <translation>网点名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on the sheets:</source>
        <translation>单据上的标志：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG or JPEG image of at most 512 KB.</source>
        <translation>PNG 或 JPEG 图片，不超过 512 KB。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+18"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+4"/>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-2"/>
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QualityFilters</name>
    <message>
        <location filename="../../ui/quality/filters.py" line="+56"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All technicians</source>
        <translation>全部师傅</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the station</source>
        <translation>本网点</translation>
    </message>
</context>
<context>
    <name>QualityTexts</name>
    <message>
        <location filename="../../ui/quality/texts.py" line="+25"/>
        <source>Jobs completed</source>
        <translation>完工工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omission rate</source>
        <translation>遗漏率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfaction rate</source>
        <translation>不满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response promise attainment</source>
        <translation>响应承诺达成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix rate</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat visits within 30 days</source>
        <translation>30 天内重复上门率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installations failed first time</source>
        <translation>安装首检不合格率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· callbacks not made in time</source>
        <translation>· 未按时回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· complaint stages overdue</source>
        <translation>· 投诉环节超期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· response promises missed</source>
        <translation>· 未达成的响应承诺</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complaint rate: complaints received in the month ÷ jobs completed in the month. Omission rate: required follow-ups missed or late ÷ required follow-ups due in the month; the follow-ups are the after-visit callbacks (missed when no call was tried by the due time), the complaint stages (handling, review, report back: late when not done by their due) and the response promise of each call received in the month (missed when the first arrival came after it); only what fell due so far counts. Dissatisfaction rate: customers scoring any aspect 2 or less ÷ customers reached on after-visit callbacks.</source>
        <translation>投诉率＝本月受理的投诉数÷本月完工工单数。遗漏率＝遗漏或超期的必做跟进÷本月到期的必做跟进；必做跟进包括：完工回访（到期前未拨打即为遗漏）、投诉各环节（处理、复核、反馈，未在期限内完成即为超期）、本月来电的响应承诺（首次到达晚于承诺即为未达成）；只计已到期的。不满意率＝完工回访中任一项评分不高于 2 分的客户÷完工回访接通的客户。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>waiting for the confirmation call</source>
        <translation>等待确认回访</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} overdue</source>
        <translation>超时 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/quality/view.py" line="+66"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{figure} · {month}</source>
        <translation>{figure} · {month}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/board/queue.py" line="+50"/>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered by the response promise: the least business time left first (the most overdue at the top), then priority; jobs on hold last.</source>
        <translation>按响应承诺排序：剩余营业时间最少的在前（超时最久的在最上面），其次按优先级；挂起的工单排在最后。</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/board/queue_panel.py" line="+41"/>
        <source>Search jobs</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Unassigned: {count}</source>
        <translation>待指派：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned: {shown} of {count}</source>
        <translation>待指派：{shown} / {count}</translation>
    </message>
</context>
<context>
    <name>RefusedQueue</name>
    <message>
        <location filename="../../ui/sync/refused_queue.py" line="+25"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes refused by the central server.</source>
        <translation>没有被中心服务器拒绝的修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the central server: {count}. The changes after them went up; send one again once its cause is fixed, or discard it to take the server's copy of the record.</source>
        <translation>被中心服务器拒绝：{count} 项。其后的修改已上传；排除原因后可重新发送，或放弃它而采用服务器上的记录。</translation>
    </message>
</context>
<context>
    <name>RefusedTableModel</name>
    <message>
        <location filename="../../ui/sync/refused_model.py" line="+30"/>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed: {fields}</source>
        <translation>已修改：{fields}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was refused</source>
        <translation>被拒原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <location filename="../../ui/quality/report_buttons.py" line="+43"/>
        <source>Report as PDF…</source>
        <translation>月报另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month's quality report: figures, charts, technicians, complaints with their four stages</source>
        <translation>本月质量月报：指标、图表、各师傅指标、投诉及其四个环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print report…</source>
        <translation>打印月报…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview report…</source>
        <translation>预览月报…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Quality report {month}</source>
        <translation>质量月报 {month}</translation>
    </message>
</context>
<context>
    <name>ResponseHoursDialog</name>
    <message>
        <location filename="../../ui/dialogs/response_hours_dialog.py" line="+27"/>
        <source>Response hours</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How soon after the call the first visit must begin. New hours apply to jobs received from now on; the jobs already received keep the time promised.</source>
        <translation>受理后多久必须开始第一次上门。新的时限适用于此后受理的工单；已受理的工单保持原先承诺的时间。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/checklist/result_panel.py" line="+30"/>
        <source>Result: {result}</source>
        <translation>结果：{result}</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../ui/widgets/rows_table.py" line="+39"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>SectionFields</name>
    <message>
        <location filename="../../ui/checklist/section_fields.py" line="+18"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="+88"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sites are located from the local cache, then by this online service when the line is up, then by the offline gazetteer.</source>
        <translation>地址先从本地缓存定位，联网时再用此在线服务，最后用离线地名库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geocoder…</source>
        <translation>定位服务…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map draws the tiles of the region's MBTiles or PMTiles file (raster, or vector tiles with street names), or the built-in basemap.</source>
        <translation>地图使用本地区的 MBTiles 或 PMTiles 文件中的瓦片（栅格瓦片，或带街道名称的矢量瓦片），或使用内置底图。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a map tiles file…</source>
        <translation>选择地图瓦片文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the built-in basemap</source>
        <translation>使用内置底图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central server this station syncs with.</source>
        <translation>本网点同步所用的中心服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central server…</source>
        <translation>中心服务器…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Station profile</source>
        <translation>网点信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA and callbacks</source>
        <translation>响应时限与回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day planner</source>
        <translation>排程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geocoder</source>
        <translation>地址定位服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Map tiles</source>
        <translation>地图瓦片</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>In use: {file}</source>
        <translation>正在使用：{file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: the built-in basemap</source>
        <translation>正在使用：内置底图</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup written: {file}</source>
        <translation>已备份到：{file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map tiles files (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation>地图瓦片文件 (*.mbtiles *.pmtiles);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SheetButtons</name>
    <message>
        <location filename="../../ui/printing/sheet_buttons.py" line="+55"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the job sheet (Ctrl+P)</source>
        <translation>打印服务工单（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank sheet for paper…</source>
        <translation>空白纸质服务工单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job's data with an empty checklist and empty lines for parts and both signatures, to fill in on site</source>
        <translation>工单信息加空白检查表、配件栏和双方签名栏，供现场填写</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Blank job sheet {number}</source>
        <translation>空白服务工单 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job sheet {number}</source>
        <translation>服务工单 {number}</translation>
    </message>
</context>
<context>
    <name>SheetTimesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sheet_times_dialog.py" line="+45"/>
        <source>Times from the sheet: {number}</source>
        <translation>按纸质工单录入时间：{number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty while the visit goes on</source>
        <translation>上门尚未结束时留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit date</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived at</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished at</source>
        <translation>完工时间</translation>
    </message>
</context>
<context>
    <name>ShiftsTable</name>
    <message>
        <location filename="../../ui/dialogs/shifts_table.py" line="+27"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/printing/sign_dialog.py" line="+42"/>
        <source>Sign the job sheet</source>
        <translation>服务工单签名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the person signing</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept</source>
        <translation>确认签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs as</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/printing/signature_pad.py" line="+40"/>
        <source>Sign here with the mouse or a pen</source>
        <translation>请用鼠标或手写笔在此签名</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../../ui/printing/sign_dialog.py" line="-28"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../ui/printing/signatures_tab.py" line="+44"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer signs…</source>
        <translation>客户签名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician signs…</source>
        <translation>师傅签名…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VOID – amended after signing</source>
        <translation>作废（签名后已修改）</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_form.py" line="+78"/>
        <source>New site</source>
        <translation>新安装地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>安装地址</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location line="-44"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access notes</source>
        <translation>上门须知</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../ui/dialogs/site_panel.py" line="+25"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>定位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add site…</source>
        <translation>添加安装地址…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit site…</source>
        <translation>编辑安装地址…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Delete site</source>
        <translation>删除安装地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the site {address} and its equipment?</source>
        <translation>删除安装地址 {address} 及其设备？</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+18"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent:</source>
        <translation>紧急：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High:</source>
        <translation>高：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal:</source>
        <translation>普通：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low:</source>
        <translation>低：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours from the call to the first arrival, by priority:</source>
        <translation>从接到报修到首次上门的工作小时数（按优先级）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback after the visit:</source>
        <translation>上门后回访：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls without an answer before the customer counts as unreached:</source>
        <translation>未接通多少次后视为联系不上：</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="+45"/>
        <source>The database {path} cannot be opened: {error}</source>
        <translation>无法打开数据库 {path}：{error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of it was found.</source>
        <translation>没有找到它的备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup made on {day}? The damaged file is kept next to it, renamed.</source>
        <translation>恢复 {day} 的备份吗？损坏的文件会改名保留在原处旁边。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {backup} cannot be restored: {error}</source>
        <translation>无法恢复备份 {backup}：{error}</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <location filename="../../ui/station/menus.py" line="+47"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Show the jobs, customers, technicians, complaints or callbacks to export their list.</source>
        <translation>请先显示工单、客户、师傅、投诉或回访列表，再导出。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+36"/>
        <source>{user} ({role})</source>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop the sync</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New desk: sync once</source>
        <translation>新工作台：请同步一次</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sync not set up</source>
        <translation>未设置同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to sync</source>
        <translation>无待同步数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes to sync</source>
        <translation>{count} 项变更待同步</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records loaded in bulk to upload</source>
        <translation>批量导入的记录待上传</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oldest unsent: {age}</source>
        <translation>最早未发送：{age}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} refused</source>
        <translation>{count} 项被拒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the central server refused: see the Sync view.</source>
        <translation>中心服务器拒绝的修改：请查看“同步”页面。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaints overdue: {count}</source>
        <translation>超期投诉：{count} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints past the due of their stage: see Quality › Complaints.</source>
        <translation>超过当前环节期限的投诉：见“质量 › 投诉”。</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <location filename="../../ui/dialogs/status_buttons.py" line="+27"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status_text} ({reason})</source>
        <translation>{status_text}（{reason}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start work</source>
        <translation>开始作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel job…</source>
        <translation>取消工单…</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/parts/stock_dialog.py" line="+58"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station's store</source>
        <translation>网点仓库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;ceive into the store</source>
        <translation>入库(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue to the van</source>
        <translation>领用到车(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return from the van</source>
        <translation>从车上退库(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>补货线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>盘点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record stock-take</source>
        <translation>记录盘点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old serial</source>
        <translation>旧件条码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maker's claim reference</source>
        <translation>厂家索赔单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim the selected parts</source>
        <translation>索赔所选旧件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Place:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels</source>
        <translation>库存量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old parts for the claim</source>
        <translation>待索赔旧件</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name}'s van ({code})</source>
        <translation>{name}的车（{code}）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a part first.</source>
        <translation>请先选择配件。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A count is a number, such as 3 or 2.5.</source>
        <translation>盘点数须为数字，例如 3 或 2.5。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code}: books {book}, counted {counted}</source>
        <translation>{code}：账面 {book}，盘点 {counted}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counts match the books.</source>
        <translation>盘点数与账面一致。</translation>
    </message>
</context>
<context>
    <name>StockRefusal</name>
    <message>
        <location filename="../../ui/charges/stock_refusal.py" line="+28"/>
        <source>Stock below zero</source>
        <translation>库存将低于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}
Give the reason to go on:</source>
        <translation>{problem}
请填写继续的原因：</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../ui/board/suggestion_panel.py" line="+47"/>
        <location line="+41"/>
        <source>Select a job to see who can do it.</source>
        <translation>选择一个工单，查看可以指派的师傅。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit this job in</source>
        <translation>插入当天路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best place for the job in the day's routes, shown on the board to accept or reject</source>
        <translation>工单在当天路线中的最佳位置，显示在看板上，可采用或放弃</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Technicians for {number}</source>
        <translation>{number} 可指派的师傅</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for technicians…</source>
        <translation>正在查找师傅…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{available} of {count} can take it</source>
        <translation>{count} 位师傅中 {available} 位可以接单</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Available</source>
        <translation>可接单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not that day</source>
        <translation>当天无法安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not qualified</source>
        <translation>不具备资质</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="+22"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>安装地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>操作证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absence</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job line</source>
        <translation>工单明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station setting</source>
        <translation>网点设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue item</source>
        <translation>价目表项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old part</source>
        <translation>旧件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance contract</source>
        <translation>保养合同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract visit</source>
        <translation>合同上门</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time}  Cancelled</source>
        <translation>{time}  已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}  Failed: {error}</source>
        <translation>{time}  失败：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}  Changes sent: {sent}, records received: {received}</source>
        <translation>{time}  上传变更：{sent} 项，下载记录：{received} 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, conflicts: {count}</source>
        <translation>，冲突 {count} 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, refused: {count}</source>
        <translation>，被拒：{count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} min</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} h</source>
        <translation>{count} 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes made more than {hours} hours ago have not reached the central server yet.</source>
        <translation>有超过 {hours} 小时之前的修改尚未到达中心服务器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every change here reached the central server.</source>
        <translation>本地的所有修改都已到达中心服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to go up: {count} changes, the oldest made {age} ago.</source>
        <translation>待上传：{count} 项修改，最早的一项是 {age}前做的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station's records loaded in bulk go up whole first.</source>
        <translation>本站批量导入的记录会先整体上传。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the central server: {count}.</source>
        <translation>被中心服务器拒绝：{count} 项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was copied or restored from a backup: it is a new desk now, and its next sync asks the central server which of its changes arrived already.</source>
        <translation>此数据库是复制来的或从备份恢复的：它现在是一个新的工作台，下次同步时会向中心服务器确认哪些修改已经到达。</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/sync/sync_view.py" line="+50"/>
        <source>Central server…</source>
        <translation>中心服务器…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This station does not sync yet: a supervisor sets the central server in Tools › Central server….</source>
        <translation>本站尚未设置同步：请主管在“工具 › 中心服务器…”中设置中心服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the sync with {url}…</source>
        <translation>正在停止与 {url} 的同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing with {url}…</source>
        <translation>正在与 {url} 同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central server {url}: online.</source>
        <translation>中心服务器 {url}：在线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central server {url}: offline.</source>
        <translation>中心服务器 {url}：离线。</translation>
    </message>
</context>
<context>
    <name>TechnicianDetails</name>
    <message>
        <location filename="../../ui/dialogs/technician_details.py" line="+35"/>
        <source>e.g. T012</source>
        <translation>例如 T012</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes jobs</source>
        <translation>可接单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max jobs per day</source>
        <translation>每日最多工单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>TechnicianEditor</name>
    <message>
        <location filename="../../ui/dialogs/technician_editor.py" line="+35"/>
        <source>New technician</source>
        <translation>新建师傅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>操作证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>排班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Technician {code} {name}</source>
        <translation>师傅 {code} {name}</translation>
    </message>
</context>
<context>
    <name>TechnicianTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/technician_table_model.py" line="+71"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max jobs/day</source>
        <translation>每日最多工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates expired</source>
        <translation>已过期的操作证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates expiring</source>
        <translation>即将到期的操作证</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Booked for {count} visits that need a certificate expired by then: {visits}</source>
        <translation>已安排 {count} 次上门，所需操作证届时已过期：{visits}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{kind} expired {date}</source>
        <translation>{kind}已于 {date} 过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} expires {date}</source>
        <translation>{kind}将于 {date} 到期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TechniciansView</name>
    <message>
        <location filename="../../ui/views/technicians_view.py" line="+49"/>
        <source>New technician</source>
        <translation>新建师傅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search code, name, team, skill</source>
        <translation>搜索工号、姓名、班组、技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive</source>
        <translation>显示已停用的师傅</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>1 technician</source>
        <translation>1 位师傅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} technicians</source>
        <translation>{count} 位师傅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {count} technicians</source>
        <translation>{shown} / {count} 位师傅</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/checklist/template_editor.py" line="+49"/>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a section or an item.</source>
        <translation>请选择一个分区或检查项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish new version</source>
        <translation>发布新版本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add section</source>
        <translation>添加分区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Published version {version}.</source>
        <translation>已发布第 {version} 版。</translation>
    </message>
</context>
<context>
    <name>TemplateTree</name>
    <message>
        <location filename="../../ui/checklist/template_tree.py" line="+40"/>
        <source>Section / item</source>
        <translation>分区 / 检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>TravelPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+22"/>
        <source> km/h</source>
        <translation> 公里/小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travel time is the straight-line distance times the road factor, at the average speed.</source>
        <translation>路程时间按直线距离乘以道路系数、再按平均速度计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average speed:</source>
        <translation>平均速度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road factor:</source>
        <translation>道路系数：</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../ui/quality/trend.py" line="+42"/>
        <source>Reading twelve months…</source>
        <translation>正在读取近十二个月…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The three rates (%)</source>
        <translation>三率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response promise attainment and first-time fix (%)</source>
        <translation>响应承诺达成率与一次修复率（%）</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/station/users_dialog.py" line="+36"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, must change password</source>
        <translation>，须修改密码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reset the password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} must change it at the next sign-in.</source>
        <translation>{user} 下次登录时必须修改密码。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views/registry.py" line="+31"/>
        <source>Board</source>
        <translation>调度看板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technicians</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>VisitsBox</name>
    <message>
        <location filename="../../ui/dialogs/job_visits.py" line="+42"/>
        <source>Visits</source>
        <translation>上门安排</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation>上门状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived – finished</source>
        <translation>到达 – 完工</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is booked yet: assign a technician on the board.</source>
        <translation>尚未指派师傅：请在调度看板上指派。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived now</source>
        <translation>现在到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished now</source>
        <translation>现在完工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times from the sheet…</source>
        <translation>按纸质工单录入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key in the arrival and finish written on the signed paper sheet</source>
        <translation>录入客户已签字的纸质工单上写的到达和完工时间</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Times from the sheet</source>
        <translation>按纸质工单录入</translation>
    </message>
</context>
<context>
        <name>Messages</name>
        <message>
            <location filename="../../checklists/loader.py" line="56"/>
            <source>{place}: nested more than {depth} levels deep</source>
            <translation>{place}：嵌套超过 {depth} 层</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="63"/>
            <source>{place}: too large for a checklist (at most {values} values and {chars} characters)</source>
            <translation>{place}：作为检查单过大（最多 {values} 个值、{chars} 个字符）</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="80"/>
            <source>{place}: {problem} (and {more} more)</source>
            <translation>{place}：{problem}（另有 {more} 个问题）</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="82"/>
            <source>{place}: {problem}</source>
            <translation>{place}：{problem}</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="88"/>
            <source>{file}: larger than {megabytes} MB, too large for a checklist</source>
            <translation>{file}：超过 {megabytes} MB，作为检查单过大</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="93"/>
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}：无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="96"/>
            <source>{file}: nested too deeply to be a checklist</source>
            <translation>{file}：嵌套过深，不能作为检查单</translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="99"/>
            <source>{file}: not valid {format}: {problem}</source>
            <translation>{file}：不是有效的 {format} 文件：{problem}</translation>
        </message>
        <message>
            <location filename="../../cli/users_cmd.py" line="75"/>
            <source>There is no user {username}.</source>
            <translation>用户 {username} 不存在。</translation>
        </message>
        <message>
            <location filename="../../db/backup_checks.py" line="40"/>
            <source>{backup} is no FieldDesk backup (it has no schema version).</source>
            <translation>{backup} 不是 FieldDesk 备份（没有数据库版本）。</translation>
        </message>
        <message>
            <location filename="../../db/backup_checks.py" line="43"/>
            <source>The backup {backup} has schema version {found}, which this FieldDesk does not know (it knows up to {known}): restore it with a newer FieldDesk.</source>
            <translation>备份 {backup} 的数据库版本为 {found}，本 FieldDesk 不认识（最高认识 {known}）：请用更新的 FieldDesk 恢复。</translation>
        </message>
        <message>
            <location filename="../../db/backup_checks.py" line="49"/>
            <source>The backup {backup} is of station {theirs}, this database is station {ours}'s: restore it only if you mean to make this desk a desk of {theirs} (--other-station).</source>
            <translation>备份 {backup} 属于网点 {theirs}，本数据库属于网点 {ours}：只有确实要把本工作台改为 {theirs} 的工作台时才恢复（--other-station）。</translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="28"/>
            <source>the file is empty (0 bytes)</source>
            <translation>文件为空（0 字节）</translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="31"/>
            <source>it is not a database (SQLite does not recognise it)</source>
            <translation>它不是数据库（SQLite 无法识别）</translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="43"/>
            <source>SQLite cannot read it ({reason})</source>
            <translation>SQLite 无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="46"/>
            <source>the integrity check found: {problem}</source>
            <translation>完整性检查发现：{problem}</translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="51"/>
            <source>The database {path} is damaged: {problem}. FieldDesk does not write into it.</source>
            <translation>数据库 {path} 已损坏：{problem}。FieldDesk 不会向其中写入。</translation>
        </message>
        <message>
            <location filename="../../db/migrate.py" line="34"/>
            <source>This database has schema version {found}, which this FieldDesk does not know (it knows up to {known}): a newer FieldDesk wrote it. Update FieldDesk to use it.</source>
            <translation>此数据库的结构版本为 {found}，本 FieldDesk 不认识（最高只认识 {known}）：它由更新版本的 FieldDesk 写入。请先升级 FieldDesk 再使用。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="40"/>
            <source>A demo station needs 1 to {maximum} technicians.</source>
            <translation>演示网点需要 1 到 {maximum} 位师傅。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="43"/>
            <source>The number of demo jobs cannot be negative.</source>
            <translation>演示工单数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="45"/>
            <source>{technicians} technicians cannot have done {jobs} jobs: allow at most {maximum} jobs per technician.</source>
            <translation>{technicians} 位师傅无法完成 {jobs} 个工单：每位师傅最多 {maximum} 个工单。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="50"/>
            <source>A demo station needs 1 to {maximum:,} customers.</source>
            <translation>演示网点需要 1 到 {maximum:,} 位客户。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="53"/>
            <source>The demo's current time must carry a time zone.</source>
            <translation>演示数据的当前时间必须带有时区。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="62"/>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="64"/>
            <source>{path} already exists; use --force to replace it with a new demo station.</source>
            <translation>{path} 已存在；如需用新的演示网点替换它，请使用 --force。</translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="44"/>
            <source>The map tiles file {path} does not exist.</source>
            <translation>地图瓦片文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="51"/>
            <source>{name} is not an MBTiles file (not an SQLite database).</source>
            <translation>{name} 不是 MBTiles 文件（不是 SQLite 数据库）。</translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="55"/>
            <source>{name} is not an MBTiles file (it has no metadata and tiles tables).</source>
            <translation>{name} 不是 MBTiles 文件（缺少 metadata 和 tiles 表）。</translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="73"/>
            <source>{name} is not an MBTiles file (its tables are not readable as MBTiles).</source>
            <translation>{name} 不是 MBTiles 文件（其中的表无法按 MBTiles 格式读取）。</translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="77"/>
            <source>{name} holds {format} tiles: only raster tiles (png, jpg, webp) and vector tiles (pbf) can be drawn.</source>
            <translation>{name} 中是 {format} 瓦片：只能显示栅格瓦片（png、jpg、webp）和矢量瓦片（pbf）。</translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="81"/>
            <source>{name} holds no tiles.</source>
            <translation>{name} 中没有瓦片。</translation>
        </message>
        <message>
            <location filename="../../map/pmtiles_file.py" line="32"/>
            <source>{name} is not a PMTiles file this map can read (version 3).</source>
            <translation>{name} 不是本地图能读取的 PMTiles 文件（第 3 版）。</translation>
        </message>
        <message>
            <location filename="../../map/pmtiles_file.py" line="36"/>
            <source>{name} holds tiles of a kind the map cannot draw.</source>
            <translation>{name} 中的瓦片类型无法在地图上显示。</translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="96"/>
            <source>The print system does not answer, so nothing was sent: check that the printing service (CUPS) is running, then try again.</source>
            <translation>打印系统没有响应，因此未发送任何内容：请确认打印服务（CUPS）正在运行，然后重试。</translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="103"/>
            <source>No printer is set up on this computer, so nothing was sent: add one in the system's printer settings.</source>
            <translation>这台电脑没有设置打印机，因此未发送任何内容：请在系统的打印机设置中添加一台。</translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="111"/>
            <source>The printer {printer} is not set up on this computer, so nothing was sent: choose another printer.</source>
            <translation>这台电脑上没有设置打印机 {printer}，因此未发送任何内容：请选择其他打印机。</translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="116"/>
            <source>The printer {printer} is not accepting jobs, so nothing was sent: choose another printer, or ask whoever looks after it.</source>
            <translation>打印机 {printer} 不接受作业，因此未发送任何内容：请选择其他打印机，或联系打印机的管理人员。</translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="120"/>
            <source>The printer {printer} is paused, so nothing was sent: resume it in the system's printer settings, or choose another printer.</source>
            <translation>打印机 {printer} 已暂停，因此未发送任何内容：请在系统的打印机设置中恢复它，或选择其他打印机。</translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="131"/>
            <source>The printer {printer} refused the job ({reason}), so nothing was printed.</source>
            <translation>打印机 {printer} 拒绝了作业（{reason}），因此没有打印任何内容。</translation>
        </message>
        <message>
            <location filename="../../printing/page_ranges.py" line="32"/>
            <source>The document has {pages} pages: the pages chosen ({ranges}) are not among them, so nothing was printed.</source>
            <translation>文档共 {pages} 页：所选页码（{ranges}）不在其中，因此没有打印任何内容。</translation>
        </message>
        <message>
            <location filename="../../printing/paper.py" line="46"/>
            <source>Job sheets are A4 pages: on {paper} paper their small print would be unreadable, so nothing was printed. Choose A4 (or at least A5).</source>
            <translation>工单是 A4 页面：在 {paper} 纸上小字将无法辨认，因此没有打印任何内容。请选择 A4（或至少 A5）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="23"/>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="23"/>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="23"/>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="43"/>
            <source>The opening hours of {weekday} must look like 08:00-20:00 (00:00-24:00 round the clock; empty when closed).</source>
            <translation>{weekday}的营业时间须写成 08:00-20:00 的样式（全天营业写 00:00-24:00；休息日留空）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="70"/>
            <source>Give the opening hours of each of the seven weekdays.</source>
            <translation>请填写一周七天每天的营业时间。</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="73"/>
            <source>The station must be open on at least one weekday.</source>
            <translation>网点每周至少须有一天营业。</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="75"/>
            <source>At most {maximum} holidays can be kept.</source>
            <translation>最多只能保存 {maximum} 个节假日。</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="167"/>
            <source>The holiday {value!r} is not a date like 2026-10-01.</source>
            <translation>节假日 {value!r} 不是 2026-10-01 这样的日期。</translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="170"/>
            <source>Holidays must fall between the years 1970 and 2100.</source>
            <translation>节假日须在 1970 年至 2100 年之间。</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="15"/>
            <source>No technician of the plan works that day.</source>
            <translation>计划中的师傅当天都不上班。</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="21"/>
            <source>No technician of the plan may do it. {violations}</source>
            <translation>计划中没有师傅可以做这个工单。{violations}</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="28"/>
            <source>The customer asked for a visit starting between {start:%Y-%m-%d %H:%M} and {end:%Y-%m-%d %H:%M}, not on that day.</source>
            <translation>客户预约的上门时间为 {start:%Y-%m-%d %H:%M} 至 {end:%Y-%m-%d %H:%M}，不在当天。</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="54"/>
            <source>{violations}</source>
            <translation>{violations}</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="61"/>
            <source>The technicians who may do it have no time left that day (shift, absence or daily maximum).</source>
            <translation>能做这个工单的师傅当天已没有空闲（班次、请假或每日上限）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="64"/>
            <source>No technician who may do it can reach it inside its window and their shift that day.</source>
            <translation>能做这个工单的师傅当天都无法在预约时段和班次内赶到。</translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="66"/>
            <source>The day is full: the jobs planned weigh more (promises first, then travel).</source>
            <translation>当天已排满：已排入的工单更重要（先保时效承诺，再看路程）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="56"/>
            <source>No particular skill is needed.</source>
            <translation>无需特定技能。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="57"/>
            <source>Has the skills needed: {skills}.</source>
            <translation>具备所需技能：{skills}。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="62"/>
            <source>{kind} certificate valid until {day}.</source>
            <translation>{kind}操作证有效期至 {day}。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="68"/>
            <source>Arrives at {time:%H:%M}.</source>
            <translation>{time:%H:%M} 到达。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="74"/>
            <source>No time that day for a {minutes}-minute visit the technician can reach.</source>
            <translation>当天没有来得及赶到的 {minutes} 分钟空档。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="82"/>
            <source>The travel time is unknown (a place has no location): {minutes} min allowed.</source>
            <translation>车程未知（有地点尚未定位），按 {minutes} 分钟预留。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="87"/>
            <source>{minutes} min ({km:.1f} km) from home.</source>
            <translation>从家出发，车程 {minutes} 分钟（{km:.1f} 公里）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="89"/>
            <source>{minutes} min ({km:.1f} km) from the station.</source>
            <translation>从网点出发，车程 {minutes} 分钟（{km:.1f} 公里）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="91"/>
            <source>{minutes} min ({km:.1f} km) from the previous visit, {job}.</source>
            <translation>从上一单 {job} 出发，车程 {minutes} 分钟（{km:.1f} 公里）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="98"/>
            <source>Within the customer's requested window, {start:%m-%d %H:%M} to {end:%m-%d %H:%M}.</source>
            <translation>在客户预约时段内（{start:%m-%d %H:%M} 至 {end:%m-%d %H:%M}）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="101"/>
            <source>Outside the customer's requested window, {start:%m-%d %H:%M} to {end:%m-%d %H:%M}.</source>
            <translation>不在客户预约时段内（{start:%m-%d %H:%M} 至 {end:%m-%d %H:%M}）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="109"/>
            <source>No other job that day (at most {maximum}).</source>
            <translation>当天没有其他工单（上限 {maximum} 单）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="111"/>
            <source>1 job already that day (at most {maximum}).</source>
            <translation>当天已有 1 单（上限 {maximum} 单）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="113"/>
            <source>{count} jobs already that day (at most {maximum}).</source>
            <translation>当天已有 {count} 单（上限 {maximum} 单）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="99"/>
            <source>{name} lacks the skill {skill}.</source>
            <translation>{name}不具备技能 {skill}。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="106"/>
            <source>{name} has no {kind} certificate.</source>
            <translation>{name}没有{kind}操作证。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="109"/>
            <source>{name}'s {kind} certificate expired on {date}.</source>
            <translation>{name}的{kind}操作证已于 {date} 过期。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="122"/>
            <source>{start:%Y-%m-%d %H:%M}-{end:%H:%M} is outside {name}'s shift.</source>
            <translation>{start:%Y-%m-%d %H:%M}-{end:%H:%M} 不在{name}的班次内。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="129"/>
            <source>{name} is absent at that time ({reason}).</source>
            <translation>{name}在该时段不在岗（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="131"/>
            <source>{name} is absent at that time.</source>
            <translation>{name}在该时段不在岗。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="140"/>
            <source>{name} already has {job} at that time.</source>
            <translation>{name}在该时段已有工单 {job}。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="142"/>
            <source>{name} already has a job at that time.</source>
            <translation>{name}在该时段已有其他工单。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="149"/>
            <source>{name} would have {count} jobs that day (maximum {maximum}).</source>
            <translation>{name}当天将有 {count} 个工单（上限 {maximum} 个）。</translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="157"/>
            <source>The customer asked for a visit starting between {start:%Y-%m-%d %H:%M} and {end:%Y-%m-%d %H:%M}.</source>
            <translation>客户预约的上门时间为 {start:%Y-%m-%d %H:%M} 至 {end:%Y-%m-%d %H:%M}。</translation>
        </message>
        <message>
            <location filename="../../scheduling/sla.py" line="59"/>
            <source>The response time of {priority} jobs must be a whole number of hours from 1 to {maximum}.</source>
            <translation>{priority}工单的响应时限必须是 1 到 {maximum} 之间的整数小时。</translation>
        </message>
        <message>
            <location filename="../../scheduling/sla.py" line="63"/>
            <source>Response times must not grow with urgency: urgent at most high, high at most normal, normal at most low.</source>
            <translation>越紧急的工单响应时限不能越长：紧急不超过高，高不超过普通，普通不超过低。</translation>
        </message>
        <message>
            <location filename="../../scheduling/suggest.py" line="94"/>
            <source>{name} has no shift on {day}.</source>
            <translation>{name}在 {day} 没有班次。</translation>
        </message>
        <message>
            <location filename="../../scheduling/suggest.py" line="96"/>
            <source>{name}'s shift has no {minutes} minutes left that day.</source>
            <translation>{name}当天的班次内已没有 {minutes} 分钟的空档。</translation>
        </message>
        <message>
            <location filename="../../services/actor.py" line="32"/>
            <source>Only a user with role {roles} may do this.</source>
            <translation>只有角色为 {roles} 的用户才能执行此操作。</translation>
        </message>
        <message>
            <location filename="../../services/actor.py" line="58"/>
            <source>Sign in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="28"/>
            <source>appointment start</source>
            <translation>预约开始时间</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="55"/>
            <source>appointment end</source>
            <translation>预约结束时间</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="57"/>
            <source>An appointment must end after it starts.</source>
            <translation>预约的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="82"/>
            <source>Only a supervisor may override scheduling rules.</source>
            <translation>只有主管可以强制越过排班规则。</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="106"/>
            <source>Job {number} is {status} and cannot be scheduled.</source>
            <translation>工单 {number} 当前状态为 {status}，无法排期。</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="132"/>
            <source>appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="134"/>
            <source>A finished or cancelled appointment cannot be moved.</source>
            <translation>已完成或已取消的预约不能改期或改派。</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="155"/>
            <source>A finished or cancelled appointment cannot be unassigned.</source>
            <translation>已完成或已取消的上门预约不能取消指派。</translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="157"/>
            <source>job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../services/audit_trail.py" line="88"/>
            <source>start of the period</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../services/audit_trail.py" line="90"/>
            <source>end of the period</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../services/backup_settings.py" line="39"/>
            <source>Backups cannot be written to {folder} ({reason}): choose a folder you may write to, or plug the drive in.</source>
            <translation>无法写入备份到 {folder}（{reason}）：请选择可写入的文件夹，或插入该驱动器。</translation>
        </message>
        <message>
            <location filename="../../services/backup_settings.py" line="51"/>
            <source>Keep between 1 and {maximum} days of backups.</source>
            <translation>备份保留天数须在 1 到 {maximum} 之间。</translation>
        </message>
        <message>
            <location filename="../../services/board.py" line="256"/>
            <source>This database has no station yet.</source>
            <translation>此数据库中还没有网点。</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="65"/>
            <source>A customer who was not reached gives no answers.</source>
            <translation>未接通的客户不能有评分或答复。</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="69"/>
            <source>Each score is a whole number from 1 to 5.</source>
            <translation>每项评分须为 1 到 5 的整数。</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="71"/>
            <source>Ask the customer for all four scores: timeliness, attitude, quality of work and price.</source>
            <translation>请向客户询问全部四项评分：及时性、服务态度、施工质量和价格。</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="74"/>
            <source>Record whether the customer confirms the complaint's outcome.</source>
            <translation>请记录客户是否确认投诉的处理结果。</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="114"/>
            <source>remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="116"/>
            <source>callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="118"/>
            <source>This callback is {status}: nothing is left to call.</source>
            <translation>此回访已是{status}状态，无需再拨打。</translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="141"/>
            <source>complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="57"/>
            <source>catalogue kind</source>
            <translation>价目项类别</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="60"/>
            <source>part's warranty in months</source>
            <translation>配件保修月数</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="63"/>
            <source>item code</source>
            <translation>价目项编码</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="64"/>
            <source>item name</source>
            <translation>价目项名称</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="65"/>
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="66"/>
            <source>maker's part number</source>
            <translation>厂家零件号</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="68"/>
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="70"/>
            <source>reorder level</source>
            <translation>补货线</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="164"/>
            <source>catalogue item</source>
            <translation>价目项</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="166"/>
            <source>Item {code} belongs to the head office's price list; add an item of the station's own to change it.</source>
            <translation>价目项 {code} 属于总部价目表；如需改动，请新增本网点自己的价目项。</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="181"/>
            <source>The item code {code} is taken.</source>
            <translation>价目项编码 {code} 已被占用。</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="194"/>
            <source>price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="195"/>
            <source>effective date</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="45"/>
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="147"/>
            <source>Item {code} is no longer offered.</source>
            <translation>价目项 {code} 已停用。</translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="149"/>
            <source>Item {code} has no price on {day}.</source>
            <translation>价目项 {code} 在 {day} 没有价格。</translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="180"/>
            <source>job line</source>
            <translation>工单费用行</translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="201"/>
            <source>Unknown warranty finding {code!r}; use one of: {known}.</source>
            <translation>未知的保修判定情形 {code!r}；可选：{known}。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="27"/>
            <source>{label}: enter a number.</source>
            <translation>{label}：请输入数字。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="33"/>
            <source>{label}: {value!r} is not a number.</source>
            <translation>{label}：{value!r} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="44"/>
            <source>{label}: answer yes or no.</source>
            <translation>{label}：请回答“是”或“否”。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="50"/>
            <source>{label}: choose one of {choices}.</source>
            <translation>{label}：请从 {choices} 中选择一项。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="57"/>
            <source>{label}: photos are attached as files.</source>
            <translation>{label}：照片须以文件形式添加。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="69"/>
            <source>{label}: enter a whole number.</source>
            <translation>{label}：请输入整数。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="79"/>
            <source>{label} is computed and cannot be typed in.</source>
            <translation>{label}为计算值，不能手动输入。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="86"/>
            <source>The checklist has no item {items}.</source>
            <translation>检查表中没有检查项 {items}。</translation>
        </message>
        <message>
            <location filename="../../services/checklist_templates.py" line="109"/>
            <source>checklist template</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="91"/>
            <source>A {job_type} job has no checklist.</source>
            <translation>{job_type} 类工单没有检查表。</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="106"/>
            <source>checklist</source>
            <translation>检查表</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="121"/>
            <source>equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="144"/>
            <source>file name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="145"/>
            <source>file type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="147"/>
            <source>{filename} is empty.</source>
            <translation>{filename} 是空文件。</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="149"/>
            <source>{filename} is larger than {megabytes} MB.</source>
            <translation>{filename} 超过 {megabytes} MB。</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="156"/>
            <source>The checklist has no photo item {item}.</source>
            <translation>检查表中没有照片检查项 {item}。</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="187"/>
            <source>photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="207"/>
            <source>its installation checklist failed ({items})</source>
            <translation>安装检查表不合格（{items}）</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="208"/>
            <source>its installation checklist is incomplete ({count} required items unanswered)</source>
            <translation>安装检查表未填完（{count} 个必填项未填写）</translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="211"/>
            <source>its checklist has {count} required items unanswered</source>
            <translation>检查表有 {count} 个必填项未填写</translation>
        </message>
        <message>
            <location filename="../../services/children.py" line="39"/>
            <source>An entry being edited was removed meanwhile; reopen the form.</source>
            <translation>正在编辑的某个条目在此期间已被删除，请重新打开表单。</translation>
        </message>
        <message>
            <location filename="../../services/complaint_queries.py" line="128"/>
            <source>Complaints past the due of their stage: {count}. Handle, review or report them back today.</source>
            <translation>超过当前环节期限的投诉：{count} 条。请今天完成处理、复核或反馈。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="43"/>
            <source>text of the stage</source>
            <translation>本环节的内容</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="85"/>
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="88"/>
            <source>Job {number} is not this customer's.</source>
            <translation>工单 {number} 不属于该客户。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="92"/>
            <source>site</source>
            <translation>安装地址</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="94"/>
            <source>That unit is not installed at this customer's sites.</source>
            <translation>该机组未安装在此客户的地址。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="101"/>
            <source>complaint category</source>
            <translation>投诉类别</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="102"/>
            <source>severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="103"/>
            <source>customer's words</source>
            <translation>客户原话</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="104"/>
            <source>time the complaint came in</source>
            <translation>投诉时间</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="106"/>
            <source>A complaint cannot come in the future.</source>
            <translation>投诉时间不能晚于现在。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="140"/>
            <source>This complaint is {stage}: it has no further stage to record here.</source>
            <translation>此投诉已是{stage}状态：这里没有可以再记录的环节。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="167"/>
            <source>A complaint is closed only after it was reported back.</source>
            <translation>投诉须先反馈后才能关闭。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="177"/>
            <source>Only a complaint about an installation gets a re-inspection job.</source>
            <translation>只有关于安装的投诉才能创建复检工单。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="179"/>
            <source>This complaint has its re-inspection job already.</source>
            <translation>此投诉已有复检工单。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="183"/>
            <source>Link the installation job or the unit, so the re-inspection knows where to go.</source>
            <translation>请关联安装工单或机组，以便确定复检地点。</translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="185"/>
            <source>symptom</source>
            <translation>故障现象</translation>
        </message>
        <message>
            <location filename="../../services/completion.py" line="33"/>
            <source>no visit has its arrival and finish recorded</source>
            <translation>没有一次上门记录了到达和完工时间</translation>
        </message>
        <message>
            <location filename="../../services/completion.py" line="39"/>
            <source>the customer has not signed</source>
            <translation>客户尚未签名</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="50"/>
            <source>visits per year</source>
            <translation>每年上门次数</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="51"/>
            <source>contract start</source>
            <translation>合同开始日期</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="52"/>
            <source>contract end</source>
            <translation>合同结束日期</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="54"/>
            <source>A contract must end after it starts.</source>
            <translation>合同的结束日期必须晚于开始日期。</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="56"/>
            <source>contract price</source>
            <translation>合同价格</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="58"/>
            <source>contract reference</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="60"/>
            <source>notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="100"/>
            <source>contract</source>
            <translation>保养合同</translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="112"/>
            <source>days ahead</source>
            <translation>提前天数</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="24"/>
            <source>customer's name</source>
            <translation>客户姓名</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="25"/>
            <source>second phone number</source>
            <translation>备用电话号码</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="26"/>
            <source>email address</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="27"/>
            <source>customer notes</source>
            <translation>客户备注</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="28"/>
            <source>geocode precision</source>
            <translation>定位精度</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="29"/>
            <source>site address</source>
            <translation>安装地址</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="30"/>
            <source>province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="31"/>
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="32"/>
            <source>district</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="33"/>
            <source>geocode source</source>
            <translation>定位来源</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="34"/>
            <source>access notes</source>
            <translation>上门须知</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="70"/>
            <source>A site location needs both latitude and longitude.</source>
            <translation>安装地址的位置需要同时填写纬度和经度。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="74"/>
            <source>The site's latitude or longitude is out of range.</source>
            <translation>安装地址的纬度或经度超出范围。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="101"/>
            <source>refrigerant</source>
            <translation>制冷剂</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="103"/>
            <source>The capacity must be between 0 and 200 kW.</source>
            <translation>制冷量必须在 0 到 200 kW 之间。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="105"/>
            <source>The warranty cannot end before the purchase date.</source>
            <translation>保修截止日期不能早于购买日期。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="107"/>
            <source>brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="108"/>
            <source>model</source>
            <translation>型号</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="109"/>
            <source>indoor serial number</source>
            <translation>室内机条码</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="111"/>
            <source>outdoor serial number</source>
            <translation>室外机条码</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="114"/>
            <source>purchase date</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="115"/>
            <source>commissioning date</source>
            <translation>调试日期</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="116"/>
            <source>warranty end</source>
            <translation>保修截止日期</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="234"/>
            <source>1 job</source>
            <translation>1 个工单</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="234"/>
            <source>{count} jobs</source>
            <translation>{count} 个工单</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="250"/>
            <source>This customer has {jobs}; a customer with jobs is kept for their history.</source>
            <translation>该客户有 {jobs}；有工单的客户需保留，以便查阅历史记录。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="264"/>
            <source>This site has {jobs}; a site with jobs is kept for their history.</source>
            <translation>该安装地址有 {jobs}；有工单的安装地址需保留，以便查阅历史记录。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="269"/>
            <source>This is the customer's only site; a customer keeps at least one site.</source>
            <translation>这是该客户唯一的安装地址；每位客户至少要保留一个安装地址。</translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="281"/>
            <source>This equipment is named on {jobs}; equipment with jobs is kept for their history.</source>
            <translation>有 {jobs}涉及该设备；涉及工单的设备需保留，以便查阅历史记录。</translation>
        </message>
        <message>
            <location filename="../../services/day_plans.py" line="56"/>
            <source>No technician is in the team {team}.</source>
            <translation>班组 {team} 中没有师傅。</translation>
        </message>
        <message>
            <location filename="../../services/day_plans.py" line="106"/>
            <source>A day that is over cannot be planned.</source>
            <translation>已过去的日期不能排程。</translation>
        </message>
        <message>
            <location filename="../../services/day_plans.py" line="129"/>
            <source>Only a new job of the queue can be fitted in.</source>
            <translation>只有待指派的新工单才能插入当天路线。</translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="106"/>
            <source>{text!r} is not a date: write it as YYYY-MM-DD (for example 2026-03-15).</source>
            <translation>{text!r} 不是日期：请按 YYYY-MM-DD 格式填写（例如 2026-03-15）。</translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="108"/>
            <source>day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="116"/>
            <source>There is no technician with the code {code}.</source>
            <translation>没有工号为 {code} 的师傅。</translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="186"/>
            <source>Nobody has a visit on {date:%Y-%m-%d}.</source>
            <translation>{date:%Y-%m-%d} 没有任何上门安排。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="52"/>
            <source>“{name}” is not a geocoding service geopy knows; use one of {services}.</source>
            <translation>“{name}”不是 geopy 支持的地址定位服务；请使用以下之一：{services}。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="56"/>
            <source>The service “{name}” needs an API key or account, which FieldDesk does not keep in the station database, or a server address; keyless services: {services}.</source>
            <translation>服务“{name}”需要 API 密钥或账号（FieldDesk 不会在网点数据库中保存这些信息），或需要服务器地址；无需密钥的服务有：{services}。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="73"/>
            <source>“{server}” is not a server address; write it as host, host:port or host/path (e.g. geo.station.lan:8080).</source>
            <translation>“{server}”不是有效的服务器地址；请写成 host、host:port 或 host/path 的形式（例如 geo.station.lan:8080）。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="77"/>
            <source>Choose a geocoding service.</source>
            <translation>请选择地址定位服务。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="84"/>
            <source>The timeout must be between {low:g} and {high:g} seconds.</source>
            <translation>超时时间必须在 {low:g} 到 {high:g} 秒之间。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="91"/>
            <source>The public Nominatim service allows one request a second at most: the pause must be at least 1 second.</source>
            <translation>公共 Nominatim 服务每秒最多只允许一次请求：请求间隔至少为 1 秒。</translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="93"/>
            <source>The pause between requests must be between {low:g} and {high:g} seconds.</source>
            <translation>请求间隔必须在 {low:g} 到 {high:g} 秒之间。</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="43"/>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="45"/>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="47"/>
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="52"/>
            <source>second phone</source>
            <translation>备用电话</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="53"/>
            <source>email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="66"/>
            <source>capacity</source>
            <translation>制冷量</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="72"/>
            <source>technician code</source>
            <translation>师傅工号</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="75"/>
            <source>team</source>
            <translation>班组</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="76"/>
            <source>skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="77"/>
            <source>maximum jobs per day</source>
            <translation>每日最多工单数</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="79"/>
            <source>home address</source>
            <translation>家庭住址</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="80"/>
            <source>certificates</source>
            <translation>操作证</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="81"/>
            <source>shifts</source>
            <translation>排班</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="84"/>
            <source>job type</source>
            <translation>工单类型</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="85"/>
            <source>priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="87"/>
            <source>requested start</source>
            <translation>预约开始</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="89"/>
            <source>requested end</source>
            <translation>预约结束</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="90"/>
            <source>time received</source>
            <translation>接单时间</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="92"/>
            <source>estimated duration</source>
            <translation>预计时长</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="118"/>
            <source>The {field} is missing.</source>
            <translation>缺少{field}。</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="148"/>
            <source>Write a certificate as its kind, number and expiry date (refrigeration SAT2021001 2030-01-01), not {value!r}.</source>
            <translation>操作证请写作类型、编号和有效期（例如 制冷 苏安特2021001 2030-01-01），而不是 {value!r}。</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="151"/>
            <source>certificate kind</source>
            <translation>操作证类别</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="152"/>
            <source>certificate expiry date</source>
            <translation>操作证有效期</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="180"/>
            <source>Write a shift as its weekdays and hours (mon-fri 08:30-17:30), not {value!r}.</source>
            <translation>排班请写作星期和时段（例如 周一至周五 08:30-17:30），而不是 {value!r}。</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="182"/>
            <source>shift start</source>
            <translation>班次开始</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="183"/>
            <source>shift end</source>
            <translation>班次结束</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="195"/>
            <source>skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="210"/>
            <source>estimated duration in minutes</source>
            <translation>预计时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../services/imports.py" line="100"/>
            <source>The file has no column {number}.</source>
            <translation>文件中没有第 {number} 列。</translation>
        </message>
        <message>
            <location filename="../../services/imports.py" line="102"/>
            <source>Choose the column of the {field}: it is required.</source>
            <translation>请选择{field}所在的列：此项必填。</translation>
        </message>
        <message>
            <location filename="../../services/job_equipment.py" line="91"/>
            <source>That equipment belongs to another customer.</source>
            <translation>该设备属于其他客户。</translation>
        </message>
        <message>
            <location filename="../../services/job_equipment.py" line="92"/>
            <source>That equipment is installed at another site of the customer.</source>
            <translation>该设备安装在此客户的另一个安装地址。</translation>
        </message>
        <message>
            <location filename="../../services/job_equipment.py" line="100"/>
            <source>Name one of the customer's units or add a new one, not both.</source>
            <translation>请选择客户的一台设备或新增一台，二者只能选一。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="33"/>
            <source>The {label} {value!r} is not an amount.</source>
            <translation>{label} {value!r} 不是有效的金额。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="36"/>
            <source>The {label} cannot be negative.</source>
            <translation>{label}不能为负数。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="38"/>
            <source>The {label} must be at most {maximum}.</source>
            <translation>{label}不能超过 {maximum}。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="59"/>
            <source>A line is a part or labour, or a travel charge.</source>
            <translation>费用行只能是配件、工时或路程费。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="60"/>
            <source>line description</source>
            <translation>明细说明</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="62"/>
            <source>Each part or labour line needs a description.</source>
            <translation>每条配件或人工明细都需要填写说明。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="63"/>
            <source>quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="65"/>
            <source>The quantity of {description} must be above 0.</source>
            <translation>{description} 的数量必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="68"/>
            <source>unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="69"/>
            <source>old part's serial</source>
            <translation>旧件条码</translation>
        </message>
        <message>
            <location filename="../../services/job_sheet_data.py" line="158"/>
            <source>This database has no station yet: create one or run `fielddesk demo`.</source>
            <translation>此数据库中还没有网点：请先创建网点，或运行 `fielddesk demo`。</translation>
        </message>
        <message>
            <location filename="../../services/job_sheet_data.py" line="241"/>
            <source>The job {job} does not exist (it may have been deleted).</source>
            <translation>工单 {job} 不存在（可能已被删除）。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="62"/>
            <source>customer's requested window</source>
            <translation>客户预约时段</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="67"/>
            <source>SLA due time</source>
            <translation>响应时限</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="70"/>
            <source>A repair job needs the symptom the customer reported.</source>
            <translation>维修工单需要填写客户反映的故障现象。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="76"/>
            <source>resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="122"/>
            <source>customer site</source>
            <translation>客户安装地址</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="167"/>
            <source>Job {number} is {status} and can no longer be edited.</source>
            <translation>工单 {number} 当前状态为 {status}，已不能再编辑。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="202"/>
            <source>Say why the job is on hold (waiting for parts or the customer...).</source>
            <translation>请说明工单挂起的原因（如等待配件、等待客户等）。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="204"/>
            <source>Say why the job is cancelled.</source>
            <translation>请说明工单取消的原因。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="208"/>
            <source>Job {number} cannot be completed: {blockers}.</source>
            <translation>工单 {number} 无法完工：{blockers}。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="212"/>
            <source>Only a supervisor may complete a job over the gate.</source>
            <translation>只有主管可以在未满足完工条件时强制完工。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="214"/>
            <source>A supervisor override needs a reason.</source>
            <translation>主管强制通过需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="290"/>
            <source>There is no job {number}.</source>
            <translation>工单 {number} 不存在。</translation>
        </message>
        <message>
            <location filename="../../services/map_data.py" line="178"/>
            <source>technician</source>
            <translation>师傅</translation>
        </message>
        <message>
            <location filename="../../services/months.py" line="26"/>
            <source>The month {value!r} must look like 2026-07.</source>
            <translation>月份 {value!r} 须写成 2026-07 的样式。</translation>
        </message>
        <message>
            <location filename="../../services/numbering.py" line="38"/>
            <source>This desk has no job numbers left for {year}: sync with the central server once to get the next block of numbers.</source>
            <translation>本工作台 {year} 年的工单号已用完：请与中心服务器同步一次，以取得下一段工单号。</translation>
        </message>
        <message>
            <location filename="../../services/paper_sheets.py" line="61"/>
            <source>Type the job number or scan the sheet's code.</source>
            <translation>请输入工单号或扫描工单上的二维码。</translation>
        </message>
        <message>
            <location filename="../../services/paper_sheets.py" line="91"/>
            <source>Attach the scanned sheet the customer signed.</source>
            <translation>请附上客户签名的工单扫描件。</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="14"/>
            <source>A password has at least {minimum} characters, is not only digits or one repeated character, is not the user name or a common password, and differs from the one it replaces.</source>
            <translation>密码至少 {minimum} 个字符，不能全是数字或同一字符，不能是用户名或常见密码，且须与原密码不同。</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="23"/>
            <source>password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="25"/>
            <source>The password must have at least {minimum} characters.</source>
            <translation>密码至少需要 {minimum} 个字符。</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="28"/>
            <source>The password must have at most {maximum} characters.</source>
            <translation>密码最多 {maximum} 个字符。</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="31"/>
            <source>The password must not be only digits or one repeated character.</source>
            <translation>密码不能全是数字或同一个字符。</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="35"/>
            <source>The password must not be the user name or a common password.</source>
            <translation>密码不能是用户名或常见密码。</translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="37"/>
            <source>The new password must differ from the current one.</source>
            <translation>新密码必须与当前密码不同。</translation>
        </message>
        <message>
            <location filename="../../services/rows.py" line="23"/>
            <source>The {label} does not exist (it may have been deleted).</source>
            <translation>该{label}不存在（可能已被删除）。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="78"/>
            <source>station's name</source>
            <translation>网点名称</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="80"/>
            <source>The station needs a name.</source>
            <translation>请填写网点名称。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="81"/>
            <source>time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="85"/>
            <source>Unknown time zone: {timezone}.</source>
            <translation>未知时区：{timezone}。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="87"/>
            <source>station's address</source>
            <translation>网点地址</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="88"/>
            <source>station's phone number</source>
            <translation>网点电话</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="104"/>
            <source>The logo may be at most {kb} KB.</source>
            <translation>标志图片最大 {kb} KB。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="114"/>
            <source>The logo must be a PNG or JPEG image of at most 4000 pixels a side.</source>
            <translation>标志须为 PNG 或 JPEG 图片，每边不超过 4000 像素。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="155"/>
            <source>A working day must end after it starts.</source>
            <translation>工作日的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="156"/>
            <source>holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="193"/>
            <source>days before the callback</source>
            <translation>回访间隔天数</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="194"/>
            <source>calls before unreached</source>
            <translation>未接通前的回访次数</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="216"/>
            <source>The average speed must be between 5 and 120 km/h.</source>
            <translation>平均车速须在 5 到 120 公里/小时之间。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="218"/>
            <source>The road factor must be between 1.0 and 3.0.</source>
            <translation>道路系数须在 1.0 到 3.0 之间。</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="238"/>
            <source>weight of a planned job</source>
            <translation>每排入一个工单的权重</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="239"/>
            <source>weight of a promise met</source>
            <translation>每守住一个时效承诺的权重</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="240"/>
            <source>weight of an overdue job</source>
            <translation>每排入一个超时工单的权重</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="241"/>
            <source>weight of the balance</source>
            <translation>师傅间均衡的权重</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="258"/>
            <source>copies of each sheet</source>
            <translation>每张工单打印份数</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="259"/>
            <source>footer of the sheets</source>
            <translation>工单页脚</translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="271"/>
            <source>Unknown language: {language}.</source>
            <translation>未知语言：{language}。</translation>
        </message>
        <message>
            <location filename="../../services/sign_in_locks.py" line="28"/>
            <source>This account is locked after {count} failed sign-ins; try again after {until}.</source>
            <translation>此账户因连续 {count} 次登录失败已被锁定；请在 {until} 之后再试。</translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="105"/>
            <source>A job sheet is signed by the customer or the technician.</source>
            <translation>服务工单只能由客户或师傅签名。</translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="106"/>
            <source>signer's name</source>
            <translation>签字人姓名</translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="108"/>
            <source>Write the name of the person signing.</source>
            <translation>请填写签名人姓名。</translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="110"/>
            <source>The signature must be drawn before it is accepted.</source>
            <translation>请先签名，再确认。</translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="138"/>
            <source>No location was found offline for this address and the online geocoder cannot be reached; place the pin on the map by hand.</source>
            <translation>离线未能找到该地址的位置，在线定位服务也无法连接；请在地图上手动标注。</translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="141"/>
            <source>No location was found for this address; place the pin on the map by hand.</source>
            <translation>未能找到该地址的位置；请在地图上手动标注。</translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="143"/>
            <source>The online geocoder cannot be reached: the site is placed at the centre of {area} ({precision} precision) until it is re-geocoded online.</source>
            <translation>在线定位服务无法连接：该地点暂定在{area}的中心（精度：{precision}），联网后可重新定位。</translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="172"/>
            <source>The latitude and longitude must be numbers.</source>
            <translation>纬度和经度必须是数字。</translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="174"/>
            <source>The latitude must lie between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>纬度必须在 -90 到 90 之间，经度必须在 -180 到 180 之间。</translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="201"/>
            <source>The online geocoder cannot be reached: sites were located from the cache and the offline gazetteer only, where that is better than before. Re-geocode them again when online.</source>
            <translation>在线定位服务无法连接：只按本地缓存和离线行政区划定位，且只保留比原来更好的结果。联网后请再重新定位。</translation>
        </message>
        <message>
            <location filename="../../services/station.py" line="62"/>
            <source>The station code must be 2 to 8 capital letters or digits, starting with a letter (for example NJ01).</source>
            <translation>网点代码必须为 2 到 8 位大写字母或数字，并以字母开头（例如 NJ01）。</translation>
        </message>
        <message>
            <location filename="../../services/station.py" line="68"/>
            <source>This database already belongs to a station.</source>
            <translation>此数据库已属于某个网点。</translation>
        </message>
        <message>
            <location filename="../../services/status.py" line="36"/>
            <source>A job that is {current} cannot be moved to {target}.</source>
            <translation>状态为 {current} 的工单不能改为 {target}。</translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="29"/>
            <source>the station's store</source>
            <translation>网点仓库</translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="98"/>
            <source>Only parts are kept in stock; {code} is not a part.</source>
            <translation>只有配件有库存；{code} 不是配件。</translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="103"/>
            <source>Only {available} {unit} of {code} in {place}, not {wanted}: a supervisor may take stock below zero with a reason.</source>
            <translation>{place} 只有 {code} {available} {unit}，不够 {wanted}：主管可填写原因后出成负库存。</translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="116"/>
            <source>The quantity must be above 0.</source>
            <translation>数量必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="164"/>
            <source>counted quantity</source>
            <translation>盘点数量</translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="179"/>
            <source>There is no technician {code}.</source>
            <translation>没有编号为 {code} 的师傅。</translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="94"/>
            <source>Only a part line has an old part to return.</source>
            <translation>只有配件行才有旧件可交回。</translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="97"/>
            <source>The old part of {description} was returned already.</source>
            <translation>{description} 的旧件已经交回。</translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="108"/>
            <source>claim reference</source>
            <translation>索赔单号</translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="111"/>
            <source>old part</source>
            <translation>旧件</translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="113"/>
            <source>That old part was claimed already ({claim}).</source>
            <translation>该旧件已经索赔（{claim}）。</translation>
        </message>
        <message>
            <location filename="../../services/suggestions.py" line="40"/>
            <source>That job no longer exists.</source>
            <translation>该工单已不存在。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="50"/>
            <source>The technician code must be 2 to 16 letters, digits or dashes.</source>
            <translation>师傅工号必须为 2 到 16 位字母、数字或短横线。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="55"/>
            <source>The colour must look like #4a90d9.</source>
            <translation>颜色格式应类似 #4a90d9。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="59"/>
            <source>technician's name</source>
            <translation>师傅姓名</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="70"/>
            <source>A home base needs both latitude and longitude.</source>
            <translation>出发地点需要同时填写纬度和经度。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="72"/>
            <source>The home base's latitude or longitude is out of range.</source>
            <translation>出发地点的纬度或经度超出范围。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="85"/>
            <source>certificate number</source>
            <translation>操作证编号</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="97"/>
            <source>weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="99"/>
            <source>A shift must end after it starts (same day).</source>
            <translation>班次的结束时间必须晚于开始时间（同一天内）。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="111"/>
            <source>absence</source>
            <translation>请假</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="113"/>
            <source>reason for the absence</source>
            <translation>请假原因</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="142"/>
            <source>Two shifts on the same day overlap.</source>
            <translation>同一天的两个班次时间重叠。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="167"/>
            <source>The technician code {code} is taken.</source>
            <translation>师傅工号 {code} 已被占用。</translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="235"/>
            <source>{name} is no longer active.</source>
            <translation>{name}已停用。</translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="23"/>
            <source>user</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="41"/>
            <source>{username} is the last active admin; make another user an admin first.</source>
            <translation>{username} 是最后一个在用的管理员；请先将其他用户设为管理员。</translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="73"/>
            <source>You cannot disable your own account.</source>
            <translation>不能停用您自己的账户。</translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="96"/>
            <source>The current password is wrong.</source>
            <translation>当前密码错误。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="65"/>
            <source>user's full name</source>
            <translation>用户全名</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="67"/>
            <source>Please enter the user's full name.</source>
            <translation>请输入用户的姓名。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="74"/>
            <source>The user name must be 3 to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>用户名必须为 3 到 64 个字符，只能包含字母、数字、点、短横线或下划线。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="87"/>
            <source>The user name {username} is taken.</source>
            <translation>用户名 {username} 已被占用。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="109"/>
            <source>This database already has users: sign in instead.</source>
            <translation>此数据库中已有用户：请直接登录。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="112"/>
            <source>Create the station before its first admin.</source>
            <translation>请先创建网点，再创建第一个管理员。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="160"/>
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="209"/>
            <source>This database has no users yet: start FieldDesk once or run `fielddesk demo`.</source>
            <translation>此数据库中还没有用户：请先启动一次 FieldDesk，或运行 `fielddesk demo`。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="22"/>
            <source>phone number</source>
            <translation>电话号码</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="55"/>
            <source>The {label} contains a character that cannot be stored (a NUL or a broken character).</source>
            <translation>{label}含有无法保存的字符（空字符或残缺字符）。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="67"/>
            <source>Please enter the {label}.</source>
            <translation>请输入{label}。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="70"/>
            <source>The {label} is too long: {length} characters, at most {maximum}.</source>
            <translation>{label}过长：{length} 个字符，最多 {maximum} 个。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="104"/>
            <source>Unknown {label} {value!r}; use one of: {allowed}.</source>
            <translation>未知的{label} {value!r}；请使用以下之一：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="110"/>
            <source>The {label} needs both a start and an end.</source>
            <translation>{label}需要同时填写开始和结束时间。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="114"/>
            <source>The {label} must end after it starts.</source>
            <translation>{label}的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="119"/>
            <source>The {label} must be between {low} and {high}.</source>
            <translation>{label}必须在 {low} 到 {high} 之间。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="126"/>
            <source>The {label} must fall between the years {first} and {last}.</source>
            <translation>{label}必须在 {first} 年到 {last} 年之间。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="135"/>
            <source>The {label} has no time zone.</source>
            <translation>{label}没有时区。</translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="178"/>
            <source>The {label} {value!r} is not a phone number.</source>
            <translation>{label} {value!r} 不是有效的电话号码。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="30"/>
            <source>arrival time</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="30"/>
            <source>finish time</source>
            <translation>完工时间</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="61"/>
            <source>The {label} {value!r} is not a time like 14:05.</source>
            <translation>{label} {value!r} 不是 14:05 这样的时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="68"/>
            <source>The {label} cannot be in the future.</source>
            <translation>{label}不能晚于现在。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="70"/>
            <source>The {label} is before job {number} was received.</source>
            <translation>{label}早于工单 {number} 的受理时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="79"/>
            <source>This visit of job {number} is cancelled or its job is {status}: its times cannot be recorded.</source>
            <translation>工单 {number} 的这次上门已取消，或工单已是{status}状态：无法记录其时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="105"/>
            <source>The arrival of this visit was recorded already; key in the sheet's times to correct it.</source>
            <translation>这次上门的到达时间已记录；如需更正，请按纸质工单录入时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="119"/>
            <source>Record the arrival before the finish.</source>
            <translation>请先记录到达时间，再记录完工时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="121"/>
            <source>The finish of this visit was recorded already; key in the sheet's times to correct it.</source>
            <translation>这次上门的完工时间已记录；如需更正，请按纸质工单录入时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="125"/>
            <source>The finish must be after the arrival.</source>
            <translation>完工时间须晚于到达时间。</translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="138"/>
            <source>visit date</source>
            <translation>上门日期</translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="63"/>
            <source>Unknown {label}: {value}.</source>
            <translation>未知的{label}：{value}。</translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="77"/>
            <source>Unknown weekday: {value}.</source>
            <translation>未知的星期：{value}。</translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="86"/>
            <source>The {label} {value!r} is not a number.</source>
            <translation>{label} {value!r} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="93"/>
            <source>The {label} {value!r} is not a whole number.</source>
            <translation>{label} {value!r} 不是整数。</translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="108"/>
            <source>The {label} {value!r} is not a date (write it as 2026-12-07).</source>
            <translation>{label} {value!r} 不是日期（请写作 2026-12-07）。</translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="119"/>
            <source>The {label} {value!r} is not a time of day (write it as 08:30).</source>
            <translation>{label} {value!r} 不是时间（请写作 08:30）。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_policy.py" line="81"/>
            <source>The warranty policy is not valid: {field}: {problem}.</source>
            <translation>保修政策无效：{field}：{problem}。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="117"/>
            <source>commissioning</source>
            <translation>安装调试</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="118"/>
            <source>purchase</source>
            <translation>购买</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="129"/>
            <source>Travel and out-of-area charges are paid by the customer.</source>
            <translation>路程费和远程费由客户承担。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="133"/>
            <source>The maker pays the installation labour of a new unit.</source>
            <translation>新机安装工时由厂家承担。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="135"/>
            <source>A {job_type} job is no repair of a fault: the customer pays.</source>
            <translation>{job_type}工单不属于故障维修，由客户付费。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="138"/>
            <source>The job names no unit, so no warranty applies.</source>
            <translation>工单未指定设备，不适用保修。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="140"/>
            <source>The warranty is void: {reason}.</source>
            <translation>不属保修：{reason}。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="144"/>
            <source>The unit has neither a commissioning nor a purchase date, so no warranty period can be counted.</source>
            <translation>设备既无安装调试日期也无购买日期，无法计算保修期。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="154"/>
            <source>Reported {days} days after {basis} ({start}), within {limit}: refund or replacement at the customer's choice.</source>
            <translation>{basis}（{start}）后第 {days} 天报修，在 {limit} 天内：客户可选择退货或换货。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="158"/>
            <source>Reported {days} days after {basis} ({start}), within {limit}: replacement or repair.</source>
            <translation>{basis}（{start}）后第 {days} 天报修，在 {limit} 天内：换货或修理。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="165"/>
            <source>The part's own warranty of {months} months runs until {end}: free repair.</source>
            <translation>该配件自身保修 {months} 个月，至 {end}：免费修理。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="168"/>
            <source>The part's own warranty of {months} months ended on {end}.</source>
            <translation>该配件自身保修 {months} 个月，已于 {end} 到期。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="172"/>
            <source>Under the unit's warranty until {end}: free repair.</source>
            <translation>整机保修至 {end}：免费修理。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="174"/>
            <source>The unit's warranty ended on {end}.</source>
            <translation>整机保修已于 {end} 到期。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="180"/>
            <source>Decided by a supervisor: {reason}.</source>
            <translation>主管判定：{reason}。</translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="185"/>
            <source>Set by hand before the station had a warranty policy.</source>
            <translation>网点启用保修政策前手工设定。</translation>
        </message>
        <message>
            <location filename="../../sync/blocks.py" line="88"/>
            <source>The central server could not give this desk job numbers for {year}; the next sync tries again.</source>
            <translation>中心服务器未能为本工作台分配 {year} 年的工单号；下次同步时会再试。</translation>
        </message>
        <message>
            <location filename="../../sync/central_report.py" line="32"/>
            <source>This address signs in as a station, which sees only its own rows: the stations' report needs the administrator's address.</source>
            <translation>此地址以网点身份登录，只能看到本站的数据：各网点报表需要管理员的地址。</translation>
        </message>
        <message>
            <location filename="../../sync/central_report.py" line="34"/>
            <source>This address signs in as a role that may not read the stations' rows: the stations' report needs the administrator's address.</source>
            <translation>此地址登录的角色无权读取各网点的数据：各网点报表需要管理员的地址。</translation>
        </message>
        <message>
            <location filename="../../sync/conflicts.py" line="57"/>
            <source>Keep either this station's value or the server's.</source>
            <translation>请选择保留本站的值或服务器的值。</translation>
        </message>
        <message>
            <location filename="../../sync/conflicts.py" line="61"/>
            <source>That conflict was resolved already.</source>
            <translation>该冲突已处理。</translation>
        </message>
        <message>
            <location filename="../../sync/conflicts.py" line="65"/>
            <source>The record of that conflict no longer exists.</source>
            <translation>该冲突对应的记录已不存在。</translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="66"/>
            <source>The central server could not finish in time ({reason}); the sync stopped and will be tried again.</source>
            <translation>中心服务器未能及时完成（{reason}）；本次同步已停止，稍后会自动重试。</translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="69"/>
            <source>The central server {url} cannot be reached: {reason}</source>
            <translation>无法连接中心服务器 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="71"/>
            <source>The central server refused this station: {reason}</source>
            <translation>中心服务器拒绝了本站：{reason}</translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="89"/>
            <source>The central server {url} did not answer for {seconds:g} seconds; the sync stopped and will be tried again.</source>
            <translation>中心服务器 {url} 已 {seconds:g} 秒没有应答；本次同步已停止，稍后会自动重试。</translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="110"/>
            <source>This address signs in as station {theirs}, but this desk belongs to station {ours}: nothing was sent or received.</source>
            <translation>此地址登录的是网点 {theirs}，而本机属于网点 {ours}：没有发送或接收任何数据。</translation>
        </message>
        <message>
            <location filename="../../sync/desk_lock.py" line="45"/>
            <source>This desk is syncing in another window or process; this sync was not started (the next one will be).</source>
            <translation>本工作台正在另一个窗口或进程中同步；本次同步未开始（下一次会照常进行）。</translation>
        </message>
        <message>
            <location filename="../../sync/desks.py" line="95"/>
            <source>The central server has lost batches this desk sent (it may have been restored from an older backup): nothing was sent or received. The head office runs `fielddesk server restored` after a restore; then every desk sends again what the server lost.</source>
            <translation>中心服务器丢失了本工作台发送过的批次（可能已从较早的备份恢复）：本次未发送也未接收任何内容。总部恢复后须运行 `fielddesk server restored`，之后每个工作台会重新发送服务器丢失的内容。</translation>
        </message>
        <message>
            <location filename="../../sync/desks.py" line="102"/>
            <source>The central server keeps taking this desk for another one; nothing more was sent.</source>
            <translation>中心服务器一再把本工作台当作另一个工作台；未再发送任何数据。</translation>
        </message>
        <message>
            <location filename="../../sync/join.py" line="75"/>
            <source>This database belongs to station {code}; a desk joins {joined} from an empty database.</source>
            <translation>此数据库属于网点 {code}；加入 {joined} 需要从空数据库开始。</translation>
        </message>
        <message>
            <location filename="../../sync/join.py" line="81"/>
            <source>This database has users or changes of its own, which would collide with the station's on the server; a desk joins {joined} from an empty database.</source>
            <translation>此数据库已有自己的用户或更改，会与服务器上该网点的数据冲突；加入 {joined} 需要从空数据库开始。</translation>
        </message>
        <message>
            <location filename="../../sync/link.py" line="90"/>
            <source>The central database address is not valid: {reason}</source>
            <translation>中心数据库地址无效：{reason}</translation>
        </message>
        <message>
            <location filename="../../sync/push.py" line="215"/>
            <source>The central server refused the changes: {reason}</source>
            <translation>中心服务器拒绝了这些变更：{reason}</translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="52"/>
            <source>The head office gave this record to another station: the change was not sent, and the record is no longer kept at this station.</source>
            <translation>总部已把此记录转给另一个网点：此修改未发送，本网点也不再保留此记录。</translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="55"/>
            <source>The central server has no such record to change: it never arrived there, or it belongs to another station now.</source>
            <translation>中心服务器上没有要修改的这条记录：它从未到达服务器，或现已属于另一个网点。</translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="57"/>
            <source>The central server refused the change: {reason}</source>
            <translation>中心服务器拒绝了这项修改：{reason}</translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="85"/>
            <source>No refused change has the id {id}.</source>
            <translation>没有编号为 {id} 的被拒修改。</translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="92"/>
            <source>That refused change was sent again or discarded already.</source>
            <translation>这项被拒的修改已重新发送或已放弃。</translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="105"/>
            <source>Station {code} already has its database role {role}.</source>
            <translation>网点 {code} 已有数据库角色 {role}。</translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="130"/>
            <source>The central database has no FieldDesk schema: run `fielddesk server init` on it first.</source>
            <translation>中心数据库中没有 FieldDesk 数据结构：请先对其运行 `fielddesk server init`。</translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="134"/>
            <source>The central database has schema {shared}+{central}, this FieldDesk knows {known_shared}+{known_central}: update whichever is older before syncing.</source>
            <translation>中心数据库的数据结构版本为 {shared}+{central}，而此版本 FieldDesk 支持的是 {known_shared}+{known_central}：请先升级较旧的一方，再进行同步。</translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="159"/>
            <source>This address signs in to the central server as an administrator, not as a station: use the address `fielddesk server add-station` printed for the station.</source>
            <translation>此地址以管理员身份登录中心服务器，而不是以网点身份：请使用 `fielddesk server add-station` 为该网点打印的地址。</translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="166"/>
            <source>This address signs in to the central server as no station: use the one `fielddesk server add-station` printed for the station.</source>
            <translation>此地址登录中心服务器时不属于任何网点：请使用 `fielddesk server add-station` 为该网点打印的地址。</translation>
        </message>
        <message>
            <location filename="../../sync/settings.py" line="47"/>
            <source>The central server address is not a database URL.</source>
            <translation>中心服务器地址不是数据库 URL。</translation>
        </message>
        <message>
            <location filename="../../sync/settings.py" line="49"/>
            <source>The central server address must be postgresql://ROLE@HOST:PORT/DATABASE.</source>
            <translation>中心服务器地址格式必须为 postgresql://ROLE@HOST:PORT/DATABASE。</translation>
        </message>
        <message>
            <location filename="../../sync/settings.py" line="76"/>
            <source>The sync settings in {path} cannot be read; set the central server again.</source>
            <translation>无法读取 {path} 中的同步设置；请重新设置中心服务器。</translation>
        </message>
        <message>
            <location filename="../../tabular/excel_text.py" line="40"/>
            <source>The {column} in row {row} cannot be written to an Excel file as it is: a text between &lt;r&gt; and &lt;/r&gt; with a control character or an _x0000_-like sequence. Correct it, or export the list as .csv.</source>
            <translation>第 {row} 行的{column}无法原样写入 Excel 文件：这段以 &lt;r&gt; 开头、以 &lt;/r&gt; 结尾的文字含有控制字符或 _x0000_ 这类序列。请修改，或将列表导出为 .csv。</translation>
        </message>
        <message>
            <location filename="../../tabular/excel_text.py" line="52"/>
            <source>The {column} in row {row} is {length} characters long, more than the {limit} an Excel cell holds. Shorten it, or export the list as .csv.</source>
            <translation>第 {row} 行的{column}长 {length} 个字符，超过 Excel 单元格最多容纳的 {limit} 个。请缩短，或将列表导出为 .csv。</translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="40"/>
            <source>{name} is neither a .csv nor an .xlsx file.</source>
            <translation>{name} 既不是 .csv 也不是 .xlsx 文件。</translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="51"/>
            <source>{name} cannot be read as a table: {reason}</source>
            <translation>{name} 无法作为表格读取：{reason}</translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="55"/>
            <source>{name} is empty.</source>
            <translation>{name} 是空的。</translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="182"/>
            <source>The list has more rows than an Excel sheet holds ({limit}). Export it as .csv.</source>
            <translation>列表的行数超过 Excel 工作表最多容纳的行数（{limit}）。请导出为 .csv。</translation>
        </message>
        <message>
            <location filename="../../ui/checklist/photo_tasks.py" line="20"/>
            <source>{file} is not an image FieldDesk can show.</source>
            <translation>{file} 不是 FieldDesk 能显示的图片。</translation>
        </message>
        <message>
            <location filename="../../ui/ops/checklists.py" line="44"/>
            <source>{file} cannot be read ({reason}).</source>
            <translation>无法读取 {file}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../ui/ops/checklists.py" line="49"/>
            <source>No image file was given.</source>
            <translation>未提供图片文件。</translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="39"/>
            <source>The database has no filled installation checklist.</source>
            <translation>数据库中没有已填写的安装检查表。</translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="67"/>
            <source>The database {path} has no station yet: run `fielddesk demo` or start FieldDesk once to create one.</source>
            <translation>数据库 {path} 中还没有网点：请运行 `fielddesk demo`，或先启动一次 FieldDesk 来创建网点。</translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="76"/>
            <source>There is no view {view!r}.</source>
            <translation>没有名为 {view!r} 的视图。</translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="84"/>
            <source>Cannot write the screenshot to {path}.</source>
            <translation>无法将截图写入 {path}。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="106"/>
            <source>This database has no file to keep the sync settings next to.</source>
            <translation>此数据库没有对应的文件，无法在其旁边保存同步设置。</translation>
        </message>
    </context>
</TS>
