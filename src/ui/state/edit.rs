//! The one generic edit: a change addressed by the field path the library already uses
//! for issues, suggestions, the preview's `data-field` and export errors
//! (`parties[0].agents[1].name`, `agreement.signatures.parties.p1`).
//!
//! An edit goes through the case's JSON form, so every field of the case format is
//! reachable without one action per field, and the result is checked by the same serde
//! types that read files: an edit that would make the case unreadable is refused with a
//! message and the case is left as it was.

use crate::model::Case;
use crate::ui::i18n::{Lang, fmt, t};
use serde_json::Value;

pub use crate::model::json_path::{Step as Seg, parse};

/// The HTML id of the input that edits `path`: `parties[0].name` → `f-parties-0-name`.
/// Characters outside `[A-Za-z0-9_-]` (a party id in a signature path) are written as
/// their code point, so two paths never share an id.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => id.push(c),
            c => id.push_str(&format!("u{:x}", c as u32)),
        }
    }
    id
}

/// The value at `segs`, if there is one.
pub fn get<'a>(root: &'a Value, segs: &[Seg]) -> Option<&'a Value> {
    segs.iter().try_fold(root, |v, s| match s {
        Seg::Key(k) => v.get(k),
        Seg::Index(i) => v.get(*i),
    })
}

fn get_mut<'a>(root: &'a mut Value, segs: &[Seg]) -> Option<&'a mut Value> {
    segs.iter().try_fold(root, |v, s| match s {
        Seg::Key(k) => v.get_mut(k),
        Seg::Index(i) => v.get_mut(*i),
    })
}

/// The place `segs` names, creating empty objects on the way where a key is missing or
/// null (an absent `confirmation` or `obligation` becomes one when its first field is
/// typed).
fn slot<'a>(root: &'a mut Value, segs: &[Seg]) -> Result<&'a mut Value, String> {
    let mut v = root;
    for s in segs {
        v = match s {
            Seg::Key(k) => {
                if v.is_null() {
                    *v = Value::Object(Default::default());
                }
                let Value::Object(map) = v else {
                    return Err(fmt(Lang::Zh, "「{key}」的上一级不是对象", &[&k]));
                };
                map.entry(k.clone()).or_insert(Value::Null)
            }
            Seg::Index(i) => {
                let Value::Array(items) = v else {
                    return Err(fmt(Lang::Zh, "第 {n} 项的上一级不是列表", &[&(i + 1)]));
                };
                let len = items.len();
                items.get_mut(*i).ok_or_else(|| {
                    fmt(Lang::Zh, "没有第 {n} 项（共 {len} 项）", &[&(i + 1), &len])
                })?
            }
        };
    }
    Ok(v)
}

/// `v` as a JSON value, through the same (pretty) serializer as the case files: a
/// second serializer (`serde_json::to_value`) would add a copy of every type's
/// serialisation code to the download.
pub fn json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_string_pretty(v)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null)
}

/// What to do at a path.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Replace the value.
    Set(Value),
    /// Remove the key from its object: an optional field becomes absent, an entry of a
    /// map (a party's signature date) goes.
    Unset,
    /// Insert into the list at the path, at `index` (clamped to the end).
    Insert { index: usize, value: Value },
    /// Remove item `index` of the list at the path.
    Remove { index: usize },
    /// Move item `from` of the list at the path to `to`.
    Move { from: usize, to: usize },
}

/// `case` with `op` applied at `path`, or a Chinese message saying why not. `Ok(None)`
/// when the edit changes nothing (the caller keeps the same state).
pub fn apply(case: &Case, path: &str, op: &Op) -> Result<Option<Case>, String> {
    let segs = parse(path).ok_or_else(|| fmt(Lang::Zh, "字段路径「{path}」无效", &[&path]))?;
    match apply_in_part(case, &segs, op) {
        Some(done) => Ok(done),
        None => apply_whole(case, path, &segs, op),
    }
}

/// The edit through the whole case's JSON form and the file loader.
fn apply_whole(case: &Case, path: &str, segs: &[Seg], op: &Op) -> Result<Option<Case>, String> {
    let mut root = json(case);
    let before = root.clone();
    apply_value(&mut root, segs, op)
        .map_err(|m| fmt(Lang::Zh, "无法修改「{path}」：{why}", &[&path, &m]))?;
    if root == before {
        return Ok(None);
    }
    // Read back through the file loader: one copy of the deserialisation code in the
    // download, and the same checks as a file gets.
    let mut next = crate::model::load(&root.to_string())
        .map_err(|e| fmt(Lang::Zh, "无法修改「{path}」：{why}", &[&path, &e]))?;
    next.schema_version = case.schema_version;
    Ok(Some(next))
}

