//! 送达地址确认书: one per applicant of a confirmation filing (the court serves each
//! party at the address it confirms), made when the committee lists it under the
//! application's 附 (`settings.service_address_form`). The address and phone are the
//! party's own (for an organisation, its domicile); the recipient ticks electronic
//! service and signs by hand.

pub mod wording;

use super::super::common::Options;
use super::super::*;
use super::kit;
use crate::document::common::dispute_title;
use crate::model::{Case, Party, PartyKind};
use wording as w;

/// One confirmation per party, in the parties' order; one blank form when the case has
/// no party.
pub fn build_all(case: &Case, opts: &Options) -> Vec<Document> {
    if case.parties.is_empty() {
        return vec![build_one(case, &Party::default(), 0, opts)];
    }
    case.parties
        .iter()
        .enumerate()
        .map(|(i, p)| build_one(case, p, i, opts))
        .collect()
}

/// The confirmation of party `index`.
fn build_one(case: &Case, p: &Party, index: usize, _opts: &Options) -> Document {
    let path = |f: &str| format!("parties[{index}].{f}");
    let (address, phone) = match &p.kind {
        PartyKind::Person(x) => (x.address.as_str(), x.phone.as_str()),
        PartyKind::Organisation(o) => (o.address.as_str(), o.phone.as_str()),
    };
    let body = |text: &str| {
        Block::Paragraph(Paragraph::new(Role::Body, vec![Run::fixed(text)]).indent(2.0, 0.0))
    };
    let cause = format!("{}{}", dispute_title(case), w::CAUSE_SUFFIX);
    let mut blocks = vec![
        kit::title(w::TITLE),
        kit::field_line(w::CAUSE, w::LABEL_WIDTH, &cause, "dispute.title", 8),
        kit::field_line(w::RECIPIENT, w::LABEL_WIDTH, p.name(), path("name"), 4),
        kit::field_line(w::ADDRESS, w::LABEL_WIDTH, address, path("address"), 12),
        kit::field_line(w::PHONE, w::LABEL_WIDTH, phone, path("phone"), 8),
        kit::heading(w::NOTICE_HEADING),
    ];
    blocks.extend(w::NOTICE.iter().map(|t| body(t)));
    blocks.push(body(w::ELECTRONIC));
    blocks.push(Block::Paragraph(
        Paragraph::new(Role::Body, vec![Run::fixed(w::CONFIRMATION)])
            .indent(2.0, 0.0)
            .keep_with_next(),
    ));
    // Signed when the application is filed: name and day by hand.
    blocks.push(Block::Signature(SignatureBlock {
        groups: vec![SignatureGroup::of(
            Signer::Party,
            vec![kit::sign_line(w::SIGN, p.name(), path("name"))],
            true,
        )],
        seal: None,
        date: kit::pen_date_line(case),
    }));
    let mut meta = kit::meta(w::TITLE, case);
    meta.author = p.name().trim().to_string();
    Document { meta, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Side;

    #[test]
    fn one_confirmation_per_party_naming_its_address_and_phone() {
        let mut case = Case::default();
        let mut a = Party::person("p1", Side::Applicant, "张三");
        if let PartyKind::Person(x) = &mut a.kind {
            x.address = "城东街道一号".into();
            x.phone = "13900000001".into();
        }
        case.parties = vec![a, Party::person("p2", Side::Respondent, "李四")];
        let docs = build_all(&case, &Options::on(time::macros::date!(2026 - 12 - 07)));
        assert_eq!(docs.len(), 2);
        let text = |d: &Document| {
            d.blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Paragraph(p) => Some(p.text()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("|")
        };
        let first = text(&docs[0]);
        assert!(first.contains("受送达人：张三"), "{first}");
        assert!(first.contains("送达地址：城东街道一号"), "{first}");
        assert!(first.contains("联系电话：13900000001"), "{first}");
        assert!(text(&docs[1]).contains("受送达人：李四"));
        assert_eq!(docs[1].meta.author, "李四");
    }
}
