//! Inputs bound to a field path: value in, the generic edit out. Each shows the
//! validation issues at its path beneath it (tied by `aria-describedby`), with the hint,
//! the basis and a one-click suggestion, and a refused edit's message.
//!
//! Text whose meaning is only clear when complete (numbers, amounts, name lists) keeps
//! what is typed in the field and updates the case when it reads; until then the field
//! says what is wrong and the case keeps its last good value.

use super::{Ctx, Shown, use_ctx, use_shown};
use crate::ui::i18n::{Lang, fmt, t, tr, use_lang};
use crate::ui::state::{Op, field_id};
use crate::validate::Severity;
use serde_json::{Value, json};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The messages under a field: its issues, a refused edit, a local parse error.
#[derive(Properties, PartialEq)]
pub struct AtProps {
    pub path: AttrValue,
    #[prop_or_default]
    pub local: Option<AttrValue>,
}

#[function_component]
pub fn At(props: &AtProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let shown = use_shown();
    let id = format!("{}-msg", field_id(&props.path));
    let refused = ctx
        .edit_error
        .as_ref()
        .filter(|e| e.0.as_str() == props.path.as_str())
        .map(|e| e.1.clone());
    // Until the field is touched (or the form's check asked for), its findings wait:
    // they are counted in the section index and listed in the pre-flight.
    let items: Vec<Html> = ctx
        .issues_at(&props.path)
        .filter(|_| shown.shows(&props.path))
        .map(|i| {
            let class = classes!("msg", super::issues::severity_class(i.severity));
            let apply = super::issues::suggestion_button(lang, &ctx, i);
            html! {
                <li class={class}>
                    <strong>{ t(lang, i.severity.label()) }</strong>{ " " }{ i.message.clone() }
                    if !i.hint.is_empty() { <span class="hint">{ " " }{ i.hint.clone() }</span> }
                    if !i.basis.is_empty() { <span class="basis">{ fmt(lang, "（依据：{basis}）", &[&i.basis]) }</span> }
                    { for apply }
                </li>
            }
        })
        .collect();
    let local = props
        .local
        .clone()
        .into_iter()
        .chain(refused.map(AttrValue::from));
    html! {
        <ul class="msgs" id={id} aria-live="polite">
            { for local.map(|m| html! { <li class="msg error">{ tr(lang, &m).into_owned() }</li> }) }
            { for items }
        </ul>
    }
}

fn invalid(ctx: &Ctx, shown: &Shown, path: &str) -> bool {
    (shown.shows(path) && ctx.issues_at(path).any(|i| i.severity == Severity::Error))
        || ctx.edit_error.as_ref().is_some_and(|e| e.0 == path)
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// `tel` for phone numbers (a phone keypad on phones).
    #[prop_or_default]
    pub kind: Option<AttrValue>,
    /// A `<datalist>` id offering usual values.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    /// Derived values shown under the field (性别/出生日期 from the ID, …).
    #[prop_or_default]
    pub children: Html,
}

