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

impl FromStr for Money {
    type Err = String;
    fn from_str(s: &str) -> Result<Money, String> {
        let t: String = s.trim().chars().filter(|c| *c != ',').collect();
        Decimal::from_str(&t)
            .map(Money)
            .map_err(|_| format!("金额「{s}」不是有效的数字"))
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
                Err(E::custom(format!(
                    "金额 {f} 是带小数的 JSON 数字，可能已不精确；请写成字符串，如 \"{f}\""
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
            "pattern": "^-?[0-9,]+(\\.[0-9]{1,2})?$"
        })
    }
}
