//! Small heuristics over clause text: amounts (Arabic and capital), dates and
//! deadlines, payment words, and the keyword patterns of the admissibility notices.
//! They only ever produce notices or warnings: words can always be read two ways.

use super::amount;
use rust_decimal::Decimal;

/// Words that make a clause a payment term (民诉法解释 Art. 358(5)).
pub const PAYMENT_WORDS: [&str; 10] = [
    "支付", "赔偿", "补偿", "给付", "偿还", "退还", "返还", "退款", "赔付", "付清",
];

const CAPITAL_CHARS: &str = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳陸億萬";

/// Nouns that contain a payment word but are not a payment term (「残疾赔偿金」).
const PAYMENT_NOUNS: [&str; 8] = [
    "赔偿金",
    "补偿金",
    "赔偿款",
    "补偿款",
    "赔偿费",
    "补偿费",
    "赔偿责任",
    "赔偿范围",
];

/// Whether `text` makes a payment term: a payment word that is not part of a noun
/// such as 「赔偿金」 and not a condition such as 「付清后」.
pub fn mentions_payment(text: &str) -> bool {
    let mut clean = text.to_string();
    for n in PAYMENT_NOUNS {
        clean = clean.replace(n, "＿");
    }
    PAYMENT_WORDS.iter().any(|w| {
        clean.match_indices(w).any(|(i, _)| {
            let rest = &clean[i + w.len()..];
            !(rest.starts_with('后') || rest.starts_with("完毕后"))
        })
    })
}

/// The Arabic amounts in `text`: digit runs (with `,` and `.`) preceded by ¥/￥ or
/// followed by 元 or 万元 (the latter multiplied by 10 000).
pub fn arabic_amounts(text: &str) -> Vec<Decimal> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        let run = run.trim_end_matches(['.', ',']);
        let before = start.checked_sub(1).map(|j| chars[j]);
        let after: String = chars[i..].iter().take(3).collect();
        let after = after.trim_start();
        let yen = matches!(before, Some('¥' | '￥'));
        let wan = after.starts_with("万元");
        if (yen || after.starts_with('元') || wan)
            && let Ok(v) = amount::parse_amount(run)
        {
            out.push(if wan { v * Decimal::from(10_000) } else { v });
        }
    }
    out
}

/// The capital amounts in `text`, read back into numbers: maximal runs of
/// capital-amount characters that contain a unit (元/圆/角/分) and a digit. Reading
/// the value (rather than comparing strings) accepts every spelling the PBoC rules allow
/// (optional 零 and 整, 圆 for 元, traditional forms).
pub fn capital_amounts(text: &str) -> Vec<Decimal> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<Decimal>| {
        let has_unit = cur.contains(['元', '圆', '角', '分']);
        let has_digit = cur.chars().any(|c| capital_digit(c).is_some_and(|d| d > 0));
        if has_unit
            && has_digit
            && let Some(v) = read_capital(cur)
        {
            out.push(v);
        }
        cur.clear();
    };
    for c in text.chars() {
        if CAPITAL_CHARS.contains(c) {
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn capital_digit(c: char) -> Option<u128> {
    let d = match c {
        '零' => 0,
        '壹' => 1,
        '贰' | '貳' => 2,
        '叁' => 3,
        '肆' => 4,
        '伍' => 5,
        '陆' | '陸' => 6,
        '柒' => 7,
        '捌' => 8,
        '玖' => 9,
        _ => return None,
    };
    Some(d)
}

/// Read a capital amount such as 「壹拾万柒仟元零伍角叁分」 or 「伍角」; `None` if it is
/// not one.
pub fn read_capital(s: &str) -> Option<Decimal> {
    let (int_part, frac_part) = match s.find(['元', '圆']) {
        Some(i) => {
            let unit_len = s[i..].chars().next().map_or(0, char::len_utf8);
            (&s[..i], &s[i + unit_len..])
        }
        None => ("", s),
    };
    let (mut yi, mut wan, mut section, mut digit) = (0u128, 0u128, 0u128, 0u128);
    for c in int_part.chars() {
        if let Some(d) = capital_digit(c) {
            digit = d;
            continue;
        }
        match c {
            '拾' => section += digit.max(1) * 10,
            '佰' => section += digit * 100,
            '仟' => section += digit * 1000,
            '万' | '萬' => wan += (section + digit) * 10_000,
            '亿' | '億' => {
                yi += (wan + section + digit) * 100_000_000;
                wan = 0;
            }
            _ => return None,
        }
        if matches!(c, '万' | '萬' | '亿' | '億') {
            section = 0;
        }
        digit = 0;
    }
    let yuan = yi + wan + section + digit;
    let (mut jiao, mut fen, mut d) = (0u128, 0u128, 0u128);
    for c in frac_part.chars() {
        if let Some(x) = capital_digit(c) {
            d = x;
            continue;
        }
        match c {
            '角' => jiao = d,
            '分' => fen = d,
            '整' | '正' => {}
            _ => return None,
        }
        d = 0;
    }
    let cents = yuan.checked_mul(100)?.checked_add(jiao * 10 + fen)?;
    Decimal::try_from_i128_with_scale(i128::try_from(cents).ok()?, 2)
        .ok()
        .map(|v| v.normalize())
}

/// Whether `text` mentions any amount of money.
pub fn mentions_amount(text: &str) -> bool {
    !arabic_amounts(text).is_empty() || !capital_amounts(text).is_empty()
}

/// Whether `text` gives a time for performance: a calendar date (「2026年3月5日」
/// 「3月5日」), a period (「十日内」「之日起」), a recurring day (「每月10日前」) or
/// 「当场」「即时」.
pub fn mentions_time(text: &str) -> bool {
    const WORDS: [&str; 16] = [
        "日前",
        "日内",
        "天内",
        "日以内",
        "当日",
        "当天",
        "当场",
        "即时",
        "即日",
        "之日起",
        "每月",
        "每年",
        "月底",
        "年底",
        "工作日内",
        "个月内",
    ];
    if WORDS.iter().any(|w| text.contains(w)) {
        return true;
    }
    // 「N月N日」 with Arabic or Chinese numerals.
    let chars: Vec<char> = text.chars().collect();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十〇零".contains(c);
    chars
        .windows(3)
        .any(|w| numeral(w[0]) && w[1] == '月' && numeral(w[2]))
        && text.contains('日')
}

/// Whether `text` contains `a`, then `b` at most `gap` characters later.
pub fn near(text: &str, a: &str, b: &str, gap: usize) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(a) {
        let start = from + i + a.len();
        let window: String = text[start..]
            .chars()
            .take(gap + b.chars().count())
            .collect();
        if window.contains(b) {
            return true;
        }
        from = start;
    }
    false
}

/// Keyword patterns that suggest a status relationship (民诉法解释 Art. 355(3)).
pub fn suggests_status(text: &str) -> Option<&'static str> {
    const WORDS: [&str; 9] = [
        "解除婚姻关系",
        "离婚",
        "婚姻无效",
        "撤销婚姻",
        "解除收养",
        "收养关系",
        "亲子关系",
        "确认父子",
        "确认母子",
    ];
    WORDS.iter().copied().find(|w| text.contains(w))
}

