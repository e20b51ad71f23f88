//! 协议: number, facts, responsibility, the clauses (free text beside typed payment
//! terms), performance, copies, signatures and dates. The 大写 of an amount and the
//! last day to apply for confirmation show as you type.

use super::dispute::capital;
use super::options::{self, key};
use crate::model::{Clause, Obligation};
use crate::ui::components::fields::{Choice, DateField, Parse, Parsed, PartyRefs, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::offers::{self, Offers};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{Lang, fmt, n_, t, use_lang};
use crate::ui::state::{Op, field_id};
use serde_json::json;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn date_text(lang: Lang, d: crate::model::Date) -> String {
    fmt(
        lang,
        "{y}年{m}月{d}日",
        &[&d.year(), &(d.month() as u8), &d.day()],
    )
}

#[function_component]
pub fn AgreementPanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    let ctx = use_ctx();
    let case = app.case.clone();
    let a = &case.agreement;
    // The two long lists of a group case are built again only when what they show
    // changes: the clauses (122 cards, the printed text of each typed one) with the
    // clauses or the parties' names, the signature dates (one per party) with the
    // signatures, the form and date, or the parties — not when the facts are typed.
    let clauses = use_memo(
        (
            super::CaseParts {
                case: case.clone(),
                same: |a, b| a.agreement.clauses == b.agreement.clauses && a.parties == b.parties,
            },
            lang,
        ),
        |(parts, lang)| clauses(*lang, &parts.case),
    );
    let signatures = use_memo(
        (
            super::CaseParts {
                case: case.clone(),
                same: |a, b| {
                    let (x, y) = (&a.agreement, &b.agreement);
                    x.signatures == y.signatures
                        && x.form == y.form
                        && x.formed_on == y.formed_on
                        && a.parties == b.parties
                },
            },
            lang,
            ctx.calendar.clone(),
        ),
        |(parts, lang, calendar)| signatures(*lang, &parts.case, calendar),
    );
    let last_session = crate::document::forms::proof::session_dates(&case)
        .last()
        .copied();
    html! {
        <>
            <div class="row">
                <Choice path="agreement.form" label={t(lang, "协议形式")} value={key(&a.form)} options={options::FORM} />
                <Parsed path="agreement.serial" label={t(lang, "序号（按编号格式生成编号）")} value={a.serial.map(|s| s.to_string()).unwrap_or_default()} parse={Parse::Count} />
            </div>
            <Text path="agreement.number" label={t(lang, "编号（直接填写则以此为准）")} value={a.number.clone()} placeholder={t(lang, "例如：（2026）城东调字第18号")} />
            <Text path="agreement.facts" label={t(lang, "纠纷主要事实、争议事项")} value={a.facts.clone()} multiline=true />
            <Offers path="agreement.facts" offers={offers::text(&a.facts, &case.dispute.facts, t(lang, "「纠纷」一栏的纠纷简要情况").to_string())} />
            <Text path="agreement.responsibility" label={t(lang, "各方责任")} value={a.responsibility.clone()} multiline=true />
            { (*clauses).clone() }
            <Text path="agreement.performance" label={t(lang, "履行方式、时限")} value={a.performance.clone()} multiline=true />
            <div class="row">
                <Parsed path="agreement.copies" label={t(lang, "协议份数（一式几份）")} value={a.copies.map(|s| s.to_string()).unwrap_or_default()} parse={Parse::Count} placeholder={fmt(lang, "默认 {n} 份", &[&(case.parties.len() + 1)])} />
                <DateField path="agreement.formed_on" label={t(lang, "协议成立日期")} value={a.formed_on} />
            </div>
            <Offers path="agreement.formed_on" offers={offers::dates(lang, a.formed_on, &[(n_("最后一次调解"), last_session)])} />
            <Parsed path="agreement.mediators" label={t(lang, "调解员（用「、」分隔）")} value={AttrValue::from(a.mediators.join("、"))} parse={Parse::Names} />
            <Offers path="agreement.mediators" offers={offers::names(lang, &a.mediators, offers::mediators(&case))} />
            <Text path="agreement.recorder" label={t(lang, "记录人")} value={a.recorder.clone()} />
            <Offers path="agreement.recorder" offers={offers::name(&a.recorder, offers::recorders(&case))} />
            { (*signatures).clone() }
        </>
    }
}

/// The clauses, each a card, and the button that adds one.
fn clauses(lang: Lang, case: &crate::model::Case) -> Html {
    let a = &case.agreement;
    let nc = a.clauses.len();
    html! {
        <div class="sublist" id="clauses">
            <h3>{ t(lang, "协议内容（逐条）") }</h3>
            { for a.clauses.iter().enumerate().map(|(i, c)| {
                let printed = if c.text.trim().is_empty() && c.obligation.is_some() {
                    AttrValue::from(crate::document::common::clause_text(case, c))
                } else {
                    AttrValue::default()
                };
                html! { <ClauseCard index={i} clause={c.clone()} len={nc} {printed} /> }
            }) }
            <Add list="agreement.clauses" index={nc} value={crate::ui::state::edit::json(&Clause::default())} label={t(lang, "添加一条")} id="add-clause" />
        </div>
    }
}

