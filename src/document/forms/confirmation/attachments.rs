//! The 附 list of the confirmation application, built from the case (民诉法解释 Art. 354;
//! 法释〔2011〕5号 Art. 3; domain spec §3.5 note 4).

use super::*;

/// The 附 list (§3.5 note 4), each item with the field it comes from: the agreement,
/// the proof of mediation, each applicant's identity documents, property-right proofs
/// when a clause is flagged as touching property rights, each agent's power of attorney
/// and identity document, the service-address form when set, then the attachments the
/// user typed that the list does not already have. The persons of a side listed in the
/// roster are counted in one item (名单见附表一); everyone else is listed by name.
pub fn attachments(case: &Case) -> Vec<(String, String)> {
    let sides = rostered_sides(case);
    let listed = |p: &Party| sides.contains(&p.side);
    let mut out: Vec<(String, String)> = Vec::new();
    let number = crate::document::common::agreement_number(case);
    let agreement = if number.is_empty() {
        format!("{}{}", w::AGREEMENT_DOC, w::ORIGINAL)
    } else {
        format!("{number}{}{}", w::AGREEMENT_DOC, w::ORIGINAL)
    };
    out.push((agreement, "agreement".into()));
    out.push((w::PROOF.to_string(), "agreement".into()));

    let label_of = |p: &Party| party_label(case, p);
    let persons = case
        .parties
        .iter()
        .filter(|p| !p.is_organisation() && listed(p))
        .count();
    if persons > 0 {
        out.push((
            format!("{persons}{}", w::PERSON_IDS_ROSTER),
            "parties".into(),
        ));
    }
    for (i, p) in case.parties.iter().enumerate() {
        let who = format!("{}{}", label_of(p), name_or_blank(p));
        match &p.kind {
            PartyKind::Person(_) if listed(p) => {}
            PartyKind::Person(_) => {
                out.push((
                    format!("{who}{}{}", w::OF, w::PERSON_ID),
                    format!("parties[{i}].id_number"),
                ));
            }
            PartyKind::Organisation(org) => {
                out.push((
                    format!("{who}{}{}", w::OF, w::BUSINESS_LICENCE),
                    format!("parties[{i}].credit_code"),
                ));
                let rep = org.representative_kind.label();
                out.push((
                    format!("{who}{}{rep}{}", w::OF, w::REPRESENTATIVE_PROOF_SUFFIX),
                    format!("parties[{i}].representative"),
                ));
            }
        }
    }
    let property = case.agreement.clauses.iter().any(|c| {
        c.flags
            .iter()
            .any(|f| matches!(f, SubjectFlag::PropertyOwnership | SubjectFlag::IpOwnership))
    });
    if property {
        out.push((w::PROPERTY_PROOF.to_string(), "agreement.clauses".into()));
    }
    for (i, p) in case.parties.iter().enumerate() {
        let who = format!("{}{}", label_of(p), name_or_blank(p));
        for (ai, a) in p.agents.iter().enumerate() {
            let name = if a.name.trim().is_empty() {
                blank(3)
            } else {
                a.name.trim().to_string()
            };
            let path = format!("parties[{i}].agents[{ai}]");
            out.push((
                format!("{who}{}{}", w::OF, w::POWER_OF_ATTORNEY),
                path.clone(),
            ));
            if a.category.licensed() {
                // A lawyer files a copy of the licence and the firm's letter (所函).
                out.push((
                    format!("{}{name}{}{}", w::AGENT, w::OF, w::AGENT_LICENCE),
                    format!("{path}.licence"),
                ));
                out.push((
                    format!("{}{}", a.affiliation.trim(), w::FIRM_LETTER),
                    format!("{path}.affiliation"),
                ));
            } else {
                out.push((
                    format!("{}{name}{}{}", w::AGENT, w::OF, w::AGENT_ID),
                    format!("{path}.id_number"),
                ));
            }
        }
    }
    if case.settings.service_address_form {
        out.push((
            w::SERVICE_ADDRESS.to_string(),
            "settings.service_address_form".into(),
        ));
    }
    // Typed attachments: those the list already covers are left out.
    let mut covered = vec![
        w::COVERED_AGREEMENT,
        w::COVERED_PROOF,
        w::COVERED_IDENTITY,
        w::POWER_OF_ATTORNEY,
    ];
    if property {
        covered.push(w::COVERED_PROPERTY);
    }
    if case.settings.service_address_form {
        covered.push(w::COVERED_SERVICE);
    }
    if let Some(conf) = &case.confirmation {
        for (k, att) in conf.attachments.iter().enumerate() {
            let name = att.name.trim();
            if name.is_empty() || covered.iter().any(|c| name.contains(c)) {
                continue;
            }
            let text = match att.copies {
                Some(n) if n > 0 => format!(
                    "{name}{}{}",
                    crate::document::wording::chinese_numeral(n),
                    w::COPIES_SUFFIX
                ),
                _ => name.to_string(),
            };
            out.push((text, format!("confirmation.attachments[{k}].name")));
        }
    }
    out
}
