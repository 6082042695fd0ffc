"""What the demo's repairs were: the customer's symptom, the fault the technician found, the
checklist's diagnosis, the resolution and the parts, told as one consistent case each."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class RepairCase:
    symptom: str
    fault: str  # the repair checklist's `fault_found` choice
    detail: str  # `fault_detail`: what was found
    resolution: str
    parts: tuple[tuple[str, Decimal], ...] = ()  # description, unit price
    error_code: str = "无 none"
    circuit_opened: bool = False  # refrigerant circuit opened: tested, evacuated, charged
    run_mode: str = "cooling"
    labour: Decimal = Decimal("80.00")

    def answers(self, covered: bool) -> dict[str, Any]:
        """The checklist answers the case fixes (the rest is filled to pass)."""
        parts = "；".join(name for name, _ in self.parts)
        given: dict[str, Any] = {
            "symptom": self.symptom, "error_code": self.error_code, "fault_found": self.fault,
            "fault_detail": self.detail, "circuit_opened": self.circuit_opened,
            "run_mode": self.run_mode,
            "warranty_decision": "repair" if covered else "not_covered"}
        if parts:
            given["parts_replaced"] = parts
        if not covered:
            given["not_covered_reason"] = "已过三包期 out of warranty"
        if self.run_mode == "heating":  # warm air out: supply above return
            given.update(return_air=20.0, supply_air=38.0)
        return given


def _yuan(value: str) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


CASES: tuple[RepairCase, ...] = (
    RepairCase("不制冷，外机不启动", "capacitor", "压缩机启动电容 35 µF，实测 12 µF",
               "更换启动电容，试机正常", (("压缩机启动电容 35µF/450V", _yuan("45")),)),
    RepairCase("内机漏水", "drainage", "排水管在墙孔处弯折，接水盘积水",
               "疏通并重新固定排水管，漏水排除"),
    RepairCase("内机滴水，墙面有水渍", "drainage", "内机安装不水平，排水侧偏高约 6 mm",
               "调整内机水平，漏水排除"),
    RepairCase("制冷效果差，出风不凉", "refrigerant_leak",
               "外机低压阀喇叭口泄漏，低压 0.3 MPa", "重做喇叭口，抽真空并按铭牌充注冷媒",
               (("冷媒充注（按铭牌量）", _yuan("180")),), circuit_opened=True,
               labour=_yuan("150")),
    RepairCase("内机结霜", "refrigerant_leak", "连接管接头泄漏，冷媒不足致蒸发器结霜",
               "焊接泄漏点后抽真空并按铭牌充注冷媒", (("冷媒充注（按铭牌量）", _yuan("180")),),
               circuit_opened=True, labour=_yuan("150")),
    RepairCase("显示E6故障码", "pcb", "内外机通讯故障，外机主控板通讯电路损坏",
               "更换外机主控板，试机正常", (("室外机主控板", _yuan("680")),), "E6"),
    RepairCase("外机异响", "fan_motor", "外机风扇叶松动，擦碰导风圈", "紧固外机风扇叶，异响消除"),
    RepairCase("外机风扇不转", "fan_motor", "室外风机电机绕组开路", "更换室外风机电机，试机正常",
               (("室外风机电机", _yuan("260")),)),
    RepairCase("室内机不出风", "fan_motor", "内机贯流风机电机损坏", "更换室内风机电机，试机正常",
               (("室内风机电机", _yuan("220")),)),
    RepairCase("遥控器无反应", "remote", "遥控器发射管损坏，内机接收正常", "更换遥控器",
               (("原装遥控器", _yuan("60")),), labour=_yuan("30")),
    RepairCase("开机几分钟后自动停机", "sensor", "管温传感器阻值漂移（25 ℃ 实测 2 kΩ）",
               "更换管温传感器，故障码消除", (("管温传感器", _yuan("35")),), "F0"),
    RepairCase("压缩机频繁启停", "sensor", "室温传感器脱出卡座，贴近出风口",
               "重新固定室温传感器，运行正常"),
    RepairCase("空调跳闸", "wiring", "压缩机接线端子烧蚀，对地绝缘下降",
               "更换压缩机接线端子并重新接线，绝缘恢复", (("压缩机接线端子", _yuan("20")),)),
    RepairCase("有异味，开机后发霉味", "other", "蒸发器和过滤网积尘霉变",
               "清洗过滤网和蒸发器，异味消除", labour=_yuan("120")),
    RepairCase("不制热", "other", "四通阀线圈开路，制热不换向", "更换四通阀线圈，制热恢复",
               (("四通阀线圈", _yuan("85")),), run_mode="heating"),
)
