//! Phone numbers (联系方式) as mediators type them: mobile numbers (11 digits, 1[3-9]…),
//! landlines with a trunk prefix and area code (0 + 2–3 digit area code + 7–8 digits),
//! 400/800 service numbers, and local landlines without an area code (accepted with a
//! notice). Spaces, hyphens, brackets, a `+86`/`0086` prefix and an extension
//! (「转123」, 「ext. 123」, 「#123」) are allowed; several numbers may be separated by
//! 「、」「/」「；」「,」. Source: 《电信网编号计划（2017年版）》; the choices are the
//! usual ones of Chinese forms, not a standard's.

/// What kind of number was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhoneKind {
    /// 手机号码
    Mobile,
    /// 固定电话 with area code
    Landline,
    /// 400/800 service number
    Service,
    /// 固定电话 without area code (7–8 digits): usable locally only.
    Local,
}

/// Why a phone number does not look right. `Display` gives a Chinese message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("联系方式为空")]
    Empty,
    #[error("联系方式「{0}」含有电话号码以外的字符")]
    InvalidChar(String),
    #[error("手机号码「{0}」第二位应为3—9")]
    BadMobilePrefix(String),
    #[error("电话号码「{0}」位数不对（手机号11位；固定电话含区号10—12位）")]
    WrongLength(String),
}

fn normalise(c: char) -> Option<char> {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        ' ' | '\u{3000}' | '-' | '－' | '—' | '–' | '(' | ')' | '（' | '）' => None,
        _ => Some(c),
    }
}

/// Check one number (no separators between several numbers).
pub fn check_one(s: &str) -> Result<PhoneKind, PhoneError> {
    let original = s.trim();
    let mut t: String = original.chars().filter_map(normalise).collect();
    for ext in ["转", "ext.", "ext", "EXT", "分机", "#"] {
        if let Some(i) = t.find(ext) {
            let tail = &t[i + ext.len()..];
            if tail.is_empty() || !tail.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PhoneError::InvalidChar(original.to_string()));
            }
            t.truncate(i);
            break;
        }
    }
    let digits = if let Some(r) = t.strip_prefix("+86") {
        r.to_string()
    } else if let Some(r) = t.strip_prefix("0086") {
        r.to_string()
    } else {
        t
    };
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PhoneError::InvalidChar(original.to_string()));
    }
    let b = digits.as_bytes();
    match (b[0], b.len()) {
        (b'1', 11) if (b'3'..=b'9').contains(&b[1]) => Ok(PhoneKind::Mobile),
        (b'1', 11) => Err(PhoneError::BadMobilePrefix(original.to_string())),
        (b'0', 10..=12) if b[1] != b'0' => Ok(PhoneKind::Landline),
        (b'4' | b'8', 10) if digits.starts_with("400") || digits.starts_with("800") => {
            Ok(PhoneKind::Service)
        }
        (b'2'..=b'9', 7 | 8) => Ok(PhoneKind::Local),
        _ => Err(PhoneError::WrongLength(original.to_string())),
    }
}

/// Check a 联系方式 field that may hold several numbers; one result per number.
pub fn check(s: &str) -> Vec<Result<PhoneKind, PhoneError>> {
    s.split(['、', '/', '；', ';', ',', '，'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(check_one)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobile_numbers_with_separators_and_country_code_are_accepted() {
        assert_eq!(check_one("13812345678"), Ok(PhoneKind::Mobile));
        assert_eq!(check_one("138 1234 5678"), Ok(PhoneKind::Mobile));
        assert_eq!(check_one("+86 138-1234-5678"), Ok(PhoneKind::Mobile));
        assert_eq!(check_one("１３８１２３４５６７８"), Ok(PhoneKind::Mobile));
    }

    #[test]
    fn landlines_need_an_area_code_or_are_local() {
        assert_eq!(check_one("010-62345678"), Ok(PhoneKind::Landline));
        assert_eq!(check_one("(0571)8765432"), Ok(PhoneKind::Landline));
        assert_eq!(check_one("0571-87654321转8001"), Ok(PhoneKind::Landline));
        assert_eq!(check_one("87654321"), Ok(PhoneKind::Local));
        assert_eq!(check_one("400-123-4567"), Ok(PhoneKind::Service));
    }

    #[test]
    fn bad_numbers_are_reported() {
        assert!(matches!(
            check_one("12812345678"),
            Err(PhoneError::BadMobilePrefix(_))
        ));
        assert!(matches!(
            check_one("1381234567"),
            Err(PhoneError::WrongLength(_))
        ));
        assert!(matches!(
            check_one("微信abc"),
            Err(PhoneError::InvalidChar(_))
        ));
        assert!(matches!(
            check_one("0571-8765转"),
            Err(PhoneError::InvalidChar(_))
        ));
    }

    #[test]
    fn several_numbers_are_checked_each() {
        let r = check("13812345678、0571-87654321");
        assert_eq!(r, vec![Ok(PhoneKind::Mobile), Ok(PhoneKind::Landline)]);
    }
}
