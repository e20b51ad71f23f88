//! 归档: the 卷宗's number, who filed and checked it, retention, outcome and dates, and
//! the materials it binds that the program does not write.

use super::options::{self, key};
use crate::model::Material;
use crate::ui::components::fields::{At, Choice, DateField, Parse, Parsed, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::offers::{self, Offers};
use crate::ui::components::use_app;
use crate::ui::i18n::{fmt, n_, t, tr, use_lang};
use crate::ui::state::field_id;
use yew::prelude::*;

/// The materials the 卷宗 binds that the program does not write: each listed with its
/// kind, name, date and pages; the bound file holds its place and its page numbers.
fn materials(lang: crate::ui::i18n::Lang, list: &[Material]) -> Html {
    let n = list.len();
    html! {
        <div class="sublist" id={field_id("archive.materials")} tabindex="-1">
            <h3>{ t(lang, "卷宗材料（本程序不生成的纸质材料）") }</h3>
            <p class="hint">{ t(lang, "身份证明、证据、签字的委托书、法院的裁定书等：列在这里并写明页数，卷宗按规定的顺序给每份材料留出位置和页号；打印后把纸质材料放在标示页处，编上页号，抽去标示页。") }</p>
            { for list.iter().enumerate().map(|(i, m)| {
                let at = |f: &str| AttrValue::from(format!("archive.materials[{i}].{f}"));
                html! {
                    <fieldset class="item" id={field_id(&format!("archive.materials[{i}]"))} tabindex="-1">
                        <legend>{ fmt(lang, "材料 {n}：{name}", &[&(i + 1), &tr(lang, m.name())]) }</legend>
                        <ItemTools list="archive.materials" index={i} len={n} noun={fmt(lang, "材料{n}", &[&(i + 1)])} />
                        <Choice path={at("kind")} label={t(lang, "类别")} value={key(&m.kind)} options={options::MATERIAL_KIND} />
                        <Text path={at("title")} label={t(lang, "材料名称（不填则用类别名）")} value={m.title.clone()} placeholder={t(lang, m.kind.label())} />
                        <div class="row">
                            <DateField path={at("date")} label={t(lang, "日期")} value={m.date} />
                            <Parsed path={at("pages")} label={t(lang, "页数")} value={m.pages.map(|p| p.to_string()).unwrap_or_default()} parse={Parse::Count} placeholder="1" />
                        </div>
                        <Text path={at("notes")} label={t(lang, "备注")} value={m.notes.clone()} />
                    </fieldset>
                }
            }) }
            <At path="archive.materials" />
            <Add list="archive.materials" index={n} value={crate::ui::state::edit::json(&Material::default())} label={t(lang, "添加材料")} id="add-material" />
        </div>
    }
}

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
            { materials(lang, &a.materials) }
        </>
    }
}
