//! The editor's panels, one per section of a case's life: committee, parties, dispute,
//! intake, investigations and sessions, agreement, confirmation, visits, archive,
//! settings. The sections the chosen document needs come first and open; the rest
//! follow, closed. Also the other screens: the case list, the profile and training.

pub mod agreement;
pub mod archive;
pub mod cases;
pub mod committee;
pub mod confirmation;
pub mod dispute;
pub mod editor;
pub mod examples;
pub mod guide;
pub mod holidays;
pub mod options;
pub mod parties;
pub mod profile;
pub mod records;
pub mod settings;
pub mod training;
pub mod visits;

use crate::model::DocKind;
use crate::ui::components::{use_app, use_ctx};
use crate::ui::i18n::{fmt, n_, t, use_lang};
use crate::ui::state::Action;
use yew::prelude::*;

/// The open case, equal to another when the parts a panel shows are (`same`): a panel
/// that memoises its markup on it (`use_memo`) is not rebuilt when typing elsewhere
/// (the parties panel of a 121-party case builds 121 cards, the agreement panel 122
/// clauses and 121 signature dates).
#[derive(Clone)]
pub struct CaseParts {
    pub case: std::rc::Rc<crate::model::Case>,
    pub same: fn(&crate::model::Case, &crate::model::Case) -> bool,
}

impl PartialEq for CaseParts {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.case, &other.case) || (self.same)(&self.case, &other.case)
    }
}

/// A section of the editor: a part of the case (`model::Section`).
pub use crate::model::Section;

/// The section's heading.
pub fn section_title(s: Section) -> &'static str {
    match s {
        Section::Committee => n_("人民调解委员会"),
        Section::Parties => n_("当事人"),
        Section::Dispute => n_("纠纷"),
        Section::Intake => n_("受理"),
        Section::Records => n_("调查与调解记录"),
        Section::Agreement => n_("调解协议"),
        Section::Confirmation => n_("司法确认申请"),
        Section::Visits => n_("回访"),
        Section::Archive => n_("归档"),
        Section::Settings => n_("本案样式设置"),
    }
}

pub use crate::ui::state::needed;

/// The sections `doc` needs ([`needed`]), then all the others in the order of a
/// case's life: the order of the editor and of its index.
fn in_order(doc: DocKind) -> (Vec<Section>, Vec<Section>) {
    let first = needed(doc);
    let rest = Section::ALL
        .iter()
        .copied()
        .filter(|s| !first.contains(s))
        .collect();
    (first, rest)
}

fn body(section: Section) -> Html {
    match section {
        Section::Committee => html! { <CaseCommittee /> },
        Section::Parties => html! { <parties::PartiesPanel /> },
        Section::Dispute => html! { <dispute::DisputePanel /> },
        Section::Intake => html! { <dispute::IntakePanel /> },
        Section::Records => html! { <records::RecordsPanel /> },
        Section::Agreement => html! { <agreement::AgreementPanel /> },
        Section::Confirmation => html! { <confirmation::ConfirmationPanel /> },
        Section::Visits => html! { <visits::VisitsPanel /> },
        Section::Archive => html! { <archive::ArchivePanel /> },
        Section::Settings => html! { <CaseSettings /> },
    }
}

#[function_component]
fn CaseCommittee() -> Html {
    let app = use_app();
    html! { <committee::CommitteePanel base="" committee={app.case.committee.clone()} /> }
}

#[function_component]
fn CaseSettings() -> Html {
    let app = use_app();
    html! { <settings::SettingsPanel base="" settings={app.case.settings.clone()} /> }
}

/// How many issues of each severity sit in a section (shown on its heading).
fn counts(ctx: &crate::ui::components::Ctx, section: Section) -> (usize, usize) {
    use crate::validate::Severity;
    let of = |sev| {
        ctx.issues
            .iter()
            .filter(|i| i.severity == sev && Section::of_path(&i.path) == section)
            .count()
    };
    (of(Severity::Error), of(Severity::Warning))
}

