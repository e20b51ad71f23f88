//! Money amounts: Chinese capital amounts (大写金额) per the People's Bank of China
//! 《正确填写票据和结算凭证的基本规定》 (annex to 《支付结算办法》, 1997), Arabic
//! amounts with thousands separators, and parsing of typed amounts (domain spec §7.3).
//!
//! Where the PBoC rules allow a choice, this module always makes the same one:
//! - 「整」 is written after 元 when there are no 角 or 分, never after 角 or 分;
//! - 零 is written after 元 when the 元 digit is zero and 角 is not
//!   (¥1680.32 → 壹仟陆佰捌拾元零叁角贰分) and when 角 is zero and 分 is not
//!   (¥325.04 → 叁佰贰拾伍元零肆分);
//! - 零 is not written after 万 or 亿 when only that one digit is zero and the next
//!   lower one is not (¥107000.53 → 壹拾万柒仟元零伍角叁分, the PBoC's first form),
//!   but is written when a whole lower digit run is missing (¥100000001 → 壹亿零壹元整);
//! - a leading ten is 「壹拾」 (壹拾元, 壹拾万);
//! - amounts under one 元 omit 「零元」 (¥0.50 → 伍角, ¥0.05 → 伍分); zero is 「零元整」.

use std::fmt::Write as _;

use rust_decimal::Decimal;

/// Capital digits 零 to 玖.
const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/// Units inside a four-digit group, from the 仟 place down.
const GROUP_UNITS: [&str; 4] = ["仟", "佰", "拾", ""];

/// Amounts must be below this many 元 (10^16, i.e. at most 9999万亿).
const LIMIT_YUAN: u64 = 10_000_000_000_000_000;

/// Why an amount cannot be written or parsed. `Display` gives a Chinese message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    /// Nothing was entered.
    #[error("金额为空")]
    Empty,
    /// The amount is below zero.
    #[error("金额不能为负数")]
    Negative,
    /// More than two decimal places (amounts are never rounded silently).
    #[error("金额最多两位小数")]
    TooManyDecimals,
    /// The amount is 10^16 元 or more.
    #[error("金额过大：最多支持到9999万亿元")]
    TooLarge,
    /// Thousands separators that are not every three digits (e.g. 「1,2000」).
    #[error("金额「{0}」中的千位分隔符位置不对")]
    BadGrouping(String),
    /// Anything else that is not a number.
    #[error("「{0}」不是有效的金额，请写成如 12000 或 12,000.00")]
    Invalid(String),
}

/// Splits an amount into whole 元 and 分 (0–99) after checking sign, scale and size.
fn split(amount: Decimal) -> Result<(u64, u32), AmountError> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(AmountError::Negative);
    }
    if amount.round_dp(2) != amount {
        return Err(AmountError::TooManyDecimals);
    }
    let yuan_dec = amount.trunc();
    if yuan_dec >= Decimal::from(LIMIT_YUAN) {
        return Err(AmountError::TooLarge);
    }
    let yuan = u64::try_from(yuan_dec).map_err(|_| AmountError::TooLarge)?;
    let fen_dec = (amount - yuan_dec) * Decimal::ONE_HUNDRED;
    let fen = u32::try_from(fen_dec).map_err(|_| AmountError::TooManyDecimals)?;
    Ok((yuan, fen))
}

/// Writes 1–9999 with units, one 零 for an inner run of zeros, no trailing zeros.
fn push_group(out: &mut String, n: u64) {
    let digits = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let mut started = false;
    let mut pending_zero = false;
    for (d, unit) in digits.into_iter().zip(GROUP_UNITS) {
        if d == 0 {
            pending_zero = started;
            continue;
        }
        if pending_zero {
            out.push('零');
            pending_zero = false;
        }
        out.push(DIGITS[d as usize]);
        out.push_str(unit);
        started = true;
    }
}

/// Writes a positive integer below 10^16 with 万 and 亿 (so 10^12 is 壹万亿).
fn push_integer(out: &mut String, n: u64) {
    const YI: u64 = 100_000_000;
    const WAN: u64 = 10_000;
    let (high, low, unit, step) = if n >= YI {
        (n / YI, n % YI, '亿', YI)
    } else if n >= WAN {
        (n / WAN, n % WAN, '万', WAN)
    } else {
        push_group(out, n);
        return;
    };
    push_integer(out, high);
    out.push(unit);
    if low > 0 {
        // The digit just below the unit is zero: a whole run is skipped.
        if low < step / 10 {
            out.push('零');
        }
        push_integer(out, low);
    }
}

