//! Pieces shared by several forms: build options, party blocks, numbers, dates and
//! clause text made from typed obligations.

use super::wording as w;
use super::*;
use crate::model::{Case, Clause, Date, DateStyle, Party, PartyKind, Person};
use crate::values::{amount, credit_code, dates, id_card};

/// What a builder needs besides the case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Today's date, for ages when no other date applies. Builders never read a clock.
    pub today: Date,
    /// Make a draft: builders copy this into [`Meta::draft`], and the renderers mark
    /// every page 「草稿」.
    pub draft: bool,
}

impl Options {
    /// Options for a final (not draft) document as of `today`.
    pub fn on(today: Date) -> Options {
        Options {
            today,
            draft: false,
        }
    }
}

/// The date ages are counted to on a form about `case` ([`Case::age_date`]).
pub fn age_date(case: &Case, opts: &Options) -> Date {
    case.age_date(opts.today)
}

/// What a form prints about a natural person besides the typed text
/// (`values::id_card::particulars`, the one place they are derived).
pub type PersonFacts = id_card::Particulars;

/// The [`PersonFacts`] of `p`, ages counted to `on` (see [`age_date`]); the ID number is
/// checked as of `today`, as validation checks it. The typed data is not changed.
pub fn person_facts(p: &Person, on: Date, today: Date) -> PersonFacts {
    id_card::particulars(&p.id_number, p.sex, p.birth_date, p.age, on, today)
}

