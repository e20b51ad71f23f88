//! Resident identity numbers (公民身份号码) per GB 11643-1999: structure, ISO 7064
//! MOD 11-2 check character, birth date, sex and province (domain spec §7.1).
//!
//! Choices where the standard is silent: the birth year must be 1800 or later (an
//! earlier year is always a typing error), and the province code must be one of the
//! GB/T 2260 provincial codes listed in [`PROVINCE_CODES`].

use std::fmt;

use time::{Date, Month};

/// Weights Wᵢ = 2^(17−i) mod 11 for the 17 body digits (GB 11643-1999).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// Check character for each remainder R = S mod 11.
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// The provincial-level codes (first two digits) that GB/T 2260 assigns.
pub const PROVINCE_CODES: [u8; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

/// Earliest birth year accepted; anything earlier is treated as a typing error.
const MIN_BIRTH_YEAR: i32 = 1800;

// One type for the case's 性别 and the one an ID number encodes by the parity of its
// sequence code (odd = male, even = female).
/// 性别
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// 男
    Male,
    /// 女
    Female,
}

impl Sex {
    /// The Chinese word used on the forms: 「男」 or 「女」.
    pub fn chinese(self) -> &'static str {
        match self {
            Sex::Male => "男",
            Sex::Female => "女",
        }
    }

    /// The same word ([`Sex::chinese`]).
    pub fn label(self) -> &'static str {
        self.chinese()
    }
}

/// A checked resident identity number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdNumber {
    normalised: String,
    birth_date: Date,
    sex: Sex,
    province: u8,
    /// True for a legacy 15-digit number (GB 11643-1989, no check character); the
    /// caller should warn, because such numbers were replaced in 2004–2013.
    pub legacy: bool,
}

impl IdNumber {
    /// The number as it should be printed: ASCII digits, upper-case 'X'.
    pub fn as_str(&self) -> &str {
        &self.normalised
    }

    /// The birth date encoded in the number (for legacy numbers, year 19YY).
    pub fn birth_date(&self) -> Date {
        self.birth_date
    }

    /// The sex encoded in the sequence code.
    pub fn sex(&self) -> Sex {
        self.sex
    }

    /// The provincial-level code: the first two digits (e.g. 11 for 北京).
    pub fn province_code(&self) -> u8 {
        self.province
    }

    /// Age in full years (周岁) on `date`; 0 if `date` is before the birth date.
    /// Someone born on 29 February becomes a year older on 1 March in common years.
    pub fn age_on(&self, date: Date) -> u32 {
        full_years(self.birth_date, date).unwrap_or(0)
    }

    /// The 18-digit form of the number: for a legacy 15-digit number, 「19」 is
    /// inserted before the year and the check character appended; an 18-digit number
    /// is returned unchanged.
    pub fn to_18(&self) -> String {
        if !self.legacy {
            return self.normalised.clone();
        }
        let body = format!("{}19{}", &self.normalised[..6], &self.normalised[6..]);
        match expected_check_char(&body) {
            Some(c) => {
                let mut s = body;
                s.push(c);
                s
            }
            None => self.normalised.clone(),
        }
    }
}

impl fmt::Display for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.normalised)
    }
}

/// Why a string is not a valid identity number. `Display` gives a Chinese message
/// that can be shown to the mediator as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// Nothing but white space was entered.
    #[error("身份证号为空")]
    Empty,
    /// The number has neither 18 nor 15 characters.
    #[error("身份证号应为18位，现为{0}位")]
    WrongLength(usize),
    /// A character other than a digit (or a final X) was found; position is 1-based.
    #[error("身份证号第{position}位「{found}」不是数字")]
    InvalidChar {
        /// 1-based position of the offending character.
        position: usize,
        /// The character as entered.
        found: char,
    },
    /// The last character of an 18-digit number is neither a digit nor X.
    #[error("身份证号最后一位应为数字或X，实为「{0}」")]
    InvalidCheckChar(char),
    /// The first two digits are not a provincial-level code.
    #[error("身份证号前两位{0:02}不是有效的省级行政区划代码")]
    UnknownProvince(u8),
    /// The birth-date field is not a calendar date (e.g. 19800231).
    #[error("身份证号中的出生日期{0}不存在")]
    NoSuchDate(String),
    /// The birth date is before 1800.
    #[error("身份证号中的出生日期{0}过早，请核对")]
    BirthTooEarly(String),
    /// The birth date is after the date the check is made.
    #[error("身份证号中的出生日期{0}晚于今天")]
    BirthInFuture(String),
    /// The MOD 11-2 check character does not match.
    #[error("身份证号校验码错误：应为{expected}，实为{found}")]
    CheckMismatch {
        /// The check character computed from the first 17 digits.
        expected: char,
        /// The check character entered.
        found: char,
    },
}