/// The capital form of `amount` without the 「人民币」 prefix, e.g. 12000 →
/// 「壹万贰仟元整」. See the module documentation for the choices made.
pub fn to_capital(amount: Decimal) -> Result<String, AmountError> {
    let (yuan, fen) = split(amount)?;
    let (jiao, fen) = (fen / 10, fen % 10);
    let mut out = String::new();
    if yuan == 0 && jiao == 0 && fen == 0 {
        return Ok("零元整".to_string());
    }
    if yuan > 0 {
        push_integer(&mut out, yuan);
        out.push('元');
        if jiao == 0 && fen == 0 {
            out.push('整');
            return Ok(out);
        }
        if jiao == 0 || yuan % 10 == 0 {
            out.push('零');
        }
    }
    if jiao > 0 {
        out.push(DIGITS[jiao as usize]);
        out.push('角');
    }
    if fen > 0 {
        out.push(DIGITS[fen as usize]);
        out.push('分');
    }
    Ok(out)
}

/// The Arabic form with thousands separators and exactly two decimals when the
/// amount has at most two, e.g. 「12,000.00」. Never rounds: an amount with more
/// decimals keeps them all, and a negative amount keeps its sign.
pub fn format_arabic(amount: Decimal) -> String {
    let mut a = amount.normalize();
    if a.scale() < 2 {
        a.rescale(2);
    }
    let text = a.abs().to_string();
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if amount.is_sign_negative() && !amount.is_zero() {
        out.push('-');
    }
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push('.');
        out.push_str(frac_part);
    }
    out
}

/// Both forms from the one amount, as recommended for agreements:
/// 「人民币壹万贰仟元整（¥12,000.00）」.
pub fn format_rmb(amount: Decimal) -> Result<String, AmountError> {
    let capital = to_capital(amount)?;
    let mut out = String::with_capacity(capital.len() + 32);
    let _ = write!(out, "人民币{capital}（¥{}）", format_arabic(amount));
    Ok(out)
}

