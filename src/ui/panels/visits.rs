//! 回访: who was visited, when, by whom, and whether the agreement was performed.

use super::options::{self, key};
use crate::model::Visit;
use crate::ui::components::fields::{Choice, DateField, PartyRefs, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::offers::{self, Offers};
use crate::ui::components::use_app;
use crate::ui::i18n::{fmt, t, use_lang};
use yew::prelude::*;

#[function_component]
pub fn VisitsPanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    let visits = app.case.visits.clone();
    let n = visits.len();
    html! {
        <>
            { for visits.iter().enumerate().map(|(i, v)| {
                let at = |f: &str| AttrValue::from(format!("visits[{i}].{f}"));
                html! {
                    <fieldset class="item" id={crate::ui::state::field_id(&format!("visits[{i}]"))} tabindex="-1">
                        <legend>{ fmt(lang, "回访 {n}", &[&(i + 1)]) }</legend>
                        <ItemTools list="visits" index={i} len={n} noun={fmt(lang, "回访{n}", &[&(i + 1)])} />
                        <DateField path={at("date")} label={t(lang, "回访日期")} value={v.date} />
                        <PartyRefs path={at("parties")} label={t(lang, "回访对象")} selected={v.parties.clone()} />
                        <Text path={at("visitor")} label={t(lang, "回访人")} value={v.visitor.clone()} />
                        <Offers path={at("visitor")} offers={offers::name(&v.visitor, offers::mediators(&app.case))} />
                        <Choice path={at("performance")} label={t(lang, "协议履行情况")} value={key(&v.performance)} options={options::PERFORMANCE} />
                        <Text path={at("content")} label={t(lang, "回访情况")} value={v.content.clone()} multiline=true />
                    </fieldset>
                }
            }) }
            <Add list="visits" index={n} value={crate::ui::state::edit::json(&Visit::default())} label={t(lang, "添加回访记录")} />
        </>
    }
}
