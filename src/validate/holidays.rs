//! The holiday schedules a case file carries (`holidays`, the committee's own entries
//! from the State Council's notices): each must be complete and consistent before a
//! deadline is counted with it, and an entry for a year this build knows is not used.
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `holidays.invalid` | `holidays[i]…` (the field at fault) | Error | 民事诉讼法第八十五条 |
//! | `holidays.builtin_differs` | `holidays[i].year` | Notice | 民事诉讼法第八十五条 |

use super::basis as b;
use super::{Ctx, Issue};
use crate::values::calendar::Calendar;

pub(super) fn check(cx: &mut Ctx) {
    let case = cx.case;
    for (i, y) in case.holidays.iter().enumerate() {
        for p in y.problems(&format!("holidays[{i}]")) {
            cx.push(
                Issue::error(p.path, "holidays.invalid", b::CPL_85, p.message).hint(
                    "节假日安排须与国务院公布的通知一致；有误的年份不用于计算期限，期限按周末顺延",
                ),
            );
        }
        let differs = Calendar::differences(y);
        if !differs.is_empty() {
            cx.push(
                Issue::notice(
                    format!("holidays[{i}].year"),
                    "holidays.builtin_differs",
                    b::CPL_85,
                    format!(
                        "本程序已内置{}年的节假日安排，期限按内置安排计算；案件中录入的与内置的不同：{}",
                        y.year,
                        differs.join("；")
                    ),
                )
                .hint("内置安排来自国务院公布的通知；如确认内置有误，请向本程序报告"),
            );
        }
    }
}
