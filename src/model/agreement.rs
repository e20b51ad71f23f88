//! 人民调解协议书 (or an oral agreement) and the judicial-confirmation application.

use super::{Date, Money, date_serde};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Written (协议书) or oral (口头协议, 人民调解法 Art. 28, effective when reached, Art. 30).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgreementForm {
    #[default]
    Written,
    Oral,
}

/// What a clause's subject matter touches, for the admissibility pre-checks of
/// 民诉法解释 Art. 355.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SubjectFlag {
    /// 婚姻、亲子、收养等身份关系 (Art. 355(3))
    StatusRelationship,
    /// 物权确权 (Art. 355(5))
    PropertyOwnership,
    /// 知识产权确权 (Art. 355(5))
    IpOwnership,
    /// 适用其他特别程序、公示催告程序、破产程序 (Art. 355(4))
    OtherProcedure,
}

/// A typed payment obligation: who pays whom, how much, by when, how.
/// A clause with one of these is printed from it, so the words and the amounts agree.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Obligation {
    /// Ids of the paying parties.
    pub payers: Vec<String>,
    /// Ids of the receiving parties.
    pub payees: Vec<String>,
    pub amount: Option<Money>,
    /// 履行期限: paid on or before this day.
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub due: Option<Date>,
    /// 履行方式, e.g. 「银行转账」「现金」.
    pub method: String,
    /// 款项性质, e.g. 「医疗费、误工费等各项损失」.
    pub purpose: String,
}

/// One term of the agreement (一、二、…).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Clause {
    /// Free text. When empty and `obligation` is set, the text is made from it.
    pub text: String,
    pub obligation: Option<Obligation>,
    pub flags: Vec<SubjectFlag>,
}

/// Who signed, sealed or fingerprinted, and when (人民调解法 Art. 29).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Signatures {
    /// Party id → the day that party signed, sealed or fingerprinted.
    #[schemars(with = "BTreeMap<String, String>")]
    #[serde(with = "date_map")]
    pub parties: BTreeMap<String, Date>,
    /// The day the mediator signed.
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub mediator: Option<Date>,
    /// The day the committee seal was affixed.
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub seal: Option<Date>,
}

/// 人民调解协议书
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Agreement {
    pub form: AgreementForm,
    /// Serial for the 编号 pattern.
    pub serial: Option<u32>,
    /// A 编号 typed in full, overriding the pattern.
    pub number: String,
    /// 纠纷主要事实、争议事项
    pub facts: String,
    /// 各方责任 (人民调解法 Art. 29(2)); printed after the facts.
    pub responsibility: String,
    pub clauses: Vec<Clause>,
    /// 履行方式、时限 (free text; typed obligations add their own terms).
    pub performance: String,
    /// 本协议一式＿份: overrides parties + 1.
    pub copies: Option<u32>,
    /// 协议成立日 (the date written under the seal).
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub formed_on: Option<Date>,
    pub signatures: Signatures,
    /// The mediators who presided (人民调解员), by name.
    pub mediators: Vec<String>,
    pub recorder: String,
}

/// An attachment listed under 附 on the confirmation application.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Attachment {
    pub name: String,
    pub copies: Option<u32>,
    pub present: bool,
}

/// 司法确认申请 (民事诉讼法 Arts. 205–206).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct JudicialConfirmation {
    /// The court the parties apply to, named by the user (CPL Art. 205 lists who may hear it).
    pub court: String,
    /// Why that court has jurisdiction: 当事人住所地 / 标的物所在地 / 调解组织所在地 / 委派法院.
    pub court_basis: String,
    #[serde(with = "date_serde")]
    #[schemars(schema_with = "date_serde::schema")]
    pub applied_on: Option<Date>,
    pub attachments: Vec<Attachment>,
}

mod date_map {
    use super::Date;
    use crate::model::date_serde;
    use serde::{Deserialize, Deserializer, Serializer, ser::SerializeMap};
    use std::collections::BTreeMap;

    pub fn serialize<S: Serializer>(m: &BTreeMap<String, Date>, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(m.len()))?;
        for (k, v) in m {
            map.serialize_entry(k, &date_serde::format(v))?;
        }
        map.end()
    }

    /// One date, parsed as it is read, so a bad one is reported at its own entry
    /// (`agreement.signatures.parties.p1`), not after the whole map.
    struct OneDate(Date);

    impl<'de> Deserialize<'de> for OneDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OneDate, D::Error> {
            let s = String::deserialize(d)?;
            date_serde::parse(&s)
                .map(OneDate)
                .map_err(serde::de::Error::custom)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, Date>, D::Error> {
        let raw: BTreeMap<String, OneDate> = BTreeMap::deserialize(d)?;
        Ok(raw.into_iter().map(|(k, v)| (k, v.0)).collect())
    }
}