/// A text field.
#[function_component]
pub fn Text(props: &TextProps) -> Html {
    let ctx = use_ctx();
    let id = field_id(&props.path);
    let msg = format!("{id}-msg");
    let path = props.path.to_string();
    let shown = use_shown();
    let bad = invalid(&ctx, &shown, &path);
    let input = if props.multiline {
        let ctx = ctx.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            ctx.edit(path.clone(), Op::Set(json!(v)))
        });
        html! { <textarea id={id.clone()} rows="4" value={props.value.clone()} placeholder={props.placeholder.clone()} aria-describedby={msg} aria-invalid={bad.to_string()} {oninput} /> }
    } else {
        let ctx = ctx.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            ctx.edit(path.clone(), Op::Set(json!(v)))
        });
        let kind = props.kind.clone().unwrap_or_else(|| "text".into());
        html! { <input id={id.clone()} type={kind} value={props.value.clone()} placeholder={props.placeholder.clone()} list={props.list.clone()} aria-describedby={msg} aria-invalid={bad.to_string()} {oninput} /> }
    };
    html! {
        <div class={classes!("field", props.multiline.then_some("wide"))}>
            <label for={id}>{ props.label.clone() }</label>
            { input }
            { props.children.clone() }
            <At path={props.path.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: Option<crate::model::Date>,
    #[prop_or_default]
    pub children: Html,
}

/// A date (the browser's date picker); cleared, the field becomes absent.
#[function_component]
pub fn DateField(props: &DateProps) -> Html {
    let ctx = use_ctx();
    let id = field_id(&props.path);
    let msg = format!("{id}-msg");
    let value = props
        .value
        .map(|d| crate::model::date_serde::format(&d))
        .unwrap_or_default();
    let path = props.path.to_string();
    let shown = use_shown();
    let bad = invalid(&ctx, &shown, &path);
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let op = if v.is_empty() {
                Op::Unset
            } else {
                Op::Set(json!(v))
            };
            ctx.edit(path.clone(), op)
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input id={id} type="date" min="1900-01-01" max="2100-12-31" {value} aria-describedby={msg} aria-invalid={bad.to_string()} {onchange} />
            { props.children.clone() }
            <At path={props.path.clone()} />
        </div>
    }
}

/// How a [`Parsed`] field reads what is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parse {
    /// A whole number ≥ 0 (JSON number).
    Count,
    /// A decimal number (millimetres, points).
    Decimal,
    /// An amount of money (JSON string, the case format's Money).
    Amount,
    /// Names separated by 「、」, commas or spaces (JSON list of strings).
    Names,
    /// Dates of one year separated by 「、」 or commas, each 「2月14日」 or
    /// 「2027-02-14」 (JSON list of `YYYY-MM-DD` strings): the make-up working days of a
    /// holiday, as the notice lists them.
    Dates { year: i32 },
}

impl Parse {
    /// The JSON value for `text`: `Ok(None)` for empty (the field becomes absent, or an
    /// empty list), `Err` with a message when it does not read.
    pub fn read(self, text: &str) -> Result<Option<Value>, String> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(match self {
                Parse::Names | Parse::Dates { .. } => Some(json!([])),
                _ => None,
            });
        }
        match self {
            Parse::Count => t
                .parse::<u32>()
                .map(|n| Some(json!(n)))
                .map_err(|_| crate::ui::i18n::t(Lang::Zh, "请填写整数（如 3）").into()),
            Parse::Decimal => t
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(|f| Some(json!(f)))
                .ok_or_else(|| crate::ui::i18n::t(Lang::Zh, "请填写数字（如 37 或 15.5）").into()),
            Parse::Amount => crate::values::amount::parse_amount(t)
                .map(|d| Some(json!(d.to_string())))
                .map_err(|e| {
                    fmt(
                        Lang::Zh,
                        "金额无法识别：{e}（可写 12000、12,000.00 或 ¥12000）",
                        &[&e],
                    )
                }),
            Parse::Names => Ok(Some(json!(split_names(t)))),
            Parse::Dates { year } => split_names(t)
                .iter()
                .map(|d| {
                    month_day(d, year)
                        .map(|d| crate::model::date_serde::format(&d))
                        .ok_or_else(|| {
                            fmt(
                                Lang::Zh,
                                "「{d}」不是日期：请写成「2月14日」或「{year}-02-14」，多个日期用「、」分隔",
                                &[&d, &year],
                            )
                        })
                })
                .collect::<Result<Vec<String>, String>>()
                .map(|v| Some(json!(v))),
        }
    }
}

/// 「2月14日」 (of `year`), 「2月14」 or 「2027-02-14」 as a date; the weekday the notice
/// adds in brackets (「2月14日（周六）」) is allowed and ignored.
pub fn month_day(text: &str, year: i32) -> Option<crate::model::Date> {
    let t = text.trim();
    let t = t.split(['（', '(']).next().unwrap_or(t).trim();
    if let Ok(d) = crate::model::date_serde::parse(t) {
        return Some(d);
    }
    let (m, d) = t.split_once('月')?;
    let d = d.trim_end_matches(['日', '号']);
    let m: u8 = m.trim().parse().ok()?;
    let d: u8 = d.trim().parse().ok()?;
    crate::model::Date::from_calendar_date(year, time::Month::try_from(m).ok()?, d).ok()
}

