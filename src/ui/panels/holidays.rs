//! 法定节假日安排 in the committee profile: the years the build knows, and the years the
//! committee enters from the State Council's notice (each holiday as the notice reads:
//! 「春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。」), or
//! imports from a holiday-schedule file. Every deadline is counted with them at once
//! (`values::calendar`); a year with a problem is named, field by field, and not used.

use crate::model::HolidayYear;
use crate::model::{HOLIDAY_FILE_NAME, HolidayFile};
use crate::ui::browser;
use crate::ui::components::fields::{DateField, Parse, Parsed, Text};
use crate::ui::components::list::{Add, ItemTools};
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{fmt, t, use_lang};
use crate::ui::state::{Action, Op};
use crate::values::calendar::{Calendar, covered_years};
use serde_json::json;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// `years` with `add` merged in: a year already there is replaced, others appended.
pub fn merged(years: &[HolidayYear], add: &[HolidayYear]) -> Vec<HolidayYear> {
    let mut out = years.to_vec();
    for y in add {
        match out.iter_mut().find(|x| x.year == y.year) {
            Some(x) => *x = y.clone(),
            None => out.push(y.clone()),
        }
    }
    out.sort_by_key(|y| y.year);
    out
}

#[function_component]
pub fn HolidaysPanel() -> Html {
    let lang = use_lang();
    let app = use_app();
    let ctx = use_ctx();
    let years = app.profile.holidays.clone();
    let covered = covered_years();
    // The year to add: the first after the built-in ones that is not entered yet.
    let next = (covered.end() + 1..)
        .find(|y| !years.iter().any(|h| h.year == *y))
        .unwrap_or(covered.end() + 1);
    let year_text = use_state(|| next.to_string());
    let file_problems = use_state(Vec::<String>::new);
    let add_year = {
        let (ctx, year_text, years, problems) = (
            ctx.clone(),
            year_text.clone(),
            years.clone(),
            file_problems.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Ok(year) = year_text.trim().parse::<i32>() else {
                problems.set(vec![t(lang, "请填写四位数的年份，如 2027").into()]);
                return;
            };
            if years.iter().any(|y| y.year == year) {
                problems.set(vec![fmt(
                    lang,
                    "{year}年的安排已经录入，请在下面修改",
                    &[&year],
                )]);
                return;
            }
            problems.set(Vec::new());
            year_text.set((year + 1).to_string());
            let value =
                serde_json::to_value(HolidayYear::blank(year, ctx.today)).unwrap_or_default();
            ctx.edit(
                "profile.holidays",
                Op::Insert {
                    index: years.len(),
                    value,
                },
            );
        })
    };
    let on_year = {
        let year_text = year_text.clone();
        Callback::from(move |e: InputEvent| {
            year_text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_import = {
        let (ctx, years, problems) = (ctx.clone(), years.clone(), file_problems.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (ctx, years, problems) = (ctx.clone(), years.clone(), problems.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let blob = gloo::file::Blob::from(file);
                let text = match gloo::file::futures::read_as_bytes(&blob).await {
                    Ok(bytes) => crate::ui::state::cases::decode(&bytes),
                    Err(e) => Err(e.to_string()),
                };
                let read = text.map_err(|e| vec![e]).and_then(|text| {
                    HolidayFile::parse(&text).map_err(|ps| {
                        ps.into_iter()
                            .map(|p| {
                                if p.path.is_empty() {
                                    p.message
                                } else {
                                    format!("{}（{}）", p.message, p.path)
                                }
                            })
                            .collect()
                    })
                });
                match read {
                    Ok(f) => {
                        problems.set(Vec::new());
                        let all = merged(&years, &f.years);
                        ctx.edit(
                            "profile.holidays",
                            Op::Set(serde_json::to_value(all).unwrap_or_default()),
                        );
                        ctx.send(Action::Notify {
                            text: fmt(
                                lang,
                                "已从「{name}」导入 {n} 年的节假日安排",
                                &[&name, &f.years.len()],
                            ),
                            error: false,
                        });
                    }
                    Err(mut ps) => {
                        ps.insert(
                            0,
                            fmt(lang, "「{name}」未导入，没有改动任何安排：", &[&name]),
                        );
                        problems.set(ps);
                    }
                }
            });
        })
    };
    let on_export = {
        let (ctx, years) = (ctx.clone(), years.clone());
        Callback::from(move |_: MouseEvent| {
            let text = HolidayFile::of(&years).to_json();
            if let Err(e) = browser::save(text.as_bytes(), HOLIDAY_FILE_NAME, "application/json") {
                ctx.send(Action::Notify {
                    text: e,
                    error: true,
                });
            }
        })
    };
    let calendar = Calendar::with(&years);
    let len = years.len();
    html! {
        <details class="section" id="sec-holidays" open={!years.is_empty()}>
            <summary><h2 class="title">{ t(lang, "法定节假日安排") }</h2></summary>
            <div class="section-body">
                <p class="hint">{ fmt(lang, "本程序内置{from}年至{to}年国务院公布的放假安排。国务院每年年底公布下一年的安排后，请按通知在这里录入（或导入节假日安排文件）：申请司法确认的期限会立即按它计算，导出案件时一并带上。", &[covered.start(), covered.end()]) }</p>
                <p class="hint small">{ t(lang, "内置安排的来源：国务院历年节假日安排通知（经 chinesecalendar 转录）") }</p>
                { for years.iter().enumerate().map(|(i, y)| year_card(lang, i, len, y, &calendar)) }
                <div class="row holiday-add">
                    <div class="field">
                        <label for="holiday-year">{ t(lang, "年份") }</label>
                        <input id="holiday-year" type="text" inputmode="numeric" value={(*year_text).clone()} oninput={on_year} />
                    </div>
                    <button type="button" class="secondary add" id="add-holiday-year" onclick={add_year}>{ t(lang, "＋ 录入这一年的安排") }</button>
                </div>
                <div class="row holiday-files">
                    <label class="secondary file" for="import-holidays">{ t(lang, "导入节假日安排文件") }</label>
                    <input id="import-holidays" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_import} />
                    <button type="button" class="secondary" id="export-holidays" disabled={years.is_empty()} onclick={on_export}>{ t(lang, "导出节假日安排文件") }</button>
                </div>
                if !file_problems.is_empty() {
                    <ul class="problems" role="alert" id="holiday-file-problems">
                        { for file_problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ul>
                }
            </div>
        </details>
    }
}

