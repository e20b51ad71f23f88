#!/usr/bin/env python3
"""Write the example case files in examples/ (except skeleton.json, which is kept by hand).

Every person, organisation, number and event here is invented. Identity numbers use
real county-level GB/T 2260 prefixes with invented birth dates and sequence numbers,
and credit codes real region codes with invented organisation codes; both get their
check characters from the same algorithms as validate::id_card::expected_check_char
(GB 11643-1999, MOD 11-2) and validate::credit_code::make (GB 32100-2015, MOD 31),
re-implemented below. tests/examples.rs loads and validates every file with the Rust
code, so a slip here fails the tests.

Usage: python3 scripts/make-examples.py   (from the crate root; rewrites examples/*.json)
"""

import json
import os
import random

# ---------------------------------------------------------------- check characters

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_number(region: str, birth: str, seq: int) -> str:
    """An 18-digit 公民身份号码: region (6) + YYYYMMDD + sequence (3) + check."""
    body = f"{region}{birth}{int(seq):03d}"
    assert len(body) == 17 and body.isdigit(), body
    return body + ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(org8: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    def v(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    r = 11 - sum(v(c) * w for c, w in zip(org8, ORG_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def credit_code(prefix2: str, region: str, org8: str, break_inner: bool = False) -> str:
    """A 统一社会信用代码: authority+type (2) + region (6) + organisation code (9) + check."""
    inner = org_check(org8)
    if break_inner:  # a planted inner-check failure (the outer check stays right)
        inner = "0" if inner != "0" else "1"
    body = f"{prefix2}{region}{org8}{inner}"
    assert len(body) == 17 and all(c in USCC_ALPHABET for c in body), body
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    return body + USCC_ALPHABET[(31 - s % 31) % 31]


# ---------------------------------------------------------------- builders


def person(pid, side, name, sex, region, birth, seq, ethnicity="汉族", occupation="", phone="", address="", **extra):
    d = {
        "id": pid,
        "side": side,
        "type": "person",
        "name": name,
        "sex": sex,
        "ethnicity": ethnicity,
        "birth_date": f"{birth[:4]}-{birth[4:6]}-{birth[6:]}",
        "id_number": id_number(region, birth, seq),
        "occupation": occupation,
        "phone": phone,
        "address": address,
    }
    d.update(extra)
    return d


def org(pid, side, name, code, address, rep, title, phone, kind="legal_representative", **extra):
    d = {
        "id": pid,
        "side": side,
        "type": "organisation",
        "name": name,
        "credit_code": code,
        "address": address,
        "representative_kind": kind,
        "representative": rep,
        "representative_title": title,
        "phone": phone,
    }
    d.update(extra)
    return d


def pay(payers, payees, amount, due, method, purpose, text=""):
    return {
        "text": text,
        "obligation": {"payers": payers, "payees": payees, "amount": amount, "due": due, "method": method, "purpose": purpose},
    }


def clause(text, flags=None):
    c = {"text": text}
    if flags:
        c["flags"] = flags
    return c


def signatures(ids, day, mediator=None, seal=None):
    return {"parties": {i: day for i in ids}, "mediator": mediator or day, "seal": seal or day}


STANDARD_ATTACHMENTS = [
    {"name": "人民调解协议书", "copies": 1, "present": True},
    {"name": "调解组织主持调解的证明", "copies": 1, "present": True},
    {"name": "申请人身份证明", "copies": 1, "present": True},
]


def case(**kw):
    c = {"schema_version": 1}
    c.update(kw)
    return c


# ---------------------------------------------------------------- 1. 邻里纠纷

def neighbours():
    committee = {
        "name": "杭州市西湖区翠苑街道翠苑一区社区人民调解委员会",
        "short_name": "翠苑一区",
        "kind": "residents",
        "address": "杭州市西湖区翠苑一区社区服务中心二楼",
        "phone": "0571-88123456",
        "seal_text": "",
        "mediators": [{"name": "周建平", "phone": "13906712345"}, {"name": "沈丽娟", "phone": "13757112345"}],
        "recorders": [{"name": "吴晓燕", "phone": "0571-88123457"}],
    }
    parties = [
        person("p1", "applicant", "陈国华", "male", "330106", "19650412", "031", occupation="退休职工",
               phone="13805712468", address="杭州市西湖区翠苑一区12幢3单元201室"),
        # Planted: a lower-case check character, offered back in upper case.
        dict(person("p2", "respondent", "林晓峰", "male", "330106", "19880723", "057", occupation="软件工程师",
                    phone="15867123579", address="杭州市西湖区翠苑一区12幢3单元301室")),
    ]
    # make p2's check character an X typed in lower case: choose a sequence that yields X
    for seq in range(11, 999, 2):
        n = id_number("330106", "19880723", seq)
        if n.endswith("X"):
            parties[1]["id_number"] = n[:-1] + "x"
            break
    facts = ("2025年5月起，林晓峰家（301室）卫生间地面渗水，致楼下陈国华家（201室）卫生间及走廊吊顶发霉、墙面涂料起皮脱落。"
             "陈国华多次上门协商未果，双方发生争执。经物业维修人员查看，渗水系301室卫生间防水层老化破损所致。"
             "陈国华要求林晓峰修复防水并赔偿吊顶、墙面修复费用；林晓峰对渗水原因无异议，但认为索赔金额过高。")
    return case(
        committee=committee,
        parties=parties,
        dispute={
            "kind": "邻里纠纷",
            "title": "陈国华与林晓峰相邻漏水纠纷",
            "source": "application",
            "facts": facts,
            "claims": [
                {"party": "p1", "text": "要求林晓峰修复卫生间防水，并赔偿吊顶、墙面修复费用人民币5,000元。"},
            ],
            "risk_level": "蓝",
            "amount_involved": "3800.00",
        },
        intake={"applied_on": "2025-06-03", "accepted_on": "2025-06-03", "registered_by": "吴晓燕", "rights_notified_on": "2025-06-03"},
        investigations=[{
            "date": "2025-06-05", "time": "09:30—10:20", "place": "翠苑一区12幢3单元201室、301室",
            "investigators": ["周建平", "沈丽娟"], "interviewee": "物业维修工 何师傅", "recorder": "吴晓燕",
            "content": "现场查看201室卫生间吊顶约3平方米发霉、走廊墙面约4平方米涂料脱落；301室卫生间地漏周边防水层破损。何师傅认为系301室防水层老化所致。",
        }],
        sessions=[{
            "date": "2025-06-10", "time": "14:00—15:40", "place": "翠苑一区社区调解室", "subject": "相邻漏水赔偿",
            "participants": ["何师傅（物业维修工）"], "parties_present": ["p1", "p2"], "mediators": ["周建平", "沈丽娟"],
            "recorder": "吴晓燕",
            "content": "调解员告知双方权利义务，双方分别陈述。调解员结合现场查看情况和维修报价释法说理，双方各让一步。",
            "result": "达成协议",
        }],
        agreement={
            "serial": 37,
            "facts": facts,
            "responsibility": "渗水系301室卫生间防水层破损所致，林晓峰应承担修复责任及相应赔偿责任。",
            "clauses": [
                clause("林晓峰于2025年6月30日前自行委托有资质的施工单位重做301室卫生间防水层，并做闭水试验48小时，通知陈国华到场查看。"),
                pay(["p2"], ["p1"], "3800.00", "2025-06-20", "银行转账", "吊顶、墙面修复费用"),
                clause("防水层重做后一年内201室再因同一原因渗水的，林晓峰负责维修并赔偿由此造成的损失。"),
                clause("双方就本纠纷再无其他争议。"),
            ],
            "performance": "第一项于2025年6月30日前履行完毕；第二项赔偿款于2025年6月20日前通过银行转账一次性付清。",
            "formed_on": "2025-06-10",
            "signatures": signatures(["p1", "p2"], "2025-06-10"),
            "mediators": ["周建平", "沈丽娟"],
            "recorder": "吴晓燕",
        },
        visits=[{
            "date": "2025-07-15", "parties": ["p1", "p2"], "visitor": "周建平", "performance": "performed",
            "content": "林晓峰已于6月18日转账3,800元，6月27日完成防水施工，闭水试验无渗漏。陈国华表示满意，双方关系缓和。",
        }],
        archive={
            "serial": 37, "filed_by": "吴晓燕", "filed_on": "2025-07-20", "checked_by": "周建平",
            "retention": "短期", "outcome": "success", "closed_on": "2025-07-15",
            "notes": "本卷共有文件材料12页。",
        },
    )


# ---------------------------------------------------------------- 2. 赡养纠纷

def family_support():
    committee = {
        "name": "镇平县石佛寺镇贾营村人民调解委员会",
        "short_name": "贾营村",
        "kind": "village",
        "address": "南阳市镇平县石佛寺镇贾营村村委会",
        "phone": "0377-65912345",
        "mediators": [{"name": "贾宏伟", "phone": "13838712345"}, {"name": "王秀云", "phone": "15237712345"}],
        "recorders": [{"name": "贾明", "phone": "13569212345"}],
    }
    mother = person("p1", "applicant", "王桂兰", "female", "411324", "19460305", "024", occupation="农民",
                    phone="13683712450", address="南阳市镇平县石佛寺镇贾营村三组")
    # Planted: the mother's old 15-digit number, copied from an old household register.
    mother["id_number"] = "411324460305024"
    parties = [
        mother,
        person("p2", "respondent", "贾国强", "male", "411324", "19680911", "013", occupation="农民",
               phone="13937712346", address="南阳市镇平县石佛寺镇贾营村三组"),
        person("p3", "respondent", "贾国庆", "male", "411324", "19711002", "035", occupation="个体经营",
               phone="15803812347", address="南阳市镇平县城关镇建设路88号"),
        person("p4", "respondent", "贾秀梅", "female", "411324", "19740618", "046", occupation="教师",
               phone="13525612348", address="南阳市卧龙区光武路166号"),
    ]
    facts = ("王桂兰现年79岁，丈夫已于2019年去世，育有二子一女即贾国强、贾国庆、贾秀梅。王桂兰患高血压、糖尿病，"
             "无固定收入，现独自居住在贾营村老宅。2024年以来三子女对赡养费分担和日常照料发生分歧，"
             "贾国庆、贾秀梅认为贾国强分得老宅应多承担，王桂兰的医药费亦无人支付，王桂兰遂申请调解。")
    return case(
        committee=committee,
        parties=parties,
        dispute={
            "kind": "赡养纠纷",
            "title": "王桂兰与贾国强、贾国庆、贾秀梅赡养纠纷",
            "source": "application",
            "facts": facts,
            "claims": [{"party": "p1", "text": "要求三子女每月支付赡养费，轮流照料生活，分担医疗费用。"}],
            "risk_level": "黄",
            "amount_involved": "21600.00",
        },
        intake={"applied_on": "2025-03-03", "accepted_on": "2025-03-04", "registered_by": "贾明", "rights_notified_on": "2025-03-04"},
        investigations=[{
            "date": "2025-03-06", "time": "10:00", "place": "贾营村三组王桂兰家", "investigators": ["贾宏伟"],
            "interviewee": "王桂兰", "recorder": "贾明",
            "content": "了解王桂兰身体状况、每月药费约400元、生活来源仅有城乡居民基础养老金。",
        }],
        sessions=[{
            "date": "2025-03-12", "time": "09:00—11:30", "place": "贾营村村委会调解室", "subject": "赡养费分担和照料安排",
            "participants": ["贾德山（村民组长）"], "parties_present": ["p1", "p2", "p3", "p4"],
            "mediators": ["贾宏伟", "王秀云"], "recorder": "贾明",
            "content": "调解员讲解民法典关于成年子女赡养义务的规定，子女不得以分家、放弃继承等理由拒绝履行赡养义务。三子女均表示愿意赡养母亲。",
            "result": "达成协议",
        }],
        agreement={
            "serial": 5,
            "facts": facts,
            "responsibility": "赡养父母是成年子女的法定义务，贾国强、贾国庆、贾秀梅应共同承担对王桂兰的赡养义务。",
            "clauses": [
                clause("自2025年4月起，贾国强、贾国庆、贾秀梅每人每月10日前各向王桂兰支付赡养费人民币陆佰元整（¥600.00），通过银行转账支付至王桂兰的银行账户。"),
                clause("王桂兰由贾国强就近照料日常生活，贾国庆、贾秀梅每月至少探望一次。"),
                clause("王桂兰的医疗费用（扣除医保报销部分）凭票据由三子女平均分担，于票据出示之日起十日内各自支付。"),
                pay(["p3"], ["p1"], "1200.00", "2025-03-31", "银行转账", "2024年欠付的赡养费"),
            ],
            "performance": "赡养费按月于每月10日前支付；欠付赡养费于2025年3月31日前付清；医疗费于票据出示之日起十日内支付。",
            "formed_on": "2025-03-12",
            "signatures": signatures(["p1", "p2", "p3", "p4"], "2025-03-12"),
            "mediators": ["贾宏伟", "王秀云"],
            "recorder": "贾明",
        },
        confirmation={
            "court": "镇平县人民法院",
            "court_basis": "调解组织所在地",
            "applied_on": "2025-03-20",
            "attachments": STANDARD_ATTACHMENTS,
        },
        visits=[{
            "date": "2025-05-15", "parties": ["p1"], "visitor": "王秀云", "performance": "performed",
            "content": "4月、5月赡养费均已按时到账，贾国庆已付清欠付赡养费。王桂兰表示满意。",
        }],
        archive={
            "serial": 5, "filed_by": "贾明", "filed_on": "2025-05-20", "checked_by": "贾宏伟",
            "retention": "长期", "outcome": "success", "closed_on": "2025-05-15",
        },
    )


# ---------------------------------------------------------------- 3. 群体性消费纠纷 (120 claimants)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["思远", "雨桐", "子涵", "浩然", "欣怡", "梓萱", "宇航", "佳怡", "俊杰", "诗涵", "明轩", "雅琪", "文博", "晓彤", "天宇",
         "若曦", "嘉豪", "紫琳", "志强", "婉清", "一鸣", "可馨", "泽宇", "梦瑶", "家豪", "静怡", "博文", "思琪", "俊熙", "晨曦"]
CHENGDU_DISTRICTS = ["510104", "510105", "510106", "510107", "510108", "510112", "510113", "510114", "510115", "510116"]


def consumer_group():
    rng = random.Random(20250901)
    business = org("p121", "respondent", "成都市武侯区力行健身服务有限公司",
                   credit_code("91", "510107", "MA6CQ7K2"),
                   "成都市武侯区科华北路168号3楼", "邓志刚", "执行董事兼总经理", "028-85561234")
    claimants = []
    clauses = []
    total = 0
    used = set()
    for n in range(1, 121):
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if name not in used:
                used.add(name)
                break
        sex = rng.choice(["male", "female"])
        year = rng.randint(1975, 2003)
        birth = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        seq = rng.randrange(1, 994, 2) if sex == "male" else rng.randrange(2, 994, 2)
        region = rng.choice(CHENGDU_DISTRICTS)
        phone = "1" + rng.choice(["38", "39", "58", "59", "80", "81", "82", "86", "87", "89", "35", "36"]) + f"{rng.randint(0, 99999999):08d}"
        street = rng.choice(["玉林北路", "科华北路", "桐梓林北路", "致民路", "浆洗街", "人民南路四段", "倪家桥路", "太平园中二路"])
        pid = f"p{n}"
        claimants.append(person(pid, "applicant", name, sex, region, birth, seq, occupation=rng.choice(
            ["公司职员", "教师", "自由职业", "学生", "医生", "个体经营", "工程师", "会计"]),
            phone=phone, address=f"成都市武侯区{street}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(1, 33):02d}{rng.randint(1, 4):02d}号"))
        balance = rng.choice([1280, 1680, 1980, 2380, 2680, 3280, 3680, 4280, 4880, 5980, 6800]) - rng.choice([0, 0, 120, 240, 360])
        total += balance
        clauses.append(pay(["p121"], [pid], f"{balance}.00", "2025-09-30", "银行转账", "预付会员卡未消费余额退款"))
    # Two claimants act through near relatives.
    claimants[6]["agents"] = [{"name": "何淑芬", "category": "near_relative", "affiliation": "母亲",
                               "id_number": id_number("510107", "19700214", "062"), "phone": "13908012345"}]
    claimants[41]["agents"] = [{"name": "罗建军", "category": "near_relative", "affiliation": "丈夫",
                                "id_number": id_number("510108", "19850330", "091"), "phone": "13688012345"}]
    facts = ("成都市武侯区力行健身服务有限公司（以下简称力行健身）自2023年起向消费者销售年卡、次卡等预付会员卡。2025年7月20日，"
             "力行健身以场地装修为由突然停业，未告知恢复营业时间，120名会员的预付卡余额无法使用。会员经区市场监管局消费者投诉转办，"
             f"申请人民调解。经逐一核对会员合同、付款凭证和消费记录，120名会员未消费余额合计人民币{total:,}.00元。")
    clauses.insert(0, clause("力行健身确认：截至2025年7月20日，附表所列120名会员的预付会员卡未消费余额合计人民币" + f"{total:,}.00" + "元，以下各条所列金额为各会员应退金额。"))
    clauses.append(clause("力行健身恢复营业前不得再向任何消费者销售预付会员卡；恢复营业后会员自愿继续使用会员卡的，可在2025年9月15日前书面告知力行健身，相应余额继续用于消费。"))
    clauses.append(clause("力行健身按期足额退款后，各会员不再就预付卡事宜向力行健身主张其他权利。"))
    eff = "2025-09-05"
    return case(
        committee={
            "name": "成都市武侯区消费纠纷人民调解委员会",
            "short_name": "武侯消调",
            "kind": {"professional": "消费纠纷"},
            "address": "成都市武侯区市场监督管理局一楼调解室",
            "phone": "028-85012345",
            "mediators": [{"name": "钟文斌", "phone": "13880012345"}, {"name": "赵晓琳", "phone": "13981812345"}, {"name": "刘德明", "phone": "13550012345"}],
            "recorders": [{"name": "潘雪", "phone": "028-85012346"}],
        },
        parties=claimants + [business],
        dispute={
            "kind": "其他消费纠纷",
            "title": "120名会员与成都市武侯区力行健身服务有限公司预付卡退款纠纷",
            "source": {"other_referral": "区市场监督管理局"},
            "facts": facts,
            "claims": [{"party": "p1", "text": "要求力行健身退还预付会员卡未消费余额。"}],
            "risk_level": "橙",
            "amount_involved": f"{total}.00",
        },
        intake={"applied_on": "2025-08-04", "accepted_on": "2025-08-05", "registered_by": "潘雪", "rights_notified_on": "2025-08-08"},
        investigations=[{
            "date": "2025-08-12", "time": "09:00—17:00", "place": "力行健身财务室", "investigators": ["钟文斌", "赵晓琳"],
            "interviewee": "邓志刚", "recorder": "潘雪",
            "content": "逐一核对120名会员的入会合同、付款记录和消费刷卡记录，制作《会员预付卡余额核对表》，经会员和力行健身签字确认。",
        }],
        sessions=[
            {"date": "2025-08-20", "time": "14:00—17:30", "place": "武侯区消费纠纷人民调解委员会", "subject": "预付卡退款",
             "participants": ["区市场监管局消保科工作人员"], "parties_present": ["p1", "p2", "p3", "p121"],
             "mediators": ["钟文斌", "赵晓琳", "刘德明"], "recorder": "潘雪",
             "content": "会员推选代表参加，力行健身表示资金紧张，要求分期退款；会员代表要求一次退清。", "result": "未达成一致"},
            {"date": "2025-09-05", "time": "09:30—12:00", "place": "武侯区消费纠纷人民调解委员会", "subject": "预付卡退款",
             "participants": [], "parties_present": ["p1", "p2", "p3", "p121"],
             "mediators": ["钟文斌", "赵晓琳", "刘德明"], "recorder": "潘雪",
             "content": "力行健身筹得资金，同意于9月30日前一次性退清。", "result": "达成协议"},
        ],
        agreement={
            "serial": 112,
            "facts": facts,
            "responsibility": "力行健身单方停业，致会员无法按约接受服务，应退还未消费余额。",
            "clauses": clauses,
            "performance": "力行健身于2025年9月30日前通过银行转账将各会员应退金额分别转入会员本人提供的银行账户。",
            "formed_on": "2025-09-05",
            "signatures": signatures([p["id"] for p in claimants] + ["p121"], eff),
            "mediators": ["钟文斌", "赵晓琳", "刘德明"],
            "recorder": "潘雪",
        },
        # Planted: 30 days from 5 September end on Sunday 5 October, inside the National
        # Day holiday, so the window runs to Thursday 9 October; filed on the last day.
        confirmation={
            "court": "成都市武侯区人民法院",
            "court_basis": "调解组织所在地、被申请人住所地",
            "applied_on": "2025-10-09",
            "attachments": STANDARD_ATTACHMENTS + [{"name": "会员预付卡余额核对表", "copies": 1, "present": True},
                                                   {"name": "授权委托书", "copies": 2, "present": True}],
        },
        visits=[{
            "date": "2025-10-20", "parties": ["p1", "p2", "p121"], "visitor": "赵晓琳", "performance": "performed",
            "content": "经核对银行流水，力行健身已于9月28日向120名会员退清全部款项。",
        }],
        archive={
            "serial": 112, "filed_by": "潘雪", "filed_on": "2025-10-25", "checked_by": "钟文斌",
            "retention": "长期", "outcome": "success", "closed_on": "2025-10-20",
            "notes": "会员名单及余额核对表附卷。",
        },
    )


# ---------------------------------------------------------------- 4. 道路交通事故纠纷

def traffic():
    insurer = org("p3", "respondent", "鲁安财产保险股份有限公司济南中心支公司",
                  credit_code("91", "370102", "MA3C8N4R"),
                  "济南市历下区泺源大街102号", "孙立新", "总经理", "0531-86012345", kind="principal")
    facts = ("2025年4月18日7时40分许，刘志明驾驶鲁A·5K7Q2号小型轿车沿历下区文化东路由东向西行驶至山大路路口右转时，"
             "与沿人行横道步行通过的赵淑珍发生碰撞，致赵淑珍右股骨颈骨折。济南市公安局交通警察支队历下区大队认定刘志明负事故全部责任。"
             "该车在鲁安财产保险股份有限公司济南中心支公司投保交强险和商业三者险（100万元）。赵淑珍住院治疗26天，"
             "经鉴定构成十级伤残。双方对赔偿数额协商不成，交警大队委托调解。")
    return case(
        committee={
            "name": "济南市历下区道路交通事故纠纷人民调解委员会",
            "short_name": "历下交调",
            "kind": {"professional": "道路交通事故"},
            "address": "济南市历下区文化东路交警大队院内",
            "phone": "0531-86912345",
            "mediators": [{"name": "马振华", "phone": "13605312345"}],
            "recorders": [{"name": "高雯", "phone": "0531-86912346"}],
        },
        parties=[
            person("p1", "applicant", "赵淑珍", "female", "370102", "19580916", "028", occupation="退休教师",
                   phone="13905312461", address="济南市历下区山大路178号5号楼2单元401室",
                   agents=[{"name": "周海燕", "category": "lawyer", "affiliation": "山东明泉律师事务所", "licence": "13701201510234567",
                            "phone": "13864012345",
                            "authority": {"special": "代为承认、放弃、变更请求，进行和解，代为签收法律文书"}}]),
            person("p2", "respondent", "刘志明", "male", "370112", "19900203", "051", occupation="公司职员",
                   phone="18653112462", address="济南市历城区华龙路1825号"),
            insurer,
        ],
        dispute={
            "kind": "道路交通事故纠纷",
            "title": "赵淑珍与刘志明、鲁安财产保险股份有限公司济南中心支公司道路交通事故损害赔偿纠纷",
            "source": "police_referral",
            "facts": facts,
            "claims": [{"party": "p1", "text": "要求赔偿医疗费、护理费、残疾赔偿金、精神损害抚慰金等各项损失共计人民币186,500元。"}],
            "risk_level": "黄",
            "amount_involved": "156800.00",
        },
        intake={"applied_on": "2025-06-09", "accepted_on": "2025-06-09", "registered_by": "高雯", "rights_notified_on": "2025-06-09"},
        sessions=[{
            "date": "2025-06-20", "time": "09:00—12:10", "place": "历下区道路交通事故纠纷人民调解委员会", "subject": "交通事故损害赔偿",
            "participants": [], "parties_present": ["p1", "p2", "p3"], "mediators": ["马振华"], "recorder": "高雯",
            "content": "核对医疗费票据、伤残鉴定意见、护理证明。保险公司同意在交强险和商业三者险限额内赔付。",
            "result": "达成协议",
        }],
        agreement={
            "serial": 208,
            "facts": facts,
            "responsibility": "刘志明负事故全部责任；赵淑珍无责任。",
            "clauses": [
                clause("赵淑珍因本次事故产生的医疗费、护理费、住院伙食补助费、营养费、残疾赔偿金、精神损害抚慰金、鉴定费、交通费等各项损失共计人民币壹拾伍万陆仟捌佰元整（¥156,800.00）。"),
                pay(["p3"], ["p1"], "148300.00", "2025-07-10", "银行转账", "交强险及商业三者险赔款"),
                pay(["p2"], ["p1"], "8500.00", "2025-06-30", "银行转账", "保险赔偿范围外的损失（含已垫付款项抵扣后的余额）"),
                clause("上述款项付清后，赵淑珍不再就本次事故向刘志明、鲁安财产保险股份有限公司济南中心支公司主张任何权利。"),
            ],
            "performance": "保险公司于2025年7月10日前、刘志明于2025年6月30日前通过银行转账支付至赵淑珍指定账户。",
            "formed_on": "2025-06-20",
            "signatures": signatures(["p1", "p2", "p3"], "2025-06-20"),
            "mediators": ["马振华"],
            "recorder": "高雯",
        },
        # Planted: applied on 4 August, past the window (effective 20 June → 21 July).
        confirmation={
            "court": "济南市历下区人民法院",
            "court_basis": "调解组织所在地",
            "applied_on": "2025-08-04",
            "attachments": STANDARD_ATTACHMENTS + [{"name": "道路交通事故认定书", "copies": 1, "present": True},
                                                   {"name": "授权委托书", "copies": 1, "present": True}],
        },
        visits=[{
            "date": "2025-08-08", "parties": ["p1"], "visitor": "马振华", "performance": "performed",
            "content": "刘志明已于6月27日付清8,500元；保险公司赔款因理赔材料补充延至8月6日到账。",
        }],
        archive={
            "serial": 208, "filed_by": "高雯", "filed_on": "2025-08-20", "checked_by": "马振华",
            "retention": "长期", "outcome": "success", "closed_on": "2025-08-15",
        },
    )


# ---------------------------------------------------------------- 5. 拖欠农民工工资纠纷

def wages():
    company = org("p7", "respondent", "深圳市鹏安建筑工程有限公司",
                  credit_code("91", "440305", "MA5DLT3P"),
                  "深圳市南山区桃源街道留仙大道3370号南山智园B1栋12层", "黄伟雄", "执行董事", "0755-26712345")
    # Planted: a labour subcontractor whose code passes the GB 32100 check but not the
    # (unverified) inner organisation-code check.
    subcontractor = org("p8", "respondent", "深圳市永盛劳务分包有限公司",
                        credit_code("91", "440306", "MA5EXW2K", break_inner=True),
                        "深圳市宝安区西乡街道宝源路1065号", "彭永盛", "总经理", "13923712345")
    workers = [
        ("p1", "李德贵", "511621", "19720315", "073", "13541712351"),
        ("p2", "王建军", "510722", "19780822", "115", "15982712352"),
        ("p3", "张富强", "421181", "19810107", "137", "13872712353"),
        ("p4", "刘大海", "431023", "19760530", "059", "18973512354"),
        ("p5", "陈小兵", "511621", "19890919", "091", "13684212355"),
        ("p6", "黄永福", "510722", "19690227", "011", "13551712356"),
    ]
    owed = ["38600.00", "36200.00", "41800.00", "35400.00", "29600.00", "33900.00"]
    parties = [person(pid, "applicant", name, "male", region, birth, int(seq), occupation="建筑工人（钢筋工）",
                      phone=phone, address="深圳市南山区留仙大道鹏安项目部工人宿舍") for pid, name, region, birth, seq, phone in workers]
    clauses = [clause("深圳市鹏安建筑工程有限公司确认：李德贵等6人于2024年9月至2025年1月在其承建的南山区留仙洞项目从事钢筋作业，由深圳市永盛劳务分包有限公司组织施工，被拖欠工资合计人民币贰拾壹万伍仟伍佰元整（¥215,500.00）。")]
    for (pid, name, *_), amount in zip(workers, owed):
        clauses.append(pay(["p7"], [pid], amount, "2025-02-20", "银行转账（农民工工资专用账户代发）", "2024年9月至2025年1月工资"))
    clauses.append(clause("深圳市鹏安建筑工程有限公司代付上述工资后，有权在与深圳市永盛劳务分包有限公司的分包工程款中予以扣除。"))
    facts = ("李德贵等6人由深圳市永盛劳务分包有限公司招用，在深圳市鹏安建筑工程有限公司总承包的南山区留仙洞项目从事钢筋作业。"
             "2024年9月至2025年1月的工资合计215,500元未发放。春节前6人多次讨要未果，到街道办事处反映，街道将纠纷转交人民调解委员会。")
    return case(
        committee={
            "name": "深圳市南山区桃源街道人民调解委员会",
            "short_name": "桃源",
            "kind": "subdistrict",
            "address": "深圳市南山区桃源街道办事处综治中心",
            "phone": "0755-26612345",
            "mediators": [{"name": "郑海涛", "phone": "13802212345"}, {"name": "何美玲", "phone": "13632512345"}],
            "recorders": [{"name": "邱杰", "phone": "0755-26612346"}],
        },
        parties=parties + [company, subcontractor],
        dispute={
            "kind": "拖欠农民工工资纠纷",
            "title": "李德贵等6人与深圳市鹏安建筑工程有限公司、深圳市永盛劳务分包有限公司追索劳动报酬纠纷",
            "source": {"other_referral": "桃源街道办事处"},
            "facts": facts,
            "claims": [{"party": "p1", "text": "要求支付拖欠的工资共计215,500元。"}],
            "risk_level": "红",
            "amount_involved": "215500.00",
        },
        intake={"applied_on": "2025-01-13", "accepted_on": "2025-01-13", "registered_by": "邱杰", "rights_notified_on": "2025-01-13"},
        investigations=[{
            "date": "2025-01-14", "time": "10:00—12:00", "place": "留仙洞项目部", "investigators": ["郑海涛"],
            "interviewee": "项目经理 吴志伟", "recorder": "邱杰",
            "content": "调取考勤表、工资表，6人出勤天数和日工资标准与其主张一致。",
        }],
        sessions=[{
            "date": "2025-01-16", "time": "14:00—18:00", "place": "桃源街道综治中心调解室", "subject": "拖欠农民工工资",
            "participants": ["街道劳动保障事务所工作人员"], "parties_present": ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"],
            "mediators": ["郑海涛", "何美玲"], "recorder": "邱杰",
            "content": "调解员讲解《保障农民工工资支付条例》关于总承包单位先行清偿的规定。总承包单位同意通过农民工工资专用账户代发。",
            "result": "达成协议",
        }],
        agreement={
            "serial": 3,
            "facts": facts,
            "responsibility": "深圳市永盛劳务分包有限公司拖欠工资；深圳市鹏安建筑工程有限公司作为施工总承包单位应先行清偿。",
            "clauses": clauses,
            "performance": "2025年2月20日前由深圳市鹏安建筑工程有限公司通过农民工工资专用账户分别代发至6人本人的银行卡。",
            "formed_on": "2025-01-16",
            "signatures": signatures(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"], "2025-01-16"),
            "mediators": ["郑海涛", "何美玲"],
            "recorder": "邱杰",
        },
        confirmation={
            "court": "深圳市南山区人民法院",
            "court_basis": "调解组织所在地、被申请人住所地",
            "applied_on": "2025-01-20",
            "attachments": STANDARD_ATTACHMENTS + [{"name": "考勤表及工资表", "copies": 1, "present": True}],
        },
        visits=[{
            "date": "2025-02-24", "parties": ["p1", "p2", "p3", "p4", "p5", "p6"], "visitor": "何美玲", "performance": "performed",
            "content": "6人工资已于2月18日全部到账。",
        }],
        archive={
            "serial": 3, "filed_by": "邱杰", "filed_on": "2025-03-01", "checked_by": "郑海涛",
            "retention": "长期", "outcome": "success", "closed_on": "2025-02-24",
        },
    )


# ---------------------------------------------------------------- 6. 物业纠纷

def property_management():
    company = org("p2", "respondent", "上海金桥瑞和物业服务有限公司",
                  credit_code("91", "310115", "MA1FP8QX"),
                  "上海市浦东新区金桥路1399号2幢", "顾卫东", "总经理", "021-58812345")
    owner = person("p1", "applicant", "钱美华", "female", "310115", "19700806", "062", occupation="会计",
                   phone="13916212345", address="上海市浦东新区金杨路580弄18号602室")
    # Planted: the typed age does not match the ID number.
    owner["age"] = 53
    del owner["birth_date"]
    facts = ("钱美华系金杨路580弄18号602室业主。2023年起该楼屋面多次漏水，钱美华认为物业公司维修不及时，拒交2023年7月至2025年6月物业费。"
             "上海金桥瑞和物业服务有限公司多次催缴未果，双方发生纠纷，居委会引导双方申请调解。")
    return case(
        committee={
            "name": "上海市浦东新区金杨新村街道人民调解委员会",
            "short_name": "金杨",
            "kind": "subdistrict",
            "address": "上海市浦东新区金杨路1000号",
            "phone": "021-58712345",
            "mediators": [{"name": "蒋国荣", "phone": "13801712345"}],
            "recorders": [{"name": "陆佳", "phone": "021-58712346"}],
        },
        parties=[owner, company],
        dispute={
            "kind": "物业纠纷",
            "title": "钱美华与上海金桥瑞和物业服务有限公司物业服务合同纠纷",
            "source": "application",
            "facts": facts,
            "claims": [
                {"party": "p1", "text": "要求物业公司修复屋面漏水，减免部分物业费。"},
                {"party": "p2", "text": "要求钱美华缴清欠缴的物业费。"},
            ],
            "risk_level": "蓝",
            "amount_involved": "5256.00",
        },
        intake={"applied_on": "2025-07-07", "accepted_on": "2025-07-07", "registered_by": "陆佳", "rights_notified_on": "2025-07-07"},
        sessions=[{
            "date": "2025-07-15", "time": "15:00—16:30", "place": "金杨新村街道人民调解工作室", "subject": "物业费及屋面维修",
            "participants": ["居委会主任 施红"], "parties_present": ["p1", "p2"], "mediators": ["蒋国荣"], "recorder": "陆佳",
            "content": "物业公司承认屋面维修不及时，同意减免部分物业费并限期维修。", "result": "达成协议",
        }],
        agreement={
            "serial": 64,
            "facts": facts,
            "responsibility": "物业公司对屋面漏水维修不及时负有责任；业主拒交物业费的做法不当。",
            "clauses": [
                clause("上海金桥瑞和物业服务有限公司于2025年8月15日前完成18号楼屋面防水维修，维修后三年内负责保修。"),
                clause("上海金桥瑞和物业服务有限公司减免钱美华2023年7月至2025年6月物业费的20%，即人民币壹仟零伍拾壹元贰角（¥1,051.20）。"),
                pay(["p1"], ["p2"], "4204.80", "2025-07-31", "银行转账或物业服务中心刷卡", "2023年7月至2025年6月物业费（减免后）"),
            ],
            "performance": "钱美华于2025年7月31日前缴清减免后的物业费；物业公司于2025年8月15日前完成维修。",
            "formed_on": "2025-07-15",
            "signatures": signatures(["p1", "p2"], "2025-07-15"),
            "mediators": ["蒋国荣"],
            "recorder": "陆佳",
        },
        visits=[{
            "date": "2025-08-25", "parties": ["p1", "p2"], "visitor": "蒋国荣", "performance": "performed",
            "content": "物业费已缴清；屋面防水已于8月12日完成，近期降雨未再漏水。",
        }],
        archive={
            "serial": 64, "filed_by": "陆佳", "filed_on": "2025-09-01", "checked_by": "蒋国荣",
            "retention": "短期", "outcome": "success", "closed_on": "2025-08-25",
        },
    )


# ---------------------------------------------------------------- 7. 医疗纠纷

def medical():
    hospital = org("p2", "respondent", "武汉市武昌区第二人民医院",
                   credit_code("12", "420106", "4417K28P"),
                   "武汉市武昌区中山路318号", "詹卫国", "院长", "027-88012345",
                   role_label="医方",
                   agents=[{"name": "熊丽", "category": "employee", "affiliation": "医务科科长",
                            "id_number": id_number("420106", "19800412", "128"), "phone": "027-88012399"}])
    patient = person("p1", "applicant", "田秀英", "female", "420106", "19631120", "026", occupation="退休工人",
                     phone="13971212345", address="武汉市武昌区积玉桥街和平大道586号3栋1单元502室", role_label="患方",
                     agents=[{"name": "田勇", "category": "near_relative", "affiliation": "儿子",
                              "id_number": id_number("420106", "19880716", "095"), "phone": "13545112345"},
                             {"name": "余丹", "category": "lawyer", "affiliation": "湖北楚汉律师事务所", "licence": "14201201410876543",
                              "phone": "13986012345",
                              "authority": {"special": "代为承认、放弃、变更请求，进行和解，代为签收法律文书"}}])
    facts = ("田秀英因右膝关节骨性关节炎于2025年2月10日入住武汉市武昌区第二人民医院骨科，2月12日行右膝关节置换术。"
             "术后出现切口感染，经二次手术清创、抗感染治疗，3月28日出院，较预期多住院34天。患方认为医院术中无菌操作和术后观察存在过错；"
             "医方认为感染属手术并发症，但术后发现感染后处置有延迟。经武汉市医学会组织的专家咨询，认为医方术后感染处置存在一定不足，"
             "与损害后果有一定因果关系。")
    return case(
        committee={
            "name": "武汉市医疗纠纷人民调解委员会",
            "short_name": "汉医调",
            "kind": {"professional": "医疗纠纷"},
            "address": "武汉市江岸区三阳路116号",
            "phone": "027-82712345",
            "mediators": [{"name": "万国斌", "phone": "13907112345"}, {"name": "易红梅", "phone": "13871012345"}],
            "recorders": [{"name": "龚倩", "phone": "027-82712346"}],
        },
        parties=[patient, hospital],
        dispute={
            "kind": "医疗纠纷",
            "title": "田秀英与武汉市武昌区第二人民医院医疗损害责任纠纷",
            "source": "application",
            "facts": facts,
            "claims": [{"party": "p1", "text": "要求赔偿医疗费、误工费、护理费、精神损害抚慰金等共计人民币98,000元。"}],
            "risk_level": "橙",
            "amount_involved": "62000.00",
        },
        intake={"applied_on": "2025-04-21", "accepted_on": "2025-04-22", "registered_by": "龚倩", "rights_notified_on": "2025-04-22"},
        investigations=[{
            "date": "2025-04-29", "time": "09:00—11:00", "place": "武汉市医疗纠纷人民调解委员会", "investigators": ["万国斌"],
            "interviewee": "医方主治医师", "recorder": "龚倩",
            "content": "封存并复印病历，听取主治医师对手术及术后处置经过的说明。",
        }],
        sessions=[{
            "date": "2025-05-16", "time": "14:00—17:00", "place": "武汉市医疗纠纷人民调解委员会第一调解室", "subject": "医疗损害赔偿",
            "participants": ["武汉市医学会咨询专家 陶教授"], "parties_present": ["p1", "p2"], "mediators": ["万国斌", "易红梅"],
            "recorder": "龚倩",
            "content": "专家解读咨询意见；双方对损失项目逐项核对，医方同意按60%责任比例赔偿。", "result": "达成协议",
        }],
        agreement={
            "serial": 71,
            "number": "汉医调〔2025〕71号",
            "facts": facts,
            "responsibility": "医方术后感染处置不够及时，承担本次损害后果60%的责任。",
            "clauses": [
                pay(["p2"], ["p1"], "62000.00", "2025-05-30", "银行转账",
                    "医疗费、护理费、住院伙食补助费、营养费、交通费及精神损害抚慰金等各项损失",
                    text="武汉市武昌区第二人民医院于2025年5月30日前以银行转账方式一次性向田秀英支付医疗费、护理费、住院伙食补助费、营养费、交通费及精神损害抚慰金等各项损失共计人民币陆万贰仟元整（¥62,000.00）。"),
                clause("田秀英在武汉市武昌区第二人民医院住院期间尚未结清的医疗费人民币3,460元由医院予以免除，医院于本协议签订之日起三日内办理结算手续。"),
                clause("本协议履行完毕后，双方就本次医疗纠纷再无争议，田秀英及其近亲属不得再以任何方式向医院主张权利，不得在医院滋扰。"),
            ],
            "performance": "医院于2025年5月30日前将赔偿款转入田秀英本人银行账户；住院费用结算于协议签订之日起三日内办理。",
            "copies": 4,
            "formed_on": "2025-05-16",
            "signatures": signatures(["p1", "p2"], "2025-05-16"),
            "mediators": ["万国斌", "易红梅"],
            "recorder": "龚倩",
        },
        confirmation={
            "court": "武汉市江岸区人民法院",
            "court_basis": "调解组织所在地",
            "applied_on": "2025-05-23",
            "attachments": STANDARD_ATTACHMENTS + [{"name": "授权委托书", "copies": 2, "present": True},
                                                   {"name": "医疗机构执业许可证复印件", "copies": 1, "present": True}],
        },
        visits=[{
            "date": "2025-06-10", "parties": ["p1"], "visitor": "易红梅", "performance": "performed",
            "content": "赔偿款已于5月28日到账，住院费用已结清。患方对调解结果满意。",
        }],
        archive={
            "serial": 71, "number": "（2025）汉医调人调字第71号", "filed_by": "龚倩", "filed_on": "2025-06-16", "checked_by": "万国斌",
            "retention": "长期", "outcome": "success", "closed_on": "2025-06-10",
        },
        settings={"number_pattern": "汉医调〔{年}〕{序号}号"},
    )


# ---------------------------------------------------------------- 8. 土地承包经营纠纷

def land_contract():
    facts = ("张家庄村民张宗文与张宗武系堂兄弟。二人承包地在村北“大洼”地块东西相邻，1998年二轮延包时以土埂为界。"
             "2023年张宗武平整土地时挖除了部分土埂，此后双方对约0.6亩地的承包经营权归属各执一词，张宗文栽种的杨树苗被毁，"
             "双方多次发生争吵。经查阅村集体土地承包台账和2016年确权颁证测绘图，争议地块位于张宗文承包地范围内。")
    return case(
        committee={
            "name": "临泉县杨桥镇张家庄村人民调解委员会",
            "short_name": "张家庄",
            "kind": "village",
            "address": "阜阳市临泉县杨桥镇张家庄村村委会",
            "phone": "0558-65112345",
            "mediators": [{"name": "张玉林", "phone": "13956812345"}, {"name": "李凤英", "phone": "15956812345"}],
            "recorders": [{"name": "张磊", "phone": "18256812345"}],
        },
        parties=[
            person("p1", "applicant", "张宗文", "male", "341221", "19630402", "017", occupation="农民",
                   phone="13855812346", address="阜阳市临泉县杨桥镇张家庄村前庄组"),
            person("p2", "respondent", "张宗武", "male", "341221", "19660815", "039", occupation="农民",
                   phone="13966812347", address="阜阳市临泉县杨桥镇张家庄村前庄组"),
        ],
        dispute={
            "kind": "土地承包经营纠纷",
            "title": "张宗文与张宗武土地承包经营权纠纷",
            "source": "own_initiative",
            "facts": facts,
            "claims": [
                {"party": "p1", "text": "要求确认争议地块由其承包经营，赔偿被毁树苗损失。"},
                {"party": "p2", "text": "主张争议地块原属其承包地。"},
            ],
            "risk_level": "黄",
            "amount_involved": "1500.00",
        },
        intake={"applied_on": None, "accepted_on": "2025-10-13", "registered_by": "张磊", "rights_notified_on": "2025-10-13"},
        investigations=[{
            "date": "2025-10-15", "time": "09:00—11:30", "place": "村北大洼地块", "investigators": ["张玉林", "李凤英"],
            "interviewee": "村民组长 张宗田", "recorder": "张磊",
            "content": "对照确权颁证测绘图现场测量，原土埂位置向西约4米，争议地块约0.6亩在张宗文承包地界内。",
        }],
        sessions=[{
            "date": "2025-10-22", "time": "14:00—16:30", "place": "张家庄村委会调解室", "subject": "承包地边界",
            "participants": ["村民组长 张宗田", "镇农经站 王会计"], "parties_present": ["p1", "p2"],
            "mediators": ["张玉林", "李凤英"], "recorder": "张磊",
            "content": "调解员出示承包台账和测绘图，讲解农村土地承包法。张宗武认可测绘结果，同意恢复地界并赔偿树苗损失。",
            "result": "达成协议",
        }],
        agreement={
            "serial": 11,
            "facts": facts,
            "responsibility": "张宗武擅自挖除地界土埂并毁坏树苗，应恢复地界、赔偿损失。",
            "clauses": [
                # Planted: a determination of a real right, flagged by the mediator.
                clause("双方确认：村北“大洼”地块原土埂以东约0.6亩争议地块的土地承包经营权归张宗文所有，以2016年确权颁证测绘图为准。",
                       flags=["property_ownership"]),
                clause("张宗武于2025年11月10日前在原土埂位置重新培筑地界土埂，由村调委会和村民组长到场确认。"),
                pay(["p2"], ["p1"], "1500.00", "2025-10-31", "现金", "被毁杨树苗损失"),
            ],
            "performance": "赔偿款于2025年10月31日前以现金方式当面付清并出具收条；地界于2025年11月10日前恢复。",
            "formed_on": "2025-10-22",
            "signatures": signatures(["p1", "p2"], "2025-10-22"),
            "mediators": ["张玉林", "李凤英"],
            "recorder": "张磊",
        },
        confirmation={
            "court": "临泉县人民法院",
            "court_basis": "标的物所在地、调解组织所在地",
            "applied_on": "2025-10-28",
            "attachments": STANDARD_ATTACHMENTS + [{"name": "农村土地承包经营权证及测绘图复印件", "copies": 1, "present": True}],
        },
        visits=[{
            "date": "2025-11-14", "parties": ["p1", "p2"], "visitor": "张玉林", "performance": "performed",
            "content": "赔偿款已于10月28日付清，地界土埂已于11月8日恢复，双方无异议。",
        }],
        archive={
            "serial": 11, "filed_by": "张磊", "filed_on": "2025-11-20", "checked_by": "张玉林",
            "retention": "永久", "outcome": "success", "closed_on": "2025-11-14",
        },
    )


EXAMPLES = {
    "neighbours-water-leak.json": neighbours,
    "family-support.json": family_support,
    "consumer-group-refund.json": consumer_group,
    "traffic-accident.json": traffic,
    "migrant-wages.json": wages,
    "property-management.json": property_management,
    "medical-dispute.json": medical,
    "land-contract.json": land_contract,
}


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
    for name, make in EXAMPLES.items():
        with open(os.path.join(root, name), "w", encoding="utf-8") as f:
            json.dump(make(), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote examples/" + name)


if __name__ == "__main__":
    main()
