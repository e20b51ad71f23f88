//! Unified Social Credit Codes (统一社会信用代码) per GB 32100-2015: character set,
//! MOD 31 check character, and the inner GB 11714 organisation-code check
//! (domain spec §7.2).

use std::fmt;

/// The 31 characters allowed, in value order: 0–9 then A–Y without I, O, S, V, Z.
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Weights Wᵢ = 3^(i−1) mod 31 for positions 1–17.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// GB 11714 weights for the first 8 characters of the organisation code.
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// A checked Unified Social Credit Code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreditCode(String);

/// Why a string is not a valid credit code. `Display` gives a Chinese message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreditCodeError {
    /// Nothing but white space was entered.
    #[error("统一社会信用代码为空")]
    Empty,
    /// The code does not have 18 characters.
    #[error("统一社会信用代码应为18位，现为{0}位")]
    WrongLength(usize),
    /// A character among positions 1–17 outside 0–9 and A–Z less I, O, S, V, Z;
    /// position is 1-based. (A bad 18th character is reported as `CheckMismatch`.)
    #[error(
        "统一社会信用代码第{position}位「{found}」不是允许的字符（数字或除I、O、S、V、Z以外的大写字母）"
    )]
    InvalidChar {
        /// 1-based position of the offending character.
        position: usize,
        /// The character as entered (after upper-casing).
        found: char,
    },
    /// The check character (position 18) does not match.
    #[error("统一社会信用代码校验码错误：应为{expected}，实为{found}")]
    CheckMismatch {
        /// The check character computed from the first 17 characters.
        expected: char,
        /// The check character entered.
        found: char,
    },
}

/// Value of a character in the GB 32100 alphabet (0–30).
fn value(c: char) -> Option<u32> {
    let b = u8::try_from(c).ok()?;
    ALPHABET.iter().position(|&a| a == b).map(|p| p as u32)
}

/// Normalises one character: full-width ASCII to ASCII, then upper case.
fn normalise_char(c: char) -> char {
    let c = match c {
        '！'..='～' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    c.to_ascii_uppercase()
}

/// The check character for the 17 leading characters `first17`, or `None` if it is
/// not 17 characters of the GB 32100 alphabet. Input must already be upper case.
pub fn expected_check_char(first17: &str) -> Option<char> {
    let mut sum = 0u32;
    let mut count = 0usize;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value(c)? * w;
        count += 1;
    }
    if count != 17 || first17.chars().count() != 17 {
        return None;
    }
    let check = (31 - sum % 31) % 31;
    ALPHABET.get(check as usize).map(|&b| b as char)
}

/// Builds a complete code by appending the check character to `first17` (after the
/// same normalisation as [`parse`]); `None` if `first17` is not 17 valid characters.
/// Used to fabricate example codes.
pub fn make(first17: &str) -> Option<String> {
    let body: String = first17.trim().chars().map(normalise_char).collect();
    let check = expected_check_char(&body)?;
    Some(format!("{body}{check}"))
}

/// Parses and checks a credit code. White space anywhere in it is ignored, full-width
/// characters and lower case are normalised.
pub fn parse(s: &str) -> Result<CreditCode, CreditCodeError> {
    let chars: Vec<char> = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(normalise_char)
        .collect();
    if chars.is_empty() {
        return Err(CreditCodeError::Empty);
    }
    if chars.len() != 18 {
        return Err(CreditCodeError::WrongLength(chars.len()));
    }
    if let Some((i, &c)) = chars[..17]
        .iter()
        .enumerate()
        .find(|(_, c)| value(**c).is_none())
    {
        return Err(CreditCodeError::InvalidChar {
            position: i + 1,
            found: c,
        });
    }
    let body: String = chars[..17].iter().collect();
    let found = chars[17];
    if let Some(expected) = expected_check_char(&body)
        && expected != found
    {
        return Err(CreditCodeError::CheckMismatch { expected, found });
    }
    let code = format!("{body}{found}");
    Ok(CreditCode(code))
}

/// The printed form of a code [`parse`] accepts (upper case, ASCII, no white space);
/// `None` for an empty or invalid code, which must never be printed.
pub fn normalise(s: &str) -> Option<String> {
    parse(s).ok().map(|c| c.0)
}

impl CreditCode {
    /// The normalised 18-character code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Position 1: 登记管理部门码 (e.g. '9' = 市场监管/工商).
    pub fn registration_authority(&self) -> char {
        self.0.as_bytes()[0] as char
    }

    /// Position 2: 机构类别码 (e.g. '1' = 企业 under authority '9').
    pub fn entity_type(&self) -> char {
        self.0.as_bytes()[1] as char
    }

    /// Positions 3–8: the GB/T 2260 region code of the registering authority.
    pub fn region_code(&self) -> &str {
        &self.0[2..8]
    }

    /// Positions 9–17: the organisation code (组织机构代码, GB 11714).
    pub fn org_code(&self) -> &str {
        &self.0[8..17]
    }

