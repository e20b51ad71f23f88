//! 本委员会设置: the committee profile new cases start from (name, kind, address,
//! phone, mediators, recorders, usual courts, seal text), the local form settings, the
//! user's font, and clearing all local data.

use crate::ui::components::fields::{Parse, Parsed};
use crate::ui::components::use_app;
use crate::ui::hooks::{Fonts, fonts, storage};
use crate::ui::i18n::{Lang, fmt, t, use_lang};
use crate::ui::state::{Action, AppState};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub fonts: Fonts,
}

#[function_component]
pub fn ProfileScreen(props: &ProfileProps) -> Html {
    let lang = use_lang();
    let app = use_app();
    let p = app.profile.clone();
    let clear = {
        let state = app.clone();
        Callback::from(move |_: MouseEvent| {
            let ok = gloo::dialogs::confirm(t(
                lang,
                "清除本机保存的全部案件、本委员会资料和字体？此操作不能撤销，请先「导出全部（备份）」。",
            ));
            if !ok {
                return;
            }
            let state = state.clone();
            match storage::clear_all() {
                Ok(()) => {
                    wasm_bindgen_futures::spawn_local(async move {
                        fonts::forget_user_font().await;
                        state.dispatch(Action::Cleared);
                    });
                }
                Err(e) => state.dispatch(Action::StorageFailed(e)),
            }
        })
    };
    html! {
        <section class="profile" aria-label={t(lang, "本委员会设置")}>
            <p class="hint">{ t(lang, "这里的资料会预先填入「按本委员会资料新建」的案件。只保存在本机。") }</p>
            <fieldset>
                <legend><h2 class="title">{ t(lang, "本委员会") }</h2></legend>
                <super::committee::CommitteePanel base="profile." committee={p.committee.clone()} />
                <Parsed path="profile.courts" label={t(lang, "常用受理法院（用「、」分隔）")} value={AttrValue::from(p.courts.join("、"))} parse={Parse::Names} />
            </fieldset>
            <details class="section">
                <summary><h2 class="title">{ t(lang, "本地文书样式（新案件的默认设置）") }</h2></summary>
                <div class="section-body">
                    <super::settings::SettingsPanel base="profile." settings={p.settings.clone()} />
                </div>
            </details>
            <super::holidays::HolidaysPanel />
            <UserFont fonts={props.fonts.clone()} />
            <fieldset class="danger-zone">
                <legend>{ t(lang, "本机数据") }</legend>
                <button type="button" class="secondary danger" id="clear-all" onclick={clear}>{ t(lang, "清除本机全部数据…") }</button>
            </fieldset>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct UserFontProps {
    pub fonts: Fonts,
}

/// Load a font from the computer (kept for the next visit); optionally set the body in it.
#[function_component]
pub fn UserFont(props: &UserFontProps) -> Html {
    let lang = use_lang();
    let state: UseReducerHandle<AppState> = use_app();
    let on_file = {
        let (state, fonts) = (state.clone(), props.fonts.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (state, fonts) = (state.clone(), fonts.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let blob = gloo::file::Blob::from(file);
                match gloo::file::futures::read_as_bytes(&blob).await {
                    Ok(bytes) => fonts.load_user(&state, name, bytes, true).await,
                    Err(e) => state.dispatch(Action::ExportFailed(fmt(
                        Lang::Zh,
                        "无法读取字体文件：{e}",
                        &[&e],
                    ))),
                }
            });
        })
    };
    let body_in_user = state.case.settings.page.body_face == crate::model::BodyFace::User;
    let on_body = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::BodyInUserFont(input.checked()))
        })
    };
    html! {
        <details class="user-font">
            <summary>{ t(lang, "字体缺字？加载本机字体") }</summary>
            <p>{ t(lang, "内置字体覆盖 GB 2312 与《通用规范汉字表》共 8,230 个汉字。姓名中的生僻字若缺失，可加载本机已有的字体（如仿宋_GB2312），PDF 将只嵌入用到的字形。字体保存在本机浏览器中，下次打开仍可使用。") }</p>
            <label for="user-font">{ t(lang, "选择字体文件（.otf / .ttf）") }</label>
            <input id="user-font" type="file" accept=".otf,.ttf,font/otf,font/ttf" onchange={on_file} />
            if let Some(name) = &state.user_font {
                <p class="status ok">{ fmt(lang, "已加载：{name}", &[&name]) }</p>
                if state.screen == crate::ui::state::Screen::Editor {
                    <label class="check">
                        <input id="body-user-font" type="checkbox" checked={body_in_user} onchange={on_body} />
                        { t(lang, "本案正文使用此字体（如仿宋_GB2312）；其中缺少的字仍用内置字体") }
                    </label>
                }
            }
        </details>
    }
}
