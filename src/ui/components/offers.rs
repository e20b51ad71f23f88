//! 「可选用：」 — what the case already holds, offered under a field that needs it as
//! one-click choices (issue 24: nothing typed twice, never silently copied): the
//! committee's mediators and recorders for every form's staff lines, the dispute's
//! summary for the agreement's facts, the dates the case holds for the dates that
//! follow from them. A choice is the same edit as typing it (undo takes it back), and a
//! field already holding a value offers nothing but the names it still lacks.
//!
//! The choices are computed by plain functions (tested natively); the component only
//! shows them.

use super::use_ctx;
use crate::model::{Case, Date};
use crate::ui::i18n::{Lang, fmt, t, use_lang};
use crate::ui::state::Op;
use serde_json::{Value, json};
use yew::prelude::*;

/// One choice: what the button says, and the value the field is set to.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub label: String,
    pub value: Value,
}

/// The names of `pool` (trimmed, each once) that `current` lacks.
fn missing<'a>(current: &[String], pool: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in pool {
        let name = name.trim();
        if !name.is_empty()
            && !current.iter().any(|c| c.trim() == name)
            && !out.iter().any(|o| o == name)
        {
            out.push(name.to_string());
        }
    }
    out
}

/// For a list of names (调解员, 调查人): each name of `pool` the list lacks, added to it,
/// and all of them at once when more than one is missing.
pub fn names<'a>(
    lang: Lang,
    current: &[String],
    pool: impl IntoIterator<Item = &'a str>,
) -> Vec<Offer> {
    let lacking = missing(current, pool);
    let with = |extra: &[String]| {
        let mut v: Vec<String> = current
            .iter()
            .filter(|c| !c.trim().is_empty())
            .cloned()
            .collect();
        v.extend(extra.iter().cloned());
        json!(v)
    };
    let mut out = Vec::new();
    if lacking.len() > 1 {
        out.push(Offer {
            label: fmt(lang, "全部：{names}", &[&lacking.join("、")]),
            value: with(&lacking),
        });
    }
    for name in &lacking {
        out.push(Offer {
            label: fmt(lang, "＋{name}", &[name]),
            value: with(std::slice::from_ref(name)),
        });
    }
    out
}

/// For one name (记录人): when the field is empty, each name of `pool`.
pub fn name<'a>(current: &str, pool: impl IntoIterator<Item = &'a str>) -> Vec<Offer> {
    if !current.trim().is_empty() {
        return Vec::new();
    }
    missing(&[], pool)
        .into_iter()
        .map(|n| Offer {
            label: n.clone(),
            value: json!(n),
        })
        .collect()
}

/// For a text: when the field is empty and `source` is not, `source` under `label`.
pub fn text(current: &str, source: &str, label: String) -> Vec<Offer> {
    if !current.trim().is_empty() || source.trim().is_empty() {
        return Vec::new();
    }
    vec![Offer {
        label,
        value: json!(source.trim()),
    }]
}

