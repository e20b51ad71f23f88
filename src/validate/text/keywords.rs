//! Keyword patterns: payment words (民诉法解释 Art. 358(5)) and the wording that
//! suggests an inadmissible matter (Art. 355: status, ownership, IP, other procedures).

/// Words that make a clause a payment term (民诉法解释 Art. 358(5)).
pub const PAYMENT_WORDS: [&str; 10] = [
    "支付", "赔偿", "补偿", "给付", "偿还", "退还", "返还", "退款", "赔付", "付清",
];

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

/// Keyword patterns that suggest a request about a status relationship — marriage,
/// parent and child, adoption (民诉法解释 Art. 355(3)): 「解除婚姻关系」「自愿离婚」
/// 「婚姻无效」「解除收养关系」「确认亲子关系」. A divorce mentioned as past fact
/// (「离婚后」「离婚时」「已离婚」) is not one.
pub fn suggests_status(text: &str) -> Option<&'static str> {
    const WORDS: [&str; 13] = [
        "解除婚姻关系",
        "婚姻关系无效",
        "婚姻无效",
        "撤销婚姻",
        "确认婚姻关系",
        "解除收养",
        "确认收养关系",
        "收养关系无效",
        "确认亲子关系",
        "否认亲子关系",
        "亲子关系",
        "确认父子",
        "确认母子",
    ];
    if let Some(w) = WORDS.iter().copied().find(|w| text.contains(w)) {
        return Some(w);
    }
    let divorce = text.match_indices("离婚").any(|(i, w)| {
        let before = &text[..i];
        let after = &text[i + w.len()..];
        !(before.ends_with('已')
            || before.ends_with("已经")
            || ["后", "时", "前", "以来", "以后", "之后", "协议书"]
                .iter()
                .any(|x| after.starts_with(x)))
    });
    divorce.then_some("离婚")
}

/// Keyword patterns that suggest a determination of ownership of a real right
/// (Art. 355(5)): 「确认……所有权」, 「归……所有」, 「产权归」. 「归还」「归档」… are not
/// 「归」, and 「所有借款」「所有款项」 (all the loans) are not 「所有」.
pub fn suggests_property(text: &str) -> Option<&'static str> {
    if near(text, "确认", "所有权", 20)
        || near(text, "确认", "使用权", 20)
        || near(text, "确认", "承包经营权", 20)
    {
        return Some("确认……权属");
    }
    if belongs_to(text) {
        return Some("归……所有");
    }
    ["产权归", "所有权归", "使用权归", "承包经营权归"]
        .into_iter()
        .find(|w| text.contains(w))
}

/// 「归〈someone〉所有」: a 归 that is not part of 归还/归档/…, followed within 16
/// characters by 所有 that ends the phrase (punctuation, the end, 权 or 的) rather than
/// starting 「所有借款」.
fn belongs_to(text: &str) -> bool {
    const NOT_GUI: [char; 12] = [
        '还', '档', '案', '来', '纳', '口', '集', '结', '类', '责', '属', '于',
    ];
    text.match_indices('归').any(|(i, g)| {
        let rest = &text[i + g.len()..];
        if rest.starts_with(NOT_GUI) || rest.starts_with("所有") {
            return false;
        }
        rest.match_indices("所有").any(|(j, w)| {
            let gap = rest[..j].chars().count();
            let after = rest[j + w.len()..].chars().next();
            gap <= 16
                && !rest[..j].contains(['。', '；', '，', ';', ','])
                && after.is_none_or(|c| {
                    c == '权'
                        || c == '的'
                        || c.is_ascii_punctuation()
                        || "。；，、：）」".contains(c)
                })
        })
    })
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

/// Keyword patterns that suggest a request for another special, public-notice or
/// bankruptcy procedure (Art. 355(4)): to 认定/宣告 someone without (or with limited)
/// civil capacity, to 宣告失踪/死亡, to 认定财产无主, 公示催告, 破产. Merely describing a
/// party (「李小明系无民事行为能力人」) is not one.
pub fn suggests_other_procedure(text: &str) -> Option<&'static str> {
    for verb in ["认定", "宣告", "确认"] {
        if near(text, verb, "民事行为能力", 12) {
            return Some("认定或宣告民事行为能力");
        }
    }
    if near(text, "宣告", "失踪", 10) {
        return Some("宣告失踪");
    }
    if near(text, "宣告", "死亡", 10) {
        return Some("宣告死亡");
    }
    if near(text, "认定", "无主", 12) || text.contains("无主财产") {
        return Some("认定财产无主");
    }
    const WORDS: [&str; 7] = [
        "公示催告",
        "申请破产",
        "宣告破产",
        "破产清算",
        "破产重整",
        "破产和解",
        "破产程序",
    ];
    WORDS.iter().copied().find(|w| text.contains(w))
}
