//! Add, remove and reorder the items of a list (parties, agents, clauses, records):
//! buttons, so it works with the keyboard and by touch; every change is undoable.

use super::use_ctx;
use crate::ui::i18n::{fmt, t, use_lang};
use crate::ui::state::Op;
use serde_json::Value;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemToolsProps {
    /// The list's path, e.g. `agreement.clauses`.
    pub list: AttrValue,
    pub index: usize,
    pub len: usize,
    /// What an item is called, for the buttons' labels: 「第N条」, 「当事人N」.
    pub noun: AttrValue,
}

/// ↑ ↓ 删除 for item `index` of a list.
#[function_component]
pub fn ItemTools(props: &ItemToolsProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let mv = |to: usize| {
        let (ctx, list, from) = (ctx.clone(), props.list.to_string(), props.index);
        Callback::from(move |_: MouseEvent| ctx.edit(list.clone(), Op::Move { from, to }))
    };
    let remove = {
        let (ctx, list, index) = (ctx.clone(), props.list.to_string(), props.index);
        Callback::from(move |_: MouseEvent| ctx.edit(list.clone(), Op::Remove { index }))
    };
    let i = props.index;
    html! {
        <div class="item-tools">
            <button type="button" class="icon" aria-label={fmt(lang, "上移{noun}", &[&props.noun])} title={t(lang, "上移")} disabled={i == 0} onclick={mv(i.saturating_sub(1))}>{ "↑" }</button>
            <button type="button" class="icon" aria-label={fmt(lang, "下移{noun}", &[&props.noun])} title={t(lang, "下移")} disabled={i + 1 >= props.len} onclick={mv(i + 1)}>{ "↓" }</button>
            <button type="button" class="icon danger" aria-label={fmt(lang, "删除{noun}", &[&props.noun])} title={t(lang, "删除（可撤销）")} onclick={remove}>{ t(lang, "删除") }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddProps {
    pub list: AttrValue,
    /// Where the new item goes (usually the list's length).
    pub index: usize,
    pub value: Value,
    pub label: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// Append a new item to a list.
#[function_component]
pub fn Add(props: &AddProps) -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let onclick = {
        let (list, index, value) = (props.list.to_string(), props.index, props.value.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.edit(
                list.clone(),
                Op::Insert {
                    index,
                    value: value.clone(),
                },
            );
            // The new item's first field takes the focus (issue 24), not the button.
            ctx.send(crate::ui::state::Action::Focus(format!("{list}[{index}]")));
        })
    };
    html! { <button type="button" class="secondary add" id={props.id.clone()} {onclick}>{ t(lang, "＋ ") }{ props.label.clone() }</button> }
}