/// The edit made on the one part of the case it is inside (a party, a record, the
/// agreement: the first one or two steps of the path), through that part's JSON form
/// and the same serde types the loader uses, so a keystroke in a 120-party case costs
/// the party's round trip, not the whole case's. `None` when the path is not inside a
/// part (an edit of a whole list, an added or removed party) or the part refuses the
/// edit: the whole-case edit then does it, or says why not with the loader's message.
fn apply_in_part(case: &Case, segs: &[Seg], op: &Op) -> Option<Option<Case>> {
    use serde::{Serialize, de::DeserializeOwned};
    /// `part` with `op` at `rest`; `Some(None)` when nothing changed.
    fn edited<T: Serialize + DeserializeOwned + PartialEq>(
        part: &T,
        rest: &[Seg],
        op: &Op,
    ) -> Option<Option<T>> {
        let mut v = json(part);
        apply_value(&mut v, rest, op).ok()?;
        let next: T = serde_json::from_str(&v.to_string()).ok()?;
        Some((next != *part).then_some(next))
    }
    let (Seg::Key(field), rest) = segs.split_first()? else {
        return None;
    };
    if rest.is_empty() {
        return None;
    }
    /// What to put into the case when the part changed.
    type Put = Box<dyn FnOnce(&mut Case)>;
    fn put<T: 'static>(x: Option<T>, f: fn(&mut Case, T)) -> Option<Put> {
        x.map(|x| Box::new(move |c: &mut Case| f(c, x)) as Put)
    }
    /// Item `i` of `list` (the list at `field` of the case), when `rest` is `[i]` and a
    /// place inside it.
    fn item<T: Serialize + DeserializeOwned + PartialEq + 'static>(
        list: &[T],
        rest: &[Seg],
        op: &Op,
        field: fn(&mut Case) -> &mut Vec<T>,
    ) -> Option<Option<Put>> {
        let (Seg::Index(i), inner) = rest.split_first()? else {
            return None;
        };
        if inner.is_empty() {
            return None;
        }
        let i = *i;
        let x = edited(list.get(i)?, inner, op)?;
        Some(x.map(|x| Box::new(move |c: &mut Case| field(c)[i] = x) as Put))
    }
    let changed: Option<Put> = match field.as_str() {
        "committee" => put(edited(&case.committee, rest, op)?, |c, x| c.committee = x),
        "dispute" => put(edited(&case.dispute, rest, op)?, |c, x| c.dispute = x),
        "intake" => put(edited(&case.intake, rest, op)?, |c, x| c.intake = x),
        "agreement" => match rest {
            // One clause, the signature dates, or the agreement's own fields without
            // its 120 clauses and signatures: the facts of a group case are typed
            // without a round trip of every clause.
            [Seg::Key(k), Seg::Index(_), inner @ ..] if k == "clauses" && !inner.is_empty() => {
                item(&case.agreement.clauses, &rest[1..], op, |c| {
                    &mut c.agreement.clauses
                })?
            }
            [Seg::Key(k), inner @ ..] if k == "signatures" && !inner.is_empty() => {
                let x = edited(&case.agreement.signatures, inner, op)?;
                put(x, |c, x| c.agreement.signatures = x)
            }
            [Seg::Key(k), ..] if k != "clauses" && k != "signatures" => {
                put(edited(&shell(&case.agreement), rest, op)?, |c, x| {
                    let a = &mut c.agreement;
                    *a = crate::model::Agreement {
                        clauses: std::mem::take(&mut a.clauses),
                        signatures: std::mem::take(&mut a.signatures),
                        ..x
                    }
                })
            }
            _ => put(edited(&case.agreement, rest, op)?, |c, x| c.agreement = x),
        },
        "confirmation" => put(edited(&case.confirmation, rest, op)?, |c, x| {
            c.confirmation = x
        }),
        "archive" => put(edited(&case.archive, rest, op)?, |c, x| c.archive = x),
        "settings" => put(edited(&case.settings, rest, op)?, |c, x| c.settings = x),
        "parties" => item(&case.parties, rest, op, |c| &mut c.parties)?,
        "investigations" => item(&case.investigations, rest, op, |c| &mut c.investigations)?,
        "sessions" => item(&case.sessions, rest, op, |c| &mut c.sessions)?,
        "visits" => item(&case.visits, rest, op, |c| &mut c.visits)?,
        _ => return None,
    };
    Some(changed.map(|put| {
        let mut next = case.clone();
        put(&mut next);
        next
    }))
}

