//! 案件: the cases stored in this browser — search, sort, open, duplicate, export,
//! delete with undo; new from blank, from the committee profile or from an example;
//! import a case file or a backup; export all as a backup.

use crate::model::Case;
use crate::ui::browser;
use crate::ui::components::use_app;
use crate::ui::hooks::storage;
use crate::ui::i18n::{Lang, fmt, n_, t, tr, use_lang};
use crate::ui::state::{Action, CaseSummary, SortBy, cases};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The example cases shipped beside the app (`examples/`, copied by trunk): file stem
/// and what it shows.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("neighbours-water-leak", n_("邻里纠纷：相邻漏水")),
    ("family-support", n_("赡养纠纷：三名子女")),
    ("traffic-accident", n_("道路交通事故：保险公司参加")),
    ("property-management", n_("物业纠纷：单位当事人")),
    ("medical-dispute", n_("医疗纠纷：委托代理人")),
    ("land-contract", n_("土地承包经营纠纷")),
    ("migrant-wages", n_("拖欠农民工工资：多名申请人")),
    ("consumer-group-refund", n_("预付卡退款：120 名当事人")),
];

fn when(ms: f64) -> String {
    if ms <= 0.0 {
        return "—".into();
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Store `case` as a new case and open it.
pub fn open_new(state: &UseReducerHandle<AppState>, case: Case) {
    let id = storage::new_id();
    match storage::write_case(&id, &case, &state.cases) {
        Ok(summary) => state.dispatch(Action::Stored(summary)),
        Err(e) => state.dispatch(Action::StorageFailed(e)),
    }
    state.dispatch(Action::Open {
        id,
        case: Rc::new(case),
    });
}

use crate::ui::state::AppState;

/// Every stored case that reads (the backup and the 台账 take them all).
fn stored_cases(cases: &[CaseSummary]) -> Vec<Case> {
    cases
        .iter()
        .filter_map(|c| storage::read_case(&c.id).ok())
        .collect()
}

#[function_component]
pub fn CaseList() -> Html {
    let lang = use_lang();
    let app = use_app();
    let state = app.clone();
    let query = use_state(String::new);
    let sort = use_state(SortBy::default);
    let example = use_state(|| EXAMPLES[0].0.to_string());

    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            sort.set(if v == "status" {
                SortBy::Status
            } else {
                SortBy::Updated
            })
        })
    };
    let new_blank = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| open_new(&state, crate::ui::state::starter_case()))
    };
    let new_profile = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| open_new(&state, state.profile.new_case()))
    };
    let on_example = {
        let example = example.clone();
        Callback::from(move |e: Event| {
            example.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let new_example = {
        let (state, example) = (state.clone(), example.clone());
        Callback::from(move |_: MouseEvent| {
            let (state, name) = (state.clone(), (*example).clone());
            wasm_bindgen_futures::spawn_local(async move {
                let url = format!("examples/{name}.json");
                let text = match browser::fetch_bytes(&url, |_, _| {}).await {
                    Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                    Err(e) => {
                        return state.dispatch(Action::Notify {
                            text: fmt(Lang::Zh, "示例下载失败：{e}", &[&e]),
                            error: true,
                        });
                    }
                };
                match crate::model::load(&text) {
                    Ok(case) => open_new(&state, case),
                    Err(e) => state.dispatch(Action::Notify {
                        text: fmt(Lang::Zh, "示例无法读取：{e}", &[&e]),
                        error: true,
                    }),
                }
            });
        })
    };
    let on_import = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let blob = gloo::file::Blob::from(file);
                let bytes = match gloo::file::futures::read_as_bytes(&blob).await {
                    Ok(b) => b,
                    Err(e) => {
                        return state.dispatch(Action::Notify {
                            text: fmt(Lang::Zh, "无法读取「{name}」：{e}", &[&name, &e]),
                            error: true,
                        });
                    }
                };
                let text = match cases::decode(&bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        return state.dispatch(Action::Notify {
                            text: fmt(Lang::Zh, "「{name}」：{e}。未导入任何内容。", &[&name, &e]),
                            error: true,
                        });
                    }
                };
                match cases::import(&text) {
                    Err(e) => state.dispatch(Action::Notify {
                        text: fmt(Lang::Zh, "「{name}」：{e}", &[&name, &e]),
                        error: true,
                    }),
                    Ok(got) => {
                        let n = got.cases.len();
                        let mut list = (*state.cases).clone();
                        let mut copies = 0;
                        for case in got.cases {
                            let id = storage::new_id();
                            // A case whose 编号 a stored case already has is a copy
                            // (a file imported twice): listed as 「（副本）」.
                            let mut summary = CaseSummary::of(&id, &case, js_sys::Date::now());
                            summary.copy = !summary.number.trim().is_empty()
                                && list
                                    .iter()
                                    .any(|c| c.number.trim() == summary.number.trim());
                            copies += usize::from(summary.copy);
                            match storage::write_text(
                                &id,
                                &crate::model::save(&case),
                                summary,
                                &list,
                            ) {
                                Ok(s) => list.push(s),
                                Err(e) => {
                                    return state.dispatch(Action::StorageFailed(e));
                                }
                            }
                        }
                        state.dispatch(Action::Loaded {
                            cases: list,
                            profile: got
                                .profile
                                .filter(|_| state.profile.committee.name.is_empty())
                                .map(Rc::new),
                        });
                        let text = if copies > 0 {
                            fmt(
                                Lang::Zh,
                                "已从「{name}」导入 {n} 个案件；其中 {copies} 个与已存案件编号相同，标为「副本」。",
                                &[&name, &n, &copies],
                            )
                        } else {
                            fmt(Lang::Zh, "已从「{name}」导入 {n} 个案件。", &[&name, &n])
                        };
                        state.dispatch(Action::Notify { text, error: false });
                    }
                }
            });
        })
    };
    let backup_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let all = stored_cases(&state.cases);
            let refs: Vec<&Case> = all.iter().collect();
            let text = cases::backup(&refs, &state.profile);
            let today = browser::today();
            let name = format!("调解案件备份-{}.json", today);
            if let Err(e) = browser::save(text.as_bytes(), &name, "application/json") {
                state.dispatch(Action::Notify {
                    text: e,
                    error: true,
                });
            }
        })
    };
    // The 台账 (issue 26): one row per stored case, as the CSV the command line writes.
    let register_csv = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let rows: Vec<crate::register::Row> = stored_cases(&state.cases)
                .iter()
                .map(crate::register::row)
                .collect();
            let name = format!("调解台账-{}.csv", browser::today());
            let saved = crate::register::csv(&rows, true)
                .and_then(|bytes| browser::save(&bytes, &name, "text/csv;charset=utf-8"));
            if let Err(e) = saved {
                state.dispatch(Action::Notify {
                    text: e,
                    error: true,
                });
            }
        })
    };
    let undo_delete = state
        .notice
        .as_ref()
        .and_then(|n| n.undo_delete.clone())
        .map(|(summary, text)| {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| {
                match storage::write_text(&summary.id, &text, summary.clone(), &state.cases) {
                    Ok(s) => {
                        state.dispatch(Action::Stored(s));
                        state.dispatch(Action::DismissNotice);
                    }
                    Err(e) => state.dispatch(Action::StorageFailed(e)),
                }
            })
        });

    let rows = cases::list(&state.cases, &query, *sort);
    let shared = cases::shared_numbers(&state.cases);
    let total = state.cases.len();
    let row = |c: &cases::CaseSummary| {
        let id = c.id.clone();
        let open = {
            let (state, id) = (state.clone(), id.clone());
            Callback::from(move |_: MouseEvent| match storage::read_case(&id) {
                Ok(case) => state.dispatch(Action::Open {
                    id: id.clone(),
                    case: Rc::new(case),
                }),
                Err(e) => state.dispatch(Action::Notify {
                    text: e,
                    error: true,
                }),
            })
        };
        let duplicate = {
            let (state, id) = (state.clone(), id.clone());
            Callback::from(move |_: MouseEvent| match storage::read_case(&id) {
                Ok(case) => {
                    let new_id = storage::new_id();
                    let copy = cases::as_copy(&case);
                    let summary = CaseSummary {
                        copy: true,
                        ..CaseSummary::of(&new_id, &copy, js_sys::Date::now())
                    };
                    let text = crate::model::save(&copy);
                    match storage::write_text(&new_id, &text, summary, &state.cases) {
                        Ok(s) => {
                            state.dispatch(Action::Stored(s));
                            state.dispatch(Action::Notify {
                                text: t(Lang::Zh, "已复制为新案件，标为「副本」。副本不带原案的编号：打开后在「调解协议」一栏为它编新号。").into(),
                                error: false,
                            });
                        }
                        Err(e) => state.dispatch(Action::StorageFailed(e)),
                    }
                }
                Err(e) => state.dispatch(Action::Notify {
                    text: e,
                    error: true,
                }),
            })
        };
        let export = {
            let (state, id, label) = (
                state.clone(),
                id.clone(),
                if c.number.is_empty() {
                    c.parties.clone()
                } else {
                    c.number.clone()
                },
            );
            Callback::from(move |_: MouseEvent| {
                if let Some(text) = storage::case_text(&id) {
                    // The committee's holiday years the case's deadline is counted with
                    // go with it, so another device counts the same last day.
                    let text = match crate::model::load(&text) {
                        Ok(mut case) => {
                            let holidays = &state.profile.holidays;
                            if crate::validate::legal::embed_holidays(&mut case, holidays) {
                                crate::model::save(&case)
                            } else {
                                text
                            }
                        }
                        Err(_) => text,
                    };
                    let name = format!(
                        "调解案件-{}.json",
                        if label.is_empty() {
                            "未命名".to_string()
                        } else {
                            label.replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "")
                        }
                    );
                    if let Err(e) = browser::save(text.as_bytes(), &name, "application/json") {
                        state.dispatch(Action::Notify {
                            text: e,
                            error: true,
                        });
                    }
                }
            })
        };
        let delete = {
            let (state, id) = (state.clone(), id.clone());
            Callback::from(
                move |_: MouseEvent| match storage::remove_case(&id, &state.cases) {
                    Ok(text) => state.dispatch(Action::Deleted {
                        id: id.clone(),
                        text,
                    }),
                    Err(e) => state.dispatch(Action::StorageFailed(e)),
                },
            )
        };
        let outcome = super::options::OUTCOME
            .iter()
            .find(|(k, _)| *k == super::options::key(&c.outcome).as_str())
            .map(|(_, l)| t(lang, l))
            .unwrap_or("");
        let who = if c.parties.is_empty() {
            t(lang, "（未填当事人）").to_string()
        } else {
            c.parties.clone()
        };
        let who = if c.copy {
            fmt(lang, "{who}（副本）", &[&who])
        } else {
            who
        };
        let shared = shared.contains(c.number.trim());
        html! {
            <li class="case">
                <button type="button" class="case-open link" onclick={open} title={t(lang, "打开")}>
                    <span class="who">{ who.clone() }</span>
                    <span class="meta">{ fmt(lang, "{number} {title} · {outcome} · 保存于 {when}", &[&c.number, &c.title, &outcome, &when(c.updated)]) }</span>
                    if shared {
                        <span class="shared-number warning">{ t(lang, "编号与另一案件相同：请为其中一个另编编号") }</span>
                    }
                </button>
                <div class="case-tools">
                    <button type="button" class="secondary small" onclick={duplicate} aria-label={fmt(lang, "复制：{who}", &[&who])}>{ t(lang, "复制") }</button>
                    <button type="button" class="secondary small" onclick={export} aria-label={fmt(lang, "导出：{who}", &[&who])}>{ t(lang, "导出") }</button>
                    <button type="button" class="secondary small danger" onclick={delete} aria-label={fmt(lang, "删除：{who}", &[&who])}>{ t(lang, "删除") }</button>
                </div>
            </li>
        }
    };
    html! {
        <section class="cases" aria-label={t(lang, "案件列表")}>
            <div class="new-case">
                <button type="button" class="primary" id="new-blank" onclick={new_blank}>{ t(lang, "新建案件") }</button>
                <button type="button" class="secondary" id="new-profile" onclick={new_profile} disabled={state.profile.committee.name.is_empty()} title={t(lang, "在「本委员会设置」中填写后可用")}>{ t(lang, "按本委员会资料新建") }</button>
                <div class="example">
                    <label for="example">{ t(lang, "或从示例新建：") }</label>
                    <select id="example" onchange={on_example}>
                        { for EXAMPLES.iter().map(|(k, l)| html! { <option value={*k} selected={*example == *k}>{ t(lang, l) }</option> }) }
                    </select>
                    <button type="button" class="secondary" id="new-example" onclick={new_example}>{ t(lang, "打开示例副本") }</button>
                </div>
            </div>
            if let Some(n) = &state.notice {
                <div class={classes!("notice", n.error.then_some("error"))} role={if n.error { "alert" } else { "status" }} id="notice">
                    <span>{ tr(lang, &n.text).into_owned() }</span>
                    if let Some(cb) = undo_delete { <button type="button" class="secondary small" id="undo-delete" onclick={cb}>{ t(lang, "撤销") }</button> }
                    <button type="button" class="link" aria-label={t(lang, "关闭提示")} onclick={let s = state.clone(); Callback::from(move |_: MouseEvent| s.dispatch(Action::DismissNotice))}>{ "×" }</button>
                </div>
            }
            <div class="case-filter">
                <div class="field">
                    <label for="case-search">{ t(lang, "搜索（当事人、编号、案由）") }</label>
                    <input id="case-search" type="search" value={(*query).clone()} oninput={on_query} />
                </div>
                <div class="field">
                    <label for="case-sort">{ t(lang, "排序") }</label>
                    <select id="case-sort" onchange={on_sort}>
                        <option value="updated" selected={*sort == SortBy::Updated}>{ t(lang, "最近修改") }</option>
                        <option value="status" selected={*sort == SortBy::Status}>{ t(lang, "调解状态") }</option>
                    </select>
                </div>
            </div>
            <p class="hint">{ fmt(lang, "本机共 {total} 个案件，只保存在此浏览器中。", &[&total]) }</p>
            if rows.is_empty() {
                <p class="empty">{ if total == 0 { t(lang, "还没有案件。点「新建案件」开始，或从示例新建。") } else { t(lang, "没有符合条件的案件。") } }</p>
            } else {
                <ul class="case-list">{ for rows.into_iter().map(row) }</ul>
            }
            <div class="backup">
                <button type="button" class="secondary" id="backup-all" onclick={backup_all} disabled={total == 0}>{ t(lang, "导出全部（备份）") }</button>
                <button type="button" class="secondary" id="register-csv" onclick={register_csv} disabled={total == 0} title={t(lang, "每个案件一行：编号、受理日期、当事人、纠纷类型、结果、协议金额等，可用 Excel 打开")}>{ t(lang, "导出台账（CSV）") }</button>
                <label class="secondary file" for="import">{ t(lang, "导入案件或备份文件…") }</label>
                <input id="import" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_import} />
            </div>
        </section>
    }
}
