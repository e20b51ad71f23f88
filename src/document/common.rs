//! Pieces shared by several forms: build options, party blocks, numbers, dates and
//! clause text made from typed obligations.

use super::wording as w;
use super::*;
use crate::model::{Case, Clause, Date, DateStyle, Party, PartyKind};
use crate::validate::{amount, dates};

/// What a builder needs besides the case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Today's date, for ages when no other date applies. Builders never read a clock.
    pub today: Date,
}

/// 「张三与李四纠纷」-style title: the dispute's own title, else derived from the parties
/// on each side and the dispute type.
pub fn dispute_title(case: &Case) -> String {
    if !case.dispute.title.trim().is_empty() {
        return case.dispute.title.trim().to_string();
    }
    let names = |side| {
        let v: Vec<&str> = case
            .parties
            .iter()
            .filter(|p| p.side == side && !p.name().trim().is_empty())
            .map(|p| p.name().trim())
            .collect();
        match v.len() {
            0 => String::new(),
            1..=3 => v.join("、"),
            n => format!("{}等{n}人", v[0]),
        }
    };
    let a = names(crate::model::Side::Applicant);
    let b = names(crate::model::Side::Respondent);
    let kind = case.dispute.kind.trim();
    let kind = if kind.is_empty() { "纠纷" } else { kind };
    match (a.is_empty(), b.is_empty()) {
        (false, false) => format!("{a}与{b}{kind}"),
        (false, true) => format!("{a}{kind}"),
        (true, false) => format!("{b}{kind}"),
        (true, true) => kind.to_string(),
    }
}

/// Fill a numbering pattern (`{年}`, `{简称}`, `{序号}`); empty when the serial is unknown.
pub fn fill_pattern(
    pattern: &str,
    year: Option<i32>,
    short_name: &str,
    serial: Option<u32>,
) -> String {
    let (Some(year), Some(serial)) = (year, serial) else {
        return String::new();
    };
    pattern
        .replace("{年}", &year.to_string())
        .replace("{简称}", short_name.trim())
        .replace("{序号}", &serial.to_string())
}

/// The agreement's 编号: typed in full, or from the committee's pattern.
pub fn agreement_number(case: &Case) -> String {
    let a = &case.agreement;
    if !a.number.trim().is_empty() {
        return a.number.trim().to_string();
    }
    let year = a.formed_on.or(case.intake.accepted_on).map(|d| d.year());
    fill_pattern(
        &case.settings.number_pattern,
        year,
        &case.committee.short_name,
        a.serial,
    )
}

/// A date as the committee writes it, or the 「　　年　　月　　日」 blank.
pub fn signature_date(d: Option<Date>, style: DateStyle) -> String {
    match d {
        None => w::BLANK_DATE.to_string(),
        Some(d) => match style {
            DateStyle::Arabic => dates::arabic(d),
            DateStyle::Chinese => dates::chinese(d),
        },
    }
}

/// A date in body text (Arabic, GB/T 9704), or a blank.
pub fn date_text(d: Option<Date>) -> String {
    d.map(dates::arabic)
        .unwrap_or_else(|| w::BLANK_DATE.to_string())
}

fn names_of(case: &Case, ids: &[String]) -> String {
    let v: Vec<String> = ids
        .iter()
        .map(|id| {
            case.party(id)
                .map(|p| p.name().trim().to_string())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| blank(3))
        })
        .collect();
    if v.is_empty() {
        blank(3)
    } else {
        v.join("、")
    }
}

/// A clause's text: its own words, or — for a typed payment obligation with no words —
/// 「甲于2026年12月31日前以银行转账方式向乙支付赔偿款人民币壹万元整（¥10,000.00）。」,
/// amount in capitals and figures rendered from the one decimal.
pub fn clause_text(case: &Case, c: &Clause) -> String {
    if !c.text.trim().is_empty() {
        return c.text.trim().to_string();
    }
    let Some(o) = &c.obligation else {
        return String::new();
    };
    let due = o
        .due
        .map(|d| format!("于{}前", dates::arabic(d)))
        .unwrap_or_else(|| format!("于{}前", w::BLANK_DATE));
    let method = if o.method.trim().is_empty() {
        String::new()
    } else {
        format!("以{}方式", o.method.trim())
    };
    let amount = match o.amount {
        Some(m) => amount::format_rmb(m.0).unwrap_or_else(|e| format!("{}（{e}）", m.0)),
        None => format!("人民币{}元", blank(4)),
    };
    format!(
        "{}{due}{method}向{}支付{}{amount}。",
        names_of(case, &o.payers),
        names_of(case, &o.payees),
        o.purpose.trim()
    )
}