/// The agreement without its clauses and signatures (a struct literal, so a field
/// added to the agreement is a compile error here, not a field silently dropped).
fn shell(a: &crate::model::Agreement) -> crate::model::Agreement {
    crate::model::Agreement {
        form: a.form,
        serial: a.serial,
        number: a.number.clone(),
        facts: a.facts.clone(),
        responsibility: a.responsibility.clone(),
        clauses: Vec::new(),
        performance: a.performance.clone(),
        copies: a.copies,
        formed_on: a.formed_on,
        signatures: Default::default(),
        mediators: a.mediators.clone(),
        recorder: a.recorder.clone(),
    }
}

/// `op` at `segs` on a JSON value (the profile is edited the same way).
pub fn apply_value(root: &mut Value, segs: &[Seg], op: &Op) -> Result<(), String> {
    if let Op::Unset = op {
        let (last, parent) = segs.split_last().ok_or(t(Lang::Zh, "空路径"))?;
        let Seg::Key(key) = last else {
            return Err(t(Lang::Zh, "列表项请用删除").into());
        };
        if let Some(Value::Object(map)) = get_mut(root, parent) {
            map.remove(key);
        }
        return Ok(());
    }
    let place = slot(root, segs)?;
    match op {
        Op::Set(v) => *place = v.clone(),
        Op::Unset => {}
        Op::Insert { index, value } => {
            if place.is_null() {
                *place = Value::Array(Vec::new());
            }
            let Value::Array(items) = place else {
                return Err(t(Lang::Zh, "不是列表").into());
            };
            let at = (*index).min(items.len());
            items.insert(at, value.clone());
        }
        Op::Remove { index } => {
            let Value::Array(items) = place else {
                return Err(t(Lang::Zh, "不是列表").into());
            };
            if *index >= items.len() {
                return Err(fmt(Lang::Zh, "没有第 {n} 项", &[&(index + 1)]));
            }
            items.remove(*index);
        }
        Op::Move { from, to } => {
            let Value::Array(items) = place else {
                return Err(t(Lang::Zh, "不是列表").into());
            };
            if *from >= items.len() || *to >= items.len() {
                return Err(t(Lang::Zh, "移动超出列表范围").into());
            }
            let item = items.remove(*from);
            items.insert(*to, item);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, PartyKind, Side};
    use serde_json::json;

    fn case() -> Case {
        Case {
            parties: vec![
                Party::person("p1", Side::Applicant, "张三"),
                Party::person("p2", Side::Respondent, "李四"),
            ],
            ..Case::default()
        }
    }

    #[test]
    fn field_ids_are_distinct_html_ids() {
        assert_eq!(field_id("parties[0].name"), "f-parties-0-name");
        assert_ne!(
            field_id("agreement.signatures.parties.张"),
            field_id("agreement.signatures.parties.李")
        );
        assert!(
            field_id("agreement.signatures.parties.张")
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }

    #[test]
    fn setting_a_nested_field_changes_only_that_field() {
        let next = apply(&case(), "parties[1].name", &Op::Set(json!("王五")))
            .unwrap()
            .unwrap();
        assert_eq!(next.parties[1].name(), "王五");
        assert_eq!(next.parties[0].name(), "张三");
    }

    #[test]
    fn typing_into_an_absent_confirmation_creates_it() {
        let next = apply(
            &case(),
            "confirmation.court",
            &Op::Set(json!("某某区人民法院")),
        )
        .unwrap()
        .unwrap();
        assert_eq!(next.confirmation.unwrap().court, "某某区人民法院");
    }

    #[test]
    fn a_typed_obligation_is_created_by_its_first_field() {
        let mut c = case();
        c.agreement.clauses.push(Default::default());
        let next = apply(
            &c,
            "agreement.clauses[0].obligation.amount",
            &Op::Set(json!("12000.00")),
        )
        .unwrap()
        .unwrap();
        let ob = next.agreement.clauses[0].obligation.as_ref().unwrap();
        assert_eq!(ob.amount.unwrap().0.to_string(), "12000.00");
    }

    #[test]
    fn an_edit_that_breaks_the_format_is_refused_with_a_message() {
        let err = apply(&case(), "parties[0].sex", &Op::Set(json!("x"))).unwrap_err();
        assert!(err.contains("parties[0].sex"), "{err}");
        let err = apply(&case(), "parties[5].name", &Op::Set(json!("x"))).unwrap_err();
        assert!(err.contains("没有第 6 项"), "{err}");
    }

    #[test]
    fn an_edit_to_the_same_value_is_reported_as_no_change() {
        assert_eq!(
            apply(&case(), "parties[0].name", &Op::Set(json!("张三"))).unwrap(),
            None
        );
    }

    #[test]
    fn unsetting_a_signature_date_removes_the_entry() {
        let mut c = case();
        c.agreement
            .signatures
            .parties
            .insert("p1".into(), time::macros::date!(2026 - 12 - 01));
        let next = apply(&c, "agreement.signatures.parties.p1", &Op::Unset)
            .unwrap()
            .unwrap();
        assert!(next.agreement.signatures.parties.is_empty());
        let set = apply(
            &next,
            "agreement.signatures.parties.p2",
            &Op::Set(json!("2026-12-02")),
        )
        .unwrap()
        .unwrap();
        assert_eq!(set.agreement.signatures.parties.len(), 1);
    }

    #[test]
    fn list_items_insert_remove_and_move() {
        let c = case();
        let moved = apply(&c, "parties", &Op::Move { from: 0, to: 1 })
            .unwrap()
            .unwrap();
        assert_eq!(moved.parties[0].name(), "李四");
        let removed = apply(&moved, "parties", &Op::Remove { index: 0 })
            .unwrap()
            .unwrap();
        assert_eq!(removed.parties.len(), 1);
        let p = json(&Party::person("p3", Side::Applicant, "赵六"));
        let inserted = apply(
            &removed,
            "parties",
            &Op::Insert {
                index: 99,
                value: p,
            },
        )
        .unwrap()
        .unwrap();
        assert_eq!(inserted.parties[1].name(), "赵六");
        assert!(apply(&c, "parties", &Op::Move { from: 0, to: 2 }).is_err());
    }

    #[test]
    fn an_organisation_field_is_reached_by_the_same_flat_path_as_in_files() {
        let mut c = case();
        c.parties[1].kind = PartyKind::Organisation(Default::default());
        let next = apply(
            &c,
            "parties[1].credit_code",
            &Op::Set(json!("91350100M000100Y43")),
        )
        .unwrap()
        .unwrap();
        let PartyKind::Organisation(o) = &next.parties[1].kind else {
            panic!("still an organisation")
        };
        assert_eq!(o.credit_code, "91350100M000100Y43");
    }

    /// The edits a form's fields make, on a full case: a party's name and ID, a
    /// clause's amount, a signature date, an absent confirmation, an unset birth date,
    /// an agent added; and ones the format refuses.
    fn form_edits() -> Vec<(&'static str, Op)> {
        vec![
            ("parties[0].name", Op::Set(json!("张秀英"))),
            ("parties[1].id_number", Op::Set(json!("11010519491231002X"))),
            ("parties[0].birth_date", Op::Unset),
            (
                "parties[0].agents",
                Op::Insert {
                    index: 0,
                    value: json(&crate::model::Agent::default()),
                },
            ),
            ("agreement.facts", Op::Set(json!("双方系同村邻居。"))),
            (
                "agreement.clauses[1].obligation.amount",
                Op::Set(json!("7200.50")),
            ),
            (
                "agreement.clauses[1].obligation.payers",
                Op::Set(json!(["p1", "p2"])),
            ),
            ("agreement.signatures.parties.p1", Op::Unset),
            ("agreement.clauses", Op::Move { from: 0, to: 2 }),
            ("agreement.mediators", Op::Set(json!(["周建国", "刘晓梅"]))),
            ("agreement.signatures.mediator", Op::Unset),
            ("confirmation.court", Op::Set(json!("青山县人民法院"))),
            ("committee.name", Op::Set(json!("柳树村人民调解委员会"))),
            ("settings.page.body_face", Op::Set(json!("user"))),
            ("parties[0].name", Op::Set(json!("张秀兰"))),
            ("parties[0].sex", Op::Set(json!("x"))),
            (
                "agreement.clauses[1].obligation.amount",
                Op::Set(json!("many")),
            ),
            ("parties[9].name", Op::Set(json!("x"))),
        ]
    }

    fn full_case() -> Case {
        crate::model::load(include_str!(
            "../../../tests/fixtures/agreement-2-pages.json"
        ))
        .unwrap()
    }

    #[test]
    fn an_edit_inside_one_part_gives_the_same_case_as_the_whole_case_edit() {
        let c = full_case();
        let mut in_part = 0;
        for (path, op) in form_edits() {
            let segs = parse(path).unwrap();
            let whole = apply_whole(&c, path, &segs, &op);
            match apply_in_part(&c, &segs, &op) {
                Some(part) => {
                    in_part += 1;
                    assert_eq!(Ok(part), whole, "{path} {op:?}");
                }
                // Refused in the part: the whole-case edit says why.
                None => assert!(whole.is_err(), "{path} {op:?} was left to the whole case"),
            }
        }
        assert_eq!(
            in_part, 15,
            "every edit the format takes is made in its part"
        );
    }

    #[test]
    fn a_refused_edit_inside_a_part_keeps_the_loaders_message() {
        let err = apply(
            &full_case(),
            "agreement.clauses[1].obligation.amount",
            &Op::Set(json!("many")),
        )
        .unwrap_err();
        assert!(
            err.contains("agreement.clauses[1].obligation.amount"),
            "{err}"
        );
    }
}