/// 「张三、李四, 王五」 → the names.
pub fn split_names(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ParsedProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// The stored value as text (names joined by 「、」).
    pub value: AttrValue,
    pub parse: Parse,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// A field whose text must read as a number, an amount or a list of names.
#[function_component]
pub fn Parsed(props: &ParsedProps) -> Html {
    let ctx = use_ctx();
    let raw = use_state(|| props.value.to_string());
    let local = use_state(|| None::<String>);
    {
        // The stored value changed from elsewhere (undo, a suggestion): show it, unless
        // it is what the field already says.
        let (raw, local, parse) = (raw.clone(), local.clone(), props.parse);
        use_effect_with(props.value.clone(), move |v| {
            let same = parse
                .read(&raw)
                .ok()
                .flatten()
                .zip(parse.read(v).ok().flatten())
                .is_some_and(|(a, b)| a == b);
            if !same && **raw != **v {
                raw.set(v.to_string());
                local.set(None);
            }
        });
    }
    let id = field_id(&props.path);
    let msg = format!("{id}-msg");
    let path = props.path.to_string();
    let parse = props.parse;
    let shown = use_shown();
    let bad = local.is_some() || invalid(&ctx, &shown, &path);
    let oninput = {
        let (ctx, raw, local) = (ctx.clone(), raw.clone(), local.clone());
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse.read(&v) {
                Ok(Some(value)) => {
                    local.set(None);
                    ctx.edit(path.clone(), Op::Set(value));
                }
                Ok(None) => {
                    local.set(None);
                    ctx.edit(path.clone(), Op::Unset);
                }
                Err(m) => local.set(Some(m)),
            }
            raw.set(v);
        })
    };
    let mode = match parse {
        Parse::Count => "numeric",
        Parse::Decimal | Parse::Amount => "decimal",
        Parse::Names | Parse::Dates { .. } => "text",
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input id={id} type="text" inputmode={mode} value={(*raw).clone()} placeholder={props.placeholder.clone()} aria-describedby={msg} aria-invalid={bad.to_string()} {oninput} />
            { props.children.clone() }
            <At path={props.path.clone()} local={(*local).clone().map(AttrValue::from)} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// The stored value's JSON key (`male`, `applicant`, …); empty for none.
    pub value: AttrValue,
    /// (JSON key, label) pairs.
    pub options: &'static [(&'static str, &'static str)],
    /// Offer 「（未填）」, which makes the field absent.
    #[prop_or_default]
    pub optional: bool,
    /// Keys whose value carries a text (`professional`, `special`, `other_referral`):
    /// chosen, they become `{"key": ""}` and a text field beside them fills it.
    #[prop_or_default]
    pub with_text: &'static [&'static str],
}

/// A choice among fixed values.
#[function_component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let id = field_id(&props.path);
    let msg = format!("{id}-msg");
    let path = props.path.to_string();
    let with_text = props.with_text;
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let op = if v.is_empty() {
                Op::Unset
            } else if with_text.contains(&v.as_str()) {
                let mut m = serde_json::Map::new();
                m.insert(v, json!(""));
                Op::Set(Value::Object(m))
            } else {
                Op::Set(json!(v))
            };
            ctx.edit(path.clone(), op)
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select id={id} aria-describedby={msg} {onchange}>
                if props.optional {
                    <option value="" selected={props.value.is_empty()}>{ t(lang, "（未填）") }</option>
                }
                { for props.options.iter().map(|(k, l)| html! {
                    <option value={*k} selected={props.value.as_str() == *k}>{ t(lang, l) }</option>
                }) }
            </select>
            <At path={props.path.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
}