/// Age in full years on `on`, from the birth date, else the typed age.
pub fn age(p: &crate::model::Person, on: Date) -> Option<u32> {
    if let Some(b) = p.birth_date {
        let mut years = on.year() - b.year();
        if (on.month() as u8, on.day()) < (b.month() as u8, b.day()) {
            years -= 1;
        }
        return u32::try_from(years).ok();
    }
    p.age
}

/// A form label and its value, as the printed form has them: the label, then the
/// value (or a blank) right after it, never split from it.
fn labelled(label: &str, value: &str, path: String, min: usize) -> [Run; 2] {
    [Run::fixed(label).kept(), Run::field(value, path, min)]
}

fn sep() -> Run {
    Run::fixed("　")
}

/// The party block of the MoJ forms (domain spec §1.4): 「当事人」 then three lines of
/// fixed labels for a person, or name / credit code / address / representative for an
/// organisation. `index` is the party's place in `case.parties`.
pub fn party_block(p: &Party, index: usize, case: &Case, opts: &Options) -> Vec<Block> {
    let path = |f: &str| format!("parties[{index}].{f}");
    let hang = 4.0;
    let label = if p.role_label.trim().is_empty() {
        format!("{}　", w::PARTY)
    } else {
        format!("{}（{}）　", w::PARTY, p.role_label.trim())
    };
    let para = |runs: Vec<Run>, first: bool| {
        let para = Paragraph::new(Role::Body, runs).align(Align::Left);
        if first {
            para.indent(0.0, hang)
        } else {
            para.indent(hang, hang)
        }
    };
    let mut lines: Vec<Vec<Run>> = Vec::new();
    match &p.kind {
        PartyKind::Person(person) => {
            let on = case.agreement.formed_on.unwrap_or(opts.today);
            let age = age(person, on)
                .map(|a| format!("{a}岁"))
                .unwrap_or_default();
            // The form's three lines (domain spec §1.4), its labels in its order, each
            // label kept with its value: 姓名（名称）性别民族年龄 · 职业或职务 联系方式 ·
            // 单位或住址; the optional ID line (§1.4 note 1) before the address.
            // Blank, the first line fills the 28-character grid exactly: 当事人 and
            // its gap (4), 姓名（名称） and 3 blanks, then 性别, 民族, 年龄 with 2 each.
            let mut l1 = labelled(w::NAME, &person.name, path("name"), 3).to_vec();
            for (label, value, field) in [
                (w::SEX, person.sex.map(|s| s.label()).unwrap_or(""), "sex"),
                (w::ETHNICITY, person.ethnicity.as_str(), "ethnicity"),
                (w::AGE, age.as_str(), "age"),
            ] {
                l1.push(sep());
                l1.extend(labelled(label, value, path(field), 2));
            }
            lines.push(l1);
            let mut l2 =
                labelled(w::OCCUPATION, &person.occupation, path("occupation"), 4).to_vec();
            l2.push(sep());
            l2.extend(labelled(w::PHONE, &person.phone, path("phone"), 6));
            lines.push(l2);
            if case.settings.print_id_number && !person.id_number.trim().is_empty() {
                lines
                    .push(labelled(w::ID_NUMBER, &person.id_number, path("id_number"), 9).to_vec());
            }
            lines.push(labelled(w::ADDRESS, &person.address, path("address"), 12).to_vec());
        }
        PartyKind::Organisation(org) => {
            // The name in the 姓名（名称） slot, then the representative and 职务
            // (§1.4 note 1), the credit code, the contact and the address.
            lines.push(labelled(w::NAME, &org.name, path("name"), 8).to_vec());
            let mut l = labelled(
                org.representative_kind.label(),
                &org.representative,
                path("representative"),
                4,
            )
            .to_vec();
            l.push(sep());
            l.extend(labelled(
                w::TITLE_OF_POST,
                &org.representative_title,
                path("representative_title"),
                3,
            ));
            lines.push(l);
            lines.push(labelled(w::CREDIT_CODE, &org.credit_code, path("credit_code"), 9).to_vec());
            lines.push(labelled(w::PHONE, &org.phone, path("phone"), 6).to_vec());
            lines.push(labelled(w::ADDRESS, &org.address, path("address"), 12).to_vec());
        }
    }
    for (ai, agent) in p.agents.iter().enumerate() {
        let mut l = labelled(
            w::AGENT,
            &agent.name,
            format!("parties[{index}].agents[{ai}].name"),
            4,
        )
        .to_vec();
        let mut detail = agent.category.label().to_string();
        if !agent.affiliation.trim().is_empty() {
            detail = format!("{}，{}", agent.affiliation.trim(), detail);
        }
        l.push(Run::fixed(format!("（{detail}）")));
        lines.push(l);
    }
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, mut runs)| {
            if i == 0 {
                runs.insert(0, Run::fixed(label.clone()));
            }
            // One party's lines stay on one page.
            let p = para(runs, i == 0);
            Block::Paragraph(if i < last { p.keep_with_next() } else { p })
        })
        .collect()
}