/// Parses a typed amount: 「12000」, 「12,000.00」, 「¥12,000.00」, 「￥12000元」,
/// full-width digits and punctuation. Thousands separators, if used, must be every
/// three digits. Never goes through floating point.
pub fn parse_amount(s: &str) -> Result<Decimal, AmountError> {
    let cleaned: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '．' => '.',
            '－' => '-',
            _ => c,
        })
        .collect();
    let mut body = cleaned.as_str();
    for prefix in ["人民币", "¥", "￥", "RMB"] {
        if let Some(rest) = body.strip_prefix(prefix) {
            body = rest.trim_start();
            break;
        }
    }
    if let Some(rest) = body.strip_suffix('元') {
        body = rest.trim_end();
    }
    if body.is_empty() {
        return Err(AmountError::Empty);
    }
    if body.starts_with('-') {
        return Err(AmountError::Negative);
    }
    let invalid = || AmountError::Invalid(s.trim().to_string());
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if int_part.is_empty() {
        return Err(invalid());
    }
    // Thousands separators: first group 1–3 digits, then groups of exactly three.
    let groups: Vec<&str> = int_part.split(',').collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(
            if int_part.bytes().all(|b| b.is_ascii_digit() || b == b',') {
                AmountError::BadGrouping(s.trim().to_string())
            } else {
                invalid()
            },
        );
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(AmountError::BadGrouping(s.trim().to_string()));
    }
    let digits: String = groups.concat();
    let frac = frac_part.unwrap_or("");
    if (frac_part.is_some() && frac.is_empty()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let frac_trimmed = frac.trim_end_matches('0');
    if frac_trimmed.len() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    let int_digits = digits.trim_start_matches('0');
    if int_digits.len() > 16 {
        return Err(AmountError::TooLarge);
    }
    let mut cents: i128 = 0;
    for b in int_digits
        .bytes()
        .chain(format!("{frac_trimmed:0<2}").bytes())
    {
        cents = cents * 10 + i128::from(b - b'0');
    }
    let value = Decimal::try_from_i128_with_scale(cents, 2).map_err(|_| AmountError::TooLarge)?;
    if value >= Decimal::from(LIMIT_YUAN) {
        return Err(AmountError::TooLarge);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn cap(s: &str) -> String {
        to_capital(d(s)).unwrap()
    }

    #[test]
    fn pboc_examples_reproduce_exactly() {
        assert_eq!(
            format!("人民币{}", cap("1409.50")),
            "人民币壹仟肆佰零玖元伍角"
        );
        assert_eq!(
            format!("人民币{}", cap("6007.14")),
            "人民币陆仟零柒元壹角肆分"
        );
        assert_eq!(
            format!("人民币{}", cap("1680.32")),
            "人民币壹仟陆佰捌拾元零叁角贰分"
        );
        assert_eq!(
            format!("人民币{}", cap("107000.53")),
            "人民币壹拾万柒仟元零伍角叁分"
        );
        assert_eq!(cap("325.04"), "叁佰贰拾伍元零肆分");
    }

    #[test]
    fn whole_amounts_end_with_zheng() {
        assert_eq!(cap("12000"), "壹万贰仟元整");
        assert_eq!(cap("12000.00"), "壹万贰仟元整");
        assert_eq!(cap("0"), "零元整");
        assert_eq!(cap("1"), "壹元整");
    }

    #[test]
    fn leading_ten_is_written_yi_shi() {
        assert_eq!(cap("10"), "壹拾元整");
        assert_eq!(cap("15"), "壹拾伍元整");
        assert_eq!(cap("100000"), "壹拾万元整");
        assert_eq!(cap("170000"), "壹拾柒万元整");
        assert_eq!(cap("110"), "壹佰壹拾元整");
    }

    #[test]
    fn zero_runs_across_wan_and_yi_are_one_ling() {
        assert_eq!(cap("100000001"), "壹亿零壹元整");
        assert_eq!(cap("1000010000"), "壹拾亿零壹万元整");
        assert_eq!(cap("100010"), "壹拾万零壹拾元整");
        assert_eq!(cap("1001000"), "壹佰万壹仟元整");
        assert_eq!(cap("10001000"), "壹仟万壹仟元整");
        assert_eq!(cap("100100000"), "壹亿零壹拾万元整");
        assert_eq!(cap("1010000000"), "壹拾亿壹仟万元整");
    }

    #[test]
    fn wan_yi_is_handled() {
        assert_eq!(cap("1000000000000"), "壹万亿元整");
        assert_eq!(cap("1000100000000"), "壹万零壹亿元整");
        assert_eq!(cap("1000000000001"), "壹万亿零壹元整");
        assert_eq!(
            cap("9999999999999999.99"),
            "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
        );
    }

    #[test]
    fn jiao_and_fen_without_yuan() {
        assert_eq!(cap("0.5"), "伍角");
        assert_eq!(cap("0.05"), "伍分");
        assert_eq!(cap("0.53"), "伍角叁分");
        assert_eq!(cap("10.50"), "壹拾元零伍角");
        assert_eq!(cap("12.30"), "壹拾贰元叁角");
    }

    #[test]
    fn bad_amounts_are_errors_not_rounded() {
        assert_eq!(to_capital(d("-1")), Err(AmountError::Negative));
        let e = to_capital(d("1.005")).unwrap_err();
        assert_eq!(e.to_string(), "金额最多两位小数");
        assert_eq!(
            to_capital(d("10000000000000000")),
            Err(AmountError::TooLarge)
        );
        assert_eq!(to_capital(d("1.500")).unwrap(), "壹元伍角");
        assert_eq!(to_capital(Decimal::MAX), Err(AmountError::TooLarge));
    }

    #[test]
    fn arabic_form_has_separators_and_two_decimals() {
        assert_eq!(format_arabic(d("12000")), "12,000.00");
        assert_eq!(format_arabic(d("0")), "0.00");
        assert_eq!(format_arabic(d("123.4")), "123.40");
        assert_eq!(format_arabic(d("1234567.89")), "1,234,567.89");
        assert_eq!(format_arabic(d("1.500")), "1.50");
        assert_eq!(format_arabic(d("1.005")), "1.005");
        assert_eq!(format_arabic(d("-1000")), "-1,000.00");
    }

    #[test]
    fn rmb_form_shows_both() {
        assert_eq!(
            format_rmb(d("12000")).unwrap(),
            "人民币壹万贰仟元整（¥12,000.00）"
        );
        assert!(format_rmb(d("-3")).is_err());
    }

    #[test]
    fn typed_amounts_are_parsed() {
        for s in [
            "12000",
            "12,000.00",
            "¥12,000.00",
            "￥ 12000元",
            "１２，０００．００",
            "12000.0",
            "012000",
        ] {
            assert_eq!(parse_amount(s).unwrap(), d("12000"), "{s}");
        }
        assert_eq!(parse_amount("0.05").unwrap(), d("0.05"));
        assert_eq!(parse_amount("1.500").unwrap(), d("1.5"));
    }

    #[test]
    fn typed_amounts_report_clear_errors() {
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        assert_eq!(parse_amount("¥"), Err(AmountError::Empty));
        assert_eq!(parse_amount("-5"), Err(AmountError::Negative));
        assert_eq!(parse_amount("1.234"), Err(AmountError::TooManyDecimals));
        assert!(matches!(
            parse_amount("1,2000"),
            Err(AmountError::BadGrouping(_))
        ));
        assert!(matches!(
            parse_amount("12,,000"),
            Err(AmountError::BadGrouping(_))
        ));
        assert!(matches!(parse_amount("1e5"), Err(AmountError::Invalid(_))));
        assert!(matches!(parse_amount("12."), Err(AmountError::Invalid(_))));
        assert!(matches!(parse_amount(".5"), Err(AmountError::Invalid(_))));
        assert!(matches!(
            parse_amount("1.2.3"),
            Err(AmountError::Invalid(_))
        ));
        assert_eq!(
            parse_amount("10000000000000000"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            parse_amount("99999999999999999999999999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            parse_amount("abc").unwrap_err().to_string(),
            "「abc」不是有效的金额，请写成如 12000 或 12,000.00"
        );
    }

    /// An independent reader of capital amounts, used only to check `to_capital`.
    fn read_capital(s: &str) -> Option<Decimal> {
        let (mut yi, mut wan, mut acc, mut digit) = (0u128, 0u128, 0u128, 0u128);
        let mut cents = 0u128;
        for c in s.chars() {
            if let Some(v) = DIGITS.iter().position(|&x| x == c) {
                digit = v as u128;
                continue;
            }
            match c {
                '拾' => acc += digit * 10,
                '佰' => acc += digit * 100,
                '仟' => acc += digit * 1000,
                '万' => wan += (acc + digit) * 10_000,
                '亿' => {
                    yi += (wan + acc + digit) * 100_000_000;
                    wan = 0;
                }
                '元' => {
                    cents = (yi + wan + acc + digit) * 100;
                }
                '角' => cents += digit * 10,
                '分' => cents += digit,
                '整' => {}
                _ => return None,
            }
            if c == '万' || c == '亿' {
                acc = 0;
            }
            digit = 0;
        }
        Decimal::try_from_i128_with_scale(i128::try_from(cents).ok()?, 2).ok()
    }

    proptest! {
        #[test]
        fn capital_and_arabic_agree(cents in 0u64..100_000_000_000_000) {
            let amount = Decimal::new(cents as i64, 2);
            let capital = to_capital(amount).unwrap();
            prop_assert_eq!(read_capital(&capital), Some(amount), "{}", capital);
            prop_assert!(!capital.contains("零零"));
            prop_assert!(!capital.contains("零万") && !capital.contains("零亿"));
            prop_assert!(!capital.contains("零元") || capital == "零元整");
            prop_assert!(!capital.ends_with("分整") && !capital.ends_with("角整"));
            prop_assert_eq!(parse_amount(&format_arabic(amount)), Ok(amount));
        }

        #[test]
        fn large_amounts_agree(yuan in 0u64..LIMIT_YUAN, fen in 0u32..100) {
            let amount = Decimal::from(yuan) + Decimal::new(i64::from(fen), 2);
            let capital = to_capital(amount).unwrap();
            prop_assert_eq!(read_capital(&capital), Some(amount), "{}", capital);
        }

        #[test]
        fn any_decimal_never_panics(m in any::<i128>(), scale in 0u32..=28) {
            let m = m % 79_228_162_514_264_337_593_543_950_335;
            if let Ok(v) = Decimal::try_from_i128_with_scale(m, scale) {
                let _ = format_arabic(v);
                let _ = format_rmb(v);
            }
        }

        #[test]
        fn any_input_never_panics(s in ".{0,40}") {
            if let Ok(v) = parse_amount(&s) {
                prop_assert!(to_capital(v).is_ok());
            }
        }
    }
}
