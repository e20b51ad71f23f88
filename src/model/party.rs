//! 当事人 and 委托代理人.

use super::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 性别 (one type with the ID number's: `values::id_card::Sex`).
pub use crate::values::id_card::Sex;

/// Which side of a mediation a party is on (申请人 / 被申请人). On a judicial-confirmation
/// application every party is 申请人 whatever its side here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// 申请人 (the party who asked for mediation)
    #[default]
    Applicant,
    /// 被申请人
    Respondent,
}

/// A natural person (自然人).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    /// 姓名
    pub name: String,
    /// 性别
    pub sex: Option<Sex>,
    /// 民族, e.g. 汉族 or 汉
    pub ethnicity: String,
    /// 出生日期
    #[serde(with = "super::date_serde")]
    #[schemars(schema_with = "super::date_serde::schema")]
    pub birth_date: Option<Date>,
    /// 年龄, when the birth date is unknown
    pub age: Option<u32>,
    /// 公民身份号码 (optional: the 2010 form has no ID line)
    pub id_number: String,
    /// 职业或职务
    pub occupation: String,
    /// 联系方式
    pub phone: String,
    /// 单位或住址
    pub address: String,
}

/// Whether an organisation is represented by its 法定代表人 or its 负责人.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RepresentativeKind {
    /// 法定代表人 (a legal person)
    #[default]
    LegalRepresentative,
    /// 负责人 (an unincorporated organisation, a branch)
    Principal,
}

impl RepresentativeKind {
    /// The title, the same word on every form (issue 21): 「法定代表人」, or for an
    /// organisation that is not a legal person 「主要负责人」 (民事诉讼法第五十一条; the
    /// 2016 SPC 样式's 「法定代表人、主要负责人」, domain spec §3.5).
    pub fn label(self) -> &'static str {
        match self {
            RepresentativeKind::LegalRepresentative => "法定代表人",
            RepresentativeKind::Principal => "主要负责人",
        }
    }
}

/// A legal person or other organisation (法人或其他组织).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    /// 名称
    pub name: String,
    /// 统一社会信用代码
    pub credit_code: String,
    /// 住所
    pub address: String,
    pub representative_kind: RepresentativeKind,
    /// 法定代表人或负责人姓名
    pub representative: String,
    /// 职务
    pub representative_title: String,
    /// 联系方式
    pub phone: String,
}

/// Who a party is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PartyKind {
    Person(Person),
    Organisation(Organisation),
}

impl Default for PartyKind {
    fn default() -> Self {
        PartyKind::Person(Person::default())
    }
}

/// The categories of agent allowed by 民事诉讼法 Art. 61 (民诉法解释 Art. 351).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentCategory {
    /// 律师
    #[default]
    Lawyer,
    /// 基层法律服务工作者
    LegalServiceWorker,
    /// 当事人的近亲属
    NearRelative,
    /// 当事人的工作人员
    Employee,
    /// 当事人所在社区、单位以及有关社会团体推荐的公民
    Recommended,
}

impl AgentCategory {
    /// Whether the agent acts by a practising licence (律师, 基层法律服务工作者): the
    /// court then wants the licence and the firm's letter, not an ID card.
    pub fn licensed(self) -> bool {
        matches!(
            self,
            AgentCategory::Lawyer | AgentCategory::LegalServiceWorker
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            AgentCategory::Lawyer => "律师",
            AgentCategory::LegalServiceWorker => "基层法律服务工作者",
            AgentCategory::NearRelative => "近亲属",
            AgentCategory::Employee => "工作人员",
            AgentCategory::Recommended => "社区、单位或有关社会团体推荐的公民",
        }
    }
}

/// The scope of an agent's authority (代理权限).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// 一般授权
    #[default]
    General,
    /// 特别授权, with what it covers (e.g. 代为承认、放弃、变更请求，代为签收法律文书)
    Special(String),
}

/// 委托代理人
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Agent {
    pub name: String,
    pub category: AgentCategory,
    /// 工作单位 (a lawyer's firm) or relationship to the party (a near relative)
    pub affiliation: String,
    pub id_number: String,
    pub phone: String,
    pub authority: Authority,
    /// 执业证号 of a lawyer (律师执业证) or a basic-level legal service worker (法律服务
    /// 工作者执业证): printed instead of the ID number on the 授权委托书, and its copy
    /// listed under the application's 附 (version 2).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub licence: String,
}

/// 当事人
///
/// In JSON the fields of the person or organisation sit beside `id`, `side`, … with a
/// `"type"` tag (`"person"` or `"organisation"`). Serialisation and the schema use
/// `#[serde(flatten)]`; deserialisation is written by hand (see `PartyRepr`) because
/// serde does not support `deny_unknown_fields` together with `flatten` (every field of
/// the flattened part was reported as unknown) and because a flattened part loses the
/// field path of its errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Party {
    /// A stable identifier inside the case (e.g. `"p1"`), used by clauses and signatures.
    pub id: String,
    pub side: Side,
    #[serde(flatten)]
    pub kind: PartyKind,
    pub agents: Vec<Agent>,
    /// A label shown after 当事人 in some local forms, e.g. 患方 / 医方.
    pub role_label: String,
}

