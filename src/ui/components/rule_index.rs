//! Every validation rule, grouped by what it checks, each expandable to its explanation
//! the way an issue's 「为什么？」 is, with a search box (every word must occur in the
//! rule's id, title, explanation, basis or examples). For trainers: place `<RuleIndex />`
//! on any screen; the all-issues list links to it meanwhile.

use super::why::ExplanationView;
use crate::ui::hooks::explain::{self, Explain, use_explanations};
use crate::ui::i18n::{fmt, t, tr, use_lang};
use crate::validate::explain::Explanation;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct RuleItemProps {
    explanation: Explanation,
}

/// One rule: its title, a button that shows its explanation (the rule id is only in
/// `data-rule`, for the tests, never shown).
#[function_component]
fn RuleItem(props: &RuleItemProps) -> Html {
    let open = use_state(|| false);
    let e = &props.explanation;
    let id = format!("rule-{}", e.rule.replace('.', "-"));
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <li class="rule" data-rule={e.rule.clone()}>
            <button type="button" class="link why-toggle" aria-expanded={(*open).to_string()}
                aria-controls={(*open).then(|| id.clone())} onclick={toggle}>
                { e.title.clone() }
            </button>
            if *open {
                <div class="why-body" id={id}><ExplanationView explanation={e.clone()} /></div>
            }
        </li>
    }
}

/// The index of every rule.
#[function_component]
pub fn RuleIndex() -> Html {
    let lang = use_lang();
    let state = use_explanations(true);
    let query = use_state(String::new);
    let update = use_force_update();
    let all = match state {
        Explain::Ready(all) => all,
        Explain::Failed(msg) => {
            let retry = Callback::from(move |_: MouseEvent| {
                let update = update.clone();
                explain::retry(Callback::from(move |_| update.force_update()));
            });
            return html! {
                <section class="rule-index" aria-label={t(lang, "检查规则说明")}>
                    <p class="hint" role="alert">{ tr(lang, &msg).into_owned() }{ " " }
                        <button type="button" class="link" onclick={retry}>{ t(lang, "重试") }</button></p>
                </section>
            };
        }
        Explain::Idle | Explain::Loading => {
            return html! {
                <section class="rule-index" aria-label={t(lang, "检查规则说明")}>
                    <p class="hint" aria-live="polite">{ t(lang, "正在加载规则说明…") }</p>
                </section>
            };
        }
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let groups: Vec<_> = all
        .grouped()
        .into_iter()
        .map(|(g, rules)| {
            let shown: Vec<&Explanation> =
                rules.into_iter().filter(|r| r.matches(&query)).collect();
            (g, shown)
        })
        .filter(|(_, shown)| !shown.is_empty())
        .collect();
    let count: usize = groups.iter().map(|(_, r)| r.len()).sum();
    let total = all.rules.len();
    let status = if query.trim().is_empty() {
        fmt(lang, "共 {total} 条规则", &[&total])
    } else {
        fmt(lang, "找到 {count} 条（共 {total} 条）", &[&count, &total])
    };
    html! {
        <section class="rule-index" aria-labelledby="rule-index-title">
            <h3 id="rule-index-title">{ t(lang, "检查规则说明") }</h3>
            <div class="field">
                <label for="rule-search">{ t(lang, "搜索规则（如：身份证、大写、期限）") }</label>
                <input id="rule-search" type="search" value={(*query).clone()} {oninput} />
            </div>
            <p class="rule-count" aria-live="polite">{ status }</p>
            { for groups.into_iter().map(|(g, rules)| html! {
                <div class="rule-group" key={g.prefix.clone()}>
                    <h4>{ g.title.clone() }</h4>
                    <ul>{ for rules.into_iter().map(|r| html! {
                        <RuleItem key={r.rule.clone()} explanation={r.clone()} />
                    }) }</ul>
                </div>
            }) }
        </section>
    }
}
