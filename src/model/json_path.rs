//! The field path at a position of a JSON text: `parties[0].sex` for the place serde
//! reported an error at. The loader names the place in the user's own file with it,
//! without wrapping every type's deserialiser in a path tracker (which doubled the
//! deserialisation code in the app's download).

/// One open container while scanning.
enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path of the value being read at byte `offset` of `text` (as serde_json reports
/// errors: just after the token it refused). Empty at the top level.
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
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
    let mut path = String::new();
    for f in &stack {
        match f {
            Frame::Object { key: Some(k) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let t = r#"{"parties": [{"id": "p1"}]}"#;
        let at = t.find('}').unwrap() + 1;
        assert_eq!(path_at(t, at), "parties[0]");
        assert_eq!(path_at(t, 0), "");
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