/// Full years (周岁) from `birth` to `on`: the one place an age is computed. `None` if
/// `on` is before `birth`. Someone born on 29 February becomes a year older on 1 March
/// in common years.
pub fn full_years(birth: Date, on: Date) -> Option<u32> {
    let mut years = on.year().checked_sub(birth.year())?;
    if (on.month() as u8, on.day()) < (birth.month() as u8, birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

/// What a form prints of a natural person's 性别, 出生日期 and 年龄, and the ID number:
/// typed values win, and what is left empty is derived from a valid ID number
/// (GB 11643-1999). Invalid values are never here (they print as blanks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Particulars {
    /// The typed sex, else the one the ID number encodes.
    pub sex: Option<Sex>,
    /// The typed birth date, else the one the ID number encodes.
    pub birth: Option<Date>,
    /// Full years on the form's date: from the typed birth date; else the typed age;
    /// else from the ID number's birth date. `None` when the birth is after that date.
    pub age: Option<u32>,
    /// The ID number in its printed form (ASCII digits, upper-case X, no spaces);
    /// empty when none was typed or the number is invalid.
    pub id: String,
    /// Which of sex, birth date and age come from the ID number rather than typing.
    pub from_id: Derived,
}

/// Which particulars an ID number supplied ([`Particulars::from_id`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    pub sex: bool,
    pub birth: bool,
    pub age: bool,
}

/// The one place 性别, 出生日期 and 年龄 are derived: the document builders print what
/// this returns, the editor shows it as what will print, validation compares with it.
/// Ages are counted to `on` (the form's date: the day the agreement was formed, else
/// today); the ID number is checked as of `today`. A typed birth date decides the age
/// even when it makes none (a birth after `on`); a typed age is then not used.
pub fn particulars(
    id_number: &str,
    sex: Option<Sex>,
    birth: Option<Date>,
    age: Option<u32>,
    on: Date,
    today: Date,
) -> Particulars {
    let id = facts(id_number, today);
    let from_id = Derived {
        sex: sex.is_none() && id.is_some(),
        birth: birth.is_none() && id.is_some(),
        age: birth.is_none()
            && age.is_none()
            && id.is_some_and(|f| full_years(f.birth, on).is_some()),
    };
    let age = match birth {
        Some(b) => full_years(b, on),
        None => age.or_else(|| id.and_then(|f| full_years(f.birth, on))),
    };
    Particulars {
        sex: sex.or(id.map(|f| f.sex)),
        birth: birth.or(id.map(|f| f.birth)),
        age,
        id: normalise(id_number, today).unwrap_or_default(),
        from_id,
    }
}

/// What a valid identity number says about its holder (GB 11643-1999: birth date from
/// digits 7–14, sex from the parity of digit 17).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IdFacts {
    /// The birth date encoded in the number.
    pub birth: Date,
    /// The sex encoded in the sequence code.
    pub sex: Sex,
}

/// The birth date and sex of a number [`parse`] accepts as of `today`; `None` for an
/// empty or invalid number.
pub fn facts(s: &str, today: Date) -> Option<IdFacts> {
    parse(s, today).ok().map(|id| IdFacts {
        birth: id.birth_date,
        sex: id.sex,
    })
}

