//! 人民调解口头协议登记表 (domain spec §1.7): filled in 「参照人民调解协议书填写」, so the
//! agreement's fields (§1.4) under its own title, without the copies sentence — an oral
//! agreement has no copies (人民调解法 Art. 28).

pub mod wording;

use super::super::common::Options;
use super::super::wording::COPIES_BEFORE;
use super::super::*;
use super::kit;
use crate::model::Case;
use wording as w;

/// Build the oral-agreement registration for `case`. Total, as the agreement is.
pub fn build(case: &Case, opts: &Options) -> Document {
    let mut doc = super::agreement::build(case, opts);
    doc.meta = kit::meta(w::TITLE, case);
    doc.blocks.retain(|b| !is_copies_sentence(b));
    for b in &mut doc.blocks {
        if let Block::Paragraph(p) = b
            && p.role == Role::Title
        {
            p.runs = vec![Run::fixed(w::TITLE)];
        }
    }
    doc
}

/// The 「本协议一式＿份……」 paragraph of the agreement.
pub(crate) fn is_copies_sentence(b: &Block) -> bool {
    matches!(b, Block::Paragraph(p) if p.runs.first().is_some_and(|r| r.text == COPIES_BEFORE))
}
