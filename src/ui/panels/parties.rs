//! 当事人: persons and organisations, their agents; add, remove, reorder. Derived values
//! (性别、出生日期、年龄 from the ID number) show as you type.

use super::options::{self, key};
use crate::model::{Agent, Authority, Date, Party, PartyKind, Side};
use crate::ui::components::fields::{Choice, DateField, Parse, Parsed, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{Lang, fmt, t, use_lang};
use crate::ui::state::Action;
use yew::prelude::*;

/// 性别、出生日期、年龄 as the documents will print them when the ID number supplies any
/// of them (`values::id_card::particulars`, the rule the builders use, ages counted to
/// the agreement's date), or nothing.
fn derived(lang: Lang, x: &crate::model::Person, on: Date, today: Date) -> Html {
    let p =
        crate::values::id_card::particulars(&x.id_number, x.sex, x.birth_date, x.age, on, today);
    let from = p.from_id;
    if !(from.sex || from.birth || from.age) {
        return html! {};
    }
    let mut parts = Vec::new();
    if let (true, Some(s)) = (from.sex, p.sex) {
        parts.push(fmt(lang, "性别{sex}", &[&t(lang, s.chinese())]));
    }
    if let (true, Some(b)) = (from.birth, p.birth) {
        parts.push(fmt(
            lang,
            "{y}年{m}月{d}日出生",
            &[&b.year(), &(b.month() as u8), &b.day()],
        ));
    }
    if let (true, Some(a)) = (from.age, p.age) {
        parts.push(fmt(lang, "年龄{age}岁", &[&a]));
    }
    html! {
        <p class="derived" aria-live="polite">
            { fmt(lang, "据身份证号，文书中将印：{what}", &[&parts.join(t(lang, "，"))]) }
        </p>
    }
}

#[function_component]
pub fn PartiesPanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    // Built again only when the parties change.
    let parts = super::CaseParts {
        case: app.case.clone(),
        same: |a, b| a.parties == b.parties && a.agreement.formed_on == b.agreement.formed_on,
    };
    let today = use_ctx().today;
    (*use_memo((parts, lang, today), |(parts, lang, today)| {
        parties(*lang, &parts.case, *today)
    }))
    .clone()
}

