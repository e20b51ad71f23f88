//! 「为什么？」: one rule explained — what it checks, why it matters, a right and a wrong
//! example, the basis — behind a disclosure button (`aria-expanded`, reachable by
//! keyboard, a 44 px target on touch). The explanations are fetched the first time one
//! is opened ([`crate::ui::hooks::explain`]).

use crate::ui::hooks::explain::{self, Explain, use_explanations};
use crate::ui::i18n::{n_, t, tr, use_lang};
use crate::validate::explain::Explanation;
use yew::prelude::*;

/// The text of an explanation: what it checks, why, the examples, the basis.
#[derive(Properties, PartialEq)]
pub struct ExplanationProps {
    pub explanation: Explanation,
}

#[function_component]
pub fn ExplanationView(props: &ExplanationProps) -> Html {
    let lang = use_lang();
    let e = &props.explanation;
    html! {
        <dl class="explain">
            <dt>{ t(lang, "检查什么") }</dt><dd>{ e.checks.clone() }</dd>
            <dt>{ t(lang, "为什么重要") }</dt><dd>{ e.why.clone() }</dd>
            <dt class="right">{ t(lang, "正确示例") }</dt>
            <dd class="example right">
                <code>{ e.right.value.clone() }</code>
                <span class="comment">{ e.right.comment.clone() }</span>
            </dd>
            <dt class="wrong">{ t(lang, "错误示例") }</dt>
            <dd class="example wrong">
                <code>{ e.wrong.value.clone() }</code>
                <span class="comment">{ e.wrong.comment.clone() }</span>
            </dd>
            <dt>{ t(lang, "依据") }</dt><dd class="basis">{ e.basis.clone() }</dd>
        </dl>
    }
}

/// The explanation of one rule, or where its loading is.
#[derive(Properties, PartialEq)]
pub struct RuleTextProps {
    pub rule: AttrValue,
}

#[function_component]
fn RuleText(props: &RuleTextProps) -> Html {
    let lang = use_lang();
    let state = use_explanations(true);
    let update = use_force_update();
    match state {
        Explain::Ready(all) => match all.get(&props.rule) {
            Some(e) => html! { <ExplanationView explanation={e.clone()} /> },
            None => html! { <p class="hint">{ t(lang, "这条规则暂无说明。") }</p> },
        },
        Explain::Failed(msg) => {
            let retry = Callback::from(move |_: MouseEvent| {
                let update = update.clone();
                explain::retry(Callback::from(move |_| update.force_update()));
            });
            html! {
                <p class="hint" role="alert">
                    { tr(lang, &msg).into_owned() }{ " " }
                    <button type="button" class="link" onclick={retry}>{ t(lang, "重试") }</button>
                </p>
            }
        }
        Explain::Idle | Explain::Loading => {
            html! { <p class="hint" aria-live="polite">{ t(lang, "正在加载规则说明…") }</p> }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    /// The rule id, e.g. `id_card.invalid`.
    pub rule: AttrValue,
    /// The button's text (a key, shown in the interface's language); 「为什么？」 unless
    /// given.
    #[prop_or(AttrValue::Static(n_("为什么？")))]
    pub label: AttrValue,
}

/// A disclosure button and, when open, the rule's explanation below it.
#[function_component]
pub fn Why(props: &WhyProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let suffix = use_id_suffix(&props.rule);
    let id = format!("why-{suffix}");
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="why">
            <button type="button" class="link why-toggle" aria-expanded={(*open).to_string()}
                aria-controls={(*open).then(|| id.clone())} onclick={toggle}>{ tr(lang, &props.label).into_owned() }</button>
            if *open {
                <div class="why-body" id={id}><RuleText rule={props.rule.clone()} /></div>
            }
        </div>
    }
}

/// A per-instance suffix for the element id: the rule with a counter, so two issues of
/// one rule get two ids.
#[hook]
fn use_id_suffix(rule: &str) -> String {
    let n = use_memo((), |_| {
        thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
        NEXT.with(|c| {
            c.set(c.get().wrapping_add(1));
            c.get()
        })
    });
    format!("{}-{}", rule.replace('.', "-"), *n)
}
