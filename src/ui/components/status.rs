//! The export status line: font download progress, rendering, done, failed.

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
    match &props.status {
        ExportStatus::Idle => {
            html! { <p class="status" role="status">{ "所有内容只在本机处理，不会上传。" }</p> }
        }
        ExportStatus::LoadingFonts { loaded, total } => {
            let (value, max, text) = match total {
                Some(t) if *t > 0 => (
                    *loaded as f64,
                    *t as f64,
                    format!("正在下载字体（首次使用需要）：{} / {}", mb(*loaded), mb(*t)),
                ),
                _ => (
                    0.0,
                    1.0,
                    format!("正在下载字体（首次使用需要）：{}", mb(*loaded)),
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
            html! { <p class="status" role="status"><span class="spinner" aria-hidden="true"></span>{ "正在排版并生成 PDF……" }</p> }
        }
        ExportStatus::Done {
            file_name,
            bytes,
            millis,
        } => html! {
            <p class="status ok" role="status">{ format!("已生成「{file_name}」（{} KB，用时 {millis:.0} 毫秒）", bytes.div_ceil(1024)) }</p>
        },
        ExportStatus::Failed(msg) => {
            html! { <p class="status error" role="alert">{ msg.clone() }</p> }
        }
    }
}
