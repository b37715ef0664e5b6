"""A demo database for trying hdrectify: the county's centres, a dozen members, a year of records.

Everything in it is invented except the centres' towns and the ledger seed. It is
labelled as a demo in its settings and its file name, it is built in a temporary
file and moved into place only when complete, and it never overwrites a database
that is not itself a demo.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Row, Store
from hdrectify.store.ledger import add_progress, add_visit_problem, close_measure, load_seed
from hdrectify.store.people import insert_pairing

DEMO_NAME = "hdrectify-demo.db"

# (centre, town, contact person); the notice names 安墩, 碧山 (平山街道), 吉隆, 铁涌 and 白花.
CENTRES = [
    ("平山街道康园中心", "平山街道", "黄淑贞"),
    ("大岭街道康园中心", "大岭街道", "邱文辉"),
    ("白花镇康园中心", "白花镇", "廖碧云"),
    ("梁化镇康园中心", "梁化镇", "江志远"),
    ("稔山镇康园中心", "稔山镇", "吴秋萍"),
    ("铁涌镇康园中心", "铁涌镇", "蔡永康"),
    ("平海镇康园中心", "平海镇", "郑丽娟"),
    ("吉隆镇康园中心", "吉隆镇", "何家豪"),
    ("黄埠镇康园中心", "黄埠镇", "杨凤英"),
    ("盐洲镇康园中心", "盐洲镇", "许海生"),
    ("多祝镇康园中心", "多祝镇", "赖金花"),
    ("白盆珠镇康园中心", "白盆珠镇", "古伟雄"),
    ("安墩镇康园中心", "安墩镇", "朱月明"),
    ("高潭镇康园中心", "高潭镇", "彭振华"),
    ("宝口镇康园中心", "宝口镇", "严春燕"),
    ("巽寮度假区康园中心", "巽寮滨海旅游度假区", "卢国强"),
    ("港口度假区康园中心", "港口滨海旅游度假区", "梁晓琳"),
]
CLOSED_CENTRE = ("平山街道碧山康园中心", "平山街道", dt.date(2023, 9, 30))

MEMBERS = [
    "陈志强",
    "李秀英",
    "黄伟明",
    "张丽华",
    "刘建国",
    "叶国平",
    "林小燕",
    "钟海涛",
    "罗晓东",
    "曾美玲",
    "邓建华",
    "温少峰",
]

# (problem, [(measure, deadline in days from today, or None for 30 days after the visit)], closed)
VISIT_PROBLEMS: list[tuple[str, list[tuple[str, int | None]], bool]] = [
    ("无障碍坡道扶手松动，存在安全隐患", [("请镇残联安排维修扶手，完工后拍照留存", None)], True),
    ("会员档案未及时更新，新入会员资料缺失", [("督促社工补齐会员档案并录入系统", None)], False),
    (
        "灭火器过期未更换",
        [("联系镇政府更换过期灭火器", 8), ("建立消防器材定期检查台账", 25)],
        False,
    ),
]
NOTES = [
    "电话了解本周活动安排，会员出勤正常。",
    "微信群收到本周活动照片，手工课 8 人参加。",
    "与社工沟通康复训练计划，近期无异常。",
    "了解会员健康情况，提醒做好防暑降温。",
    "询问辅助性就业项目进展，订单稳定。",
]
ONSITE_NOTES = [
    "到中心查看活动开展情况，参加会员 12 人，场地整洁。",
    "检查台账和考勤记录，指导社工完善活动记录。",
    "与中心负责人座谈，了解经费使用和设施维护情况。",
]


def default_demo_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("hdrectify", appauthor=False)) / DEMO_NAME


def is_demo(path: Path) -> bool:
    try:
        with Store.open(path) as store:
            return bool(store.setting("demo"))
    except InputError:
        return False


def build_demo(path: Path, today: dt.date, *, force: bool = False) -> bool:
    """Write the demo database at ``path``; False if a demo is already there (and not forced)."""
    path = Path(path)
    if path.exists():
        if not is_demo(path):
            raise InputError("db.demo_over_real", None, path=str(path))
        if not force:
            return False
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    with Store.open(tmp, create=True, actor="演示数据") as store:
        with store.transaction():
            _fill(store, today)
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, path)
    return True


def _stamp(day: dt.date, late_days: int = 0, today: dt.date | None = None) -> str:
    """When a record was entered: the evening of its day, or ``late_days`` later (补录), never after today."""
    entered = day + dt.timedelta(days=late_days)
    if today is not None:
        entered = min(entered, today)
    return f"{entered.isoformat()}T18:30:00+08:00"


def _fill(store: Store, today: dt.date) -> None:
    rng = random.Random(20230810)
    store.initialise_settings()
    store.set_setting("demo", True)
    store.set_setting("installation_name", "演示数据（DEMO）")
    store.set_setting("federation_name", "惠东县残疾人联合会（演示数据）")
    load_seed(store)

    centres = [
        store.insert(
            "centres",
            {
                "name": name,
                "town": town,
                "address": f"{town}（演示地址）",
                "contact_person": person,
                "contact_phone": f"0752-88{rng.randrange(10000, 99999)}",
            },
        )
        for name, town, person in CENTRES
    ]
    closed_name, closed_town, closed_on = CLOSED_CENTRE
    store.insert(
        "centres",
        {
            "name": closed_name,
            "town": closed_town,
            "address": "平山街道碧山（已撤销）",
            "closed_on": closed_on.isoformat(),
            "note": "选址不科学，2023年按巡察整改要求撤销",
        },
    )
    members = [store.insert("members", {"name": n, "phone": f"138{rng.randrange(10**7, 10**8)}"}) for n in MEMBERS]

    start = dt.date(today.year - 1, 10, 1)
    handover = dt.date(today.year, 6, 1)
    pairings: list[Row] = []
    for i, centre in enumerate(centres):
        member = members[i % len(members)]
        if i == 7:  # 吉隆: reassigned mid-year, the old pairing ends the day before
            pairings.append(insert_pairing(store, members[10], centre, start, handover - dt.timedelta(days=1)))
            pairings.append(insert_pairing(store, members[11], centre, handover, None))
            continue
        pairings.append(insert_pairing(store, member, centre, start, None))

    # Spring Festival: centres closed, no visit that month and no contact that week.
    festival = _spring_festival(today.year)
    store.insert(
        "exemptions",
        {
            "pairing_id": None,
            "obligation": "visit",
            "start_on": festival.replace(day=1).isoformat(),
            "end_on": Period.month_of(festival).last_day.isoformat(),
            "reason": "春节放假，各康园中心闭馆",
            "author": store.actor,
        },
    )
    week = Period.week_of(festival)
    store.insert(
        "exemptions",
        {
            "pairing_id": None,
            "obligation": "contact",
            "start_on": week.first_day.isoformat(),
            "end_on": week.last_day.isoformat(),
            "reason": "春节假期",
            "author": store.actor,
        },
    )

    contacts_with_problems: list[tuple[Row, Row]] = []
    for n, pairing in enumerate(pairings):
        diligence = 0.97 if n % 5 else 0.8  # a few members miss more weeks
        pstart = dt.date.fromisoformat(pairing["start_on"])
        pend = dt.date.fromisoformat(pairing["end_on"]) if pairing["end_on"] else today
        yesterday = min(pend, today - dt.timedelta(days=1))
        month = Period.month_of(pstart)
        while month.first_day <= yesterday:
            if month.contains(festival) or rng.random() > diligence:
                month = month.next()
                continue
            day = month.first_day + dt.timedelta(days=rng.randrange(3, 26))
            if pstart <= day <= yesterday:
                late = 10 if rng.random() < 0.06 else 0
                row = _contact(store, pairing, day, Method.ONSITE, rng.choice(ONSITE_NOTES), late, today)
                if (
                    len(contacts_with_problems) < len(VISIT_PROBLEMS)
                    and n % 4 == 1
                    and month.first_day.month in (3, 6, 9)
                ):
                    contacts_with_problems.append((pairing, row))
            month = month.next()
        wk = Period.week_of(pstart)
        while wk.first_day <= yesterday:
            has_onsite = store.scalar(
                "SELECT 1 FROM contacts WHERE pairing_id = ? AND date BETWEEN ? AND ?",
                [pairing["id"], wk.first_day.isoformat(), wk.last_day.isoformat()],
            )
            if not has_onsite and wk != week and rng.random() < diligence:
                day = wk.first_day + dt.timedelta(days=rng.randrange(0, 5))
                if pstart <= day <= yesterday:
                    method = rng.choice([Method.PHONE, Method.PHONE, Method.WECHAT, Method.WECHAT, Method.MEETING])
                    late = 9 if rng.random() < 0.03 else 0
                    _contact(store, pairing, day, method, rng.choice(NOTES), late, today)
            wk = wk.next()
        _reports_and_reviews(store, rng, pairing, pstart, pend, today)

    for (pairing, contact), (title, measures, closed) in zip(contacts_with_problems, VISIT_PROBLEMS, strict=False):
        store.update("contacts", contact["id"], {"problems": title})
        found = dt.date.fromisoformat(contact["date"])
        problem = add_visit_problem(
            store,
            title,
            centre_id=pairing["centre_id"],
            contact_id=contact["id"],
            found_on=found,
            measures=[text for text, _ in measures],
            deadline=found + dt.timedelta(days=30),
            person=(store.get("members", pairing["member_id"]) or {}).get("name", ""),
        )
        for no, (_, days) in enumerate(measures, start=1):
            measure_id = store.scalar(
                "SELECT id FROM ledger_measures WHERE problem_id = ? AND no = ?", [problem["id"], no]
            )
            if days is not None:  # some deadlines still ahead, so the warnings show all their colours
                store.update("ledger_measures", measure_id, {"deadline": (today + dt.timedelta(days=days)).isoformat()})
            told, done = (min(found + dt.timedelta(days=d), today) for d in (7, 20))
            add_progress(store, measure_id, told, "已通知镇残联和中心负责人，正在落实。", today=today)
            if closed:
                close_measure(store, measure_id, done, "已维修完毕，到岗复查确认。", today=today)


def _contact(store: Store, pairing: Row, day: dt.date, method: Method, note: str, late: int, today: dt.date) -> Row:
    return store.insert(
        "contacts",
        {
            "pairing_id": pairing["id"],
            "date": day.isoformat(),
            "method": method.value,
            "note": note,
            "recorded_at": _stamp(day, late, today),
            "author": store.actor,
        },
    )


def _reports_and_reviews(
    store: Store, rng: random.Random, pairing: Row, pstart: dt.date, pend: dt.date, today: dt.date
) -> None:
    quarter = Period.quarter_of(pstart)
    while quarter.last_day < today:
        if pstart <= quarter.last_day <= pend and rng.random() < 0.92:
            day = quarter.last_day + dt.timedelta(days=rng.choice([2, 4, 6, 8, 9, 10, 14, 20]))
            if day < today:
                store.insert(
                    "reports",
                    {
                        "pairing_id": pairing["id"],
                        "quarter": str(quarter),
                        "submitted_on": day.isoformat(),
                        "note": f"{quarter.label_zh()}挂钩联系工作汇报：按要求开展联系和到岗，中心运行正常。",
                        "recorded_at": _stamp(day),
                        "author": store.actor,
                    },
                )
        quarter = quarter.next()
    year = Period(Kind.YEAR, pstart.year)
    if year.last_day < today and pstart <= year.last_day <= pend:
        day = dt.date(year.year + 1, 1, rng.choice([12, 18, 25, 28, 30])) + dt.timedelta(days=rng.choice([0, 0, 0, 9]))
        if day < today:
            store.insert(
                "reviews",
                {
                    "pairing_id": pairing["id"],
                    "year": year.year,
                    "submitted_on": day.isoformat(),
                    "score": rng.randrange(72, 98),
                    "criteria_notes": "活动开展 30% / 台账管理 20% / 设施安全 20% / 会员满意度 30%",
                    "note": "全年联系和到岗基本到位。",
                    "recorded_at": _stamp(day),
                    "author": store.actor,
                },
            )


# 春节 (first day of the lunar year) for the years the demo may be built around.
_FESTIVALS = {
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 3),
}


def _spring_festival(year: int) -> dt.date:
    return _FESTIVALS.get(year, dt.date(year, 2, 10))
