//! The committee's settings kept with the case: page-geometry overrides that cannot be
//! used (out of range, larger than the A4 sheet, lines or characters that would overlap)
//! are dropped by `PageSettings::effective` and the page is set as GB/T 9704-2012 has
//! it; each dropped value is reported here so the user knows the override had no effect.
//! A value outside its documented range is an error of the file; one in range that does
//! not fit with the others is a warning.
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `settings.page_range` | `settings.page.<field>` | Error | GB/T 9704-2012 |
//! | `settings.page` | `settings.page.<field>` | Warning | GB/T 9704-2012 |

use super::basis as b;
use super::{Ctx, Issue, Severity};

pub(super) fn check(cx: &mut Ctx) {
    let (_, rejected) = cx.case.settings.page.effective();
    for r in rejected {
        let (severity, rule) = if r.out_of_range {
            (Severity::Error, "settings.page_range")
        } else {
            (Severity::Warning, "settings.page")
        };
        cx.push(
            Issue::new(
                severity,
                format!("settings.page.{}", r.field),
                rule,
                b::GB_9704,
                format!(
                    "页面设置 {} 无效：{}，已按 GB/T 9704 排版",
                    r.field, r.reason
                ),
            )
            .hint(format!(
                "请改为合理的数值，或删除该项，使用 GB/T 9704-2012 的标准值（{}）",
                crate::model::gbt9704::summary()
            )),
        );
    }
}
