"""The words of the quality reports in Chinese and English; a report is printed in one of them
(`--lang`), unlike the job sheets, which carry both for the customer and the technician."""

from __future__ import annotations

from app.models.enums import ComplaintCategory, ComplaintStage, Severity

Pair = tuple[str, str]  # (Chinese, English)

WORDS: dict[str, Pair] = {
    "title": ("质量月报", "Monthly quality report"),
    "central_title": ("各网点质量月报", "Stations' monthly quality report"),
    "printed": ("打印时间", "Printed"),
    "figures": ("本月指标", "The month's figures"),
    "figure": ("指标", "Figure"),
    "this_month": ("本月", "This month"),
    "last_month": ("上月", "Last month"),
    "count": ("计数", "Count"),
    "trend": ("近十二个月趋势", "The last twelve months"),
    "rates_chart": ("三率（%）", "The three rates (%)"),
    "promise_chart": ("响应承诺达成率与一次修复率（%）",
                      "Response promise attainment and first-time fix (%)"),
    "technicians": ("师傅指标", "By technician"),
    "teams": ("班组指标", "By team"),
    "technician": ("师傅", "Technician"),
    "team": ("班组", "Team"),
    "complaints": ("本月投诉及四个环节", "The month's complaints and their four stages"),
    "no_complaints": ("本月无投诉。", "No complaints this month."),
    "stage": ("环节", "Stage"),
    "when": ("时间", "When"),
    "who": ("经办人", "Who"),
    "what": ("内容", "What"),
    "due": ("期限", "Due"),
    "late": ("超期", "late"),
    "not_done": ("未完成", "not done"),
    "customer": ("客户", "Customer"),
    "job": ("工单", "Job"),
    "station": ("网点", "Station"),
    "volume": ("完工量", "Jobs done"),
    "definitions": ("口径说明", "Definitions"),
}

FIGURE_NAMES: dict[str, Pair] = {
    "completed": ("完工工单", "Jobs completed"),
    "complaint_rate": ("投诉率", "Complaint rate"),
    "omission_rate": ("遗漏率", "Omission rate"),
    "dissatisfaction_rate": ("不满意率", "Dissatisfaction rate"),
    "response_attainment": ("响应承诺达成率", "Response promise attainment"),
    "first_time_fix": ("一次修复率", "First-time fix rate"),
    "repeat_visits": ("30天内重复上门率", "Repeat visits within 30 days"),
    "install_first_fail": ("安装首检不合格率", "Installations failed first time"),
}
SHORT_NAMES: dict[str, Pair] = {
    "completed": ("完工", "Done"), "complaint_rate": ("投诉率", "Compl."),
    "omission_rate": ("遗漏率", "Omiss."), "dissatisfaction_rate": ("不满意", "Dissat."),
    "response_attainment": ("响应达成", "Resp."), "first_time_fix": ("一次修复", "FTF"),
    "repeat_visits": ("重复上门", "Repeat"), "install_first_fail": ("安装首检", "Inst. fail"),
}

DEFINITIONS: Pair = (
    "投诉率＝本月收到的投诉数÷本月完工工单数。遗漏率＝本月到期而遗漏或超期的必做跟进÷本月到期的必做"
    "跟进，必做跟进包括：完工回访（到期前未拨打即为遗漏）、投诉各环节（处理、复核、反馈，未在期限内"
    "完成即为超期）、本月来电的响应承诺（首次到场晚于承诺即为未达成）。不满意率＝回访中任一项评分"
    "不高于2分的客户÷回访接通的客户。响应承诺：按优先级的响应小时数，在网点营业时间内计算；"
    "客户要求更晚时段的，以该时段结束为准。",
    "Complaint rate = complaints received in the month / jobs completed in the month. Omission "
    "rate = required follow-ups missed or late / required follow-ups due in the month; the "
    "follow-ups are the after-visit callbacks (missed when no call was tried by the due time), "
    "the complaint stages (handling, review, report back: late when not done by their due) and "
    "the response promise of each call received in the month (missed when the first arrival "
    "came after it). Dissatisfaction rate = customers scoring any aspect 2 or less / customers "
    "reached on callbacks. The response promise is the priority's response hours counted in "
    "the station's business hours, or the end of a later window the customer asked for.",
)

STAGES: dict[ComplaintStage, Pair] = {
    ComplaintStage.RECORDED: ("登记", "Recorded"), ComplaintStage.HANDLED: ("处理", "Handled"),
    ComplaintStage.REVIEWED: ("复核", "Reviewed"),
    ComplaintStage.REPORTED_BACK: ("反馈", "Reported back"),
    ComplaintStage.CLOSED: ("已关闭", "Closed"),
}
CATEGORIES: dict[ComplaintCategory, Pair] = {
    ComplaintCategory.INSTALLATION: ("安装质量", "Installation quality"),
    ComplaintCategory.TIMELINESS: ("及时性", "Timeliness"),
    ComplaintCategory.ATTITUDE: ("服务态度", "Attitude"),
    ComplaintCategory.PRICE: ("价格", "Price"),
    ComplaintCategory.PARTS: ("配件", "Parts"),
    ComplaintCategory.REPEAT_FAULT: ("重复故障", "Repeat fault"),
    ComplaintCategory.OTHER: ("其他", "Other"),
}
SEVERITIES: dict[Severity, Pair] = {
    Severity.MINOR: ("轻微", "Minor"), Severity.MODERATE: ("一般", "Moderate"),
    Severity.SERIOUS: ("严重", "Serious"),
}


class Words:
    """The report's words in one language ("zh_CN" or "en")."""

    def __init__(self, language: str) -> None:
        self.index = 0 if language.startswith("zh") else 1

    def __call__(self, key: str) -> str:
        return WORDS[key][self.index]

    def pick(self, pair: Pair) -> str:
        return pair[self.index]
