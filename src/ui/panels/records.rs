//! 调查记录 and 调解记录: one entry per investigation and per session; add, remove,
//! reorder.

use crate::model::{Investigation, MediationSession};
use crate::ui::components::fields::{DateField, Parse, Parsed, PartyRefs, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::offers::{self, Offers};
use crate::ui::components::use_app;
use crate::ui::i18n::{fmt, n_, t, use_lang};
use yew::prelude::*;

fn names(v: &[String]) -> AttrValue {
    v.join("、").into()
}

#[function_component]
pub fn RecordsPanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    let case = app.case.clone();
    let (ni, ns) = (case.investigations.len(), case.sessions.len());
    html! {
        <>
            <div class="sublist">
                <h3>{ t(lang, "调查记录") }</h3>
                { for case.investigations.iter().enumerate().map(|(i, r)| {
                    let at = |f: &str| AttrValue::from(format!("investigations[{i}].{f}"));
                    html! {
                        <fieldset class="item" id={crate::ui::state::field_id(&format!("investigations[{i}]"))} tabindex="-1">
                            <legend>{ fmt(lang, "调查 {n}", &[&(i + 1)]) }</legend>
                            <ItemTools list="investigations" index={i} len={ni} noun={fmt(lang, "调查记录{n}", &[&(i + 1)])} />
                            <div class="row">
                                <DateField path={at("date")} label={t(lang, "日期")} value={r.date} />
                                <Text path={at("time")} label={t(lang, "时间")} value={r.time.clone()} placeholder={t(lang, "例如：上午9时")} />
                            </div>
                            <Text path={at("place")} label={t(lang, "地点")} value={r.place.clone()} />
                            <Parsed path={at("investigators")} label={t(lang, "调查人（用「、」分隔）")} value={names(&r.investigators)} parse={Parse::Names} />
                            <Offers path={at("investigators")} offers={offers::names(lang, &r.investigators, offers::mediators(&case))} />
                            <Text path={at("interviewee")} label={t(lang, "被调查人")} value={r.interviewee.clone()} />
                            <Text path={at("recorder")} label={t(lang, "记录人")} value={r.recorder.clone()} />
                            <Offers path={at("recorder")} offers={offers::name(&r.recorder, offers::recorders(&case))} />
                            <Text path={at("content")} label={t(lang, "调查内容")} value={r.content.clone()} multiline=true />
                        </fieldset>
                    }
                }) }
                <Add list="investigations" index={ni} value={crate::ui::state::edit::json(&Investigation::default())} label={t(lang, "添加调查记录")} />
            </div>
            <div class="sublist">
                <h3>{ t(lang, "调解记录") }</h3>
                { for case.sessions.iter().enumerate().map(|(i, r)| {
                    let at = |f: &str| AttrValue::from(format!("sessions[{i}].{f}"));
                    html! {
                        <fieldset class="item" id={crate::ui::state::field_id(&format!("sessions[{i}]"))} tabindex="-1">
                            <legend>{ fmt(lang, "调解 {n}", &[&(i + 1)]) }</legend>
                            <ItemTools list="sessions" index={i} len={ns} noun={fmt(lang, "调解记录{n}", &[&(i + 1)])} />
                            <div class="row">
                                <DateField path={at("date")} label={t(lang, "日期")} value={r.date} />
                                <Text path={at("time")} label={t(lang, "时间")} value={r.time.clone()} />
                            </div>
                            <Offers path={at("date")} offers={offers::dates(lang, r.date, &[(n_("受理日期"), case.intake.accepted_on)])} />
                            <Text path={at("place")} label={t(lang, "地点")} value={r.place.clone()} />
                            <Text path={at("subject")} label={t(lang, "调解事项")} value={r.subject.clone()} />
                            <PartyRefs path={at("parties_present")} label={t(lang, "到场当事人")} selected={r.parties_present.clone()} />
                            <Parsed path={at("participants")} label={t(lang, "其他参加人（用「、」分隔）")} value={names(&r.participants)} parse={Parse::Names} />
                            <Parsed path={at("mediators")} label={t(lang, "调解员（用「、」分隔）")} value={names(&r.mediators)} parse={Parse::Names} />
                            <Offers path={at("mediators")} offers={offers::names(lang, &r.mediators, offers::mediators(&case))} />
                            <Text path={at("recorder")} label={t(lang, "记录人")} value={r.recorder.clone()} />
                            <Offers path={at("recorder")} offers={offers::name(&r.recorder, offers::recorders(&case))} />
                            <Text path={at("content")} label={t(lang, "调解情况")} value={r.content.clone()} multiline=true />
                            <Text path={at("result")} label={t(lang, "调解结果")} value={r.result.clone()} multiline=true />
                        </fieldset>
                    }
                }) }
                <Add list="sessions" index={ns} value={crate::ui::state::edit::json(&MediationSession::default())} label={t(lang, "添加调解记录")} />
            </div>
        </>
    }
}
