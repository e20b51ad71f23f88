//! Every fixed phrase printed on a form, as a named constant with its source
//! (domain spec sections in brackets). Builders never spell fixed wording inline.

/// 人民调解协议书 title (MoJ 2010 set [§1.2 #5]).
pub const AGREEMENT_TITLE: &str = "人民调解协议书";
/// 「编号：」 label (§1.4).
pub const NUMBER_LABEL: &str = "编号：";
/// Party block label (§1.4).
pub const PARTY: &str = "当事人";
/// Party block field labels, line 1 (§1.4).
pub const NAME: &str = "姓名（名称）";
pub const SEX: &str = "性别";
pub const ETHNICITY: &str = "民族";
pub const AGE: &str = "年龄";
/// Line 2.
pub const OCCUPATION: &str = "职业或职务";
pub const PHONE: &str = "联系方式";
/// Line 3.
pub const ADDRESS: &str = "单位或住址";
/// Optional ID line (not on the 2010 form, §1.4 note 1).
pub const ID_NUMBER: &str = "身份证号";
/// Organisation lines (§1.4 note 1).
pub const CREDIT_CODE: &str = "统一社会信用代码";
pub const TITLE_OF_POST: &str = "职务";
/// Agent line.
pub const AGENT: &str = "委托代理人";
/// Section headings (§0, §1.4).
pub const FACTS_HEADING: &str = "纠纷主要事实、争议事项：";
pub const AGREEMENT_HEADING: &str = "经调解，自愿达成如下协议：";
pub const AGREEMENT_HEADING_ALL_PARTIES: &str = "经调解，各方当事人自愿达成以下协议：";
pub const PERFORMANCE_HEADING: &str = "履行方式、时限：";
pub const PERFORMANCE_HEADING_DETAILED: &str = "履行协议的方式、地点、期限：";
/// Copies sentence, split around the number (§1.4 note 4; 人民调解法 Art. 29).
pub const COPIES_BEFORE: &str = "本协议一式";
pub const COPIES_AFTER: &str = "份，当事人、人民调解委员会各持一份。";
/// Signature block (§0, §1.4).
pub const SIGN_PARTY: &str = "当事人（签名盖章或按指印）";
/// An organisation party seals; its representative signs on the next line.
pub const SIGN_PARTY_ORG: &str = "当事人（盖章）";
/// After an organisation representative's title: 「法定代表人（签名）：」.
pub const SIGN_REPRESENTATIVE: &str = "（签名）：";
pub const SIGN_MEDIATOR: &str = "人民调解员（签名）";
pub const SIGN_RECORDER: &str = "记录人（签名）";
pub const SEAL: &str = "（人民调解委员会印）";
/// The signature grid's line for a side whose parties sign on the 附表, after
/// 「当事人（申请人）」 (group cases: the domain spec has no wording for them; this
/// tool's, as the mediator asked for it).
pub const SIGN_IN_ANNEX: &str = "：签名见附表";
/// Side names in a group party line (§1.4, 申请人 / 被申请人).
pub const SIDE_APPLICANT: &str = "申请人";
pub const SIDE_RESPONDENT: &str = "被申请人";
/// A side named as a group in the body: 「刘某某等120人（详见附表）」 (group cases,
/// see above).
pub const GROUP_MORE: &str = "等";
pub const GROUP_PERSONS: &str = "人";
pub const SEE_ANNEX: &str = "（详见附表）";
/// One clause standing for the typed payments to every listed party: 「甲于…前以…方式
/// 向附表所列申请人支付退款，各人金额见附表，合计人民币…。」 (group cases, see above).
pub const TO_ANNEX_LISTED: &str = "向附表所列";
pub const EACH_AMOUNT_IN_ANNEX: &str = "，各人金额见附表";
pub const IN_TOTAL: &str = "，合计";
/// The 附表 at the end of the agreement and its two tables (group cases, see above).
pub const ANNEX_TITLE: &str = "附表";
pub const ANNEX_ROSTER_CAPTION: &str = "一、当事人名册";
/// Before the agents of the parties listed in the 名册 (the roster has no column for them).
pub const ANNEX_AGENTS_NOTE: &str = "名册所列当事人的委托代理人：";
pub const ANNEX_SIGN_CAPTION: &str = "二、当事人签名表";
pub const COL_SERIAL: &str = "序号";
/// A roster's column heads, one line each, so no word is broken in a narrow column:
/// 「姓名」 over 「（名称）」 when an organisation is listed, 「身份证号／」 over
/// 「统一社会信用代码」 over 「联系方式」, 「金额」 over 「（元）」.
pub const COL_NAME: &str = "姓名";
pub const COL_NAME_ORG: &str = "（名称）";
pub const COL_SEX: &str = "性别";
pub const COL_ID: &str = "身份证号";
pub const COL_ID_OR: &str = "／";
pub const COL_CREDIT_CODE: &str = "统一社会信用代码";
pub const COL_ADDRESS: &str = "住址";
pub const COL_PHONE: &str = "联系方式";
pub const COL_AMOUNT: &str = "金额";
pub const COL_AMOUNT_UNIT: &str = "（元）";
/// The 合计 row of a roster: 「合计　120人」 and the sum of the amounts.
pub const TOTAL: &str = "合计";
pub const TOTAL_PERSONS: &str = "人";
/// The caption row each page of a 附表 repeats, tying a loose page to its agreement:
/// 「人民调解协议书附表　编号：（2025）…号」 and 「第1页　共3页」.
pub const ANNEX_OF_AGREEMENT: &str = "人民调解协议书附表";
pub const COL_SIGN_NAME: &str = "姓名";
pub const COL_SIGNATURE: &str = "签名或按指印";
pub const COL_DATE: &str = "日期";
/// An empty cell of the 附表 (no amount, no value typed).
pub const NONE_MARK: &str = "—";
/// An unfilled date (§1.4, 「年 月 日」).
pub const BLANK_DATE: &str = "　　年　　月　　日";
/// The words of a clause made from a typed payment obligation (§1.4 note 7: money in
/// capitals and figures, 「人民币肆佰元整（¥400.00）」): 「甲于…前以…方式向乙支付…」.
pub const DUE_BEFORE: &str = "于";
pub const DUE_AFTER: &str = "前";
pub const METHOD_BEFORE: &str = "以";
pub const METHOD_AFTER: &str = "方式";
pub const PAY_TO: &str = "向";
pub const PAY: &str = "支付";
pub const RMB: &str = "人民币";
pub const YUAN: &str = "元";
pub const NAME_SEPARATOR: &str = "、";
pub const FULL_STOP: &str = "。";
/// Units printed after a derived or typed age (§1.4, 「年龄」).
pub const YEARS_OLD: &str = "岁";
/// The diagonal watermark of a draft and the suffix of its PDF title (the project's
/// own convention, not on the MoJ forms: a draft must not be mistaken for a final
/// document).
pub const DRAFT_WATERMARK: &str = "草稿";
pub const DRAFT_TITLE_SUFFIX: &str = "（草稿）";
/// Chinese clause numerals (一、二、…), GB/T 9704 §7.3.3 first level.
pub const CLAUSE_NUMERALS: [&str; 10] =
    ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A count in Chinese numerals, as fixed expressions write it (一式三份, 第十二条):