/// The printed form of a number [`parse`] accepts as of `today` (ASCII digits,
/// upper-case X, no white space); `None` for an empty or invalid number, which must
/// never be printed. A legacy 15-digit number stays 15 digits.
pub fn normalise(s: &str, today: Date) -> Option<String> {
    parse(s, today).ok().map(|id| id.normalised)
}

/// Normalises one character: full-width digits and x/ｘ/Ｘ to ASCII, 'x' to 'X'.
fn normalise_char(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        'x' | 'ｘ' | 'Ｘ' => 'X',
        _ => c,
    }
}

/// The MOD 11-2 check character for the 17-digit body `first17`, or `None` if it is
/// not exactly 17 ASCII digits.
pub fn expected_check_char(first17: &str) -> Option<char> {
    let bytes = first17.as_bytes();
    if bytes.len() != 17 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = bytes
        .iter()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    CHECK_CHARS.get((sum % 11) as usize).copied()
}

/// The invisible characters [`parse`] drops.
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Parses and checks an identity number. White space anywhere in it is ignored (a
/// number is often typed in groups, 「110105 19491231 002X」), and so are the invisible
/// zero-width characters a copy from a web page or a spreadsheet brings along (U+200B–
/// U+200D, U+2060, U+FEFF); full-width digits are accepted and 'x' becomes 'X'. An 18-digit number must have
/// a valid province code, a real birth date not after `today`, and a correct check
/// character; a 15-digit legacy number is accepted with `legacy: true` (birth year
/// 19YY, no check character).
pub fn parse(s: &str, today: Date) -> Result<IdNumber, IdError> {
    let chars: Vec<char> = s
        .chars()
        .filter(|c| !c.is_whitespace() && !is_zero_width(*c))
        .map(normalise_char)
        .collect();
    let len = chars.len();
    if len == 0 {
        return Err(IdError::Empty);
    }
    if len != 18 && len != 15 {
        return Err(IdError::WrongLength(len));
    }
    let body_len = if len == 18 { 17 } else { 15 };
    for (i, &c) in chars.iter().enumerate().take(body_len) {
        if !c.is_ascii_digit() {
            return Err(IdError::InvalidChar {
                position: i + 1,
                found: c,
            });
        }
    }
    if len == 18 && !(chars[17].is_ascii_digit() || chars[17] == 'X') {
        return Err(IdError::InvalidCheckChar(chars[17]));
    }
    // From here on every character is ASCII.
    let normalised: String = chars.iter().collect();
    let digit = |i: usize| u32::from(normalised.as_bytes()[i] - b'0');

    let province = (digit(0) * 10 + digit(1)) as u8;
    if !PROVINCE_CODES.contains(&province) {
        return Err(IdError::UnknownProvince(province));
    }

    let (year, md_start, date_text) = if len == 18 {
        let y = (digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9)) as i32;
        (y, 10, normalised[6..14].to_string())
    } else {
        let y = 1900 + (digit(6) * 10 + digit(7)) as i32;
        (y, 8, format!("19{}", &normalised[6..12]))
    };
    let month = (digit(md_start) * 10 + digit(md_start + 1)) as u8;
    let day = (digit(md_start + 2) * 10 + digit(md_start + 3)) as u8;
    let birth_date = Month::try_from(month)
        .ok()
        .and_then(|m| Date::from_calendar_date(year, m, day).ok())
        .ok_or_else(|| IdError::NoSuchDate(date_text.clone()))?;
    if year < MIN_BIRTH_YEAR {
        return Err(IdError::BirthTooEarly(date_text));
    }
    if birth_date > today {
        return Err(IdError::BirthInFuture(date_text));
    }

    let sex_digit = digit(if len == 18 { 16 } else { 14 });
    let sex = if sex_digit % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    };

    // The body was checked to be 17 ASCII digits above.
    if len == 18
        && let Some(expected) = expected_check_char(&normalised[..17])
        && expected != chars[17]
    {
        return Err(IdError::CheckMismatch {
            expected,
            found: chars[17],
        });
    }

    Ok(IdNumber {
        normalised,
        birth_date,
        sex,
        province,
        legacy: len == 15,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 05);

    #[test]
    fn published_examples_are_valid() {
        for s in [
            "11010519491231002X",
            "440524188001010014",
            "34052419800101001X",
            "370101190102039973",
        ] {
            let id = parse(s, TODAY).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(id.as_str(), s);
            assert!(!id.legacy);
        }
    }

    #[test]
    fn fields_are_decoded() {
        let id = parse("11010519491231002X", TODAY).unwrap();
        assert_eq!(id.birth_date(), date!(1949 - 12 - 31));
        assert_eq!(id.sex(), Sex::Female);
        assert_eq!(id.province_code(), 11);
        let id = parse("370101190102039973", TODAY).unwrap();
        assert_eq!(id.sex(), Sex::Male);
        assert_eq!(id.sex().chinese(), "男");
    }

    #[test]
    fn lower_case_and_full_width_are_normalised() {
        let id = parse("  11010519491231002x\n", TODAY).unwrap();
        assert_eq!(id.as_str(), "11010519491231002X");
        let id = parse("１１０１０５１９４９１２３１００２ｘ", TODAY).unwrap();
        assert_eq!(id.as_str(), "11010519491231002X");
    }

    #[test]
    fn zero_width_characters_inside_are_dropped() {
        assert_eq!(
            normalise("\u{FEFF}110105\u{200B}19491231002x\u{2060}", TODAY).as_deref(),
            Some("11010519491231002X")
        );
    }

    #[test]
    fn spaces_inside_are_dropped() {
        let id = parse("110105 19491231\u{3000}002x", TODAY).unwrap();
        assert_eq!(id.as_str(), "11010519491231002X");
        assert_eq!(
            normalise(" 1101 0519 4912 3100 2x ", TODAY).as_deref(),
            Some("11010519491231002X")
        );
    }

    #[test]
    fn value_functions_give_nothing_for_an_invalid_number() {
        assert_eq!(normalise("110105194912310023", TODAY), None);
        assert_eq!(normalise("", TODAY), None);
        assert_eq!(facts("110105194912310023", TODAY), None);
        assert_eq!(
            facts("11010519491231002x", TODAY),
            Some(IdFacts {
                birth: date!(1949 - 12 - 31),
                sex: Sex::Female
            })
        );
    }

    #[test]
    fn full_years_turn_on_the_birthday_and_on_1_march_for_29_february() {
        let b = date!(1980 - 06 - 15);
        assert_eq!(full_years(b, date!(2026 - 06 - 14)), Some(45));
        assert_eq!(full_years(b, date!(2026 - 06 - 15)), Some(46));
        assert_eq!(full_years(b, b), Some(0));
        assert_eq!(full_years(b, date!(1980 - 06 - 14)), None);
        let leap = date!(2000 - 02 - 29);
        assert_eq!(full_years(leap, date!(2023 - 02 - 28)), Some(22));
        assert_eq!(full_years(leap, date!(2023 - 03 - 01)), Some(23));
        assert_eq!(full_years(leap, date!(2024 - 02 - 28)), Some(23));
        assert_eq!(full_years(leap, date!(2024 - 02 - 29)), Some(24));
    }

    #[test]
    fn wrong_length_is_reported_in_chinese() {
        let e = parse("11010519491231002", TODAY).unwrap_err();
        assert_eq!(e, IdError::WrongLength(17));
        assert_eq!(e.to_string(), "身份证号应为18位，现为17位");
        assert_eq!(parse("   ", TODAY).unwrap_err(), IdError::Empty);
    }

    #[test]
    fn wrong_check_character_names_expected_and_found() {
        let e = parse("110105194912310023", TODAY).unwrap_err();
        assert_eq!(e.to_string(), "身份证号校验码错误：应为X，实为3");
    }

    #[test]
    fn impossible_birth_date_is_rejected() {
        let body = "11010519800231001";
        let id = format!("{body}{}", expected_check_char(body).unwrap());
        let e = parse(&id, TODAY).unwrap_err();
        assert_eq!(e.to_string(), "身份证号中的出生日期19800231不存在");
    }

    #[test]
    fn future_birth_date_is_rejected() {
        let body = "11010520260306001";
        let id = format!("{body}{}", expected_check_char(body).unwrap());
        assert!(matches!(parse(&id, TODAY), Err(IdError::BirthInFuture(_))));
        // Born today is fine.
        let body = "11010520260305001";
        let id = format!("{body}{}", expected_check_char(body).unwrap());
        assert!(parse(&id, TODAY).is_ok());
    }

    #[test]
    fn unknown_province_is_rejected() {
        let body = "99010519491231002";
        let id = format!("{body}{}", expected_check_char(body).unwrap());
        let e = parse(&id, TODAY).unwrap_err();
        assert_eq!(e.to_string(), "身份证号前两位99不是有效的省级行政区划代码");
    }

    #[test]
    fn letters_in_the_body_are_rejected_with_position() {
        let e = parse("1101051949123100XX", TODAY).unwrap_err();
        assert_eq!(
            e,
            IdError::InvalidChar {
                position: 17,
                found: 'X'
            }
        );
        assert!(matches!(
            parse("11010519491231002Y", TODAY),
            Err(IdError::InvalidCheckChar('Y'))
        ));
    }

    #[test]
    fn legacy_fifteen_digit_number_is_accepted_and_flagged() {
        let id = parse("110105491231002", TODAY).unwrap();
        assert!(id.legacy);
        assert_eq!(id.birth_date(), date!(1949 - 12 - 31));
        assert_eq!(id.sex(), Sex::Female);
        assert_eq!(id.to_18(), "11010519491231002X");
        assert!(matches!(
            parse("110105490231002", TODAY),
            Err(IdError::NoSuchDate(_))
        ));
    }

    #[test]
    fn age_counts_full_years() {
        let id = parse("34052419800101001X", TODAY).unwrap();
        assert_eq!(id.age_on(date!(2025 - 12 - 31)), 45);
        assert_eq!(id.age_on(date!(2026 - 01 - 01)), 46);
        assert_eq!(id.age_on(date!(1970 - 01 - 01)), 0);
        let body = "11010520000229001";
        let leap = parse(
            &format!("{body}{}", expected_check_char(body).unwrap()),
            TODAY,
        )
        .unwrap();
        assert_eq!(leap.age_on(date!(2001 - 02 - 28)), 0);
        assert_eq!(leap.age_on(date!(2001 - 03 - 01)), 1);
    }

    #[test]
    fn expected_check_char_rejects_malformed_bodies() {
        assert_eq!(expected_check_char("1101051949123100"), None);
        assert_eq!(expected_check_char("11010519491231002X"), None);
        assert_eq!(expected_check_char("1101051949123100a"), None);
        assert_eq!(expected_check_char("11010519491231002"), Some('X'));
    }

    fn valid_id() -> impl Strategy<Value = String> {
        (
            proptest::sample::select(PROVINCE_CODES.to_vec()),
            0u32..10_000,
            1900i32..=2025,
            1u8..=12,
            1u8..=31,
            0u32..1000,
        )
            .prop_filter_map("real date", |(p, county, y, m, d, seq)| {
                let month = Month::try_from(m).ok()?;
                Date::from_calendar_date(y, month, d).ok()?;
                let body = format!("{p:02}{county:04}{y:04}{m:02}{d:02}{seq:03}");
                Some(format!("{body}{}", expected_check_char(&body)?))
            })
    }

    proptest! {
        #[test]
        fn every_single_substitution_is_rejected(id in valid_id()) {
            prop_assert!(parse(&id, TODAY).is_ok());
            for pos in 0..18 {
                for c in "0123456789X".chars() {
                    if id.as_bytes()[pos] as char == c {
                        continue;
                    }
                    let mut bad: Vec<char> = id.chars().collect();
                    bad[pos] = c;
                    let bad: String = bad.into_iter().collect();
                    prop_assert!(parse(&bad, TODAY).is_err(), "{} accepted", bad);
                }
            }
        }

        #[test]
        fn any_input_never_panics(s in ".{0,40}") {
            let _ = parse(&s, TODAY);
        }
    }
}
