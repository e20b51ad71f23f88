//! The proptest tokens of a line of text, written once for the text stage's own tests
//! and the layout properties of `tests/suite` (which include this file by path): Han,
//! ASCII words, numbers, spaces, punctuation from both 禁则 sets and a few hard cases.
//! The including module has `LINE_START_PROHIBITED` and `LINE_END_PROHIBITED` in scope.

use super::{LINE_END_PROHIBITED, LINE_START_PROHIBITED};
use proptest::prelude::*;

pub const HAN: &[&str] = &[
    "调", "解", "协", "议", "书", "甲", "乙", "方", "年", "月", "日", "元", "人", "民",
];

pub const SPECIAL: &[&str] = &[
    "……",
    "——",
    "\u{3000}\u{3000}",
    "\n",
    "http://a.b/c",
    "¥50,000.00",
    "No.12",
    "e-mail",
    "。」",
    "），",
    "」「",
];

/// Han, ASCII words, numbers, spaces and punctuation from both 禁则 sets.
pub fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(HAN).prop_map(String::from),
        2 => "[a-z]{1,12}",
        2 => "[0-9]{1,6}(,[0-9]{3})?(\\.[0-9]{2})?",
        2 => Just(" ".to_string()),
        3 => prop::sample::select(LINE_START_PROHIBITED).prop_map(String::from),
        2 => prop::sample::select(LINE_END_PROHIBITED).prop_map(String::from),
        1 => prop::sample::select(SPECIAL).prop_map(String::from),
    ]
}