/// The editor: the needed sections first, then the others; one open at a time (the
/// one being worked on), the rest folded to their headings with their counts.
#[function_component]
pub fn Sections() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let app = use_app();
    let (first, rest) = in_order(app.doc);
    // The section just opened folds the one above it: if that carried its heading out of
    // the window's top, bring the heading back to the top.
    use_effect_with(app.open_section, |open| {
        let Some(s) = *open else { return };
        if let Some(el) = gloo::utils::document().get_element_by_id(s.id())
            && el.get_bounding_client_rect().top() < 0.0
        {
            el.scroll_into_view_with_bool(true);
        }
    });
    let panel = |s: Section| {
        let (e, w) = counts(&ctx, s);
        let open = app.open_section == Some(s);
        // The heading opens its section and folds the others; on the open one it folds
        // it. The state decides, not the browser's own toggle.
        let onclick = {
            let app = app.clone();
            Callback::from(move |ev: MouseEvent| {
                ev.prevent_default();
                app.dispatch(Action::OpenSection((!open).then_some(s)));
            })
        };
        html! {
            <details class="section" id={s.id()} {open} tabindex="-1">
                <summary {onclick} aria-expanded={open.to_string()}>
                    <h2 class="title">{ t(lang, section_title(s)) }</h2>
                    if e > 0 { <span class="badge error">{ fmt(lang, "{n} 个错误", &[&e]) }</span> }
                    if w > 0 { <span class="badge warning">{ fmt(lang, "{n} 个警告", &[&w]) }</span> }
                </summary>
                // A folded section's fields are not built: a 120-party case opens fast.
                if open { <div class="section-body">{ body(s) }</div> }
            </details>
        }
    };
    html! {
        <div class="sections">
            { for first.iter().map(|s| panel(*s)) }
            <h2 class="others">{ fmt(lang, "其他信息（「{form}」不需要）", &[&app.doc.title()]) }</h2>
            { for rest.iter().map(|s| panel(*s)) }
        </div>
    }
}

/// The index that stays in view above the form (outside the read-only fieldset, so it
/// works on an example too).
#[function_component]
pub fn SectionIndex() -> Html {
    let lang = use_lang();
    let ctx = use_ctx();
    let app = use_app();
    let (first, rest) = in_order(app.doc);
    // The index that stays in view: every section, the ones this form needs first, each
    // with its count of errors and warnings; a click opens the section (folding the
    // others) and goes to it.
    let index_entry = |s: Section| {
        let (e, w) = counts(&ctx, s);
        let current = app.open_section == Some(s);
        let onclick = {
            let app = app.clone();
            Callback::from(move |ev: MouseEvent| {
                ev.prevent_default();
                // Focus opens the section (and folds the others) as it goes there.
                app.dispatch(Action::Focus(s.path().to_string()));
            })
        };
        html! {
            <li>
                <a href={format!("#{}", s.id())} {onclick} class={classes!(current.then_some("current"))} aria-current={current.then_some("true")}>
                    { t(lang, section_title(s)) }
                    if e > 0 { <span class="count error" aria-label={fmt(lang, "{n} 个错误", &[&e])}>{ e }</span> }
                    if w > 0 { <span class="count warning" aria-label={fmt(lang, "{n} 个警告", &[&w])}>{ w }</span> }
                </a>
            </li>
        }
    };
    // On a phone (one column) the export sits above the form and the preview below it:
    // the index, always in view, reaches both in one tap.
    let jump = |id: &'static str, label: &'static str| {
        let onclick = Callback::from(move |ev: MouseEvent| {
            ev.prevent_default();
            if let Some(el) = gloo::utils::document().get_element_by_id(id) {
                el.scroll_into_view_with_bool(true);
            }
        });
        html! {
            <li class="one-column">
                <a href={format!("#{id}")} class="jump" {onclick}>{ t(lang, label) }</a>
            </li>
        }
    };
    html! {
        // Focusable: on a phone it scrolls sideways, and the keyboard must reach it.
        <nav class="section-index" aria-label={t(lang, "各栏目录")} tabindex="0">
            <ul>
                { jump("doc-panel", n_("生成 PDF")) }
                { jump("preview-wrap", n_("预览")) }
                { for first.iter().chain(rest.iter()).map(|s| index_entry(*s)) }
            </ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_paths_find_their_section() {
        assert_eq!(
            Section::of_path("parties[0].agents[1].name"),
            Section::Parties
        );
        assert_eq!(Section::of_path("sessions[2].date"), Section::Records);
        assert_eq!(
            Section::of_path("agreement.clauses[0].text"),
            Section::Agreement
        );
        assert_eq!(
            Section::of_path("confirmation.court"),
            Section::Confirmation
        );
    }

    #[test]
    fn each_section_path_maps_back_to_its_section() {
        for s in Section::ALL {
            assert_eq!(Section::of_path(s.path()), s, "{}", s.path());
        }
    }

    #[test]
    fn the_confirmation_filing_opens_the_confirmation_section() {
        assert!(needed(DocKind::Filing).contains(&Section::Confirmation));
        assert!(!needed(DocKind::Agreement).contains(&Section::Confirmation));
    }
}