/// 〇, 一 … 十, 十一, 二十, 一百零五, 一千零二十, up to 9999; larger counts in Arabic
/// numerals.
pub fn chinese_numeral(n: u32) -> String {
    let digit = |d: u32| CLAUSE_NUMERALS[d as usize - 1];
    match n {
        0 => return "〇".to_string(),
        10..=19 => {
            return format!("十{}", if n == 10 { "" } else { digit(n - 10) });
        }
        10_000.. => return n.to_string(),
        _ => {}
    }
    let mut out = String::new();
    let mut zero = false;
    for (place, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = n / place % 10;
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push_str(digit(d));
        out.push_str(unit);
    }
    out
}

/// The clause number for `n` (1-based): 一、 … 十、 十一、 … 一百二十、.
pub fn clause_number(n: usize) -> String {
    format!(
        "{}、",
        chinese_numeral(u32::try_from(n).unwrap_or(u32::MAX))
    )
}

/// The confirmation filing's name in the list of forms and in file names (a bundle:
/// the application, the agreement, the proof, the powers of attorney and the
/// service-address confirmations).
pub const FILING_TITLE: &str = "司法确认申请材料";
/// The whole 卷宗's name in the list of forms and in file names.
pub const DOSSIER_TITLE: &str = "人民调解卷宗";

/// After the title of a form the case does not hold, made as a blank form to fill in
/// by hand (the PDF's title, not the page).
pub const BLANK_FORM_SUFFIX: &str = "（空白表）";

/// Between a party block's label and its value (「性别：女」).
pub const LABEL_COLON: &str = "：";

#[cfg(test)]
mod tests {
    use super::{chinese_numeral, clause_number};

    #[test]
    fn counts_read_as_chinese_numerals() {
        let cases = [
            (0, "〇"),
            (3, "三"),
            (10, "十"),
            (12, "十二"),
            (20, "二十"),
            (101, "一百零一"),
            (110, "一百一十"),
            (121, "一百二十一"),
            (1005, "一千零五"),
            (1020, "一千零二十"),
            (9999, "九千九百九十九"),
            (10_000, "10000"),
        ];
        for (n, want) in cases {
            assert_eq!(chinese_numeral(n), want, "{n}");
        }
    }

    #[test]
    fn clause_numbers_read_as_chinese_ordinals() {
        assert_eq!(clause_number(1), "一、");
        assert_eq!(clause_number(10), "十、");
        assert_eq!(clause_number(11), "十一、");
        assert_eq!(clause_number(20), "二十、");
        assert_eq!(clause_number(34), "三十四、");
        assert_eq!(clause_number(120), "一百二十、");
    }
}
