//! The agreement's 附表 (a group case's roster, `settings.roster`): the listed parties'
//! particulars with what each is to receive, then the table they sign in.

use super::*;

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

/// Room to sign or press a fingerprint in the signature table, in lines of table text.
const SIGN_ROW_LINES: f32 = 2.5;

/// The 附表 on a page of its own: the listed parties' particulars with what each is to
/// receive, then a table where each of them signs. Both tables repeat their header on
/// every page.
pub(super) fn annex(case: &Case, annexed: &[Side]) -> Vec<Block> {
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
    // The ID column also holds the phone number under it: the address column keeps
    // room for about eleven characters a line.
    let mut roster = Table::new(vec![
        ColumnWidth::Chars(3.0),
        ColumnWidth::Chars(5.0),
        ColumnWidth::Chars(2.8),
        // An 18-character ID at 小四 with the cell's padding: never wrapped.
        ColumnWidth::Chars(11.6),
        ColumnWidth::Fr(1.0),
        ColumnWidth::Chars(5.6),
    ])
    .header_row(TableRow::new(vec![
        cell(w::COL_SERIAL),
        cell(w::COL_NAME),
        cell(w::COL_SEX),
        TableCell::new(vec![
            Paragraph::new(Role::Label, vec![Run::fixed(w::COL_ID)]).align(Align::Center),
            Paragraph::new(Role::Label, vec![Run::fixed(w::COL_PHONE)]).align(Align::Center),
        ]),
        cell(w::COL_ADDRESS),
        cell(w::COL_AMOUNT),
    ]));
    let mut signing = Table::new(vec![
        ColumnWidth::Chars(3.0),
        ColumnWidth::Chars(8.0),
        ColumnWidth::Fr(1.0),
        ColumnWidth::Chars(9.0),
    ])
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
        let amount = amount_due(case, &p.id)
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
            .min_lines(SIGN_ROW_LINES),
        );
    }
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
