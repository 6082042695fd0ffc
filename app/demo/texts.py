"""The Chinese words of the demo: what customers report, what technicians did, why jobs wait."""

from __future__ import annotations

MAINTENANCE_SYMPTOMS = (
    "年度清洗保养（内机蒸发器、滤网）", "换季保养，检查冷媒压力", "内外机深度清洗",
    "商铺空调季前保养", "空调消毒杀菌清洗",
)
INSPECTION_SYMPTOMS = ("移机前检测", "二手房空调检测", "保修期到期前检查", "安装后复检")
RELOCATION_SYMPTOMS = (
    "室内移机：客厅挂机移至卧室，需加长铜管2米", "搬家移机，新房同小区", "外机移位至空调板",
    "装修后重新安装原机",
)
REMOVAL_SYMPTOMS = ("拆机：搬家拆除旧机", "拆除旧机并回收", "装修前拆机暂存")
INSTALL_SYMPTOMS = ("新机安装", "新机安装，需打孔", "新机安装，外机装空调板",
                    "新机安装，铜管需加长", "新房整屋空调安装")
HEIGHT_NOTE = "（外机位于高层外墙，需高空作业）"
DONE_NOTES = (  # install, maintenance, inspection, relocation, removal
    "安装完成，试机正常，已讲解使用方法", "保养完成，运行正常", "检测完成，已出具检测结论",
    "移机完成，抽真空保压合格", "拆机完成，旧机已回收",
)

HOLD_REASONS = ("客户出差，约下周上门", "等待物业同意外机位置", "客户新房装修未完工")
PARTS_HOLD_REASONS = (  # repairs only
    "等待配件：主控板", "等待配件：压缩机", "等待配件：室外风机", "等待客户确认维修报价",
    "等待厂家技术支持回复",
)
CANCEL_REASONS = ("客户已自行修好", "客户取消订单", "重复报单", "客户已购买新机", "联系不上客户")
ACCESS_NOTES = ("小区门禁，需提前联系物业", "外机在封闭阳台窗外", "电梯限时，周末不可装机",
                "老人独居，上门前先电话联系", "家中有狗，请提前告知", "地下车库限高2.1米")
CUSTOMER_NOTES = ("老客户，多次报修", "要求上门前一小时电话通知", "只接受下午上门", "VIP客户")

COMPLAINTS = (  # (category, what the customer said) of complaints called in
    ("timeliness", "师傅迟到两个多小时，没有提前通知"),
    ("installation", "安装后内机仍然漏水，要求重新处理"),
    ("price", "收费和报价不一致，对材料费有异议"),
    ("attitude", "师傅态度不好，不愿解释故障原因"),
    ("installation", "安装打孔后墙面和地板没有清理干净"),
    ("repeat_fault", "维修后一周又出现同样故障"),
    ("parts", "换上的配件不是原厂的，要求更换"),
    ("other", "约好的时间被改了三次"),
)
# What an unsatisfied customer says on the callback, by the aspect scored lowest.
UNHAPPY = {
    "timeliness": ("等了一上午师傅才到", "上门时间一改再改"),
    "attitude": ("师傅态度差，不耐烦", "师傅不愿解释收费"),
    "quality": ("问题没有完全解决", "用了两天又不制冷了"),
    "price": ("收费太贵，和电话里说的不一样", "材料费太高"),
}
COMPLAINT_HANDLING = ("已电话致歉，安排主管带师傅上门复查处理", "已与客户沟通，约定明日上门返修",
                      "已核对收费明细并向客户解释，退还多收费用")
COMPLAINT_REVIEW = ("主管复核：处理属实，对责任师傅进行培训并记录",
                    "主管复核：客户诉求合理，已按返修流程闭环")
COMPLAINT_REPORT = ("已汇总反馈设计、生产及管理部门", "已在周会通报并反馈质量部")
CONFIRMATIONS = ("客户确认问题已解决", "客户对处理结果表示认可")
NOT_CONFIRMED = ("客户表示问题仍未解决", )

CALLBACK_REMARKS: dict[int, tuple[str, ...]] = {
    5: ("师傅很专业，非常满意", "服务好，准时上门", "安装很规范，满意"),
    4: ("整体满意", "师傅稍有迟到，其他都好", "效果不错"),
    3: ("一般，等了比较久", "收费有点贵"),
}
UNREACHED = ("无人接听", "电话关机", "客户挂断，稍后再访")

ABSENCE_REASONS = ("年假", "病假", "事假", "厂家培训", "调休")
