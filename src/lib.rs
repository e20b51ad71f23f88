//! tiaojie (人民调解文书生成器): the documents of a people's-mediation case, made entirely
//! on the user's device.
//!
//! The pipeline (see `README.md`, "Architecture"):
//!
//! ```text
//! Case ─ validate ─▶ Vec<Issue>
//!   └─ document::<kind>::build ─▶ Document (semantic IR, no geometry)
//!        └─ layout::layout ─▶ Vec<Page> (positioned frames)
//!             ├─ render::pdf  (the only printpdf user)
//!             └─ render::svg  (the live preview, from the same frames)
//! ```
//!
//! Dependencies point one way: model ← validate ← document ← layout ← render ← ui.
//! Only `ui` names Yew, web-sys or gloo; only `render` and `fonts` name printpdf.
//!
//! # Glossary (Chinese term ↔ identifier)
//!
//! | 中文 | identifier |
//! |---|---|
//! | 案件 / 卷宗 | `Case` / `CaseFile` |
//! | 当事人 | `Party` (自然人 `Person`, 法人或其他组织 `Organisation`) |
//! | 申请人 / 被申请人 | `Side::Applicant` / `Side::Respondent` |
//! | 委托代理人 | `Agent` |
//! | 人民调解委员会 (调委会) | `Committee` |
//! | 人民调解员 / 记录人 | `mediator` / `recorder` |
//! | 纠纷 / 纠纷类型 | `Dispute` / `DisputeKind` |
//! | 人民调解协议书 | `DocKind::Agreement` |
//! | 协议条款 | `Clause` |
//! | 履行方式、时限 | `performance` |
//! | 司法确认 | `JudicialConfirmation` |
//! | 身份证号 | `id_number` (`validate::id_card`) |
//! | 统一社会信用代码 | `credit_code` (`validate::credit_code`) |
//! | 大写金额 | `validate::amount::to_capital` |
//! | 版心 | type area (`layout::style::PageStyle::{type_width, type_height}`) |
//! | 天头 / 订口 | top margin / binding margin |
//! | 禁则 (避头尾) | line-start / line-end prohibitions (`layout::text::linebreak`) |
//! | 字号 (三号, 二号…) | `layout::units::size` constants |
//! | 印章 | seal |

pub mod document;
pub mod dossier;
pub mod fonts;
pub mod inert;
pub mod layout;
pub mod model;
pub mod pipeline;
pub mod register;
pub mod render;
#[cfg(feature = "app")]
pub mod ui;
pub mod validate;
pub mod values;
