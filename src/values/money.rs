//! Money: a decimal amount of 人民币, never a float.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::str::FromStr;

/// An amount in yuan, exact to the fen. Serialised as a string (`"12000.00"`) so that
/// no JSON reader turns it into a float; a JSON integer is accepted on input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub Decimal);

impl Money {
    pub fn new(d: Decimal) -> Money {
        Money(d)
    }
}

/// The largest number of integer digits a [`Decimal`] holds; longer numbers are refused
/// as too large when the file is read (amounts of 10^16 元 and more are a validation
/// error, `obligation.amount_invalid`).
const MAX_DIGITS: usize = 28;

impl FromStr for Money {
    type Err = String;
    /// The grammar of an amount in a case file (`docs/case-format.md`): an optional
    /// `-`, digits with optional thousands separators (`,` every three digits), and an
    /// optional `.` with digits — `12000`, `12,000.00`. Anything else is refused with
    /// what is wrong: spaces, an exponent (`1e10`), a `+` sign, `-0`, misplaced
    /// separators, too many digits, not a number. A number that is not a valid amount
    /// (negative, more than two decimals, 10^16 元 or more) is read and left to
    /// validation, which reports it and prints it as a blank.
    fn from_str(s: &str) -> Result<Money, String> {
        let bad = |why: &str| Err(format!("金额「{s}」{why}"));
        if s.is_empty() {
            return Err("金额为空：没有金额时请删去该字段或写 null".into());
        }
        if s.chars().any(char::is_whitespace) {
            return bad("含有空格：请只写数字，如 \"12000.00\"");
        }
        if s.contains(['e', 'E'])
            && s.chars()
                .all(|c| c.is_ascii_digit() || ".,+-eE".contains(c))
        {
            return bad("用了科学计数法（指数）：请写出全部数字，如 \"10000000000\"");
        }
        if s.starts_with('+') {
            return bad("带有正号「+」：请只写数字");
        }
        let body = s.strip_prefix('-').unwrap_or(s);
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        let groups: Vec<&str> = int_part.split(',').collect();
        if !groups.iter().all(|g| digits(g)) || !frac_part.is_none_or(digits) {
            if body
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                && int_part.contains(',')
            {
                return bad("中的千位分隔符位置不对：逗号应每三位一个，如 \"12,000.00\"");
            }
            return bad("不是数字：应写成如 \"12000\" 或 \"12,000.00\"");
        }
        if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
            return bad("中的千位分隔符位置不对：逗号应每三位一个，如 \"12,000.00\"");
        }
        let int_digits: String = groups.concat();
        if int_digits.trim_start_matches('0').len() > MAX_DIGITS - 2 {
            return bad("过大：最多支持到9999万亿元");
        }
        let plain = match frac_part {
            Some(f) => format!("{int_digits}.{f}"),
            None => int_digits,
        };
        let value = Decimal::from_str(&plain).or_else(|_| Decimal::from_str_exact(&plain));
        let Ok(value) = value else {
            return bad("的小数位数过多");
        };
        if s.starts_with('-') {
            if value.is_zero() {
                return bad("带有负号：零不写正负号");
            }
            return Ok(Money(-value));
        }
        Ok(Money(value))
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.to_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Money;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("金额：字符串形式的十进制数（如 \"12000.00\"）或整数")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Money, E> {
                s.parse().map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, i: i64) -> Result<Money, E> {
                Ok(Money(Decimal::from(i)))
            }
            fn visit_u64<E: serde::de::Error>(self, u: u64) -> Result<Money, E> {
                Ok(Money(Decimal::from(u)))
            }
            fn visit_f64<E: serde::de::Error>(self, f: f64) -> Result<Money, E> {
                // A JSON integer beyond 64 bits arrives as a float: say it is too
                // large, not that it has decimals.
                if f.is_finite() && f.fract() == 0.0 && f.abs() >= 1e16 {
                    return Err(E::custom(
                        "金额过大：最多支持到9999万亿元（这个 JSON 整数超出了范围）",
                    ));
                }
                Err(E::custom(format!(
                    "金额 {f} 是带小数点或指数的 JSON 数字，可能已不精确；请写成字符串，如 \"{f}\""
                )))
            }
        }
        d.deserialize_any(V)
    }
}

impl schemars::JsonSchema for Money {
    fn schema_name() -> Cow<'static, str> {
        "Money".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "人民币金额，字符串形式的十进制数，最多两位小数，如 \"12000.00\"",
            "type": ["string", "integer"],
            "pattern": "^-?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]{1,2})?$"
        })
    }
}