    /// Whether the organisation code (positions 9–17) passes its own GB 11714 check
    /// (weights 3 7 9 10 5 8 4 2, A=10 … Z=35, C₉ = 11 − S mod 11, 10 → X, 11 → 0).
    /// The rule is unverified (spec §7.2): treat `false` as a warning only.
    pub fn org_code_check_ok(&self) -> bool {
        let org = self.org_code().as_bytes();
        let mut sum = 0u32;
        for (&b, w) in org[..8].iter().zip(ORG_WEIGHTS) {
            let v = match b {
                b'0'..=b'9' => u32::from(b - b'0'),
                b'A'..=b'Z' => u32::from(b - b'A') + 10,
                _ => return false,
            };
            sum += v * w;
        }
        let expected = match 11 - sum % 11 {
            10 => b'X',
            11 => b'0',
            n => b'0' + n as u8,
        };
        org[8] == expected
    }
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const VALID: [&str; 3] = [
        "91350100M000100Y43",
        "91512081MA62K0260E",
        "91110000802100433B",
    ];

    #[test]
    fn published_examples_are_valid() {
        for s in VALID {
            let c = parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(c.as_str(), s);
        }
    }

    #[test]
    fn normalise_drops_spaces_and_upper_cases_but_refuses_invalid_codes() {
        assert_eq!(
            normalise(" 91350100 m000100y43 ").as_deref(),
            Some("91350100M000100Y43")
        );
        assert_eq!(
            normalise("９１３５０１００Ｍ０００１００Ｙ４３").as_deref(),
            Some("91350100M000100Y43")
        );
        assert_eq!(normalise("91350100M000100Y4Z"), None);
        assert_eq!(normalise(""), None);
    }

    #[test]
    fn standard_worked_example_reports_expected_check() {
        let e = parse("91350100M000100Y4Z").unwrap_err();
        assert_eq!(e.to_string(), "统一社会信用代码校验码错误：应为3，实为Z");
        let e = parse("91350100M000100Y4A").unwrap_err();
        assert_eq!(e.to_string(), "统一社会信用代码校验码错误：应为3，实为A");
        assert_eq!(expected_check_char("91350100M000100Y4"), Some('3'));
    }

    #[test]
    fn inner_org_code_check_passes_on_examples() {
        for s in VALID {
            assert!(parse(s).unwrap().org_code_check_ok(), "{s}");
        }
        let c = parse(&make("91350100M000100Y5").unwrap()).unwrap();
        assert!(!c.org_code_check_ok());
    }

    #[test]
    fn lower_case_full_width_and_spaces_are_normalised() {
        assert_eq!(parse(" 91512081ma62k0260e ").unwrap().as_str(), VALID[1]);
        assert_eq!(
            parse("９１５１２０８１ＭＡ６２Ｋ０２６０Ｅ")
                .unwrap()
                .as_str(),
            VALID[1]
        );
    }

    #[test]
    fn fields_are_exposed() {
        let c = parse(VALID[0]).unwrap();
        assert_eq!(c.registration_authority(), '9');
        assert_eq!(c.entity_type(), '1');
        assert_eq!(c.region_code(), "350100");
        assert_eq!(c.org_code(), "M000100Y4");
    }

    #[test]
    fn wrong_length_and_forbidden_letters_are_reported() {
        assert_eq!(
            parse("9135").unwrap_err().to_string(),
            "统一社会信用代码应为18位，现为4位"
        );
        assert_eq!(parse("").unwrap_err(), CreditCodeError::Empty);
        for bad in ['I', 'O', 'S', 'V', 'Z', '-', '中'] {
            let mut s: Vec<char> = VALID[0].chars().collect();
            s[3] = bad;
            let s: String = s.into_iter().collect();
            assert!(matches!(
                parse(&s),
                Err(CreditCodeError::InvalidChar { position: 4, .. })
            ));
        }
    }

    #[test]
    fn make_appends_the_check_character() {
        assert_eq!(make("91110000802100433").as_deref(), Some(VALID[2]));
        assert_eq!(make("9111000080210043"), None);
        assert_eq!(make("91110000802100I33"), None);
    }

    fn valid_code() -> impl Strategy<Value = String> {
        proptest::collection::vec(0usize..31, 17).prop_map(|v| {
            let body: String = v.into_iter().map(|i| ALPHABET[i] as char).collect();
            make(&body).unwrap()
        })
    }

    proptest! {
        #[test]
        fn every_single_substitution_is_caught(code in valid_code()) {
            prop_assert!(parse(&code).is_ok());
            for pos in 0..18 {
                for &b in b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
                    if code.as_bytes()[pos] == b {
                        continue;
                    }
                    let mut bad = code.clone().into_bytes();
                    bad[pos] = b;
                    let bad = String::from_utf8(bad).unwrap();
                    prop_assert!(parse(&bad).is_err(), "{} accepted", bad);
                }
            }
        }

        #[test]
        fn any_input_never_panics(s in ".{0,30}") {
            if let Ok(c) = parse(&s) {
                let _ = c.org_code_check_ok();
            }
        }
    }
}
