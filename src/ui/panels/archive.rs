//! 归档: the 卷宗's number, who filed and checked it, retention, outcome and dates.

use super::options::{self, key};
use crate::ui::components::fields::{Choice, DateField, Parse, Parsed, Text};
use crate::ui::components::offers::{self, Offers};
use crate::ui::components::use_app;
use crate::ui::i18n::{n_, t, use_lang};
use yew::prelude::*;

#[function_component]
pub fn ArchivePanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    let a = app.case.archive.clone();
    let scheme = app.case.settings.retention_scheme.clone();
    let case = &app.case;
    let sessions = crate::document::forms::proof::session_dates(case);
    let last_visit = case.visits.iter().filter_map(|v| v.date).max();
    html! {
        <>
            <div class="row">
                <Parsed path="archive.serial" label={t(lang, "卷宗序号")} value={a.serial.map(|s| s.to_string()).unwrap_or_default()} parse={Parse::Count} />
                <Text path="archive.number" label={t(lang, "卷宗编号（直接填写则以此为准）")} value={a.number.clone()} />
            </div>
            <Choice path="archive.outcome" label={t(lang, "调解结果")} value={key(&a.outcome)} options={options::OUTCOME} />
            <div class="row">
                <DateField path="archive.mediation_from" label={t(lang, "调解日期（自）")} value={a.mediation_from} />
                <DateField path="archive.mediation_to" label={t(lang, "调解日期（至）")} value={a.mediation_to} />
            </div>
            // Left out, the cover's 调解日期 runs to the closing date: offered only when
            // both are empty (the cover would print 「至　年　月　日」).
            if a.closed_on.is_none() {
                <Offers path="archive.mediation_to" offers={offers::dates(lang, a.mediation_to, &[(n_("最后一次调解"), sessions.last().copied()), (n_("协议成立日期"), case.agreement.formed_on)])} />
            }
            <DateField path="archive.closed_on" label={t(lang, "结案日期")} value={a.closed_on} />
            <Offers path="archive.closed_on" offers={offers::dates(lang, a.closed_on, &[(n_("协议成立日期"), case.agreement.formed_on), (n_("最后一次回访"), last_visit)])} />
            <div class="row">
                <Text path="archive.filed_by" label={t(lang, "立卷人")} value={a.filed_by.clone()} />
                <DateField path="archive.filed_on" label={t(lang, "立卷日期")} value={a.filed_on} />
            </div>
            <Text path="archive.checked_by" label={t(lang, "检查人")} value={a.checked_by.clone()} />
            <Text path="archive.retention" label={t(lang, "保管期限")} value={a.retention.clone()} list="retention" />
            <datalist id="retention">{ for scheme.iter().map(|r| html! { <option value={r.clone()} /> }) }</datalist>
            <Text path="archive.notes" label={t(lang, "备考")} value={a.notes.clone()} multiline=true />
        </>
    }
}