/// The signature and seal dates, and the day the agreement takes effect and the last
/// day to apply for confirmation.
fn signatures(
    lang: Lang,
    case: &crate::model::Case,
    calendar: &crate::values::calendar::Calendar,
) -> Html {
    let a = &case.agreement;
    let deadline = crate::validate::legal::confirmation_deadline(case, calendar).map(|d| {
        let rolled = d
            .rolled_from
            .map(|r| fmt(lang, "（{date} 为休息日，顺延）", &[&date_text(lang, r)]))
            .unwrap_or_default();
        // Where the holidays come from: built in, the committee's entry, or weekends
        // only (issue 27).
        let source = d.source_words();
        html! {
            <p class="derived" id="confirmation-deadline">
                { fmt(lang, "协议自 {from} 生效；申请司法确认的最后一日：{last}{rolled}", &[&crate::validate::legal::effective_date(case).map(|e| date_text(lang, e)).unwrap_or_default(), &date_text(lang, d.date), &rolled]) }
                <span class={classes!("deadline-source", (!d.schedule_known).then_some("warn"))}>{ "（" }{ source }{ "）" }</span>
            </p>
        }
    });
    let sig = |path: String, label: String, value: Option<crate::model::Date>| {
        html! { <DateField path={path} label={label} value={value} /> }
    };
    html! {
        <div class="sublist">
            <h3>{ t(lang, "签名、盖章日期（协议自最后一方签名、盖章之日起生效）") }</h3>
            <Offers path="agreement.signatures" offers={offers::signatures(lang, case)} />
            { for case.parties.iter().enumerate().map(|(i, p)| {
                let who = if p.name().is_empty() { fmt(lang, "当事人{n}", &[&(i + 1)]) } else { p.name().to_string() };
                let label = fmt(lang, "{name}签名（按指印）日期", &[&who]);
                sig(format!("agreement.signatures.parties.{}", p.id), label, a.signatures.parties.get(&p.id).copied())
            }) }
            { sig("agreement.signatures.mediator".into(), t(lang, "调解员签名日期").into(), a.signatures.mediator) }
            { sig("agreement.signatures.seal".into(), t(lang, "人民调解委员会盖章日期").into(), a.signatures.seal) }
            { for deadline }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ClauseProps {
    index: usize,
    clause: Clause,
    len: usize,
    /// What a clause with typed terms and no words prints.
    printed: AttrValue,
}

#[function_component]
fn ClauseCard(props: &ClauseProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let (i, c) = (props.index, &props.clause);
    let at = |f: &str| AttrValue::from(format!("agreement.clauses[{i}].{f}"));
    let typed = c.obligation.is_some();
    let toggle_typed = {
        let (ctx, path) = (ctx.clone(), format!("agreement.clauses[{i}].obligation"));
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let op = if on {
                Op::Set(crate::ui::state::edit::json(&Obligation::default()))
            } else {
                Op::Unset
            };
            ctx.edit(path.clone(), op)
        })
    };
    let flag = |k: &'static str, label: &'static str| {
        let checked = c.flags.iter().any(|f| options::key(f) == k);
        let (ctx, path, flags) = (
            ctx.clone(),
            format!("agreement.clauses[{i}].flags"),
            c.flags.clone(),
        );
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut keys: Vec<String> = flags
                .iter()
                .map(|f| options::key(f).to_string())
                .filter(|x| x != k)
                .collect();
            if on {
                keys.push(k.to_string());
            }
            ctx.edit(path.clone(), Op::Set(json!(keys)))
        });
        html! { <label class="ref"><input type="checkbox" {checked} {onchange} />{ t(lang, label) }</label> }
    };
    html! {
        <fieldset class="item clause" id={field_id(&format!("agreement.clauses[{i}]"))} tabindex="-1">
            <legend>{ match lang {
                Lang::Zh => fmt(lang, "第{n}条", &[&crate::document::wording::chinese_numeral((i + 1) as u32)]),
                Lang::En => fmt(lang, "第{n}条", &[&(i + 1)]),
            } }</legend>
            <ItemTools list="agreement.clauses" index={i} len={props.len} noun={fmt(lang, "第{n}条", &[&(i + 1)])} />
            <Text path={at("text")} label={t(lang, "条款文字")} value={c.text.clone()} multiline=true placeholder={t(lang, "例如：李四于2026年12月31日前向张三支付赔偿款人民币伍仟元整（¥5,000.00）。留空则按下面的付款要素生成。")} />
            <label class="check">
                <input type="checkbox" id={field_id(&format!("agreement.clauses[{i}].obligation"))} checked={typed} onchange={toggle_typed} />
                { t(lang, "付款义务（付款人、收款人、金额、期限、方式）") }
            </label>
            if c.text.trim().is_empty() && c.obligation.is_some() {
                <p class="derived">{ fmt(lang, "将印为：{text}", &[&props.printed]) }</p>
            }
            if let Some(o) = &c.obligation {
                <div class="subitem obligation">
                    <PartyRefs path={at("obligation.payers")} label={t(lang, "付款人")} selected={o.payers.clone()} />
                    <PartyRefs path={at("obligation.payees")} label={t(lang, "收款人")} selected={o.payees.clone()} />
                    <Parsed path={at("obligation.amount")} label={t(lang, "金额（元）")} value={o.amount.map(|m| m.0.to_string()).unwrap_or_default()} parse={Parse::Amount} placeholder={t(lang, "例如：12000 或 12,000.00")}>
                        { capital(lang, o.amount) }
                    </Parsed>
                    <DateField path={at("obligation.due")} label={t(lang, "履行期限（某日前）")} value={o.due} />
                    <Text path={at("obligation.method")} label={t(lang, "支付方式")} value={o.method.clone()} placeholder={t(lang, "例如：银行转账")} />
                    <Text path={at("obligation.purpose")} label={t(lang, "款项性质")} value={o.purpose.clone()} placeholder={t(lang, "例如：赔偿款")} />
                </div>
            }
            <details class="flags">
                <summary>{ t(lang, "标记（用于司法确认的审查，民诉法解释第三百五十五条）") }</summary>
                <div class="refs" role="group" id={field_id(&format!("agreement.clauses[{i}].flags"))} tabindex="-1">{ for options::FLAGS.iter().map(|(k, l)| flag(k, l)) }</div>
            </details>
        </fieldset>
    }
}
