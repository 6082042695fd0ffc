<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="+14"/>
        <source>&amp;New job…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <location filename="../../app/ui/dialogs/customer_section.py" line="+39"/>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>新客户</translation>
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
        <location line="+69"/>
        <source>Pick the customer's site from the search results, or enter a new customer.</source>
        <translation>请从搜索结果中选择客户的安装地址，或录入新客户。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/first_run_dialog.py" line="+29"/>
        <source>Welcome to FieldDesk</source>
        <translation>欢迎使用 FieldDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is empty. Create the administrator who will add the other users.</source>
        <translation>数据库为空。请先创建管理员账号，再由管理员添加其他用户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station code</source>
        <translation>服务站代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/dialogs/history_tab.py" line="+36"/>
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
    <name>JobEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/job_editor.py" line="+47"/>
        <source>New job</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+31"/>
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
        <location filename="../../app/ui/views/job_filter_bar.py" line="+43"/>
        <source>Search number, customer, phone, address</source>
        <translation>搜索工单号、客户、电话、地址</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+36"/>
        <source>All technicians</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <location line="-33"/>
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
        <location line="+79"/>
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
        <location filename="../../app/ui/dialogs/job_form.py" line="+46"/>
        <source>Customer asked for a time</source>
        <translation>客户指定上门时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+20"/>
        <source>{time} ({hours} h after creation)</source>
        <translation>{time}（创建后 {hours} 小时）</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../app/ui/itemmodels/job_table_model.py" line="+80"/>
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
        <translation>技师</translation>
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
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../../app/ui/views/jobs_view.py" line="+41"/>
        <source>New job</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>1 job</source>
        <translation>1 个工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} jobs</source>
        <translation>{count} 个工单</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+19"/>
        <location line="+45"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+42"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <source>Electrical</source>
        <translation>电工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial systems</source>
        <translation>商用机组</translation>
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
        <location line="+32"/>
        <source>Status set to {status}</source>
        <translation>状态改为{status}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="+29"/>
        <source>Sign in to FieldDesk</source>
        <translation>登录 FieldDesk</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+38"/>
        <source>FieldDesk – {code} {name}</source>
        <translation>FieldDesk – {code} {name}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../app/ui/status_bar.py" line="+20"/>
        <source>{user} ({role})</source>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Nothing to sync</source>
        <translation>无待同步数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes to sync</source>
        <translation>{count} 项变更待同步</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <location filename="../../app/ui/dialogs/status_buttons.py" line="+26"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status_text} ({reason})</source>
        <translation>{status_text}（{reason}）</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>Views</name>
    <message>
        <location filename="../../app/ui/views/registry.py" line="+30"/>
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
        <translation>技师</translation>
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
    <message>
        <location line="+4"/>
        <source>The dispatch board arrives in a later version.</source>
        <translation>调度看板将在后续版本中提供。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The map of jobs and routes arrives in a later version.</source>
        <translation>工单与路线地图将在后续版本中提供。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The technicians list arrives in a later version.</source>
        <translation>技师列表将在后续版本中提供。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customers list arrives in a later version.</source>
        <translation>客户列表将在后续版本中提供。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints and callbacks arrive in a later version.</source>
        <translation>投诉与回访将在后续版本中提供。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation with the central server arrives in a later version.</source>
        <translation>与中心服务器的同步将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../app/ui/app.py" line="+25"/>
        <source>The database {path} cannot be opened: {error}</source>
        <translation>无法打开数据库 {path}：{error}</translation>
    </message>
</context>
</TS>
