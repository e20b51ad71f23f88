//! What validation found: the pre-flight beside the export buttons (errors and
//! warnings), and the full list, most severe first. A click on an issue goes to its
//! field; a suggestion is applied with one click (the same edit as typing it); 「为什么？」
//! opens the rule's explanation, and the full list links to the index of every rule.

use super::rule_index::RuleIndex;
use super::use_ctx;
use super::why::Why;
use crate::ui::i18n::{Lang, fmt, t, use_lang};
use crate::ui::state::{Action, Op};
use crate::validate::{Issue, Severity, Summary};
use yew::prelude::*;

/// The CSS class of an issue's severity.
pub fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Notice => "notice",
    }
}

/// 「采用：…」: the issue's suggestion, applied with one click as the generic edit.
pub fn suggestion_button(lang: Lang, ctx: &super::Ctx, i: &Issue) -> Option<Html> {
    i.suggestion.clone().map(|s| {
        let ctx = ctx.clone();
        let label = fmt(lang, "采用：{value}", &[&s.label]);
        let onclick = Callback::from(move |_: MouseEvent| {
            ctx.send(Action::Edit {
                path: s.path.clone(),
                op: Op::Set(s.value.clone()),
            })
        });
        html! { <button type="button" class="link suggest" {onclick}>{ label }</button> }
    })
}

fn row(lang: Lang, ctx: &super::Ctx, i: &Issue, with_hint: bool) -> Html {
    let class = classes!("issue", severity_class(i.severity));
    let go = {
        let (ctx, path) = (ctx.clone(), i.path.clone());
        Callback::from(move |_: MouseEvent| ctx.send(Action::Focus(path.clone())))
    };
    let apply = suggestion_button(lang, ctx, i);
    let key = format!("{}|{}|{}", i.path, i.rule, i.message);
    html! {
        <li class={class} {key} data-rule={i.rule}>
            <strong>{ t(lang, i.severity.label()) }</strong>{ " " }
            <button type="button" class="link goto" onclick={go} title={t(lang, "转到要填写的地方")}>{ i.message.clone() }</button>
            if with_hint && !i.hint.is_empty() { <div class="hint">{ i.hint.clone() }</div> }
            if !i.basis.is_empty() { <div class="basis">{ fmt(lang, "依据：{basis}", &[&i.basis]) }</div> }
            { for apply }
            <Why rule={i.rule} />
        </li>
    }
}

/// Beside the export buttons: what blocks the final document (errors) and what a court
/// or an archivist would object to (warnings).
#[function_component]
pub fn Preflight() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let shown = super::use_shown();
    let expanded = use_state(|| false);
    let doc = ctx.doc;
    let pick = |sev: Severity| -> Vec<&Issue> {
        ctx.issues.iter().filter(|i| i.severity == sev).collect()
    };
    let (errors, warnings) = (pick(Severity::Error), pick(Severity::Warning));
    if errors.is_empty() && warnings.is_empty() {
        return html! {
            <p id="preflight" class="preflight ok">{ fmt(lang, "{form}：检查通过，可生成正式文书。", &[&doc.title()]) }</p>
        };
    }
    // The form's check in the form itself: every field's findings beneath it, not
    // only those of the fields already touched.
    let all = shown.all;
    let toggle = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::CheckAll(!all)))
    };
    // On one column (a phone) the list is above the form: folded to one line until
    // asked for, so the form is not pushed a few screens down.
    let more = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let n = errors.len() + warnings.len();
    html! {
        <div id="preflight" class={classes!("preflight", expanded.then_some("expanded"))} role="region" aria-label={t(lang, "生成前检查")}>
            if !errors.is_empty() {
                <p class="error">{ fmt(lang, "有 {n} 个错误：不能生成正式文书；可先「生成草稿」（每页带「草稿」水印）。", &[&errors.len()]) }</p>
            }
            <button type="button" class="link preflight-more" id="preflight-more" aria-expanded={expanded.to_string()} aria-controls="preflight-list" onclick={more}>
                { if *expanded { t(lang, "收起问题清单").to_string() } else { fmt(lang, "列出全部 {n} 项（错误和警告）", &[&n]) } }
            </button>
            <ul id="preflight-list">{ for errors.iter().chain(warnings.iter()).map(|i| row(lang, &ctx, i, false)) }</ul>
            <button type="button" class="secondary small" id="check-all" aria-pressed={all.to_string()} onclick={toggle}>
                { if all { t(lang, "只在填过的栏下显示问题") } else { t(lang, "在各栏下显示全部问题") } }
            </button>
        </div>
    }
}

/// Every issue, most severe first.
#[function_component]
pub fn AllIssues() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let counts = Summary::of(&ctx.issues);
    let summary = if counts.errors + counts.warnings + counts.notices == 0 {
        t(lang, "未发现问题").to_string()
    } else {
        fmt(
            lang,
            "{errors} 个错误，{warnings} 个警告，{notices} 个提示",
            &[&counts.errors, &counts.warnings, &counts.notices],
        )
    };
    let mut sorted: Vec<&Issue> = ctx.issues.iter().collect();
    sorted.sort_by_key(|i| i.severity);
    let index = use_state(|| false);
    let toggle = {
        let index = index.clone();
        Callback::from(move |_: MouseEvent| index.set(!*index))
    };
    html! {
        <details class="issues" id="issues">
            <summary>{ fmt(lang, "检查结果：{summary}", &[&summary]) }</summary>
            <ul>{ for sorted.into_iter().map(|i| row(lang, &ctx, i, true)) }</ul>
            <button type="button" class="link why-toggle" id="rule-index-toggle"
                aria-expanded={(*index).to_string()} aria-controls={(*index).then_some("rule-index")} onclick={toggle}>
                { t(lang, "全部检查规则说明") }
            </button>
            if *index { <div id="rule-index"><RuleIndex /></div> }
        </details>
    }
}