fn parties(lang: Lang, case: &crate::model::Case, today: Date) -> Html {
    let age_date = case.age_date(today);
    let n = case.parties.len();
    let new_party = |organisation: bool| {
        let mut p = Party::person(&case.fresh_party_id(), Side::Respondent, "");
        if organisation {
            p.kind = PartyKind::Organisation(Default::default());
        }
        crate::ui::state::edit::json(&p)
    };
    html! {
        <>
            { for case.parties.iter().enumerate().map(|(i, p)| html! { <PartyCard index={i} party={p.clone()} len={n} {age_date} /> }) }
            <div class="actions">
                <Add list="parties" index={n} value={new_party(false)} label={t(lang, "添加自然人当事人")} id="add-person" />
                <Add list="parties" index={n} value={new_party(true)} label={t(lang, "添加单位当事人")} id="add-organisation" />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PartyCardProps {
    index: usize,
    party: Party,
    len: usize,
    /// The date ages are counted to (`Case::age_date`).
    age_date: Date,
}

#[function_component]
fn PartyCard(props: &PartyCardProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let (i, p) = (props.index, &props.party);
    let at = |f: &str| AttrValue::from(format!("parties[{i}].{f}"));
    let kind_change = |organisation: bool| {
        let ctx = ctx.clone();
        Callback::from(move |_: Event| {
            ctx.send(Action::SetPartyKind {
                index: i,
                organisation,
            })
        })
    };
    let heading = if p.name().is_empty() {
        fmt(lang, "当事人{n}", &[&(i + 1)])
    } else {
        fmt(lang, "当事人{n}：{name}", &[&(i + 1), &p.name()])
    };
    let body = match &p.kind {
        PartyKind::Person(x) => html! {
            <>
                <Text path={at("name")} label={t(lang, "姓名")} value={x.name.clone()} />
                <Text path={at("id_number")} label={t(lang, "公民身份号码")} value={x.id_number.clone()} placeholder={t(lang, "18 位")}>
                    { derived(lang, x, props.age_date, ctx.today) }
                </Text>
                <Choice path={at("sex")} label={t(lang, "性别")} value={x.sex.map(|s| key(&s)).unwrap_or_default()} options={options::SEX} optional=true />
                <Text path={at("ethnicity")} label={t(lang, "民族")} value={x.ethnicity.clone()} placeholder={t(lang, "例如：汉族")} />
                <DateField path={at("birth_date")} label={t(lang, "出生日期")} value={x.birth_date} />
                <Parsed path={at("age")} label={t(lang, "年龄")} value={x.age.map(|a| a.to_string()).unwrap_or_default()} parse={Parse::Count} />
                <Text path={at("occupation")} label={t(lang, "职业")} value={x.occupation.clone()} />
                <Text path={at("phone")} label={t(lang, "联系电话")} kind="tel" value={x.phone.clone()} />
                <Text path={at("address")} label={t(lang, "住所")} value={x.address.clone()} />
            </>
        },
        PartyKind::Organisation(o) => html! {
            <>
                <Text path={at("name")} label={t(lang, "单位名称")} value={o.name.clone()} />
                <Text path={at("credit_code")} label={t(lang, "统一社会信用代码")} value={o.credit_code.clone()} placeholder={t(lang, "18 位")} />
                <Choice path={at("representative_kind")} label={t(lang, "代表人")} value={key(&o.representative_kind)} options={options::REPRESENTATIVE} />
                <Text path={at("representative")} label={t(lang, "代表人姓名")} value={o.representative.clone()} />
                <Text path={at("representative_title")} label={t(lang, "职务")} value={o.representative_title.clone()} />
                <Text path={at("address")} label={t(lang, "住所地")} value={o.address.clone()} />
                <Text path={at("phone")} label={t(lang, "联系电话")} kind="tel" value={o.phone.clone()} />
            </>
        },
    };
    let agents = at("agents");
    let na = p.agents.len();
    html! {
        <fieldset class="item" id={crate::ui::state::field_id(&format!("parties[{i}]"))} tabindex="-1">
            <legend>{ heading }</legend>
            <ItemTools list="parties" index={i} len={props.len} noun={fmt(lang, "当事人{n}", &[&(i + 1)])} />
            <div class="row">
                <Choice path={at("side")} label={t(lang, "一方")} value={key(&p.side)} options={options::SIDE} />
                <div class="field" role="radiogroup" aria-label={t(lang, "当事人类型")}>
                    <span class="label">{ t(lang, "类型") }</span>
                    <div class="refs">
                        <label class="ref"><input type="radio" name={format!("kind-{i}")} checked={!p.is_organisation()} onchange={kind_change(false)} />{ t(lang, "自然人") }</label>
                        <label class="ref"><input type="radio" name={format!("kind-{i}")} checked={p.is_organisation()} onchange={kind_change(true)} />{ t(lang, "法人或其他组织") }</label>
                    </div>
                </div>
            </div>
            { body }
            <Text path={at("role_label")} label={t(lang, "身份说明（可选，如「患方」「医方」）")} value={p.role_label.clone()} />
            <div class="sublist">
                <h3>{ t(lang, "委托代理人") }</h3>
                { for p.agents.iter().enumerate().map(|(j, a)| agent(lang, i, j, a, na)) }
                <Add list={agents.clone()} index={na} value={crate::ui::state::edit::json(&Agent::default())} label={t(lang, "添加委托代理人")} />
            </div>
        </fieldset>
    }
}

fn agent(lang: Lang, i: usize, j: usize, a: &Agent, len: usize) -> Html {
    let at = |f: &str| AttrValue::from(format!("parties[{i}].agents[{j}].{f}"));
    html! {
        <div class="subitem">
            <ItemTools list={format!("parties[{i}].agents")} index={j} len={len} noun={fmt(lang, "代理人{n}", &[&(j + 1)])} />
            <Text path={at("name")} label={t(lang, "代理人姓名")} value={a.name.clone()} />
            <Choice path={at("category")} label={t(lang, "代理人身份")} value={key(&a.category)} options={options::AGENT_CATEGORY} />
            if a.category.licensed() {
                <Text path={at("affiliation")} label={t(lang, "律师事务所（法律服务所）")} value={a.affiliation.clone()} />
                <Text path={at("licence")} label={t(lang, "执业证号")} value={a.licence.clone()} />
            } else {
                <Text path={at("affiliation")} label={t(lang, "工作单位或与当事人关系")} value={a.affiliation.clone()} />
                <Text path={at("id_number")} label={t(lang, "公民身份号码")} value={a.id_number.clone()} />
            }
            <Text path={at("phone")} label={t(lang, "联系电话")} kind="tel" value={a.phone.clone()} />
            <Choice path={at("authority")} label={t(lang, "代理权限")} value={key(&a.authority)} options={options::AUTHORITY} with_text={options::WITH_TEXT} />
            if let Authority::Special(what) = &a.authority {
                <Text path={at("authority.special")} label={t(lang, "特别授权事项")} value={what.clone()} placeholder={t(lang, "代为承认、放弃、变更请求，代为签收法律文书")} />
            }
        </div>
    }
}
