<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name/>
    <message>
        <location filename="../../ui/board/page_planning.py" line="+57"/>
        <source>Planning the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+45"/>
        <source>About FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dispatcher's desk of an air-conditioner service station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bundled with FieldDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rivers and lakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsencesTable</name>
    <message>
        <location filename="../../ui/dialogs/absences_table.py" line="+20"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+17"/>
        <source>&amp;New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print day sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Central server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geocoder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FieldDesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Response hours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../ui/station/audit_dialog.py" line="+69"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text in a value, a reason or a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{shown} of {total} changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/settings/desk_pages.py" line="+76"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is made at the first start of each day and again on exit. A USB stick or a network share keeps the data safe when this PC fails. To restore, quit FieldDesk and run: fielddesk restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>next to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockMenu</name>
    <message>
        <location filename="../../ui/board/menu.py" line="+38"/>
        <source>Open job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record arrival now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key in times from the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpin the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan day keeps a pinned visit where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print job sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the job's sheet and print it from there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../ui/board/texts.py" line="+24"/>
        <source>Missing skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps another visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily maximum reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the requested window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The visits overlap by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} between visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{between}; drive unknown (a site has no location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{between}; about {travel} to drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/promise_look.py" line="+34"/>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold: SLA paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board/texts.py" line="-33"/>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rules overridden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Too short for the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{time} drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Absent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs: {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer asks for {span}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardOperations</name>
    <message>
        <location filename="../../ui/board/operations.py" line="+68"/>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resize {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unassign {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{number}: arrival recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}: finish recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo on the dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the job on hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the job cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This breaks: {rules}.
{details}

Override as supervisor? Give the reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still saving the last change; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor may override the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot undo or redo “{what}”: {error} The undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/page.py" line="+71"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board/page_actions.py" line="+139"/>
        <source>Job sheet {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to record for this visit: it is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a visit not done yet can be pinned: it is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <location filename="../../ui/board/toolbar.py" line="+39"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the working hours into the width (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a day's routes for a team or the technicians shown: the jobs of the queue and the day's unpinned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the colours and marks on the board mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/dialogs/call_dialog.py" line="+44"/>
        <source>Callback: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer}  {phone}  ·  {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirms the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <location filename="../../ui/quality/queue_models.py" line="+106"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../ui/quality/callbacks_panel.py" line="+41"/>
        <source>Due by the end of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the call to the chosen customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{due} due today, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not reached ({attempts} attempts): the call stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached after {attempts} attempts: the customer counts as not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer is not satisfied: a complaint was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer confirmed the outcome: the complaint is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed: another call is due the next business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerSearch</name>
    <message>
        <location filename="../../ui/dialogs/caller_search.py" line="+32"/>
        <source>Phone number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}  {phone}  ·  units: {units}, recent jobs: {jobs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody found: check the number, or take the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/parts/catalogue_dialog.py" line="+37"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalogue and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the unit's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maker's part number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own warranty (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New price from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Choose the item to price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueSearch</name>
    <message>
        <location filename="../../ui/charges/catalogue_search.py" line="+39"/>
        <source>Code or name (pinyin initials work: ysj)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralServerDialog</name>
    <message>
        <location filename="../../ui/sync/settings_dialog.py" line="+34"/>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the address and the password that `fielddesk server add-station` printed for this station. They are kept in a file only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station does not sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now syncing with {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trying the address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: the sync with this address was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the sync with this address failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Connected. Changes sent: {sent}, records received: {received}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationsTable</name>
    <message>
        <location filename="../../ui/dialogs/certifications_table.py" line="+20"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/station/users_dialog.py" line="+66"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator reset your password: choose your own before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesPanel</name>
    <message>
        <location filename="../../ui/charges/charges_panel.py" line="+64"/>
        <source>Serial of the part replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor decides the selected line against the policy, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old part back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected line's old part is back at the station for the maker's claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add from the catalogue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old part's serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Total {total} · covered by the warranty {covered} · the customer pays {payable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A signature given before a change no longer matches the job: it is void; the customer signs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cover {item} by the warranty: why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the customer pay for {item}: why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The old part of {item} is back for the maker's claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../ui/checklist/texts.py" line="+15"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>default – confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This limit is a default: confirm it against the maker's manual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ui/checklist/tab.py" line="+41"/>
        <source>{name} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the checklist (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{number} · {type}: {checklist}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistUnit</name>
    <message>
        <location filename="../../ui/checklist/texts.py" line="-54"/>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePaperDialog</name>
    <message>
        <location filename="../../ui/dialogs/paper_dialog.py" line="+63"/>
        <source>Close from paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job number, or scan the sheet's code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer signed the sheet on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned sheet (PDF or image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times on the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts and labour used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{number} · {type} · {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job changed after this sheet was printed: compare the paper with the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No visit booked: the times cannot be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The scanned sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPanel</name>
    <message>
        <location filename="../../ui/quality/complaint_detail.py" line="+49"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the re-inspection job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a complaint in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Record the handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{customer} ({phone}) · {category} · {severity}
“{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{due} (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the report back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer's confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisors review complaints and report them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done, found or said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/dialogs/complaint_dialog.py" line="+46"/>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the customer said, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the re-inspection job now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a complaint about an installation: a high-priority inspection of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer's words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {type} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Find the caller first: a phone number or a name, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintQueueModel</name>
    <message>
        <location filename="../../ui/quality/queue_models.py" line="-48"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../ui/quality/complaints_panel.py" line="+45"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All, closed ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a complaint from a call (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Complaints: {count}, overdue: {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionNote</name>
    <message>
        <location filename="../../ui/dialogs/completion_note.py" line="+40"/>
        <source>Cannot be completed yet: {blockers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As supervisor you may complete it anyway, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictQueue</name>
    <message>
        <location filename="../../ui/sync/conflict_queue.py" line="+30"/>
        <source>Keep this station's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to resolve: {count}. These fields were changed both here and elsewhere; keep one value for each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/sync/conflict_model.py" line="+35"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractJobs</name>
    <message>
        <location filename="../../ui/parts/contract_jobs.py" line="+21"/>
        <source>Maintenance jobs created for contract visits: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <location filename="../../ui/parts/contracts_dialog.py" line="+65"/>
        <source>Maintenance contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone or name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create due jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a visit's job this many days ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Due for renewal ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No customer with a unit matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Find the customer and choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Jobs created: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit is due without its job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="+57"/>
        <source>FieldDesk – unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry: FieldDesk ran into an error it did not expect. What you were doing was not saved; everything saved before is safe, and you can go on working. If it happens again, send the details to whoever looks after FieldDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details are also written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="+71"/>
        <location line="+99"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment at the chosen site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the customer {name} with their sites and equipment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/dialogs/customer_form.py" line="+23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <location filename="../../ui/dialogs/customer_section.py" line="+50"/>
        <source>&amp;Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Pick the customer's site from the search results, or enter a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/customer_table_model.py" line="+40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/views/customers_view.py" line="+42"/>
        <source>Search name, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySheetsDialog</name>
    <message>
        <location filename="../../ui/printing/day_sheets_dialog.py" line="+40"/>
        <source>Print day sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route pages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route pages and the sheets not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A job's sheet counts as printed once it was printed or saved as it stands; a change to the job makes it unprinted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Day sheets {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../ui/printing/document_printer.py" line="+108"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {pages} pages to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DragController</name>
    <message>
        <location filename="../../ui/board/interaction.py" line="+164"/>
        <source>{when}: checking the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when}: fits every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} breaks: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop to override with a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../ui/formatting.py" line="+44"/>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <location filename="../../ui/dialogs/equipment_form.py" line="+25"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location line="+81"/>
        <source>New equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location line="-62"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refrigerant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioning date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentPanel</name>
    <message>
        <location filename="../../ui/dialogs/equipment_panel.py" line="+20"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indoor unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refrigerant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Delete equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the equipment {brand} {model}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentPicker</name>
    <message>
        <location filename="../../ui/dialogs/equipment_picker.py" line="+62"/>
        <source>No unit named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{unit}, serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indoor {indoor} / outdoor {outdoor}, {refrigerant}; warranty: {warranty}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/station/export_list.py" line="+38"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max jobs per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../ui/failures.py" line="+61"/>
        <source>The station database is busy: another program is writing to it. Nothing was changed; try again in a moment, and if this keeps happening, close the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Nothing was changed; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDesk may not write to {file}: it or its folder is read-only. Nothing was changed; check its permissions or the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk reported an error. Nothing was changed; check the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station database file is damaged. Close FieldDesk and restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station database file cannot be opened. Check that its drive is connected, then start FieldDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} does not exist (any more). Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the network connection; FieldDesk tries again every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureJobsDialog</name>
    <message>
        <location filename="../../ui/quality/figure_jobs.py" line="+87"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or a double click opens the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Counted ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/quality/figures_model.py" line="+52"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/quality/figures_panel.py" line="+30"/>
        <source>Technicians this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a figure (or Enter) for the jobs behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{month} against {previous}: {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run_dialog.py" line="+44"/>
        <source>Welcome to FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+64"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This database is empty. Create the administrator who will add the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Station code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new or replacement PC of a station that already syncs: its customers, jobs and users come from the central server. Paste the address and the password `fielddesk server add-station` printed for the station, then sign in as one of its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Central server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining… records received: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeocoderDialog</name>
    <message>
        <location filename="../../ui/map/geocoder_dialog.py" line="+30"/>
        <source>Geocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WGS84 (OpenStreetMap, GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BD-09 (Baidu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service's own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sites are located from the local cache first, then by this service when the line is up, then by the offline gazetteer. Services that need an API key are not offered: the station database keeps no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers in datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history_format.py" line="+51"/>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/dialogs/history_tab.py" line="+24"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appointment: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/settings/hours_page.py" line="+35"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working hours (the SLA counts only these; an end at 00:00 is midnight, 00:00 to 00:00 round the clock):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/station/import_wizard.py" line="+49"/>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+34"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customers, with sites and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians, with skills, certificates and shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File (.xlsx or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge a known customer's row into it (same phone; technicians: same code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip rows of known customers or technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import nothing if any row is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rows} rows: {created} new, {merged} merged, {skipped} skipped, {bad} bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written yet: Import writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: a row is bad and you chose all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <location filename="../../ui/checklist/item_fields.py" line="+53"/>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An answer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S – from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S2 – secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A – assumed default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R – recalled default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number or an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. work_at_height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <location filename="../../ui/dialogs/job_editor.py" line="+80"/>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a complaint about this job (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Job sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Job {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the job on hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the job cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{problem}
Complete anyway as supervisor? Give the reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFilterBar</name>
    <message>
        <location filename="../../ui/views/job_filter_bar.py" line="+49"/>
        <source>Search number, customer, phone, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>All technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Status: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {count} chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <location filename="../../ui/dialogs/job_form.py" line="+55"/>
        <source>Customer asked for a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time} ({hours} h after the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Requested time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA response due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/job_table_model.py" line="+73"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWatch</name>
    <message>
        <location filename="../../ui/printing/job_watch.py" line="+65"/>
        <source>Saved {pages} pages to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages handed to the printer {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pages} pages sent to {printer} (job {job}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): waiting in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): held in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} pages sent to {printer} (job {job}): the printer has stopped; the job waits until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job {job} on {printer} was cancelled: it may not have been printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job {job} on {printer} was aborted by the print system: check the printer, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{printer} has finished job {job} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../ui/quality/figure_jobs.py" line="-62"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../../ui/views/jobs_view.py" line="+44"/>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Take a complaint; about the selected job when one is selected (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+37"/>
        <location line="+56"/>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <location line="+14"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+56"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refrigerant handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work at height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Commercial systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refrigerant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refrigeration operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work at height operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-voltage electrician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installation quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status set to {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings/desk_pages.py" line="-77"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FieldDesk starts in the new language the next time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station's desks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../ui/board/legend.py" line="+79"/>
        <source>Visits are coloured by status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Left tab: the job type (colour and letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black corner: time fixed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed outline: booked against a rule by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted line: time between visits, with the drive in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red dotted line: too short for the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White: on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey: off shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red band: absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red line: now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../ui/charges/lines_table.py" line="+38"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rule} (the policy now decides otherwise: save again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locating</name>
    <message>
        <location filename="../../ui/locating.py" line="+25"/>
        <source>Rooftop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geocode cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online geocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{address}: not located.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: located, {location}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="+17"/>
        <source>Sign in to FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LowPrecisionDialog</name>
    <message>
        <location filename="../../ui/map/low_precision.py" line="+109"/>
        <source>Low-precision sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sites located only to their district or worse. When online, re-geocoding asks the online geocoder again; a better answer replaces the location, a pin placed by hand is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-geocode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} sites located to a district or worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{improved} located more precisely, {unchanged} unchanged, {not_found} not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after {done} of {total} sites: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} sites re-geocoded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Re-geocoding the sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Re-geocoding the sites… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LowPrecisionModel</name>
    <message>
        <location line="-81"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+57"/>
        <source>FieldDesk – {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{view} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../ui/map/legend.py" line="+96"/>
        <source>Job status (fill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority (ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several jobs (red dot: one is urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A technician's home base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A technician's day: visits in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>River or lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border between provinces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map/page.py" line="+145"/>
        <source>{count} jobs on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {count} without a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: no visits on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, {day}: {stops} visits, about {time} driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The map tiles cannot be used ({error}); the built-in basemap is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map tiles files (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{number} has no location yet: right-click where its site is and choose “Set location of {number} here”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The site of {number} is now at {lat:.5f}, {lon:.5f} (placed by hand).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../ui/map/toolbar.py" line="+38"/>
        <source>Show all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show completed, closed and cancelled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>No route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Map tiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a map tiles file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles or PMTiles, raster or vector tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the pins, rings, houses and lines mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-precision sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites located only to their district or worse: re-geocode them when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../ui/map/view.py" line="+365"/>
        <source>Open {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set location of {number} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set location here (select one job first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} jobs: click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/station/users_dialog.py" line="-27"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operation.py" line="+288"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_date.py" line="+17"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueComplaints</name>
    <message>
        <location filename="../../ui/quality/badge.py" line="+59"/>
        <source>The overdue ones are in Quality › Complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedListView</name>
    <message>
        <location filename="../../ui/views/record_list.py" line="+161"/>
        <source>(only the first {limit} characters of the search were used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../ui/printing/paper.py" line="+37"/>
        <source>{paper} is smaller than A5: job sheets are not printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on {paper}: the A4 pages are scaled to {percent} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job sheets are printed portrait whatever the orientation chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/station/password_dialog.py" line="+40"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/quality/figures_model.py" line="+61"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoInput</name>
    <message>
        <location filename="../../ui/checklist/photo_input.py" line="+65"/>
        <source>Drop image files here; Delete removes the selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDayDialog</name>
    <message>
        <location filename="../../ui/board/plan_dialog.py" line="+29"/>
        <source>Plan day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The technicians shown on the board ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../ui/board/plan_panel.py" line="+36"/>
        <source>Accept plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan for {day}: {changes} changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped early: the best plan found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not planned: {number}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its visit is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}: {travel} min of travel, {jobs} jobs planned, {met} promises met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added: {number} to {who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved: {number} to {who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(after the promise)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+200"/>
        <source> min of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day planner weighs what a plan achieves against the travel it costs, in minutes of travel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A job planned is worth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A response promise met is worth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An overdue job planned is worth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each minute of a day beyond the even share costs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/parts/policy_dialog.py" line="+48"/>
        <source>Warranty policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>commissioning (else purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase (else commissioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maker pays a new unit's installation labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warranty covers travel charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund or replacement within (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement or repair within (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit's warranty (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods count from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Findings that void the warranty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version {version}, published {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/raster.py" line="+125"/>
        <source>The printer could not be started: check that it is on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer did not take the pages: check that it is on and ready, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+22"/>
        <source>The printer and paper are this PC's own: the print dialog remembers the last ones chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies of each job sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer of the sheets:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location line="-162"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Station name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on the sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG or JPEG image of at most 512 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+18"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+4"/>
        <source>Page &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-2"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityFilters</name>
    <message>
        <location filename="../../ui/quality/filters.py" line="+56"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityTexts</name>
    <message>
        <location filename="../../ui/quality/texts.py" line="+25"/>
        <source>Jobs completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response promise attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat visits within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installations failed first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· callbacks not made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· complaint stages overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· response promises missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complaint rate: complaints received in the month ÷ jobs completed in the month. Omission rate: required follow-ups missed or late ÷ required follow-ups due in the month; the follow-ups are the after-visit callbacks (missed when no call was tried by the due time), the complaint stages (handling, review, report back: late when not done by their due) and the response promise of each call received in the month (missed when the first arrival came after it); only what fell due so far counts. Dissatisfaction rate: customers scoring any aspect 2 or less ÷ customers reached on after-visit callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>waiting for the confirmation call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/quality/view.py" line="+66"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{figure} · {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/board/queue.py" line="+50"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered by the response promise: the least business time left first (the most overdue at the top), then priority; jobs on hold last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/board/queue_panel.py" line="+41"/>
        <source>Search jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Unassigned: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned: {shown} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedQueue</name>
    <message>
        <location filename="../../ui/sync/refused_queue.py" line="+25"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes refused by the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the central server: {count}. The changes after them went up; send one again once its cause is fixed, or discard it to take the server's copy of the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedTableModel</name>
    <message>
        <location filename="../../ui/sync/refused_model.py" line="+30"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <location filename="../../ui/quality/report_buttons.py" line="+43"/>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month's quality report: figures, charts, technicians, complaints with their four stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Quality report {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseHoursDialog</name>
    <message>
        <location filename="../../ui/dialogs/response_hours_dialog.py" line="+27"/>
        <source>Response hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How soon after the call the first visit must begin. New hours apply to jobs received from now on; the jobs already received keep the time promised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/checklist/result_panel.py" line="+30"/>
        <source>Result: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../ui/widgets/rows_table.py" line="+39"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionFields</name>
    <message>
        <location filename="../../ui/checklist/section_fields.py" line="+18"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="+88"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sites are located from the local cache, then by this online service when the line is up, then by the offline gazetteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geocoder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map draws the tiles of the region's MBTiles or PMTiles file (raster, or vector tiles with street names), or the built-in basemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a map tiles file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the built-in basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central server this station syncs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Station profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA and callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>In use: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: the built-in basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup written: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map tiles files (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetButtons</name>
    <message>
        <location filename="../../ui/printing/sheet_buttons.py" line="+55"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the job sheet (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank sheet for paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job's data with an empty checklist and empty lines for parts and both signatures, to fill in on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Blank job sheet {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job sheet {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetTimesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sheet_times_dialog.py" line="+45"/>
        <source>Times from the sheet: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty while the visit goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsTable</name>
    <message>
        <location filename="../../ui/dialogs/shifts_table.py" line="+27"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/printing/sign_dialog.py" line="+42"/>
        <source>Sign the job sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/printing/signature_pad.py" line="+40"/>
        <source>Sign here with the mouse or a pen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../../ui/printing/sign_dialog.py" line="-28"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../ui/printing/signatures_tab.py" line="+44"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VOID – amended after signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_form.py" line="+78"/>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location line="-44"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../ui/dialogs/site_panel.py" line="+25"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Delete site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the site {address} and its equipment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+18"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours from the call to the first arrival, by priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback after the visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls without an answer before the customer counts as unreached:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="+45"/>
        <source>The database {path} cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup made on {day}? The damaged file is kept next to it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {backup} cannot be restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <location filename="../../ui/station/menus.py" line="+47"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Show the jobs, customers, technicians, complaints or callbacks to export their list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+36"/>
        <source>{user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New desk: sync once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records loaded in bulk to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oldest unsent: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the central server refused: see the Sync view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaints overdue: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints past the due of their stage: see Quality › Complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <location filename="../../ui/dialogs/status_buttons.py" line="+27"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status_text} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel job…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/parts/stock_dialog.py" line="+58"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station's store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;ceive into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue to the van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return from the van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maker's claim reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim the selected parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old parts for the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name}'s van ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a part first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A count is a number, such as 3 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code}: books {book}, counted {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counts match the books.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockRefusal</name>
    <message>
        <location filename="../../ui/charges/stock_refusal.py" line="+28"/>
        <source>Stock below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}
Give the reason to go on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../ui/board/suggestion_panel.py" line="+47"/>
        <location line="+41"/>
        <source>Select a job to see who can do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit this job in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best place for the job in the day's routes, shown on the board to accept or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Technicians for {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for technicians…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{available} of {count} can take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not qualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="+22"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time}  Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}  Failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}  Changes sent: {sent}, records received: {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, conflicts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, refused: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes made more than {hours} hours ago have not reached the central server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every change here reached the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to go up: {count} changes, the oldest made {age} ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station's records loaded in bulk go up whole first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the central server: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was copied or restored from a backup: it is a new desk now, and its next sync asks the central server which of its changes arrived already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/sync/sync_view.py" line="+50"/>
        <source>Central server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This station does not sync yet: a supervisor sets the central server in Tools › Central server….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the sync with {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing with {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central server {url}: online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central server {url}: offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianDetails</name>
    <message>
        <location filename="../../ui/dialogs/technician_details.py" line="+35"/>
        <source>e.g. T012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max jobs per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianEditor</name>
    <message>
        <location filename="../../ui/dialogs/technician_editor.py" line="+35"/>
        <source>New technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Technician {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianTableModel</name>
    <message>
        <location filename="../../ui/itemmodels/technician_table_model.py" line="+71"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max jobs/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Booked for {count} visits that need a certificate expired by then: {visits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{kind} expired {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechniciansView</name>
    <message>
        <location filename="../../ui/views/technicians_view.py" line="+49"/>
        <source>New technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search code, name, team, skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>1 technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {count} technicians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/checklist/template_editor.py" line="+49"/>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a section or an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Published version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTree</name>
    <message>
        <location filename="../../ui/checklist/template_tree.py" line="+40"/>
        <source>Section / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelPage</name>
    <message>
        <location filename="../../ui/settings/station_pages.py" line="+22"/>
        <source> km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travel time is the straight-line distance times the road factor, at the average speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road factor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../ui/quality/trend.py" line="+42"/>
        <source>Reading twelve months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The three rates (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response promise attainment and first-time fix (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/station/users_dialog.py" line="+36"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reset the password of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views/registry.py" line="+31"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsBox</name>
    <message>
        <location filename="../../ui/dialogs/job_visits.py" line="+42"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived – finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is booked yet: assign a technician on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times from the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key in the arrival and finish written on the signed paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Times from the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
        <name>Messages</name>
        <message>
            <location filename="../../checklists/loader.py" line="56"/>
            <source>{place}: nested more than {depth} levels deep</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="63"/>
            <source>{place}: too large for a checklist (at most {values} values and {chars} characters)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="80"/>
            <source>{place}: {problem} (and {more} more)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="82"/>
            <source>{place}: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="88"/>
            <source>{file}: larger than {megabytes} MB, too large for a checklist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="93"/>
            <source>{file}: cannot be read ({reason})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="96"/>
            <source>{file}: nested too deeply to be a checklist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../checklists/loader.py" line="99"/>
            <source>{file}: not valid {format}: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../cli/users_cmd.py" line="75"/>
            <source>There is no user {username}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/backup_checks.py" line="40"/>
            <source>{backup} is no FieldDesk backup (it has no schema version).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/backup_checks.py" line="43"/>
            <source>The backup {backup} has schema version {found}, which this FieldDesk does not know (it knows up to {known}): restore it with a newer FieldDesk.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/backup_checks.py" line="49"/>
            <source>The backup {backup} is of station {theirs}, this database is station {ours}'s: restore it only if you mean to make this desk a desk of {theirs} (--other-station).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="28"/>
            <source>the file is empty (0 bytes)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="31"/>
            <source>it is not a database (SQLite does not recognise it)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="43"/>
            <source>SQLite cannot read it ({reason})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="46"/>
            <source>the integrity check found: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/integrity.py" line="51"/>
            <source>The database {path} is damaged: {problem}. FieldDesk does not write into it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../db/migrate.py" line="34"/>
            <source>This database has schema version {found}, which this FieldDesk does not know (it knows up to {known}): a newer FieldDesk wrote it. Update FieldDesk to use it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="40"/>
            <source>A demo station needs 1 to {maximum} technicians.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="43"/>
            <source>The number of demo jobs cannot be negative.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="45"/>
            <source>{technicians} technicians cannot have done {jobs} jobs: allow at most {maximum} jobs per technician.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="50"/>
            <source>A demo station needs 1 to {maximum:,} customers.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="53"/>
            <source>The demo's current time must carry a time zone.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="62"/>
            <source>{path} is a folder, not a database file.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../demo/build.py" line="64"/>
            <source>{path} already exists; use --force to replace it with a new demo station.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="44"/>
            <source>The map tiles file {path} does not exist.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="51"/>
            <source>{name} is not an MBTiles file (not an SQLite database).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="55"/>
            <source>{name} is not an MBTiles file (it has no metadata and tiles tables).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="73"/>
            <source>{name} is not an MBTiles file (its tables are not readable as MBTiles).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="77"/>
            <source>{name} holds {format} tiles: only raster tiles (png, jpg, webp) and vector tiles (pbf) can be drawn.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/mbtiles.py" line="81"/>
            <source>{name} holds no tiles.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/pmtiles_file.py" line="32"/>
            <source>{name} is not a PMTiles file this map can read (version 3).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../map/pmtiles_file.py" line="36"/>
            <source>{name} holds tiles of a kind the map cannot draw.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="96"/>
            <source>The print system does not answer, so nothing was sent: check that the printing service (CUPS) is running, then try again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="103"/>
            <source>No printer is set up on this computer, so nothing was sent: add one in the system's printer settings.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="111"/>
            <source>The printer {printer} is not set up on this computer, so nothing was sent: choose another printer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="116"/>
            <source>The printer {printer} is not accepting jobs, so nothing was sent: choose another printer, or ask whoever looks after it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="120"/>
            <source>The printer {printer} is paused, so nothing was sent: resume it in the system's printer settings, or choose another printer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/cups.py" line="131"/>
            <source>The printer {printer} refused the job ({reason}), so nothing was printed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/page_ranges.py" line="32"/>
            <source>The document has {pages} pages: the pages chosen ({ranges}) are not among them, so nothing was printed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../printing/paper.py" line="46"/>
            <source>Job sheets are A4 pages: on {paper} paper their small print would be unreadable, so nothing was printed. Choose A4 (or at least A5).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Monday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Tuesday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Wednesday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="22"/>
            <source>Thursday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="23"/>
            <source>Friday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="23"/>
            <source>Saturday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="23"/>
            <source>Sunday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="43"/>
            <source>The opening hours of {weekday} must look like 08:00-20:00 (00:00-24:00 round the clock; empty when closed).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="70"/>
            <source>Give the opening hours of each of the seven weekdays.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="73"/>
            <source>The station must be open on at least one weekday.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="75"/>
            <source>At most {maximum} holidays can be kept.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="167"/>
            <source>The holiday {value!r} is not a date like 2026-10-01.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/calendar.py" line="170"/>
            <source>Holidays must fall between the years 1970 and 2100.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="15"/>
            <source>No technician of the plan works that day.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="21"/>
            <source>No technician of the plan may do it. {violations}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="28"/>
            <source>The customer asked for a visit starting between {start:%Y-%m-%d %H:%M} and {end:%Y-%m-%d %H:%M}, not on that day.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="54"/>
            <source>{violations}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="61"/>
            <source>The technicians who may do it have no time left that day (shift, absence or daily maximum).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="64"/>
            <source>No technician who may do it can reach it inside its window and their shift that day.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/plan_reasons.py" line="66"/>
            <source>The day is full: the jobs planned weigh more (promises first, then travel).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="56"/>
            <source>No particular skill is needed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="57"/>
            <source>Has the skills needed: {skills}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="62"/>
            <source>{kind} certificate valid until {day}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="68"/>
            <source>Arrives at {time:%H:%M}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="74"/>
            <source>No time that day for a {minutes}-minute visit the technician can reach.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="82"/>
            <source>The travel time is unknown (a place has no location): {minutes} min allowed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="87"/>
            <source>{minutes} min ({km:.1f} km) from home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="89"/>
            <source>{minutes} min ({km:.1f} km) from the station.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="91"/>
            <source>{minutes} min ({km:.1f} km) from the previous visit, {job}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="98"/>
            <source>Within the customer's requested window, {start:%m-%d %H:%M} to {end:%m-%d %H:%M}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="101"/>
            <source>Outside the customer's requested window, {start:%m-%d %H:%M} to {end:%m-%d %H:%M}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="109"/>
            <source>No other job that day (at most {maximum}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="111"/>
            <source>1 job already that day (at most {maximum}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/reasons.py" line="113"/>
            <source>{count} jobs already that day (at most {maximum}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="99"/>
            <source>{name} lacks the skill {skill}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="106"/>
            <source>{name} has no {kind} certificate.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="109"/>
            <source>{name}'s {kind} certificate expired on {date}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="122"/>
            <source>{start:%Y-%m-%d %H:%M}-{end:%H:%M} is outside {name}'s shift.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="129"/>
            <source>{name} is absent at that time ({reason}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="131"/>
            <source>{name} is absent at that time.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="140"/>
            <source>{name} already has {job} at that time.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="142"/>
            <source>{name} already has a job at that time.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="149"/>
            <source>{name} would have {count} jobs that day (maximum {maximum}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/rules.py" line="157"/>
            <source>The customer asked for a visit starting between {start:%Y-%m-%d %H:%M} and {end:%Y-%m-%d %H:%M}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/sla.py" line="59"/>
            <source>The response time of {priority} jobs must be a whole number of hours from 1 to {maximum}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/sla.py" line="63"/>
            <source>Response times must not grow with urgency: urgent at most high, high at most normal, normal at most low.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/suggest.py" line="94"/>
            <source>{name} has no shift on {day}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../scheduling/suggest.py" line="96"/>
            <source>{name}'s shift has no {minutes} minutes left that day.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/actor.py" line="32"/>
            <source>Only a user with role {roles} may do this.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/actor.py" line="58"/>
            <source>Sign in first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="28"/>
            <source>appointment start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="55"/>
            <source>appointment end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="57"/>
            <source>An appointment must end after it starts.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="82"/>
            <source>Only a supervisor may override scheduling rules.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="106"/>
            <source>Job {number} is {status} and cannot be scheduled.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="132"/>
            <source>appointment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="134"/>
            <source>A finished or cancelled appointment cannot be moved.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="155"/>
            <source>A finished or cancelled appointment cannot be unassigned.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/appointments.py" line="157"/>
            <source>job</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/audit_trail.py" line="88"/>
            <source>start of the period</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/audit_trail.py" line="90"/>
            <source>end of the period</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/backup_settings.py" line="39"/>
            <source>Backups cannot be written to {folder} ({reason}): choose a folder you may write to, or plug the drive in.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/backup_settings.py" line="51"/>
            <source>Keep between 1 and {maximum} days of backups.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/board.py" line="256"/>
            <source>This database has no station yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="65"/>
            <source>A customer who was not reached gives no answers.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="69"/>
            <source>Each score is a whole number from 1 to 5.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="71"/>
            <source>Ask the customer for all four scores: timeliness, attitude, quality of work and price.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="74"/>
            <source>Record whether the customer confirms the complaint's outcome.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="114"/>
            <source>remarks</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="116"/>
            <source>callback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="118"/>
            <source>This callback is {status}: nothing is left to call.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/callbacks.py" line="141"/>
            <source>complaint</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="57"/>
            <source>catalogue kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="60"/>
            <source>part's warranty in months</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="63"/>
            <source>item code</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="64"/>
            <source>item name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="65"/>
            <source>English name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="66"/>
            <source>maker's part number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="68"/>
            <source>unit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="70"/>
            <source>reorder level</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="164"/>
            <source>catalogue item</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="166"/>
            <source>Item {code} belongs to the head office's price list; add an item of the station's own to change it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="181"/>
            <source>The item code {code} is taken.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="194"/>
            <source>price</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/catalogue.py" line="195"/>
            <source>effective date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="45"/>
            <source>reason</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="147"/>
            <source>Item {code} is no longer offered.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="149"/>
            <source>Item {code} has no price on {day}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="180"/>
            <source>job line</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/charges.py" line="201"/>
            <source>Unknown warranty finding {code!r}; use one of: {known}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="27"/>
            <source>{label}: enter a number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="33"/>
            <source>{label}: {value!r} is not a number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="44"/>
            <source>{label}: answer yes or no.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="50"/>
            <source>{label}: choose one of {choices}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="57"/>
            <source>{label}: photos are attached as files.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="69"/>
            <source>{label}: enter a whole number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="79"/>
            <source>{label} is computed and cannot be typed in.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_answers.py" line="86"/>
            <source>The checklist has no item {items}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklist_templates.py" line="109"/>
            <source>checklist template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="91"/>
            <source>A {job_type} job has no checklist.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="106"/>
            <source>checklist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="121"/>
            <source>equipment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="144"/>
            <source>file name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="145"/>
            <source>file type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="147"/>
            <source>{filename} is empty.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="149"/>
            <source>{filename} is larger than {megabytes} MB.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="156"/>
            <source>The checklist has no photo item {item}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="187"/>
            <source>photo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="207"/>
            <source>its installation checklist failed ({items})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="208"/>
            <source>its installation checklist is incomplete ({count} required items unanswered)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/checklists.py" line="211"/>
            <source>its checklist has {count} required items unanswered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/children.py" line="39"/>
            <source>An entry being edited was removed meanwhile; reopen the form.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaint_queries.py" line="128"/>
            <source>Complaints past the due of their stage: {count}. Handle, review or report them back today.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="43"/>
            <source>text of the stage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="85"/>
            <source>customer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="88"/>
            <source>Job {number} is not this customer's.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="92"/>
            <source>site</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="94"/>
            <source>That unit is not installed at this customer's sites.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="101"/>
            <source>complaint category</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="102"/>
            <source>severity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="103"/>
            <source>customer's words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="104"/>
            <source>time the complaint came in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="106"/>
            <source>A complaint cannot come in the future.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="140"/>
            <source>This complaint is {stage}: it has no further stage to record here.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="167"/>
            <source>A complaint is closed only after it was reported back.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="177"/>
            <source>Only a complaint about an installation gets a re-inspection job.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="179"/>
            <source>This complaint has its re-inspection job already.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="183"/>
            <source>Link the installation job or the unit, so the re-inspection knows where to go.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/complaints.py" line="185"/>
            <source>symptom</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/completion.py" line="33"/>
            <source>no visit has its arrival and finish recorded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/completion.py" line="39"/>
            <source>the customer has not signed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="50"/>
            <source>visits per year</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="51"/>
            <source>contract start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="52"/>
            <source>contract end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="54"/>
            <source>A contract must end after it starts.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="56"/>
            <source>contract price</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="58"/>
            <source>contract reference</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="60"/>
            <source>notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="100"/>
            <source>contract</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/contracts.py" line="112"/>
            <source>days ahead</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="24"/>
            <source>customer's name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="25"/>
            <source>second phone number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="26"/>
            <source>email address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="27"/>
            <source>customer notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="28"/>
            <source>geocode precision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="29"/>
            <source>site address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="30"/>
            <source>province</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="31"/>
            <source>city</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="32"/>
            <source>district</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="33"/>
            <source>geocode source</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="34"/>
            <source>access notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="70"/>
            <source>A site location needs both latitude and longitude.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="74"/>
            <source>The site's latitude or longitude is out of range.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="101"/>
            <source>refrigerant</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="103"/>
            <source>The capacity must be between 0 and 200 kW.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="105"/>
            <source>The warranty cannot end before the purchase date.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="107"/>
            <source>brand</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="108"/>
            <source>model</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="109"/>
            <source>indoor serial number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="111"/>
            <source>outdoor serial number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="114"/>
            <source>purchase date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="115"/>
            <source>commissioning date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="116"/>
            <source>warranty end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="234"/>
            <source>1 job</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="234"/>
            <source>{count} jobs</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="250"/>
            <source>This customer has {jobs}; a customer with jobs is kept for their history.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="264"/>
            <source>This site has {jobs}; a site with jobs is kept for their history.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="269"/>
            <source>This is the customer's only site; a customer keeps at least one site.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/customers.py" line="281"/>
            <source>This equipment is named on {jobs}; equipment with jobs is kept for their history.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_plans.py" line="56"/>
            <source>No technician is in the team {team}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_plans.py" line="106"/>
            <source>A day that is over cannot be planned.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_plans.py" line="129"/>
            <source>Only a new job of the queue can be fitted in.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="106"/>
            <source>{text!r} is not a date: write it as YYYY-MM-DD (for example 2026-03-15).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="108"/>
            <source>day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="116"/>
            <source>There is no technician with the code {code}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/day_sheet_data.py" line="186"/>
            <source>Nobody has a visit on {date:%Y-%m-%d}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="52"/>
            <source>“{name}” is not a geocoding service geopy knows; use one of {services}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="56"/>
            <source>The service “{name}” needs an API key or account, which FieldDesk does not keep in the station database, or a server address; keyless services: {services}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="73"/>
            <source>“{server}” is not a server address; write it as host, host:port or host/path (e.g. geo.station.lan:8080).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="77"/>
            <source>Choose a geocoding service.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="84"/>
            <source>The timeout must be between {low:g} and {high:g} seconds.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="91"/>
            <source>The public Nominatim service allows one request a second at most: the pause must be at least 1 second.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/geocoder_settings.py" line="93"/>
            <source>The pause between requests must be between {low:g} and {high:g} seconds.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="43"/>
            <source>name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="45"/>
            <source>phone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="47"/>
            <source>address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="52"/>
            <source>second phone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="53"/>
            <source>email</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="66"/>
            <source>capacity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="72"/>
            <source>technician code</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="75"/>
            <source>team</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="76"/>
            <source>skills</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="77"/>
            <source>maximum jobs per day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="79"/>
            <source>home address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="80"/>
            <source>certificates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="81"/>
            <source>shifts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="84"/>
            <source>job type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="85"/>
            <source>priority</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="87"/>
            <source>requested start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="89"/>
            <source>requested end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="90"/>
            <source>time received</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="92"/>
            <source>estimated duration</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="118"/>
            <source>The {field} is missing.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="148"/>
            <source>Write a certificate as its kind, number and expiry date (refrigeration SAT2021001 2030-01-01), not {value!r}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="151"/>
            <source>certificate kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="152"/>
            <source>certificate expiry date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="180"/>
            <source>Write a shift as its weekdays and hours (mon-fri 08:30-17:30), not {value!r}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="182"/>
            <source>shift start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="183"/>
            <source>shift end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="195"/>
            <source>skill</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/import_specs.py" line="210"/>
            <source>estimated duration in minutes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/imports.py" line="100"/>
            <source>The file has no column {number}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/imports.py" line="102"/>
            <source>Choose the column of the {field}: it is required.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_equipment.py" line="91"/>
            <source>That equipment belongs to another customer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_equipment.py" line="92"/>
            <source>That equipment is installed at another site of the customer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_equipment.py" line="100"/>
            <source>Name one of the customer's units or add a new one, not both.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="33"/>
            <source>The {label} {value!r} is not an amount.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="36"/>
            <source>The {label} cannot be negative.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="38"/>
            <source>The {label} must be at most {maximum}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="59"/>
            <source>A line is a part or labour, or a travel charge.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="60"/>
            <source>line description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="62"/>
            <source>Each part or labour line needs a description.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="63"/>
            <source>quantity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="65"/>
            <source>The quantity of {description} must be above 0.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="68"/>
            <source>unit price</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_lines.py" line="69"/>
            <source>old part's serial</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_sheet_data.py" line="158"/>
            <source>This database has no station yet: create one or run `fielddesk demo`.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/job_sheet_data.py" line="241"/>
            <source>The job {job} does not exist (it may have been deleted).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="62"/>
            <source>customer's requested window</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="67"/>
            <source>SLA due time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="70"/>
            <source>A repair job needs the symptom the customer reported.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="76"/>
            <source>resolution</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="122"/>
            <source>customer site</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="167"/>
            <source>Job {number} is {status} and can no longer be edited.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="202"/>
            <source>Say why the job is on hold (waiting for parts or the customer...).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="204"/>
            <source>Say why the job is cancelled.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="208"/>
            <source>Job {number} cannot be completed: {blockers}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="212"/>
            <source>Only a supervisor may complete a job over the gate.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="214"/>
            <source>A supervisor override needs a reason.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/jobs.py" line="290"/>
            <source>There is no job {number}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/map_data.py" line="178"/>
            <source>technician</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/months.py" line="26"/>
            <source>The month {value!r} must look like 2026-07.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/numbering.py" line="38"/>
            <source>This desk has no job numbers left for {year}: sync with the central server once to get the next block of numbers.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/paper_sheets.py" line="61"/>
            <source>Type the job number or scan the sheet's code.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/paper_sheets.py" line="91"/>
            <source>Attach the scanned sheet the customer signed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="14"/>
            <source>A password has at least {minimum} characters, is not only digits or one repeated character, is not the user name or a common password, and differs from the one it replaces.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="23"/>
            <source>password</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="25"/>
            <source>The password must have at least {minimum} characters.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="28"/>
            <source>The password must have at most {maximum} characters.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="31"/>
            <source>The password must not be only digits or one repeated character.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="35"/>
            <source>The password must not be the user name or a common password.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/password_rules.py" line="37"/>
            <source>The new password must differ from the current one.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/rows.py" line="23"/>
            <source>The {label} does not exist (it may have been deleted).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="78"/>
            <source>station's name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="80"/>
            <source>The station needs a name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="81"/>
            <source>time zone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="85"/>
            <source>Unknown time zone: {timezone}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="87"/>
            <source>station's address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="88"/>
            <source>station's phone number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="104"/>
            <source>The logo may be at most {kb} KB.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="114"/>
            <source>The logo must be a PNG or JPEG image of at most 4000 pixels a side.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="155"/>
            <source>A working day must end after it starts.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="156"/>
            <source>holiday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="193"/>
            <source>days before the callback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="194"/>
            <source>calls before unreached</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="216"/>
            <source>The average speed must be between 5 and 120 km/h.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="218"/>
            <source>The road factor must be between 1.0 and 3.0.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="238"/>
            <source>weight of a planned job</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="239"/>
            <source>weight of a promise met</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="240"/>
            <source>weight of an overdue job</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="241"/>
            <source>weight of the balance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="258"/>
            <source>copies of each sheet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="259"/>
            <source>footer of the sheets</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/settings_sections.py" line="271"/>
            <source>Unknown language: {language}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/sign_in_locks.py" line="28"/>
            <source>This account is locked after {count} failed sign-ins; try again after {until}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="105"/>
            <source>A job sheet is signed by the customer or the technician.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="106"/>
            <source>signer's name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="108"/>
            <source>Write the name of the person signing.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/signatures.py" line="110"/>
            <source>The signature must be drawn before it is accepted.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="138"/>
            <source>No location was found offline for this address and the online geocoder cannot be reached; place the pin on the map by hand.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="141"/>
            <source>No location was found for this address; place the pin on the map by hand.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="143"/>
            <source>The online geocoder cannot be reached: the site is placed at the centre of {area} ({precision} precision) until it is re-geocoded online.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="172"/>
            <source>The latitude and longitude must be numbers.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="174"/>
            <source>The latitude must lie between -90 and 90 and the longitude between -180 and 180.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/site_locations.py" line="201"/>
            <source>The online geocoder cannot be reached: sites were located from the cache and the offline gazetteer only, where that is better than before. Re-geocode them again when online.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/station.py" line="62"/>
            <source>The station code must be 2 to 8 capital letters or digits, starting with a letter (for example NJ01).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/station.py" line="68"/>
            <source>This database already belongs to a station.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/status.py" line="36"/>
            <source>A job that is {current} cannot be moved to {target}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="29"/>
            <source>the station's store</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="98"/>
            <source>Only parts are kept in stock; {code} is not a part.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="103"/>
            <source>Only {available} {unit} of {code} in {place}, not {wanted}: a supervisor may take stock below zero with a reason.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="116"/>
            <source>The quantity must be above 0.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="164"/>
            <source>counted quantity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock.py" line="179"/>
            <source>There is no technician {code}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="94"/>
            <source>Only a part line has an old part to return.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="97"/>
            <source>The old part of {description} was returned already.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="108"/>
            <source>claim reference</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="111"/>
            <source>old part</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/stock_jobs.py" line="113"/>
            <source>That old part was claimed already ({claim}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/suggestions.py" line="40"/>
            <source>That job no longer exists.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="50"/>
            <source>The technician code must be 2 to 16 letters, digits or dashes.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="55"/>
            <source>The colour must look like #4a90d9.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="59"/>
            <source>technician's name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="70"/>
            <source>A home base needs both latitude and longitude.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="72"/>
            <source>The home base's latitude or longitude is out of range.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="85"/>
            <source>certificate number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="97"/>
            <source>weekday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="99"/>
            <source>A shift must end after it starts (same day).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="111"/>
            <source>absence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="113"/>
            <source>reason for the absence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="142"/>
            <source>Two shifts on the same day overlap.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="167"/>
            <source>The technician code {code} is taken.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/technicians.py" line="235"/>
            <source>{name} is no longer active.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="23"/>
            <source>user</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="41"/>
            <source>{username} is the last active admin; make another user an admin first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="73"/>
            <source>You cannot disable your own account.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/user_admin.py" line="96"/>
            <source>The current password is wrong.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="65"/>
            <source>user's full name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="67"/>
            <source>Please enter the user's full name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="74"/>
            <source>The user name must be 3 to 64 letters, digits, dots, dashes or underscores.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="87"/>
            <source>The user name {username} is taken.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="109"/>
            <source>This database already has users: sign in instead.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="112"/>
            <source>Create the station before its first admin.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="160"/>
            <source>Wrong user name or password.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/users.py" line="209"/>
            <source>This database has no users yet: start FieldDesk once or run `fielddesk demo`.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="22"/>
            <source>phone number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="55"/>
            <source>The {label} contains a character that cannot be stored (a NUL or a broken character).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="67"/>
            <source>Please enter the {label}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="70"/>
            <source>The {label} is too long: {length} characters, at most {maximum}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="104"/>
            <source>Unknown {label} {value!r}; use one of: {allowed}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="110"/>
            <source>The {label} needs both a start and an end.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="114"/>
            <source>The {label} must end after it starts.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="119"/>
            <source>The {label} must be between {low} and {high}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="126"/>
            <source>The {label} must fall between the years {first} and {last}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="135"/>
            <source>The {label} has no time zone.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/validation.py" line="178"/>
            <source>The {label} {value!r} is not a phone number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="30"/>
            <source>arrival time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="30"/>
            <source>finish time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="61"/>
            <source>The {label} {value!r} is not a time like 14:05.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="68"/>
            <source>The {label} cannot be in the future.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="70"/>
            <source>The {label} is before job {number} was received.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="79"/>
            <source>This visit of job {number} is cancelled or its job is {status}: its times cannot be recorded.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="105"/>
            <source>The arrival of this visit was recorded already; key in the sheet's times to correct it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="119"/>
            <source>Record the arrival before the finish.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="121"/>
            <source>The finish of this visit was recorded already; key in the sheet's times to correct it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="125"/>
            <source>The finish must be after the arrival.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/visits.py" line="138"/>
            <source>visit date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="63"/>
            <source>Unknown {label}: {value}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="77"/>
            <source>Unknown weekday: {value}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="86"/>
            <source>The {label} {value!r} is not a number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="93"/>
            <source>The {label} {value!r} is not a whole number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="108"/>
            <source>The {label} {value!r} is not a date (write it as 2026-12-07).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/vocabulary.py" line="119"/>
            <source>The {label} {value!r} is not a time of day (write it as 08:30).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_policy.py" line="81"/>
            <source>The warranty policy is not valid: {field}: {problem}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="117"/>
            <source>commissioning</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="118"/>
            <source>purchase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="129"/>
            <source>Travel and out-of-area charges are paid by the customer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="133"/>
            <source>The maker pays the installation labour of a new unit.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="135"/>
            <source>A {job_type} job is no repair of a fault: the customer pays.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="138"/>
            <source>The job names no unit, so no warranty applies.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="140"/>
            <source>The warranty is void: {reason}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="144"/>
            <source>The unit has neither a commissioning nor a purchase date, so no warranty period can be counted.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="154"/>
            <source>Reported {days} days after {basis} ({start}), within {limit}: refund or replacement at the customer's choice.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="158"/>
            <source>Reported {days} days after {basis} ({start}), within {limit}: replacement or repair.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="165"/>
            <source>The part's own warranty of {months} months runs until {end}: free repair.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="168"/>
            <source>The part's own warranty of {months} months ended on {end}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="172"/>
            <source>Under the unit's warranty until {end}: free repair.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="174"/>
            <source>The unit's warranty ended on {end}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="180"/>
            <source>Decided by a supervisor: {reason}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../services/warranty_rules.py" line="185"/>
            <source>Set by hand before the station had a warranty policy.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/blocks.py" line="88"/>
            <source>The central server could not give this desk job numbers for {year}; the next sync tries again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/central_report.py" line="32"/>
            <source>This address signs in as a station, which sees only its own rows: the stations' report needs the administrator's address.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/central_report.py" line="34"/>
            <source>This address signs in as a role that may not read the stations' rows: the stations' report needs the administrator's address.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/conflicts.py" line="57"/>
            <source>Keep either this station's value or the server's.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/conflicts.py" line="61"/>
            <source>That conflict was resolved already.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/conflicts.py" line="65"/>
            <source>The record of that conflict no longer exists.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="66"/>
            <source>The central server could not finish in time ({reason}); the sync stopped and will be tried again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="69"/>
            <source>The central server {url} cannot be reached: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="71"/>
            <source>The central server refused this station: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="89"/>
            <source>The central server {url} did not answer for {seconds:g} seconds; the sync stopped and will be tried again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/cycle.py" line="110"/>
            <source>This address signs in as station {theirs}, but this desk belongs to station {ours}: nothing was sent or received.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/desk_lock.py" line="45"/>
            <source>This desk is syncing in another window or process; this sync was not started (the next one will be).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/desks.py" line="95"/>
            <source>The central server has lost batches this desk sent (it may have been restored from an older backup): nothing was sent or received. The head office runs `fielddesk server restored` after a restore; then every desk sends again what the server lost.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/desks.py" line="102"/>
            <source>The central server keeps taking this desk for another one; nothing more was sent.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/join.py" line="75"/>
            <source>This database belongs to station {code}; a desk joins {joined} from an empty database.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/join.py" line="81"/>
            <source>This database has users or changes of its own, which would collide with the station's on the server; a desk joins {joined} from an empty database.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/link.py" line="90"/>
            <source>The central database address is not valid: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/push.py" line="215"/>
            <source>The central server refused the changes: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="52"/>
            <source>The head office gave this record to another station: the change was not sent, and the record is no longer kept at this station.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="55"/>
            <source>The central server has no such record to change: it never arrived there, or it belongs to another station now.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="57"/>
            <source>The central server refused the change: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="85"/>
            <source>No refused change has the id {id}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/refused.py" line="92"/>
            <source>That refused change was sent again or discarded already.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="105"/>
            <source>Station {code} already has its database role {role}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="130"/>
            <source>The central database has no FieldDesk schema: run `fielddesk server init` on it first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="134"/>
            <source>The central database has schema {shared}+{central}, this FieldDesk knows {known_shared}+{known_central}: update whichever is older before syncing.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="159"/>
            <source>This address signs in to the central server as an administrator, not as a station: use the address `fielddesk server add-station` printed for the station.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/server.py" line="166"/>
            <source>This address signs in to the central server as no station: use the one `fielddesk server add-station` printed for the station.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/settings.py" line="47"/>
            <source>The central server address is not a database URL.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/settings.py" line="49"/>
            <source>The central server address must be postgresql://ROLE@HOST:PORT/DATABASE.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../sync/settings.py" line="76"/>
            <source>The sync settings in {path} cannot be read; set the central server again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../tabular/excel_text.py" line="40"/>
            <source>The {column} in row {row} cannot be written to an Excel file as it is: a text between &lt;r&gt; and &lt;/r&gt; with a control character or an _x0000_-like sequence. Correct it, or export the list as .csv.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../tabular/excel_text.py" line="52"/>
            <source>The {column} in row {row} is {length} characters long, more than the {limit} an Excel cell holds. Shorten it, or export the list as .csv.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="40"/>
            <source>{name} is neither a .csv nor an .xlsx file.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="51"/>
            <source>{name} cannot be read as a table: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="55"/>
            <source>{name} is empty.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../tabular/files.py" line="182"/>
            <source>The list has more rows than an Excel sheet holds ({limit}). Export it as .csv.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/checklist/photo_tasks.py" line="20"/>
            <source>{file} is not an image FieldDesk can show.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/ops/checklists.py" line="44"/>
            <source>{file} cannot be read ({reason}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/ops/checklists.py" line="49"/>
            <source>No image file was given.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="39"/>
            <source>The database has no filled installation checklist.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="67"/>
            <source>The database {path} has no station yet: run `fielddesk demo` or start FieldDesk once to create one.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="76"/>
            <source>There is no view {view!r}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/screenshot.py" line="84"/>
            <source>Cannot write the screenshot to {path}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="106"/>
            <source>This database has no file to keep the sync settings next to.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
</TS>
