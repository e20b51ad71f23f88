//! 四联单 mode of the agreement (domain spec §1.8): the same agreement printed once per
//! copy, each under its 联次 caption (default 第一联　存根 / 第二联　当事人 / 第三联　当事人
//! / 第四联　人民调解委员会, `settings.carbon_copy_captions`). An unverified local form,
//! documented as such in `docs/case-format.md`.

pub mod wording;

use super::super::common::Options;
use super::super::*;
use crate::model::Case;

/// One agreement per caption of `settings.carbon_copy_captions`, the caption at the top
/// right above the title; with no captions, the agreement once, uncaptioned.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    let agreement = super::agreement::build(case, opts);
    let captions: Vec<&str> = case
        .settings
        .carbon_copy_captions
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if captions.is_empty() {
        return vec![agreement];
    }
    captions
        .into_iter()
        .map(|c| captioned(agreement.clone(), c))
        .collect()
}

/// `doc` with `caption` at the top right of its first page.
fn captioned(mut doc: Document, caption: &str) -> Document {
    doc.blocks.insert(
        0,
        Block::Paragraph(
            Paragraph::new(
                Role::Label,
                vec![Run::value(caption, "settings.carbon_copy_captions")],
            )
            .align(Align::Right)
            .keep_with_next(),
        ),
    );
    doc
}
