//! 纠纷 and 受理: what the dispute is, where it came from, the parties' claims; when it
//! was applied for, accepted and the rights notified.

use super::options::{self, key};
use crate::model::{CaseSource, EXTENSION_CATEGORIES, OFFICIAL_CATEGORIES, SUB_CATEGORIES};
use crate::ui::components::fields::{Choice, DateField, Parse, Parsed, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{Lang, fmt, t, use_lang};
use yew::prelude::*;

/// The 大写 of an amount as you type, or nothing.
pub fn capital(lang: Lang, amount: Option<crate::model::Money>) -> Html {
    let Some(m) = amount else { return html! {} };
    match crate::values::amount::to_capital(m.0) {
        Ok(c) => {
            html! { <p class="derived" aria-live="polite">{ fmt(lang, "大写：人民币{capital}（¥{amount}）", &[&c, &crate::values::amount::format_arabic(m.0)]) }</p> }
        }
        Err(_) => html! {},
    }
}

#[function_component]
pub fn DisputePanel() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let app = use_app();
    let d = app.case.dispute.clone();
    let risk: Vec<String> = app.case.settings.risk_levels.clone();
    let nc = d.claims.len();
    html! {
        <>
            <Text path="dispute.kind" label={t(lang, "纠纷类型")} value={d.kind.clone()} list="dispute-kinds" placeholder={t(lang, "例如：邻里纠纷")} />
            <datalist id="dispute-kinds">
                { for OFFICIAL_CATEGORIES.iter().chain(SUB_CATEGORIES.iter().map(|(s, _)| s)).chain(EXTENSION_CATEGORIES.iter()).map(|k| html! { <option value={*k} /> }) }
            </datalist>
            <Text path="dispute.title" label={t(lang, "案由或简称（可选）")} value={d.title.clone()} />
            <Text path="dispute.local_code" label={t(lang, "本地分类代码（可选）")} value={d.local_code.clone()} />
            <Choice path="dispute.source" label={t(lang, "案件来源")} value={key(&d.source)} options={options::SOURCE} with_text={options::WITH_TEXT} />
            if let CaseSource::OtherReferral(who) = &d.source {
                <Text path="dispute.source.other_referral" label={t(lang, "移送单位")} value={who.clone()} />
            }
            <Text path="dispute.facts" label={t(lang, "纠纷简要情况")} value={d.facts.clone()} multiline=true />
            <Parsed path="dispute.amount_involved" label={t(lang, "涉及金额（元，可选）")} value={d.amount_involved.map(|m| m.0.to_string()).unwrap_or_default()} parse={Parse::Amount}>
                { capital(lang, d.amount_involved) }
            </Parsed>
            <Text path="dispute.risk_level" label={t(lang, "风险等级（四色预警，可选）")} value={d.risk_level.clone()} list="risk-levels" />
            <datalist id="risk-levels">{ for risk.iter().map(|r| html! { <option value={r.clone()} /> }) }</datalist>
            <div class="sublist">
                <h3>{ t(lang, "当事人的申请事项（请求）") }</h3>
                { for d.claims.iter().enumerate().map(|(i, c)| {
                    let parties = app.case.parties.clone();
                    let opts: Vec<Html> = parties.iter().map(|p| html! { <option value={p.id.clone()} selected={p.id == c.party}>{ if p.name().is_empty() { p.id.clone() } else { p.name().to_string() } }</option> }).collect();
                    let path = format!("dispute.claims[{i}].party");
                    let id = crate::ui::state::field_id(&path);
                    let ctx2 = ctx.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        ctx2.edit(path.clone(), crate::ui::state::Op::Set(serde_json::json!(v)))
                    });
                    html! {
                        <div class="subitem">
                            <ItemTools list="dispute.claims" index={i} len={nc} noun={fmt(lang, "请求{n}", &[&(i + 1)])} />
                            <div class="field">
                                <label for={id.clone()}>{ t(lang, "提出请求的当事人") }</label>
                                <select id={id} {onchange}>
                                    <option value="" selected={c.party.is_empty()}>{ t(lang, "（未选）") }</option>
                                    { for opts }
                                </select>
                            </div>
                            <Text path={format!("dispute.claims[{i}].text")} label={t(lang, "请求事项")} value={c.text.clone()} multiline=true />
                        </div>
                    }
                }) }
                <Add list="dispute.claims" index={nc} value={serde_json::json!({"party": "", "text": ""})} label={t(lang, "添加请求")} />
            </div>
        </>
    }
}

#[function_component]
pub fn IntakePanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    let i = app.case.intake.clone();
    html! {
        <>
            <DateField path="intake.applied_on" label={t(lang, "申请日期")} value={i.applied_on} />
            <DateField path="intake.accepted_on" label={t(lang, "受理日期")} value={i.accepted_on} />
            <Text path="intake.registered_by" label={t(lang, "登记人")} value={i.registered_by.clone()} />
            <DateField path="intake.rights_notified_on" label={t(lang, "告知权利义务日期")} value={i.rights_notified_on} />
        </>
    }
}
