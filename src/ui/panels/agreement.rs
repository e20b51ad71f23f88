//! 协议: number, facts, responsibility, the clauses (free text beside typed payment
//! terms), performance, copies, signatures and dates. The 大写 of an amount and the
//! last day to apply for confirmation show as you type.

use super::dispute::capital;
use super::options::{self, key};
use crate::model::{Clause, Obligation};
use crate::ui::components::fields::{Choice, DateField, Parse, Parsed, PartyRefs, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::state::{Op, field_id};
use serde_json::json;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn date_text(d: crate::model::Date) -> String {
    format!("{}年{}月{}日", d.year(), d.month() as u8, d.day())
}

#[function_component]
pub fn AgreementPanel() -> Html {
    let app = use_app();
    let case = app.case.clone();
    let a = &case.agreement;
    let nc = a.clauses.len();
    let deadline = crate::validate::legal::confirmation_deadline(&case).map(|d| {
        let rolled = d
            .rolled_from
            .map(|r| format!("（{} 为休息日，顺延）", date_text(r)))
            .unwrap_or_default();
        html! { <p class="derived" id="confirmation-deadline">{ format!("协议自 {} 生效；申请司法确认的最后一日：{}{rolled}", crate::validate::legal::effective_date(&case).map(date_text).unwrap_or_default(), date_text(d.date)) }</p> }
    });
    let sig = |path: String, label: String, value: Option<crate::model::Date>| {
        html! { <DateField path={path} label={label} value={value} /> }
    };
    html! {
        <>
            <div class="row">
                <Choice path="agreement.form" label="协议形式" value={key(&a.form)} options={options::FORM} />
                <Parsed path="agreement.serial" label="序号（按编号格式生成编号）" value={a.serial.map(|s| s.to_string()).unwrap_or_default()} parse={Parse::Count} />
            </div>
            <Text path="agreement.number" label="编号（直接填写则以此为准）" value={a.number.clone()} placeholder="例如：（2026）城东调字第18号" />
            <Text path="agreement.facts" label="纠纷主要事实、争议事项" value={a.facts.clone()} multiline=true />
            <Text path="agreement.responsibility" label="各方责任" value={a.responsibility.clone()} multiline=true />
            <div class="sublist" id="clauses">
                <h3>{ "协议内容（逐条）" }</h3>
                { for a.clauses.iter().enumerate().map(|(i, c)| {
                    let printed = if c.text.trim().is_empty() && c.obligation.is_some() {
                        AttrValue::from(crate::document::common::clause_text(&case, c))
                    } else {
                        AttrValue::default()
                    };
                    html! { <ClauseCard index={i} clause={c.clone()} len={nc} {printed} /> }
                }) }
                <Add list="agreement.clauses" index={nc} value={crate::ui::state::edit::json(&Clause::default())} label="添加一条" id="add-clause" />
            </div>
            <Text path="agreement.performance" label="履行方式、时限" value={a.performance.clone()} multiline=true />
            <div class="row">
                <Parsed path="agreement.copies" label="协议份数（一式几份）" value={a.copies.map(|s| s.to_string()).unwrap_or_default()} parse={Parse::Count} placeholder={format!("默认 {} 份", case.parties.len() + 1)} />
                <DateField path="agreement.formed_on" label="协议成立日期" value={a.formed_on} />
            </div>
            <Parsed path="agreement.mediators" label="调解员（用「、」分隔）" value={AttrValue::from(a.mediators.join("、"))} parse={Parse::Names} />
            <Text path="agreement.recorder" label="记录人" value={a.recorder.clone()} />
            <div class="sublist">
                <h3>{ "签名、盖章日期（协议自最后一方签名、盖章之日起生效）" }</h3>
                { for case.parties.iter().enumerate().map(|(i, p)| {
                    let label = format!("{}签名（按指印）日期", if p.name().is_empty() { format!("当事人{}", i + 1) } else { p.name().to_string() });
                    sig(format!("agreement.signatures.parties.{}", p.id), label, a.signatures.parties.get(&p.id).copied())
                }) }
                { sig("agreement.signatures.mediator".into(), "调解员签名日期".into(), a.signatures.mediator) }
                { sig("agreement.signatures.seal".into(), "人民调解委员会盖章日期".into(), a.signatures.seal) }
                { for deadline }
            </div>
        </>
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
        html! { <label class="ref"><input type="checkbox" {checked} {onchange} />{ label }</label> }
    };
    html! {
        <fieldset class="item clause" id={field_id(&format!("agreement.clauses[{i}]"))} tabindex="-1">
            <legend>{ format!("第{}条", crate::document::wording::chinese_numeral((i + 1) as u32)) }</legend>
            <ItemTools list="agreement.clauses" index={i} len={props.len} noun={format!("第{}条", i + 1)} />
            <Text path={at("text")} label="条款文字" value={c.text.clone()} multiline=true placeholder="例如：李四于2026年12月31日前向张三支付赔偿款人民币伍仟元整（¥5,000.00）。留空则按下面的付款要素生成。" />
            <label class="check">
                <input type="checkbox" id={field_id(&format!("agreement.clauses[{i}].obligation"))} checked={typed} onchange={toggle_typed} />
                { "付款义务（付款人、收款人、金额、期限、方式）" }
            </label>
            if c.text.trim().is_empty() && c.obligation.is_some() {
                <p class="derived">{ format!("将印为：{}", props.printed) }</p>
            }
            if let Some(o) = &c.obligation {
                <div class="subitem obligation">
                    <PartyRefs path={at("obligation.payers")} label="付款人" selected={o.payers.clone()} />
                    <PartyRefs path={at("obligation.payees")} label="收款人" selected={o.payees.clone()} />
                    <Parsed path={at("obligation.amount")} label="金额（元）" value={o.amount.map(|m| m.0.to_string()).unwrap_or_default()} parse={Parse::Amount} placeholder="例如：12000 或 12,000.00">
                        { capital(o.amount) }
                    </Parsed>
                    <DateField path={at("obligation.due")} label="履行期限（某日前）" value={o.due} />
                    <Text path={at("obligation.method")} label="支付方式" value={o.method.clone()} placeholder="例如：银行转账" />
                    <Text path={at("obligation.purpose")} label="款项性质" value={o.purpose.clone()} placeholder="例如：赔偿款" />
                </div>
            }
            <details class="flags">
                <summary>{ "标记（用于司法确认的审查，民诉法解释第三百五十五条）" }</summary>
                <div class="refs" role="group" id={field_id(&format!("agreement.clauses[{i}].flags"))} tabindex="-1">{ for options::FLAGS.iter().map(|(k, l)| flag(k, l)) }</div>
            </details>
        </fieldset>
    }
}
