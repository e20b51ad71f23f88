//! The rosters (附表) of a group case: the listed parties' particulars in a table, and
//! the table they sign in; the agreement's 附表 and the court filing's share the column
//! heads, the column sizing and the caption row every page repeats.

use crate::document::common::Options;
use crate::document::forms::confirmation::wording as cw;
use crate::document::party::{name_or_blank, sex_and_birth};
use crate::document::wording as w;
use crate::document::*;
use crate::model::{Case, Date, PartyKind};
use crate::values::id_card;

/// A cell's padding both sides with a little to spare, in em of the table text (4 pt a
/// side at 五号 is 0.76 em).
const PAD_EM: f32 = 0.9;

/// The widest a name column grows to fit the longest person's name, in em; a longer
/// name (an organisation's) wraps in its cell.
const NAME_EM_MAX: f32 = 8.0;

/// The width of `text` in em as the bundled serif sets it: ideographs and full-width
/// marks 1, figures 0.56, narrow punctuation 0.33, anything else 0.7 (a Latin capital).
pub(crate) fn em_width(text: &str) -> f32 {
    text.chars()
        .map(|c| match c {
            '0'..='9' => 0.56,
            ',' | '.' | ':' | ';' | ' ' => 0.33,
            '-' => 0.35,
            c if (c as u32) >= 0x2E80 => 1.0,
            _ => 0.7,
        })
        .sum()
}

/// A column just wide enough for the widest of `texts` and at least `min_em`.
pub(crate) fn fit<S: AsRef<str>>(texts: impl IntoIterator<Item = S>, min_em: f32) -> ColumnWidth {
    let widest = texts
        .into_iter()
        .map(|t| em_width(t.as_ref()))
        .fold(min_em, f32::max);
    ColumnWidth::Chars(widest + PAD_EM)
}

/// A centred cell of fixed text.
pub(crate) fn cell(text: impl Into<String>) -> TableCell {
    TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center))
}

/// A column head of one word a line (never broken inside a word).
pub(crate) fn head(lines: &[&str]) -> TableCell {
    TableCell::new(
        lines
            .iter()
            .map(|l| Paragraph::new(Role::Label, vec![Run::fixed(*l)]).align(Align::Center))
            .collect(),
    )
}

/// The 姓名 head: 「（名称）」 under it when an organisation is listed.
pub(crate) fn name_head(orgs: bool) -> TableCell {
    if orgs {
        head(&[w::COL_NAME, w::COL_NAME_ORG])
    } else {
        head(&[w::COL_NAME])
    }
}

/// The ID-and-phone head: 「身份证号／」「统一社会信用代码」 when an organisation is
/// listed, then 「联系方式」.
pub(crate) fn id_head(orgs: bool) -> TableCell {
    let id_or = format!("{}{}", w::COL_ID, w::COL_ID_OR);
    if orgs {
        head(&[&id_or, w::COL_CREDIT_CODE, w::COL_PHONE])
    } else {
        head(&[w::COL_ID, w::COL_PHONE])
    }
}

/// The name column: the longest person's name (an organisation's wraps), the head.
pub(crate) fn name_column(case: &Case, members: &[usize]) -> ColumnWidth {
    let orgs = members
        .iter()
        .any(|&i| case.parties.get(i).is_some_and(|p| p.is_organisation()));
    let names = members
        .iter()
        .filter_map(|&i| case.parties.get(i))
        .filter(|p| !p.is_organisation())
        .map(name_or_blank);
    let head: &[&str] = if orgs {
        &[w::COL_NAME, w::COL_NAME_ORG]
    } else {
        &[w::COL_NAME]
    };
    match fit(names.chain(head.iter().map(|s| s.to_string())), 2.0) {
        ColumnWidth::Chars(c) => ColumnWidth::Chars(c.min(NAME_EM_MAX + PAD_EM)),
        other => other,
    }
}

/// The ID-and-phone column: the longest ID, credit code or phone, the head.
pub(crate) fn id_column(case: &Case, members: &[usize], opts: &Options) -> ColumnWidth {
    let mut texts: Vec<String> = vec![w::COL_ID.into(), w::COL_PHONE.into()];
    for p in members.iter().filter_map(|&i| case.parties.get(i)) {
        let (id, phone) = id_and_phone(p, opts);
        texts.push(id);
        texts.push(phone);
        if p.is_organisation() {
            texts.push(w::COL_CREDIT_CODE.into());
        }
    }
    fit(texts, 2.0)
}

/// A party's ID (normalised) or credit code, and phone.
fn id_and_phone(p: &crate::model::Party, opts: &Options) -> (String, String) {
    match &p.kind {
        PartyKind::Person(person) => (
            id_card::normalise(&person.id_number, opts.today)
                .unwrap_or_else(|| person.id_number.trim().to_string()),
            person.phone.trim().to_string(),
        ),
        PartyKind::Organisation(org) => (
            org.credit_code.trim().to_string(),
            org.phone.trim().to_string(),
        ),
    }
}

/// What a 附表's caption names: what it belongs to (「人民调解协议书附表　编号：」) and
/// the agreement's 编号, which never breaks across lines.
pub(crate) struct Caption {
    pub what: String,
    pub number: String,
}