/// A yes/no field.
#[function_component]
pub fn Check(props: &CheckProps) -> Html {
    let ctx = use_ctx();
    let id = field_id(&props.path);
    let path = props.path.to_string();
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            ctx.edit(path.clone(), Op::Set(json!(on)))
        })
    };
    html! {
        <div class="field check">
            <label>
                <input id={id} type="checkbox" checked={props.checked} {onchange} />
                { props.label.clone() }
            </label>
            <At path={props.path.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PartyRefsProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// The ids chosen.
    pub selected: Vec<String>,
}

/// Up to this many parties, a choice of parties shows its checkboxes; in a larger case
/// (a group dispute: 120 consumers, a payer and a payee on each of 120 clauses) it shows
/// who is chosen and opens its boxes on request, so the editor does not hold and
/// re-render tens of thousands of checkboxes.
pub const REFS_INLINE_MAX: usize = 12;

/// Which parties (by id): one checkbox per party of the case.
#[function_component]
pub fn PartyRefs(props: &PartyRefsProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let parties = super::use_party_names().0;
    let open = use_state(|| false);
    let id = field_id(&props.path);
    let many = parties.len() > REFS_INLINE_MAX;
    // One list of the selection shared by every box: a box's handler holds only its
    // party's id and two `Rc`s, so a render of 120 boxes allocates 120 handlers, not
    // 120 copies of the parties' ids (which made typing a name slow in a group case).
    let selected: Rc<[String]> = props.selected.clone().into();
    let label_of = |i: usize, name: &String| {
        if name.is_empty() {
            fmt(lang, "当事人{n}", &[&(i + 1)])
        } else {
            name.clone()
        }
    };
    let summary = many.then(|| {
        let chosen: Vec<String> = parties
            .iter()
            .enumerate()
            .filter(|(_, (pid, _))| selected.contains(pid))
            .map(|(i, (_, name))| label_of(i, name))
            .collect();
        let text = match chosen.len() {
            0 => t(lang, "（未选）").to_string(),
            n if n <= 6 => chosen.join("、"),
            n => fmt(lang, "{names}等 {n} 人", &[&chosen[..6].join("、"), &n]),
        };
        let toggle = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(!*open))
        };
        let button = if *open {
            t(lang, "收起").to_string()
        } else {
            fmt(lang, "选择（共 {n} 位当事人）", &[&parties.len()])
        };
        html! {
            <div class="refs-summary">
                <span class="chosen" id={format!("{id}-chosen")}>{ text }</span>
                <button type="button" class="secondary small" id={format!("{id}-open")} aria-expanded={open.to_string()} aria-controls={format!("{id}-boxes")} onclick={toggle}>{ button }</button>
            </div>
        }
    });
    let boxes = parties.iter().enumerate().map(|(i, (pid, name))| {
        let checked = selected.contains(pid);
        let pid = pid.clone();
        let (ctx, path, selected) = (ctx.clone(), props.path.clone(), selected.clone());
        let all = parties.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            // Keep the parties' order.
            let next: Vec<&String> = all
                .iter()
                .map(|p| &p.0)
                .filter(|id| {
                    if **id == pid {
                        on
                    } else {
                        selected.contains(id)
                    }
                })
                .collect();
            ctx.edit(path.to_string(), Op::Set(json!(next)))
        });
        let name = label_of(i, name);
        html! {
            <label class="ref">
                <input type="checkbox" id={format!("{id}-{i}")} {checked} {onchange} />{ name }
            </label>
        }
    });
    html! {
        <div class="field" role="group" aria-labelledby={format!("{id}-label")} id={id.clone()} tabindex="-1">
            <span class="label" id={format!("{id}-label")}>{ props.label.clone() }</span>
            { summary.unwrap_or_default() }
            if !many || *open {
                <div class="refs" id={format!("{id}-boxes")}>{ for boxes }</div>
            }
            <At path={props.path.clone()} />
        </div>
    }
}
