//! The export status line: font download progress, rendering, done, failed.

use crate::ui::i18n::{fmt, t, tr, use_lang};
use crate::ui::state::ExportStatus;
use yew::prelude::*;

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub status: ExportStatus,
}

#[function_component]
pub fn Status(props: &StatusProps) -> Html {
    let lang = use_lang();
    match &props.status {
        ExportStatus::Idle => {
            html! { <p class="status" role="status">{ t(lang, "所有内容只在本机处理，不会上传。") }</p> }
        }
        ExportStatus::LoadingFonts { loaded, total } => {
            let (value, max, text) = match total {
                Some(all) if *all > 0 => (
                    *loaded as f64,
                    *all as f64,
                    fmt(
                        lang,
                        "正在下载字体（首次使用需要）：{loaded} / {total}",
                        &[&mb(*loaded), &mb(*all)],
                    ),
                ),
                _ => (
                    0.0,
                    1.0,
                    fmt(
                        lang,
                        "正在下载字体（首次使用需要）：{loaded}",
                        &[&mb(*loaded)],
                    ),
                ),
            };
            html! {
                <div class="status" role="status">
                    <progress value={value.to_string()} max={max.to_string()} />
                    <span>{ text }</span>
                </div>
            }
        }
        ExportStatus::Rendering => {
            html! { <p class="status" role="status"><span class="spinner" aria-hidden="true"></span>{ t(lang, "正在排版并生成 PDF……") }</p> }
        }
        ExportStatus::Done {
            file_name,
            bytes,
            millis,
        } => html! {
            <p class="status ok" role="status">{ fmt(lang, "已生成「{file}」（{kb} KB；排版和生成用时 {ms} 毫秒，不含字体下载）", &[&file_name, &bytes.div_ceil(1024), &format!("{millis:.0}")]) }</p>
        },
        ExportStatus::Failed(msg) => {
            html! { <p class="status error" role="alert">{ tr(lang, msg).into_owned() }</p> }
        }
    }
}