/// For a date: when the field is empty, each known date of `from` with what it is
/// (「受理日期：2025年6月9日」), each date once.
pub fn dates(
    lang: Lang,
    current: Option<Date>,
    from: &[(&'static str, Option<Date>)],
) -> Vec<Offer> {
    if current.is_some() {
        return Vec::new();
    }
    let mut seen: Vec<Date> = Vec::new();
    let mut out = Vec::new();
    for (what, d) in from {
        let Some(d) = *d else { continue };
        if seen.contains(&d) {
            continue;
        }
        seen.push(d);
        out.push(Offer {
            label: fmt(
                lang,
                "{what}：{y}年{m}月{d}日",
                &[&t(lang, what), &d.year(), &(d.month() as u8), &d.day()],
            ),
            value: json!(format!(
                "{:04}-{:02}-{:02}",
                d.year(),
                d.month() as u8,
                d.day()
            )),
        });
    }
    out
}

/// For the signature and seal dates: when the agreement has its date and some are
/// still empty, one choice that dates every empty one that day (the usual case: all sign
/// at the session that formed it). Dates already entered stay.
pub fn signatures(lang: Lang, case: &Case) -> Vec<Offer> {
    let a = &case.agreement;
    let Some(day) = a.formed_on else {
        return Vec::new();
    };
    let mut sig = a.signatures.clone();
    for p in &case.parties {
        sig.parties.entry(p.id.clone()).or_insert(day);
    }
    sig.mediator.get_or_insert(day);
    sig.seal.get_or_insert(day);
    if sig == a.signatures {
        return Vec::new();
    }
    vec![Offer {
        label: fmt(
            lang,
            "未填的都填协议成立日期：{y}年{m}月{d}日",
            &[&day.year(), &(day.month() as u8), &day.day()],
        ),
        value: crate::ui::state::edit::json(&sig),
    }]
}

/// The committee's mediators, by name.
pub fn mediators(case: &Case) -> impl Iterator<Item = &str> {
    case.committee.mediators.iter().map(|s| s.name.as_str())
}

/// Who may keep a record: the committee's recorders, then its mediators.
pub fn recorders(case: &Case) -> impl Iterator<Item = &str> {
    case.committee
        .recorders
        .iter()
        .chain(&case.committee.mediators)
        .map(|s| s.name.as_str())
}

#[derive(Properties, PartialEq)]
pub struct OffersProps {
    /// The field the choices set.
    pub path: AttrValue,
    pub offers: Vec<Offer>,
}

/// The choices under a field, or nothing when there are none.
#[function_component]
pub fn Offers(props: &OffersProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    if props.offers.is_empty() {
        return html! {};
    }
    html! {
        <p class="offers">
            <span class="offers-label">{ t(lang, "可选用：") }</span>
            { for props.offers.iter().map(|o| {
                let (ctx, path, value) = (ctx.clone(), props.path.to_string(), o.value.clone());
                let onclick = Callback::from(move |_: MouseEvent| ctx.edit(path.clone(), Op::Set(value.clone())));
                html! { <button type="button" class="offer" {onclick}>{ o.label.clone() }</button> }
            }) }
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_offer_each_missing_name_and_all_of_them() {
        let got = names(
            Lang::Zh,
            &list(&["王芳"]),
            ["王芳", "李强", " 赵敏 ", "李强", ""],
        );
        let labels: Vec<&str> = got.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, ["全部：李强、赵敏", "＋李强", "＋赵敏"]);
        assert_eq!(got[0].value, json!(["王芳", "李强", "赵敏"]));
        assert_eq!(got[2].value, json!(["王芳", "赵敏"]));
        // Nothing missing, nothing offered.
        assert!(names(Lang::Zh, &list(&["李强"]), ["李强"]).is_empty());
    }

    #[test]
    fn a_filled_field_offers_nothing() {
        assert!(name("张三", ["李四"]).is_empty());
        assert_eq!(name(" ", ["李四", "李四"]).len(), 1);
        assert!(text("已写", "纠纷简要情况", "x".into()).is_empty());
        assert!(text("", "  ", "x".into()).is_empty());
        assert_eq!(text("", " 事实 ", "x".into())[0].value, json!("事实"));
        let d = Date::from_calendar_date(2025, time::Month::June, 9).ok();
        assert!(dates(Lang::Zh, d, &[("受理日期", d)]).is_empty());
    }

    #[test]
    fn the_agreement_date_fills_only_the_empty_signature_dates() {
        let mut case = crate::ui::state::starter_case();
        assert!(
            signatures(Lang::Zh, &case).is_empty(),
            "no agreement date, no offer"
        );
        let day = Date::from_calendar_date(2026, time::Month::December, 1).unwrap();
        let earlier = Date::from_calendar_date(2026, time::Month::November, 30).unwrap();
        case.agreement.formed_on = Some(day);
        case.agreement
            .signatures
            .parties
            .insert("p1".into(), earlier);
        let got = signatures(Lang::Zh, &case);
        assert_eq!(got[0].label, "未填的都填协议成立日期：2026年12月1日");
        assert_eq!(
            got[0].value,
            json!({"parties": {"p1": "2026-11-30", "p2": "2026-12-01"}, "mediator": "2026-12-01", "seal": "2026-12-01"})
        );
        // All dated: nothing offered.
        let sig: crate::model::Signatures = serde_json::from_value(got[0].value.clone()).unwrap();
        case.agreement.signatures = sig;
        assert!(signatures(Lang::Zh, &case).is_empty());
    }

    #[test]
    fn dates_are_offered_once_each_with_what_they_are() {
        let d = Date::from_calendar_date(2025, time::Month::June, 9).ok();
        let e = Date::from_calendar_date(2025, time::Month::June, 20).ok();
        let got = dates(
            Lang::Zh,
            None,
            &[
                ("受理日期", d),
                ("调解日期", d),
                ("协议成立日期", e),
                ("结案日期", None),
            ],
        );
        let labels: Vec<&str> = got.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(
            labels,
            ["受理日期：2025年6月9日", "协议成立日期：2025年6月20日"]
        );
        assert_eq!(got[1].value, json!("2025-06-20"));
    }
}