/// The caption row every page of a 附表 repeats, across all `columns`: what it belongs
/// to with the 编号, then 「第n页　共m页」 of the table's own pages (layout counts them by
/// `key`). One line on an A4 page; where it must wrap, it wraps between the parts.
pub(crate) fn caption_row(caption: Caption, key: &str, columns: usize) -> TableRow {
    let runs = vec![
        Run::fixed(caption.what),
        Run::fixed(caption.number).kept(),
        Run::fixed("　　"),
        Run::page_of(key).kept(),
    ];
    TableRow::new(vec![
        TableCell::paragraph(Paragraph::new(Role::Label, runs).align(Align::Left))
            .span(columns.max(1)),
    ])
}

/// The 合计 row: 「合计」, 「共N人」 and, when given, the sum of the amounts.
pub(crate) fn total_row(count: usize, columns: usize, amount: Option<String>) -> TableRow {
    let persons = TableCell::paragraph(
        Paragraph::new(
            Role::Label,
            vec![Run::fixed(format!("{count}{}", w::TOTAL_PERSONS))],
        )
        .align(Align::Left),
    );
    let mut cells = vec![cell(w::TOTAL).span(2)];
    match amount {
        Some(a) => {
            cells.push(persons.span(columns.saturating_sub(3).max(1)));
            cells.push(TableCell::paragraph(
                Paragraph::new(Role::Label, vec![Run::fixed(a)]).align(Align::Right),
            ));
        }
        None => cells.push(persons.span(columns.saturating_sub(2).max(1))),
    }
    TableRow::new(cells)
}

/// The application's roster (附表一): one row per party with the particulars the court
/// needs, in the compact text so a page holds many, then the 合计 row. `caption` ties
/// each page to the application and its agreement.
pub(crate) fn roster_table(
    case: &Case,
    members: &[usize],
    opts: &Options,
    caption: Caption,
) -> Table {
    let left = |text: String, path: String| {
        TableCell::paragraph(
            Paragraph::new(Role::Label, vec![Run::value(text, path)]).align(Align::Left),
        )
    };
    let orgs = members
        .iter()
        .any(|&i| case.parties.get(i).is_some_and(|p| p.is_organisation()));
    let columns = vec![
        fit([members.len().to_string(), w::COL_SERIAL.to_string()], 2.0),
        name_column(case, members),
        fit([w::COL_SEX], 2.0),
        // 「1979-09-07」 never wraps (a date broken across lines is misread).
        fit([cw::COL_BIRTH, "0000-00-00"], 2.0),
        id_column(case, members, opts),
        ColumnWidth::Fr(1.0),
    ];
    let n_cols = columns.len();
    let mut t = Table::new(columns)
        .compact()
        .header_row(caption_row(caption, "application-roster", n_cols))
        .header_row(TableRow::new(vec![
            cell(w::COL_SERIAL),
            name_head(orgs),
            cell(w::COL_SEX),
            cell(cw::COL_BIRTH),
            id_head(orgs),
            cell(w::COL_ADDRESS),
        ]));
    let id_and_phone_cell = |id: String, phone: String| {
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
        let (id, phone) = id_and_phone(p, opts);
        let row = match &p.kind {
            PartyKind::Person(person) => {
                let (sex, birth) = sex_and_birth(person, opts.today);
                vec![
                    cell((n + 1).to_string()),
                    left(name_or_blank(p), path("name")),
                    cell(sex.unwrap_or("")),
                    cell(birth.map(iso).unwrap_or_default()),
                    id_and_phone_cell(id, phone),
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
                        cw::COLON,
                        org.representative.trim()
                    )
                };
                vec![
                    cell((n + 1).to_string()),
                    left(name, path("name")),
                    cell(String::new()),
                    cell(String::new()),
                    id_and_phone_cell(id, phone),
                    left(org.address.trim().to_string(), path("address")),
                ]
            }
        };
        t = t.row(TableRow::new(row));
    }
    t.row(total_row(members.len(), n_cols, None))
}

/// 「1979-09-07」: dates in a narrow table column.
pub(crate) fn iso(d: Date) -> String {
    format!("{}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// Room to sign or press a fingerprint in a signature table's row, in lines of the
/// compact table text: 45 pt, 16 mm.
pub(crate) const SIGN_ROW_LINES: f32 = 3.0;

/// The application's signature table: 序号, the party, and room to sign or seal, with
/// the caption row on every page.
pub(crate) fn signature_table(
    case: &Case,
    members: &[(&str, usize)],
    with_label: bool,
    caption: Caption,
) -> Table {
    let mut t = Table::new(vec![
        ColumnWidth::Chars(3.0),
        ColumnWidth::Fr(2.0),
        ColumnWidth::Fr(1.5),
    ])
    .compact()
    .header_row(caption_row(caption, "application-signatures", 3))
    .header_row(TableRow::new(vec![
        cell(w::COL_SERIAL),
        cell(w::COL_NAME),
        cell(cw::COL_SIGN),
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
            .min_lines(SIGN_ROW_LINES),
        );
    }
    t
}