/// A value validation rejects, printed as a blank of its length (at least `min`):
/// never the value, never an error note in the legal text.
pub fn rejected(value: &str, path: impl Into<String>, min: usize) -> Run {
    Run::field("", path, value.trim().chars().count().max(min))
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

/// A clause's text: its own words, or — for a typed payment obligation with no words —
/// 「甲于2026年12月31日前以银行转账方式向乙支付赔偿款人民币壹万元整（¥10,000.00）。」,
/// amount in capitals and figures rendered from the one decimal. The runs of
/// [`clause_runs`] joined, blanks included.
pub fn clause_text(case: &Case, c: &Clause) -> String {
    clause_runs(case, c, 0)
        .iter()
        .map(|r| r.text.as_str())
        .collect()
}

/// The runs of clause `index` (see [`clause_text`]): its own words as one field, or the
/// sentence made from its obligation, each value carrying its field path and each
/// missing or invalid value a blank (an invalid amount is never printed).
pub fn clause_runs(case: &Case, c: &Clause, index: usize) -> Vec<Run> {
    let text_path = format!("agreement.clauses[{index}].text");
    if !c.text.trim().is_empty() {
        return vec![Run::field(&c.text, text_path, 20)];
    }
    let Some(o) = &c.obligation else {
        return vec![Run::field("", text_path, 20)];
    };
    let path = |f: &str| format!("agreement.clauses[{index}].obligation.{f}");
    let mut runs = names_runs(case, &o.payers, &path("payers"));
    runs.push(Run::fixed(w::DUE_BEFORE));
    runs.push(match o.due {
        Some(d) => Run::value(dates::arabic(d), path("due")),
        None => Run {
            text: w::BLANK_DATE.to_string(),
            blank: true,
            field: Some(FieldPath::new(path("due"))),
            keep: true,
            pen: false,
            spread_to: None,
        },
    });
    runs.push(Run::fixed(w::DUE_AFTER));
    if !o.method.trim().is_empty() {
        runs.push(Run::fixed(w::METHOD_BEFORE));
        runs.push(Run::value(o.method.trim(), path("method")));
        runs.push(Run::fixed(w::METHOD_AFTER));
    }
    runs.push(Run::fixed(w::PAY_TO));
    runs.extend(names_runs(case, &o.payees, &path("payees")));
    runs.push(Run::fixed(w::PAY));
    if !o.purpose.trim().is_empty() {
        runs.push(Run::value(o.purpose.trim(), path("purpose")));
    }
    match o.amount.map(|m| (m, amount::format_rmb(m.0))) {
        Some((_, Ok(text))) => runs.push(Run::value(text, path("amount"))),
        // Missing or invalid (negative, more than two decimals, too large): 人民币＿＿元.
        missing_or_invalid => {
            let typed = missing_or_invalid
                .map(|(m, _)| m.0.to_string())
                .unwrap_or_default();
            runs.push(Run::fixed(w::RMB));
            runs.push(rejected(&typed, path("amount"), 4));
            runs.push(Run::fixed(w::YUAN));
        }
    }
    runs.push(Run::fixed(w::FULL_STOP));
    runs
}

/// The names of the parties `ids`, 「、」 between them; an unknown id (or an unnamed
/// party) is a blank carrying `path[j]`, and no ids at all one blank carrying `path`.
fn names_runs(case: &Case, ids: &[String], path: &str) -> Vec<Run> {
    if ids.is_empty() {
        return vec![Run::field("", path, 3)];
    }
    let mut runs = Vec::with_capacity(ids.len() * 2);
    for (j, id) in ids.iter().enumerate() {
        if j > 0 {
            runs.push(Run::fixed(w::NAME_SEPARATOR));
        }
        let name = case.party(id).map(|p| p.name()).unwrap_or("");
        runs.push(Run::field(name, format!("{path}[{j}]"), 3));
    }
    runs
}

/// Age in full years on `on`, from the birth date, else the typed age, else the ID
/// number's birth date (see [`person_facts`], which this reads).
pub fn age(p: &Person, on: Date) -> Option<u32> {
    person_facts(p, on, on).age
}

/// A form label and its value, as the printed form has them: the label, then the
/// value (or a blank) right after it, never split from it.
/// A label of the party block and its value, separated by a colon as a filled form
/// separates them (「职业或职务：退休教师」, never 「职业或职务退休教师」), the label kept
/// with its value.
fn labelled(label: &str, value: &str, path: String, min: usize) -> [Run; 2] {
    [
        Run::fixed(format!("{label}{}", w::LABEL_COLON)).kept(),
        Run::field(value, path, min),
    ]
}

/// A label and a checked value: `printed` (its normal form), or — when `typed` is
/// not empty but `printed` is (validation rejects it) — a blank of the typed length.
fn checked(label: &str, typed: &str, printed: &str, path: String, min: usize) -> Vec<Run> {
    if printed.is_empty() && !typed.trim().is_empty() {
        vec![
            Run::fixed(format!("{label}{}", w::LABEL_COLON)).kept(),
            rejected(typed, path, min),
        ]
    } else {
        labelled(label, printed, path, min).to_vec()
    }
}

fn sep() -> Run {
    Run::fixed("　")
}

/// One line per agent of party `p` (its place `index` in `case.parties`): 「委托代理人」
/// and the name, then the affiliation and category in brackets.
pub fn agent_lines(p: &Party, index: usize) -> Vec<Vec<Run>> {
    p.agents
        .iter()
        .enumerate()
        .map(|(ai, agent)| {
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
            l
        })
        .collect()
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
            let facts = person_facts(person, age_date(case, opts), opts.today);
            let age = facts
                .age
                .map(|a| format!("{a}{}", w::YEARS_OLD))
                .unwrap_or_default();
            // The form's three lines (domain spec §1.4), its labels in its order, each
            // label kept with its value: 姓名（名称）性别民族年龄 · 职业或职务 联系方式 ·
            // 单位或住址; the optional ID line (§1.4 note 1) before the address.
            // Blank, the first line fills the 28-character grid exactly: 当事人 and
            // its gap (4), 姓名（名称） and 3 blanks, then 性别, 民族, 年龄 with 2 each.
            let mut l1 = labelled(w::NAME, &person.name, path("name"), 3).to_vec();
            for (label, value, field) in [
                (w::SEX, facts.sex.map(|s| s.label()).unwrap_or(""), "sex"),
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
                lines.push(checked(
                    w::ID_NUMBER,
                    &person.id_number,
                    &facts.id,
                    path("id_number"),
                    9,
                ));
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
            let code = credit_code::normalise(&org.credit_code).unwrap_or_default();
            lines.push(checked(
                w::CREDIT_CODE,
                &org.credit_code,
                &code,
                path("credit_code"),
                9,
            ));
            lines.push(labelled(w::PHONE, &org.phone, path("phone"), 6).to_vec());
            lines.push(labelled(w::ADDRESS, &org.address, path("address"), 12).to_vec());
        }
    }
    lines.extend(agent_lines(p, index));
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