/// One year's entry: its status, source, and each holiday as the notice reads.
fn year_card(
    lang: crate::ui::i18n::Lang,
    i: usize,
    len: usize,
    y: &HolidayYear,
    calendar: &Calendar,
) -> Html {
    let base = format!("profile.holidays[{i}]");
    let problems = y.problems(&base);
    let differs = Calendar::differences(y);
    let entered = y
        .entered_on
        .map(|d| {
            fmt(
                lang,
                "录入于{y}年{m}月{d}日",
                &[&d.year(), &(d.month() as u8), &d.day()],
            )
        })
        .unwrap_or_default();
    let (status, class) = if covered_years().contains(&y.year) {
        let s = if differs.is_empty() {
            t(lang, "本程序已内置该年的安排，以内置为准；录入的与内置相同").to_string()
        } else {
            fmt(
                lang,
                "本程序已内置该年的安排，以内置为准；录入的与内置不同：{d}",
                &[&differs.join("；")],
            )
        };
        (s, "notice")
    } else if calendar.entered_years().contains(&y.year) {
        (fmt(lang, "已用于计算期限（{entered}）", &[&entered]), "ok")
    } else {
        (t(lang, "有误，暂不用于计算期限：").to_string(), "error")
    };
    let n = y.holidays.len();
    html! {
        <fieldset class="holiday-year" id={format!("holiday-year-{}", y.year)}>
            <legend>{ fmt(lang, "{year}年", &[&y.year]) }</legend>
            <p class={classes!("status", class)} id={format!("holiday-year-{}-status", y.year)}>{ status }</p>
            if !problems.is_empty() {
                <ul class="problems" role="status">
                    { for problems.iter().map(|p| html! { <li>{ p.message.clone() }</li> }) }
                </ul>
            }
            <Text path={format!("{base}.source")} label={t(lang, "依据（通知名称）")} value={y.source.clone()} />
            { for y.holidays.iter().enumerate().map(|(j, h)| {
                let at = format!("{base}.holidays[{j}]");
                let days = h.length();
                let workdays: Vec<String> = h.workdays.iter().map(|d| fmt(lang, "{m}月{d}日", &[&(d.month() as u8), &d.day()])).collect();
                html! {
                    <div class="holiday" id={format!("holiday-{}-{j}", y.year)}>
                        <div class="row">
                            <Text path={format!("{at}.name")} label={t(lang, "节日")} value={h.name.clone()} />
                            <DateField path={format!("{at}.from")} label={t(lang, "放假自")} value={h.from} />
                            <DateField path={format!("{at}.to")} label={t(lang, "至")} value={h.to} />
                            <p class="derived days">{ if days > 0 { fmt(lang, "共{n}天", &[&days]) } else { String::new() } }</p>
                        </div>
                        <Parsed path={format!("{at}.workdays")} label={t(lang, "调休上班日（如「2月14日、2月28日」，没有则空着）")} value={AttrValue::from(workdays.join("、"))} parse={Parse::Dates { year: y.year }} />
                        <ItemTools list={format!("{base}.holidays")} index={j} len={n} noun={fmt(lang, "「{name}」", &[&h.name])} />
                    </div>
                }
            }) }
            <Add list={format!("{base}.holidays")} index={n} value={json!({ "name": "" })} label={t(lang, "添加一个节日")} />
            <ItemTools list="profile.holidays" index={i} len={len} noun={fmt(lang, "{year}年的安排", &[&y.year])} />
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn an_imported_year_replaces_the_same_year_and_others_are_kept_in_order() {
        let a = HolidayYear::blank(2028, date!(2026 - 12 - 07));
        let b = HolidayYear::blank(2027, date!(2026 - 12 - 07));
        let mut b2 = b.clone();
        b2.source = "另一份".into();
        let out = merged(&[a.clone(), b], &[b2.clone()]);
        assert_eq!(out, vec![b2, a]);
    }
}
