//! The 附表 rosters of a group case's court filing (domain spec §3.5): the listed
//! parties' particulars in a table, and the table they sign in.

use crate::document::common::Options;
use crate::document::forms::confirmation::wording as w;
use crate::document::party::{name_or_blank, sex_and_birth};
use crate::document::*;
use crate::model::{Case, Date, PartyKind};
use crate::values::id_card;

/// A roster (附表): one row per party with the particulars the court needs.
pub(crate) fn roster_table(case: &Case, members: &[usize], opts: &Options) -> Table {
    let cell = |text: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center),
        )
    };
    let left = |text: String, path: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::value(text, path)]).align(Align::Left),
        )
    };
    // Widths from what the cells hold at 小四: an 18-character ID or credit code and
    // the 10-character 「1979-09-07」 never wrap (a number broken across lines is
    // misread); the phone sits under the ID, as on the agreement's 附表.
    let mut t = Table::new(vec![
        ColumnWidth::Chars(2.5),
        ColumnWidth::Fr(1.0),
        ColumnWidth::Chars(2.5),
        ColumnWidth::Chars(6.6),
        ColumnWidth::Chars(11.6),
        ColumnWidth::Fr(1.6),
    ])
    .header_row(TableRow::new(vec![
        cell(w::COL_NO.to_string()),
        cell(w::COL_NAME.to_string()),
        cell(w::COL_SEX.to_string()),
        cell(w::COL_BIRTH.to_string()),
        TableCell::new(vec![
            Paragraph::new(Role::Label, vec![Run::fixed(w::COL_ID)]).align(Align::Center),
            Paragraph::new(Role::Label, vec![Run::fixed(w::COL_PHONE)]).align(Align::Center),
        ]),
        cell(w::COL_ADDRESS.to_string()),
    ]));
    let id_and_phone = |id: String, phone: String| {
        TableCell::new(vec![
            Paragraph::new(Role::Label, vec![Run::fixed(id)]).align(Align::Center),
            Paragraph::new(Role::Label, vec![Run::fixed(phone)]).align(Align::Center),
        ])
    };
    for (n, &i) in members.iter().enumerate() {
        let Some(p) = case.parties.get(i) else {
            continue;
        };
        let path = |f: &str| format!("parties[{i}].{f}");
        let row = match &p.kind {
            PartyKind::Person(person) => {
                let (sex, birth) = sex_and_birth(person, opts.today);
                vec![
                    cell((n + 1).to_string()),
                    left(name_or_blank(p), path("name")),
                    cell(sex.unwrap_or("").to_string()),
                    cell(birth.map(iso).unwrap_or_default()),
                    id_and_phone(
                        id_card::normalise(&person.id_number, opts.today)
                            .unwrap_or_else(|| person.id_number.trim().to_string()),
                        person.phone.trim().to_string(),
                    ),
                    left(person.address.trim().to_string(), path("address")),
                ]
            }
            PartyKind::Organisation(org) => {
                let rep = org.representative_kind.label();
                let name = if org.representative.trim().is_empty() {
                    name_or_blank(p)
                } else {
                    format!(
                        "{}（{rep}{}{}）",
                        name_or_blank(p),
                        w::COLON,
                        org.representative.trim()
                    )
                };
                vec![
                    cell((n + 1).to_string()),
                    left(name, path("name")),
                    cell(String::new()),
                    cell(String::new()),
                    id_and_phone(
                        org.credit_code.trim().to_string(),
                        org.phone.trim().to_string(),
                    ),
                    left(org.address.trim().to_string(), path("address")),
                ]
            }
        };
        t = t.row(TableRow::new(row));
    }
    t
}

/// 「1979-09-07」: dates in a narrow table column.
pub(crate) fn iso(d: Date) -> String {
    format!("{}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// The signature table: 序号, the party, and room to sign or seal.
pub(crate) fn signature_table(case: &Case, members: &[(&str, usize)], with_label: bool) -> Table {
    let cell = |text: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center),
        )
    };
    let mut t = Table::new(vec![
        ColumnWidth::Chars(3.0),
        ColumnWidth::Fr(2.0),
        ColumnWidth::Fr(1.5),
    ])
    .header_row(TableRow::new(vec![
        cell(w::COL_NO.to_string()),
        cell(w::COL_NAME.to_string()),
        cell(w::COL_SIGN.to_string()),
    ]));
    for (n, &(l, i)) in members.iter().enumerate() {
        let Some(p) = case.parties.get(i) else {
            continue;
        };
        let name = if with_label {
            format!("{l}{}", name_or_blank(p))
        } else {
            name_or_blank(p)
        };
        t = t.row(
            TableRow::new(vec![
                cell((n + 1).to_string()),
                TableCell::paragraph(
                    Paragraph::new(
                        Role::Label,
                        vec![Run::value(name, format!("parties[{i}].name"))],
                    )
                    .align(Align::Left),
                ),
                TableCell::empty(),
            ])
            .min_lines(2.0),
        );
    }
    t
}
