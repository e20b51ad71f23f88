//! 人民调解委员会: the committee of the case, or of the profile new cases start from
//! (the same panel at another path prefix).

use super::options::{self, key};
use crate::model::{Committee, CommitteeKind, Staff};
use crate::ui::components::fields::{Choice, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::i18n::{fmt, n_, t, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommitteeProps {
    /// `""` for the case, `"profile."` for the profile.
    pub base: &'static str,
    pub committee: Committee,
}

#[function_component]
pub fn CommitteePanel(props: &CommitteeProps) -> Html {
    let lang = use_lang();
    let c = &props.committee;
    let p = |f: &str| AttrValue::from(format!("{}committee.{f}", props.base));
    let staff = |list: &'static str, noun: &'static str, people: &[Staff]| {
        let lp = p(list);
        html! {
            <div class="sublist">
                <h3>{ t(lang, noun) }</h3>
                { for people.iter().enumerate().map(|(i, s)| html! {
                    <div class="row">
                        <Text path={format!("{lp}[{i}].name")} label={fmt(lang, "{noun}{n}姓名", &[&t(lang, noun), &(i + 1)])} value={s.name.clone()} />
                        <Text path={format!("{lp}[{i}].phone")} label={t(lang, "电话")} kind="tel" value={s.phone.clone()} />
                        <ItemTools list={lp.clone()} index={i} len={people.len()} noun={fmt(lang, "{noun}{n}", &[&t(lang, noun), &(i + 1)])} />
                    </div>
                }) }
                <Add list={lp.clone()} index={people.len()} value={serde_json::json!({"name": "", "phone": ""})} label={fmt(lang, "添加{noun}", &[&t(lang, noun)])} />
            </div>
        }
    };
    html! {
        <>
            <Text path={p("name")} label={t(lang, "人民调解委员会名称")} value={c.name.clone()} placeholder={t(lang, "例如：城东街道人民调解委员会")} />
            <Text path={p("short_name")} label={t(lang, "简称（用于编号，如「城东」）")} value={c.short_name.clone()} />
            <Choice path={p("kind")} label={t(lang, "类型")} value={key(&c.kind)} options={options::COMMITTEE_KIND} with_text={options::WITH_TEXT} />
            if let CommitteeKind::Professional(field) = &c.kind {
                <Text path={p("kind.professional")} label={t(lang, "行业、专业领域")} value={field.clone()} placeholder={t(lang, "例如：医疗纠纷")} />
            }
            <Text path={p("address")} label={t(lang, "地址")} value={c.address.clone()} />
            <Text path={p("phone")} label={t(lang, "电话")} kind="tel" value={c.phone.clone()} />
            <Text path={p("seal_text")} label={t(lang, "印章文字（若与名称不同）")} value={c.seal_text.clone()} />
            { staff("mediators", n_("调解员"), &c.mediators) }
            { staff("recorders", n_("记录人"), &c.recorders) }
        </>
    }
}