/// Keyword patterns that suggest a determination of ownership of a real right
/// (Art. 355(5)): 「确认……所有权」, 「归……所有」, 「产权归」.
pub fn suggests_property(text: &str) -> Option<&'static str> {
    if near(text, "确认", "所有权", 20)
        || near(text, "确认", "使用权", 20)
        || near(text, "确认", "承包经营权", 20)
    {
        return Some("确认……权属");
    }
    if near(text, "归", "所有", 16) {
        return Some("归……所有");
    }
    ["产权归", "所有权归", "使用权归", "承包经营权归"]
        .into_iter()
        .find(|w| text.contains(w))
}

/// Keyword patterns that suggest IP ownership (Art. 355(5)).
pub fn suggests_ip(text: &str) -> Option<&'static str> {
    const WORDS: [&str; 6] = [
        "专利权归",
        "著作权归",
        "商标权归",
        "商标专用权归",
        "知识产权归",
        "确认专利",
    ];
    WORDS.iter().copied().find(|w| text.contains(w))
}

/// Keyword patterns that suggest another special, public-notice or bankruptcy procedure
/// (Art. 355(4)).
pub fn suggests_other_procedure(text: &str) -> Option<&'static str> {
    const WORDS: [&str; 6] = [
        "宣告失踪",
        "宣告死亡",
        "无民事行为能力",
        "限制民事行为能力",
        "公示催告",
        "破产",
    ];
    WORDS.iter().copied().find(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn arabic_amounts_need_a_currency_mark() {
        let v = arabic_amounts("于2026年3月5日前支付人民币12,000.00元，另付¥500；共3人");
        assert_eq!(
            v,
            vec![Decimal::from_str("12000").unwrap(), Decimal::from(500)]
        );
        assert_eq!(arabic_amounts("赔偿3万元"), vec![Decimal::from(30_000)]);
    }

    #[test]
    fn capital_amounts_are_found_and_normalised() {
        assert_eq!(
            capital_amounts("人民币壹万贰仟圆正（¥12,000.00）"),
            vec![Decimal::from(12_000)]
        );
        assert!(capital_amounts("每月一日").is_empty());
        let d = |s: &str| Decimal::from_str(s).unwrap();
        for (cap, v) in [
            ("壹仟肆佰零玖元伍角", "1409.50"),
            ("陆仟零柒元壹角肆分", "6007.14"),
            ("壹仟陆佰捌拾元叁角贰分", "1680.32"),
            ("壹拾万柒仟元零伍角叁分", "107000.53"),
            ("壹拾万零柒仟元伍角叁分", "107000.53"),
            ("叁佰贰拾伍元零肆分", "325.04"),
            ("壹亿零壹元整", "100000001"),
            ("伍角", "0.5"),
            ("叁万伍仟陆佰元", "35600"),
        ] {
            assert_eq!(read_capital(cap), Some(d(v)), "{cap}");
        }
    }

    #[test]
    fn payment_nouns_and_conditions_are_not_payment_terms() {
        assert!(mentions_payment("乙方向甲方支付赔偿款"));
        assert!(!mentions_payment("各项损失包括残疾赔偿金、精神损害抚慰金"));
        assert!(!mentions_payment("上述款项付清后，双方再无争议"));
        assert!(mentions_payment("赔偿金于三日内支付"));
    }

    #[test]
    fn times_are_recognised() {
        assert!(mentions_time("于2026年3月5日前支付"));
        assert!(mentions_time("本协议签订之日起十日内"));
        assert!(mentions_time("三月五日付清"));
        assert!(!mentions_time("乙方向甲方支付赔偿款"));
    }

    #[test]
    fn ownership_patterns_are_recognised() {
        assert!(suggests_property("争议地块归张三所有").is_some());
        assert!(suggests_property("双方确认该房屋的所有权属于李四").is_some());
        assert!(suggests_property("乙方赔偿甲方损失").is_none());
        assert!(suggests_status("双方自愿解除婚姻关系").is_some());
    }
}
