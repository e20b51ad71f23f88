//! The agreement's 附表 (a group case's roster, `settings.roster`): the listed parties'
//! particulars with what each is to receive, then the table they sign in.

use super::*;
use crate::document::roster;

fn cell(text: &str) -> TableCell {
    TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::fixed(text)]).align(Align::Center))
}

/// A cell with a party's value, or 「—」 when there is none.
fn value_cell(text: &str, path: String, align: Align) -> TableCell {
    let text = text.trim();
    if text.is_empty() {
        return cell(w::NONE_MARK);
    }
    TableCell::paragraph(Paragraph::new(Role::Label, vec![Run::value(text, path)]).align(align))
}

/// The 附表 on a page of its own: the listed parties' particulars with what each is to
/// receive, then a table where each of them signs. Both tables repeat their header on
/// every page.
pub(super) fn annex(case: &Case, annexed: &[Side], opts: &Options) -> Vec<Block> {
    let listed: Vec<(usize, &Party)> = case
        .parties
        .iter()
        .enumerate()
        .filter(|(_, p)| annexed.contains(&p.side))
        .collect();
    let path = |i: usize, f: &str| format!("parties[{i}].{f}");
    let caption = |text: &str| {
        Block::Paragraph(
            Paragraph::new(Role::Heading, vec![Run::fixed(text)])
                .align(Align::Left)
                .keep_with_next(),
        )
    };
    // Compact text (五号) and columns sized to what they hold, so a page takes at
    // least twelve parties with short addresses: only the address wraps. The ID column
    // holds the phone under the number; each page repeats the caption with the
    // agreement's 编号 and the 附表's own page count, and the column heads.
    let members: Vec<usize> = listed.iter().map(|&(i, _)| i).collect();
    let orgs = listed.iter().any(|(_, p)| p.is_organisation());
    let amounts: Vec<Option<Decimal>> = listed
        .iter()
        .map(|(_, p)| amount_due(case, &p.id))
        .collect();
    let total = amounts
        .iter()
        .flatten()
        .try_fold(Decimal::ZERO, |acc, a| acc.checked_add(*a));
    let total = total.filter(|_| amounts.iter().any(Option::is_some));
    let amount_texts: Vec<String> = amounts
        .iter()
        .flatten()
        .chain(total.as_ref())
        .map(|a| amount::format_arabic(*a))
        .collect();
    let columns = vec![
        roster::fit([listed.len().to_string(), w::COL_SERIAL.to_string()], 2.0),
        roster::name_column(case, &members),
        roster::fit([w::COL_SEX], 2.0),
        roster::id_column(case, &members, opts),
        ColumnWidth::Fr(1.0),
        roster::fit(
            amount_texts
                .iter()
                .map(String::as_str)
                .chain([w::COL_AMOUNT_UNIT]),
            2.0,
        ),
    ];
    let n_cols = columns.len();
    let number = common::agreement_number(case);
    let number = if number.is_empty() { blank(8) } else { number };
    let page_caption = || roster::Caption {
        what: format!("{}　{}", w::ANNEX_OF_AGREEMENT, w::NUMBER_LABEL),
        number: number.clone(),
    };
    let mut roster = Table::new(columns)
        .compact()
        .header_row(roster::caption_row(
            page_caption(),
            "agreement-roster",
            n_cols,
        ))
        .header_row(TableRow::new(vec![
            cell(w::COL_SERIAL),
            roster::name_head(orgs),
            cell(w::COL_SEX),
            roster::id_head(orgs),
            cell(w::COL_ADDRESS),
            roster::head(&[w::COL_AMOUNT, w::COL_AMOUNT_UNIT]),
        ]));
    let mut signing = Table::new(vec![
        ColumnWidth::Chars(3.0),
        ColumnWidth::Chars(8.0),
        ColumnWidth::Fr(1.0),
        ColumnWidth::Chars(9.0),
    ])
    .compact()
    .header_row(roster::caption_row(
        page_caption(),
        "agreement-signatures",
        4,
    ))
    .header_row(TableRow::new(vec![
        cell(w::COL_SERIAL),
        cell(w::COL_SIGN_NAME),
        cell(w::COL_SIGNATURE),
        cell(w::COL_DATE),
    ]));
    for (n, &(i, p)) in listed.iter().enumerate() {
        let serial = (n + 1).to_string();
        let (sex, id) = match &p.kind {
            PartyKind::Person(x) => (
                x.sex.map(|s| s.label()).unwrap_or(""),
                (x.id_number.as_str(), "id_number"),
            ),
            PartyKind::Organisation(o) => ("", (o.credit_code.as_str(), "credit_code")),
        };
        let sex = if p.is_organisation() {
            w::NONE_MARK
        } else {
            sex
        };
        let id_text = |t: &str, f: &str| {
            let t = t.trim();
            let run = if t.is_empty() {
                Run::fixed(w::NONE_MARK)
            } else {
                Run::value(t, path(i, f))
            };
            Paragraph::new(Role::Label, vec![run]).align(Align::Center)
        };
        let amount = amounts[n]
            .map(amount::format_arabic)
            .unwrap_or_else(|| w::NONE_MARK.to_string());
        roster = roster.row(TableRow::new(vec![
            cell(&serial),
            value_cell(p.name(), path(i, "name"), Align::Center),
            value_cell(sex, path(i, "sex"), Align::Center),
            TableCell::new(vec![id_text(id.0, id.1), id_text(p.phone(), "phone")]),
            value_cell(p.address(), path(i, "address"), Align::Left),
            TableCell::paragraph(
                Paragraph::new(Role::Label, vec![Run::fixed(amount)]).align(Align::Right),
            ),
        ]));
        signing = signing.row(
            TableRow::new(vec![
                cell(&serial),
                value_cell(p.name(), path(i, "name"), Align::Center),
                TableCell::empty(),
                TableCell::empty(),
            ])
            .min_lines(roster::SIGN_ROW_LINES),
        );
    }
    roster = roster.row(roster::total_row(
        listed.len(),
        n_cols,
        Some(
            total
                .map(amount::format_arabic)
                .unwrap_or_else(|| w::NONE_MARK.to_string()),
        ),
    ));
    // The listed parties' agents, under the roster: the member's number and name, then
    // the same 委托代理人 line a party block has, one paragraph an agent.
    let agents: Vec<Vec<Run>> = listed
        .iter()
        .enumerate()
        .flat_map(|(n, &(i, p))| {
            common::agent_lines(p, i).into_iter().map(move |line| {
                let mut runs = vec![
                    Run::fixed(format!("{}．", n + 1)).kept(),
                    Run::value(p.name(), path(i, "name")),
                    Run::fixed("　"),
                ];
                runs.extend(line);
                runs
            })
        })
        .collect();
    let mut blocks = vec![
        Block::PageBreak,
        Block::Paragraph(
            Paragraph::new(Role::Heading, vec![Run::fixed(w::ANNEX_TITLE)])
                .align(Align::Left)
                .keep_with_next(),
        ),
        caption(w::ANNEX_ROSTER_CAPTION),
        Block::Table(roster),
    ];
    if !agents.is_empty() {
        blocks.push(Block::Space(0.5));
        blocks.push(Block::Paragraph(
            Paragraph::new(Role::Body, vec![Run::fixed(w::ANNEX_AGENTS_NOTE)])
                .align(Align::Left)
                .keep_with_next(),
        ));
        for runs in agents {
            blocks.push(Block::Paragraph(
                Paragraph::new(Role::Body, runs)
                    .align(Align::Left)
                    .indent(0.0, 2.0),
            ));
        }
    }
    blocks.extend([
        Block::Space(1.0),
        caption(w::ANNEX_SIGN_CAPTION),
        Block::Table(signing),
    ]);
    blocks
}
