//! The shipped examples indexed by the 15 MoJ dispute categories (domain spec §5.1):
//! each opens read-only (the editor with every input disabled, a 「只读示例」 banner and
//! 「复制为我的案件」) or as a copy, as 「打开示例副本」 does on the case list.

use super::cases::{EXAMPLES, open_new};
use crate::model::{Case, OFFICIAL_CATEGORIES, official_category};
use crate::ui::browser;
use crate::ui::components::use_app;
use crate::ui::i18n::{Lang, fmt, n_, t, use_lang};
use crate::ui::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// Each example's dispute type as its file states it (`dispute.kind`), so the index
/// needs no download; a test reads the files and holds this table to them.
pub const EXAMPLE_KINDS: &[(&str, &str)] = &[
    ("neighbours-water-leak", n_("邻里纠纷")),
    ("family-support", n_("赡养纠纷")),
    ("traffic-accident", n_("道路交通事故纠纷")),
    ("property-management", n_("物业纠纷")),
    ("medical-dispute", n_("医疗纠纷")),
    ("land-contract", n_("土地承包经营纠纷")),
    ("migrant-wages", n_("拖欠农民工工资纠纷")),
    ("consumer-group-refund", n_("其他消费纠纷")),
];

/// The 15 categories (`model::OFFICIAL_CATEGORIES`, domain spec §5.1) as keys, so that
/// the index shows them translated; a test holds this to the model's list.
const CATEGORY_KEYS: [&str; 15] = [
    n_("婚姻家庭纠纷"),
    n_("邻里纠纷"),
    n_("房屋宅基地纠纷"),
    n_("合同纠纷"),
    n_("生产经营纠纷"),
    n_("损害赔偿纠纷"),
    n_("山林土地纠纷"),
    n_("征地拆迁纠纷"),
    n_("环境污染纠纷"),
    n_("劳动争议纠纷"),
    n_("消费纠纷"),
    n_("医疗纠纷"),
    n_("道路交通事故纠纷"),
    n_("物业纠纷"),
    n_("其它纠纷"),
];

/// Fetch and read the example `name`; the error in Chinese (shown with `tr`).
pub async fn fetch_example(name: &str) -> Result<Case, String> {
    let url = format!("examples/{name}.json");
    let bytes = browser::fetch_bytes(&url, |_, _| {})
        .await
        .map_err(|e| fmt(Lang::Zh, "示例下载失败：{e}", &[&e]))?;
    crate::model::load(&String::from_utf8_lossy(&bytes))
        .map_err(|e| fmt(Lang::Zh, "示例无法读取：{e}", &[&e]))
}

/// Open the example `name` read-only (`copy` false) or as a stored copy.
pub fn open_example(state: &UseReducerHandle<AppState>, name: &str, copy: bool) {
    let (state, name) = (state.clone(), name.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        match fetch_example(&name).await {
            Ok(case) if copy => open_new(&state, case),
            Ok(case) => {
                state.dispatch(Action::OpenReadOnly {
                    name,
                    case: Rc::new(case),
                });
                // The banner at the top of the editor, where the reader starts.
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
            Err(text) => state.dispatch(Action::Notify { text, error: true }),
        }
    });
}

/// The label of an example (a key: show it with `t`).
pub fn label(name: &str) -> &'static str {
    EXAMPLES
        .iter()
        .find(|(k, _)| *k == name)
        .map_or(n_("示例"), |(_, l)| *l)
}

#[function_component]
pub fn ExampleIndex() -> Html {
    let app = use_app();
    let lang = use_lang();
    let rows = CATEGORY_KEYS.iter().enumerate().map(|(i, category)| {
        let here: Vec<(&str, &str, bool)> = EXAMPLE_KINDS
            .iter()
            .filter_map(|(name, kind)| match official_category(kind) {
                Some((c, by_tool)) if c == *category => Some((*name, *kind, by_tool)),
                _ => None,
            })
            .collect();
        let cell = if here.is_empty() {
            html! { <span class="hint">{ t(lang, "（暂无示例）") }</span> }
        } else {
            html! { <>{ for here.iter().map(|(name, kind, by_tool)| {
                let read = { let s = app.clone(); let n = name.to_string(); Callback::from(move |_: MouseEvent| open_example(&s, &n, false)) };
                let copy = { let s = app.clone(); let n = name.to_string(); Callback::from(move |_: MouseEvent| open_example(&s, &n, true)) };
                let kind_note = if *by_tool { fmt(lang, "{kind}，本工具归入此类", &[&t(lang, kind)]) } else { t(lang, kind).to_string() };
                html! {
                    <div class="example-row">
                        <span class="example-name">{ t(lang, label(name)) }<span class="hint">{ fmt(lang, "（{note}）", &[&kind_note]) }</span></span>
                        <button type="button" class="secondary" id={format!("read-{name}")} onclick={read}>{ t(lang, "只读打开") }</button>
                        <button type="button" class="secondary" id={format!("copy-{name}")} onclick={copy}>{ t(lang, "打开示例副本") }</button>
                    </div>
                }
            }) }</> }
        };
        html! {
            <tr>
                <td>{ i + 1 }</td>
                <th scope="row">{ t(lang, category) }</th>
                <td>{ cell }</td>
            </tr>
        }
    });
    let covered = OFFICIAL_CATEGORIES
        .iter()
        .filter(|c| {
            EXAMPLE_KINDS
                .iter()
                .any(|(_, k)| official_category(k).is_some_and(|(p, _)| p == **c))
        })
        .count();
    html! {
        <section class="example-index" aria-labelledby="example-index-title">
            <h3 id="example-index-title">{ t(lang, "示例案件（按司法部统计的 15 类纠纷）") }</h3>
            <p class="hint">{ fmt(lang, "共 {n} 个示例，覆盖 {covered} 类；另有空白骨架供练习。只读打开不会保存，也不能修改。", &[&EXAMPLE_KINDS.len(), &covered]) }</p>
            <div class="table-scroll">
                <table class="examples">
                    <thead><tr><th scope="col">{ t(lang, "序号") }</th><th scope="col">{ t(lang, "纠纷类别") }</th><th scope="col">{ t(lang, "示例") }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_index_states_each_examples_dispute_type_as_its_file_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut shipped: Vec<String> = std::fs::read_dir(&dir)
            .expect("examples/")
            .filter_map(|e| {
                let p = e.ok()?.path();
                if p.extension()? != "json" {
                    return None;
                }
                Some(p.file_stem()?.to_string_lossy().into_owned())
            })
            .filter(|n| n != "skeleton")
            .collect();
        shipped.sort();
        assert_eq!(EXAMPLE_KINDS.len(), shipped.len());
        for name in shipped {
            let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("example");
            let case = crate::model::load(&text).expect("example loads");
            let (_, kind) = EXAMPLE_KINDS
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| panic!("{name} is not in the index"));
            assert_eq!(case.dispute.kind, *kind, "{name}");
            assert!(
                official_category(kind).is_some(),
                "{name}: {kind} has no category"
            );
        }
        let categories: std::collections::BTreeSet<&str> = EXAMPLE_KINDS
            .iter()
            .filter_map(|(_, k)| official_category(k).map(|c| c.0))
            .collect();
        assert_eq!(categories.len(), 8, "{categories:?}");
    }

    #[test]
    fn category_keys_are_the_models_categories_in_order() {
        assert_eq!(CATEGORY_KEYS, OFFICIAL_CATEGORIES);
    }
}
