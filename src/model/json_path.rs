//! Field paths (`parties[0].agents[1].name`) and where they are in a JSON text.
//!
//! The syntax is the one validation issues, suggestions, the preview's `data-field`, the
//! editor's generic edit and load errors all use. [`steps_at`] finds the path at a
//! position (the place serde reported an error at), so the loader names the place in
//! the user's own file without wrapping every type's deserialiser in a path tracker
//! (which doubled the deserialisation code in the app's download); [`locate`] finds
//! where a path begins (for version-0 files, whose errors are found in the migrated
//! document and reported in the original).

/// One step of a field path: a field (or map key, or enum variant) or a list index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Split `parties[0].agents[1].name` into its steps; `None` for a malformed path.
pub fn parse(path: &str) -> Option<Vec<Step>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if key.is_empty() && (out.is_empty() || rest.is_empty()) {
            return None;
        }
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        while let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Step::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A path as the messages write it: `parties[0].agents[1].name`.
pub fn text(path: &[Step]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// One open container while scanning.
enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path of the value being read at byte `offset` of `json` (as serde_json reports
/// errors: just after the token it refused, or at the next character it peeked).
/// `whole_object`: the error concerns the innermost object itself (a missing field),
/// not the last member read in it. Empty at the top level.
pub fn steps_at(json: &str, offset: usize, whole_object: bool) -> Vec<Step> {
    let text = json;
    let bytes = text.as_bytes();
    let mut end = offset.min(bytes.len());
    // An error raised after a value (a bad date, a refused party, a missing field) is
    // placed at the next character, which serde_json peeks but has not read: a comma or
    // a closing bracket there belongs to what follows, not to the place.
    if end > 0 && matches!(bytes[end - 1], b',' | b'}' | b']') {
        end -= 1;
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object { key: None }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' if i + 1 == end => {
                // An object that closes at the error's position is the place itself
                // (a missing field is reported at the brace).
                if let Some(Frame::Object { key }) = stack.last_mut() {
                    *key = None;
                }
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => *key = None,
                None => {}
            },
            b'"' => {
                let (s, next) = string_at(bytes, i);
                if let Some(Frame::Object { key }) = stack.last_mut()
                    && key.is_none()
                {
                    // A string in key position: the key, if a ':' follows.
                    let mut j = next;
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j < bytes.len() && bytes[j] == b':' {
                        *key = Some(s);
                    }
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if whole_object && let Some(Frame::Object { key }) = stack.last_mut() {
        *key = None;
    }
    stack
        .into_iter()
        .filter_map(|f| match f {
            Frame::Object { key } => key.map(Step::Key),
            Frame::Array { index } => Some(Step::Index(index)),
        })
        .collect()
}

/// The string starting at the quote `bytes[start]`, unescaped as far as keys need
/// (keys of the case format are plain ASCII), and the index after its closing quote.
fn string_at(bytes: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    let mut out = Vec::new();
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                out.push(bytes[i + 1]);
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

/// The byte offset of serde_json's (line, column), both 1-based, column in bytes.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The line and column (1-based; the column in characters) where the value at `path`
/// begins in the JSON `text`, or the deepest place of it that exists.
pub fn locate(text: &str, path: &[Step]) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for seg in path {
        match (bytes.get(pos), seg) {
            (Some(b'{'), Step::Key(k)) => match member(text, pos, k) {
                Some(p) => pos = p,
                None => break,
            },
            (Some(b'['), Step::Index(i)) => match element(bytes, pos, *i) {
                Some(p) => pos = p,
                None => break,
            },
            _ => break,
        }
    }
    let before = text.get(..pos)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// The end of the JSON value starting at `i` (the text is known to be valid JSON).
fn skip_value(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => {
            let mut j = i + 1;
            while j < b.len() {
                match b[j] {
                    b'\\' => j += 2,
                    b'"' => return j + 1,
                    _ => j += 1,
                }
            }
            j
        }
        Some(b'{' | b'[') => {
            // Count brackets outside strings.
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = skip_value(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            j
        }
        _ => {
            let mut j = i;
            while b
                .get(j)
                .is_some_and(|c| !matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
            {
                j += 1;
            }
            j
        }
    }
}

/// Where the value of member `key` of the object at `i` begins.
fn member(text: &str, i: usize, key: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = skip_ws(b, i + 1);
    while b.get(j) == Some(&b'"') {
        let end = skip_value(b, j);
        let name: String = serde_json::from_str(text.get(j..end)?).ok()?;
        j = skip_ws(b, end);
        if b.get(j) != Some(&b':') {
            return None;
        }
        j = skip_ws(b, j + 1);
        if name == key {
            return Some(j);
        }
        j = skip_ws(b, skip_value(b, j));
        if b.get(j) == Some(&b',') {
            j = skip_ws(b, j + 1);
        }
    }
    None
}

/// Where element `index` of the array at `i` begins.
fn element(b: &[u8], i: usize, index: usize) -> Option<usize> {
    let mut j = skip_ws(b, i + 1);
    for _ in 0..index {
        if matches!(b.get(j), None | Some(b']')) {
            return None;
        }
        j = skip_ws(b, skip_value(b, j));
        if b.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(b, j + 1);
    }
    (!matches!(b.get(j), None | Some(b']'))).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_at(json: &str, offset: usize) -> String {
        text(&steps_at(json, offset, false))
    }

    #[test]
    fn paths_parse_into_keys_and_indices_and_back() {
        let p = parse("parties[0].agents[12].name").unwrap();
        assert_eq!(
            p,
            vec![
                Step::Key("parties".into()),
                Step::Index(0),
                Step::Key("agents".into()),
                Step::Index(12),
                Step::Key("name".into())
            ]
        );
        assert_eq!(text(&p), "parties[0].agents[12].name");
        for bad in ["", ".", "a..b", "a[", "a[x]", "a[1]b", "[0]"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn locate_finds_where_a_path_begins() {
        let t = "{\n  \"parties\": [\"甲\", {\"sex\": \"x\"}]\n}";
        let path = parse("parties[1].sex").unwrap();
        assert_eq!(locate(t, &path), Some((2, 28)));
    }

    #[test]
    fn a_value_in_nested_objects_and_lists_has_its_full_path() {
        let t = r#"{"parties": [{"id": "p1"}, {"id": "p2", "sex": "x"}]}"#;
        let at = t.find(r#""x""#).unwrap() + 3;
        assert_eq!(path_at(t, at), "parties[1].sex");
    }

    #[test]
    fn an_unknown_key_is_named_before_its_value_is_read() {
        let t = r#"{"committee": {"name": "甲", "bogus": 1}}"#;
        let at = t.find(r#""bogus""#).unwrap() + 7;
        assert_eq!(path_at(t, at), "committee.bogus");
    }

    #[test]
    fn a_closed_object_reported_at_its_brace_is_the_place() {
        let t = r#"{"parties": [{"id": "p1"}, {"id": "p2"}]}"#;
        // After the brace (read), or at the comma after it (peeked).
        let brace = t.find('}').unwrap();
        // A refused object, reported at the comma after it (peeked).
        assert_eq!(path_at(t, brace + 2), "parties[0]");
        // A missing field, reported at the object's own brace (peeked).
        assert_eq!(text(&steps_at(t, brace + 1, true)), "parties[0]");
        assert_eq!(path_at(t, 0), "");
    }

    #[test]
    fn a_value_reported_at_the_peeked_brace_after_it_is_the_place() {
        let t = r#"{"agreement": {"formed_on": "2025-02-30"}}"#;
        let at = t.find("30\"").unwrap() + 4;
        assert_eq!(path_at(t, at), "agreement.formed_on");
    }

    #[test]
    fn escaped_quotes_in_values_do_not_confuse_the_scan() {
        let t = r#"{"a": "x\"y", "b": [1, 2, "z"]}"#;
        let at = t.find(r#""z""#).unwrap() + 3;
        assert_eq!(path_at(t, at), "b[2]");
    }

    #[test]
    fn line_and_column_become_a_byte_offset() {
        let t = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(t, 3, 6), t.find("\"b\"").unwrap() + 4);
        assert_eq!(offset_of(t, 99, 1), t.len());
    }
}
