//! Validation is total: any case, any check, any day — no panic, sorted, and the same
//! answer twice.

use crate::strategies as model_strategies;

use proptest::prelude::*;
use tiaojie::validate::{Check, compare_paths};

#[test]
fn validate_never_panics_and_is_sorted_and_deterministic() {
    let strategy = || {
        (
            model_strategies::case(),
            model_strategies::date(),
            prop_oneof![
                Just(Check::Agreement),
                Just(Check::Confirmation),
                Just(Check::All)
            ],
        )
    };
    model_strategies::check(512, strategy, |(case, today, check)| {
        let issues = tiaojie::pipeline::check_as(&case, check, today);
        for w in issues.windows(2) {
            prop_assert!(compare_paths(&w[0].path, &w[1].path).is_le());
        }
        prop_assert_eq!(&issues, &tiaojie::pipeline::check_as(&case, check, today));
        for i in &issues {
            prop_assert!(!i.message.is_empty());
        }
        Ok(())
    });
}
