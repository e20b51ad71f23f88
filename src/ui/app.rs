//! The app shell: the state (one reducer, read from browser storage at start), the two
//! contexts components read, the side-effect hooks, and the four screens.

use super::browser;
use super::components::{Ctx, PartyNames, Shown};
use super::hooks::{
    storage, use_autosave, use_focus, use_fonts, use_issues, use_offline_ready, use_undo_keys,
};
use super::i18n::{Lang, t, tr};
use super::panels::{
    cases::CaseList, editor::EditorScreen, profile::ProfileScreen, training::TrainingScreen,
};
use super::state::{Action, AppState, Screen, StorageStatus};
use crate::validate::Issue;
use crate::values::calendar::Calendar;
use std::rc::Rc;
use yew::prelude::*;

/// `next`, or `prev` when equal: a recomputed value that did not change keeps its `Rc`,
/// so the context does not change and the inputs do not re-render.
fn keep<T: PartialEq>(prev: &std::cell::RefCell<Rc<T>>, next: Rc<T>) -> Rc<T> {
    let mut p = prev.borrow_mut();
    if **p != *next {
        *p = next;
    }
    p.clone()
}

/// A language's name in itself, for the switch (the same in either interface).
fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}

#[function_component]
pub fn App() -> Html {
    // The interface's language: remembered in this browser, `<html lang>` kept in step.
    let lang_state = use_state(browser::stored_lang);
    let lang = *lang_state;
    use_effect_with(lang, |lang| browser::set_html_lang(*lang));
    let switch_lang = {
        let lang_state = lang_state.clone();
        Callback::from(move |_: MouseEvent| {
            let next = lang_state.other();
            browser::store_lang(next);
            lang_state.set(next);
        })
    };
    let state = use_reducer(storage::initial_state);
    use_autosave(&state);
    use_undo_keys(&state);
    use_focus(&state);
    let fonts = use_fonts(&state);
    // A reload returns to the chosen form and, if it was shown, the preview.
    use_effect_with(state.doc, |doc| storage::set_doc(*doc));
    {
        let (state, fonts) = (state.clone(), fonts.clone());
        use_effect_with((), move |_| {
            if storage::preview_was_shown() && !fonts.bundled_loaded() {
                super::hooks::export::load_fonts(&state, &fonts);
            }
        });
    }
    let offline = use_offline_ready();
    use_effect_with((), |_| browser::remove_boot_shell());
    let today = browser::today();
    // Derived, never stored: the issues of the open case for the chosen form (after
    // typing pauses, in a large case).
    // The committee's holiday years first (they win over a case file's own copy).
    let calendar = use_memo(
        (state.profile.holidays.clone(), state.case.holidays.clone()),
        |(profile, case)| {
            let years: Vec<_> = profile.iter().chain(case.iter()).cloned().collect();
            Calendar::with(&years)
        },
    );
    let issues = use_issues(
        state.case.clone(),
        &state.case_id,
        state.doc,
        today,
        calendar.clone(),
    );
    let prev_issues = use_mut_ref(|| Rc::new(Vec::<Issue>::new()));
    let issues = keep(&prev_issues, issues);
    let parties: Rc<Vec<(String, String)>> = Rc::new(
        state
            .case
            .parties
            .iter()
            .map(|p| (p.id.clone(), p.name().to_string()))
            .collect(),
    );
    let prev_parties = use_mut_ref(|| Rc::new(Vec::new()));
    let parties = keep(&prev_parties, parties);
    let edit_error = state.edit_error.clone().map(Rc::new);
    let prev_error = use_mut_ref(|| Rc::new(None));
    let edit_error = (*keep(&prev_error, Rc::new(edit_error))).clone();
    let ctx = Ctx {
        dispatch: state.dispatcher(),
        issues,
        edit_error,
        doc: state.doc,
        today,
        calendar,
    };
    let shown = Shown {
        touched: state.touched.clone(),
        all: state.check_all,
    };
    let nav = |screen: Screen, action: fn() -> Action, id: &'static str, label: &'static str| {
        let s = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| s.dispatch(action()));
        let current = state.screen == screen;
        html! { <button type="button" {id} class={classes!("tab", current.then_some("current"))} aria-current={current.then_some("page")} {onclick}>{ label }</button> }
    };
    let storage_problem = match &state.storage {
        StorageStatus::Failed(m) if state.screen != Screen::Editor => {
            html! { <p class="notice error" role="alert" id="storage-error">{ tr(lang, m).into_owned() }</p> }
        }
        _ => html! {},
    };
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<UseReducerHandle<AppState>> context={state.clone()}>
        <ContextProvider<Ctx> context={ctx}>
        <ContextProvider<PartyNames> context={PartyNames(parties)}>
        <ContextProvider<Shown> context={shown}>
            <main class="app">
                <header>
                    <button type="button" id="lang-switch" class="secondary small lang-switch" onclick={switch_lang} title={t(lang, "切换界面语言")} lang={lang.other().html_lang()}>
                        { lang_name(lang.other()) }
                    </button>
                    <h1>{ t(lang, "人民调解文书生成器") }</h1>
                    <p class="sub">
                        { t(lang, "人民调解协议书、司法确认申请材料、调解卷宗 · 全部在本机生成，数据不离开本机") }
                        if offline { <span class="offline" id="offline-ready" title={t(lang, "应用、字体和示例已保存在本机，断网也能打开和生成文书")}>{ t(lang, " · 已可离线使用") }</span> }
                    </p>
                    <nav aria-label={t(lang, "主菜单")}>
                        { nav(Screen::Cases, || Action::ShowCases, "nav-cases", t(lang, "案件")) }
                        if !state.case_id.is_empty() || state.read_only.is_some() {
                            { nav(Screen::Editor, || Action::ShowEditor, "nav-editor", t(lang, "编辑当前案件")) }
                        }
                        { nav(Screen::Profile, || Action::ShowProfile, "nav-profile", t(lang, "本委员会设置")) }
                        { nav(Screen::Training, || Action::ShowTraining, "nav-training", t(lang, "培训")) }
                    </nav>
                </header>
                { storage_problem }
                {
                    match state.screen {
                        Screen::Cases => html! { <CaseList /> },
                        Screen::Editor => html! { <EditorScreen fonts={fonts.clone()} /> },
                        Screen::Profile => html! { <ProfileScreen fonts={fonts.clone()} /> },
                        Screen::Training => html! { <TrainingScreen fonts={fonts.clone()} /> },
                    }
                }
            </main>
        </ContextProvider<Shown>>
        </ContextProvider<PartyNames>>
        </ContextProvider<Ctx>>
        </ContextProvider<UseReducerHandle<AppState>>>
        </ContextProvider<Lang>>
    }
}