impl Party {
    /// 姓名 or 名称.
    pub fn name(&self) -> &str {
        match &self.kind {
            PartyKind::Person(p) => &p.name,
            PartyKind::Organisation(o) => &o.name,
        }
    }

    pub fn is_organisation(&self) -> bool {
        matches!(self.kind, PartyKind::Organisation(_))
    }

    pub fn phone(&self) -> &str {
        match &self.kind {
            PartyKind::Person(p) => &p.phone,
            PartyKind::Organisation(o) => &o.phone,
        }
    }

    pub fn address(&self) -> &str {
        match &self.kind {
            PartyKind::Person(p) => &p.address,
            PartyKind::Organisation(o) => &o.address,
        }
    }

    /// A new natural-person party with just a name.
    pub fn person(id: &str, side: Side, name: &str) -> Party {
        Party {
            id: id.into(),
            side,
            kind: PartyKind::Person(Person {
                name: name.into(),
                ..Person::default()
            }),
            ..Party::default()
        }
    }
}

/// The flat JSON shape of a [`Party`]: every field either kind may have, so that serde
/// checks each one in place (errors name `parties[0].sex`, not just `parties[0]`) and
/// rejects unknown fields. Fields of the other kind are rejected by
/// [`Party::try_from`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyRepr {
    #[serde(default)]
    id: String,
    #[serde(default)]
    side: Side,
    #[serde(rename = "type")]
    kind: KindTag,
    #[serde(default)]
    agents: Vec<Agent>,
    #[serde(default)]
    role_label: String,
    // Both kinds.
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    address: String,
    // Person only.
    #[serde(default)]
    sex: Option<Sex>,
    ethnicity: Option<String>,
    #[serde(default, with = "super::date_serde")]
    birth_date: Option<Date>,
    #[serde(default)]
    age: Option<u32>,
    id_number: Option<String>,
    occupation: Option<String>,
    // Organisation only.
    credit_code: Option<String>,
    representative_kind: Option<RepresentativeKind>,
    representative: Option<String>,
    representative_title: Option<String>,
}

/// The `"type"` tag of a party.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum KindTag {
    Person,
    Organisation,
}

impl TryFrom<PartyRepr> for Party {
    type Error = String;

    fn try_from(r: PartyRepr) -> Result<Party, String> {
        let kind = match r.kind {
            KindTag::Person => {
                let foreign = [
                    ("credit_code", r.credit_code.is_some()),
                    ("representative_kind", r.representative_kind.is_some()),
                    ("representative", r.representative.is_some()),
                    ("representative_title", r.representative_title.is_some()),
                ];
                if let Some((field, _)) = foreign.iter().find(|(_, present)| *present) {
                    return Err(format!(
                        "字段「{field}」只适用于组织当事人（\"type\": \"organisation\"），不适用于自然人"
                    ));
                }
                PartyKind::Person(Person {
                    name: r.name,
                    sex: r.sex,
                    ethnicity: r.ethnicity.unwrap_or_default(),
                    birth_date: r.birth_date,
                    age: r.age,
                    id_number: r.id_number.unwrap_or_default(),
                    occupation: r.occupation.unwrap_or_default(),
                    phone: r.phone,
                    address: r.address,
                })
            }
            KindTag::Organisation => {
                let foreign = [
                    ("sex", r.sex.is_some()),
                    ("ethnicity", r.ethnicity.is_some()),
                    ("birth_date", r.birth_date.is_some()),
                    ("age", r.age.is_some()),
                    ("id_number", r.id_number.is_some()),
                    ("occupation", r.occupation.is_some()),
                ];
                if let Some((field, _)) = foreign.iter().find(|(_, present)| *present) {
                    return Err(format!(
                        "字段「{field}」只适用于自然人当事人（\"type\": \"person\"），不适用于组织"
                    ));
                }
                PartyKind::Organisation(Organisation {
                    name: r.name,
                    credit_code: r.credit_code.unwrap_or_default(),
                    address: r.address,
                    representative_kind: r.representative_kind.unwrap_or_default(),
                    representative: r.representative.unwrap_or_default(),
                    representative_title: r.representative_title.unwrap_or_default(),
                    phone: r.phone,
                })
            }
        };
        Ok(Party {
            id: r.id,
            side: r.side,
            kind,
            agents: r.agents,
            role_label: r.role_label,
        })
    }
}

impl<'de> Deserialize<'de> for Party {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Party, D::Error> {
        let repr = PartyRepr::deserialize(d)?;
        Party::try_from(repr).map_err(serde::de::Error::custom)
    }
}
