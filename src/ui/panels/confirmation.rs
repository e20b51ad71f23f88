//! 司法确认: the court, why it has jurisdiction, the application date, attachments. The
//! courts of the committee profile are offered.

use crate::model::{Attachment, JudicialConfirmation};
use crate::ui::components::fields::{Check, DateField, Parse, Parsed, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{fmt, t, use_lang};
use crate::ui::state::Op;
use yew::prelude::*;

#[function_component]
pub fn ConfirmationPanel() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let app = use_app();
    let Some(c) = app.case.confirmation.clone() else {
        let start = {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| {
                let mut c = JudicialConfirmation::default();
                if let Some(court) = app.profile.courts.first() {
                    c.court = court.clone();
                }
                ctx.edit("confirmation", Op::Set(crate::ui::state::edit::json(&c)))
            })
        };
        return html! {
            <div>
                <p class="hint">{ t(lang, "当事人准备共同向人民法院申请确认调解协议效力时填写（民事诉讼法第二百零五条：自协议生效之日起三十日内）。") }</p>
                <button type="button" class="secondary" id="start-confirmation" onclick={start}>{ t(lang, "填写司法确认申请") }</button>
            </div>
        };
    };
    let courts = app.profile.courts.clone();
    let na = c.attachments.len();
    html! {
        <>
            <Text path="confirmation.court" label={t(lang, "受理法院")} value={c.court.clone()} list="usual-courts" placeholder={t(lang, "例如：某某市某某区人民法院")} />
            <datalist id="usual-courts">{ for courts.iter().map(|r| html! { <option value={r.clone()} /> }) }</datalist>
            <Text path="confirmation.court_basis" label={t(lang, "管辖依据")} value={c.court_basis.clone()} multiline=true placeholder={t(lang, "例如：调解组织所在地基层人民法院（民事诉讼法第二百零五条）")} />
            <DateField path="confirmation.applied_on" label={t(lang, "申请日期")} value={c.applied_on} />
            <div class="sublist">
                <h3>{ t(lang, "附件") }</h3>
                { for c.attachments.iter().enumerate().map(|(i, a)| {
                    let at = |f: &str| AttrValue::from(format!("confirmation.attachments[{i}].{f}"));
                    html! {
                        <div class="subitem row">
                            <Text path={at("name")} label={fmt(lang, "附件{n}", &[&(i + 1)])} value={a.name.clone()} />
                            <Parsed path={at("copies")} label={t(lang, "份数")} value={a.copies.map(|n| n.to_string()).unwrap_or_default()} parse={Parse::Count} />
                            <Check path={at("present")} label={t(lang, "已备齐")} checked={a.present} />
                            <ItemTools list="confirmation.attachments" index={i} len={na} noun={fmt(lang, "附件{n}", &[&(i + 1)])} />
                        </div>
                    }
                }) }
                <Add list="confirmation.attachments" index={na} value={crate::ui::state::edit::json(&Attachment::default())} label={t(lang, "添加附件")} />
            </div>
        </>
    }
}
