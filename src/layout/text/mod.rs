//! Setting a paragraph's text into lines: segment into atoms, break into lines with
//! 禁则, justify.
