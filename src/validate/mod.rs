//! Checking a case: identity numbers, credit codes, phone numbers, amounts, required
//! fields, the order of dates, and the legal pre-checks for judicial confirmation.
//! Validation never fails and never panics: [`validate`] returns every issue at once,
//! each with a severity, a field path, a Chinese message, a hint and the law or
//! standard it rests on (see [`Issue`]).
//!
//! The value types it checks with (ID numbers, credit codes, amounts and 大写, dates and
//! the holiday calendar, phones) are `crate::values`; the rule modules (`parties`, `required`, `obligations`,
//! `chronology`, `legal`, `settings`, `dossier`, `values`) walk the case and turn their results into issues.
//!
//! Rules (`Issue::rule`), by module:
//!
//! | rule | path | severity | basis |
//! |---|---|---|---|
//! | `party.*`, `person.*`, `org.*`, `agent.*`, `phone.*` | `parties[i]…`, `committee…` | see `parties` | GB 11643-1999, GB 32100-2015, … |
//! | `required.*` | the missing field | Error/Warning/Notice by document | 人民调解法第二十九条, 民诉法解释第三百五十四条 |
//! | `obligation.*`, `clause.*`, `ref.*` | `agreement.clauses[i]…` | see `obligations` | 支付结算办法, 人民调解法第二十九条 |
//! | `amount.mismatch`, `amount.capital_invalid`, `amount.capital_zheng` | `agreement.clauses[i].text`, `agreement.performance`, `dispute.claims[i].text` | Error/Error/Warning | 支付结算办法 |
//! | `clause.terms_missing`, `clause.due_mismatch` | `agreement.clauses[i].text` | Warning | 民诉法解释第三百五十八条第五项 |
//! | `dispute.risk_level_unknown` | `dispute.risk_level` | Warning | 案件文件格式 |
//! | `date.*` | the later date | Warning/Notice | 人民调解法第二十九条、第三十三条 … |
//! | `legal.*` | see `legal` | Warning/Notice | 人民调解法, 民事诉讼法, 民诉法解释 |
//! | `settings.page_range`, `settings.page` | `settings.page.<field>` | Error (out of range) / Warning (does not fit) | GB/T 9704-2012 |
//! | `text.control_char`, `text.too_long`, `date.out_of_range`, `settings.range` | the field | Error | 案件文件格式 |
//! | `dossier.*` | the missing record | Warning (Dossier) / Notice (All) | 人民调解法第二十七条 (reported by `crate::dossier::lacks`, from the registry) |
//!
//! `docs/case-format.md` lists every rule with its path, severity and basis.

pub use crate::values::calendar;
mod chronology;
pub mod explain;
mod holidays;
mod issue;
pub mod legal;
mod obligations;
mod parties;
mod required;
mod settings;
mod text;
mod values;

pub use issue::{Issue, Severity, Suggestion, Summary, compare_paths};

use crate::model::{Case, Date};
use crate::values::calendar::Calendar;

/// The laws and standards rules cite (`Issue::basis`).
pub mod basis {
    /// 公民身份号码
    pub const GB_11643: &str = "GB 11643-1999";
    /// 统一社会信用代码
    pub const GB_32100: &str = "GB 32100-2015";
    /// 组织机构代码 (the inner check of a credit code; unverified, domain spec §7.2)
    pub const GB_11714: &str = "GB 11714-1997";
    /// Phone numbers.
    pub const NUMBERING_PLAN: &str = "电信网编号计划（2017年版）";
    /// 大写金额 and amounts.
    pub const PBOC_AMOUNTS: &str = "《正确填写票据和结算凭证的基本规定》（中国人民银行）";
    /// The case file format itself (ids, references).
    pub const CASE_FORMAT: &str = "本程序的案件文件格式";
    /// 党政机关公文格式: the page the forms are set on (domain spec §6).
    pub const GB_9704: &str = "GB/T 9704-2012";
    /// The MoJ 2010 forms.
    pub const MOJ_FORMS: &str = "司法部人民调解文书格式（2010）";
    /// MoJ statistics categories.
    pub const MOJ_STATISTICS: &str = "司法部人民调解统计报表纠纷分类";
    pub const MEDIATION_27: &str = "人民调解法第二十七条";
    pub const MEDIATION_28: &str = "人民调解法第二十八条";
    /// The file keeps the agreement, written or oral (Art. 27 and Art. 28).
    pub const MEDIATION_27_28: &str = "人民调解法第二十七条、第二十八条";
    pub const MEDIATION_29: &str = "人民调解法第二十九条";
    pub const MEDIATION_30: &str = "人民调解法第三十条";
    pub const MEDIATION_33: &str = "人民调解法第三十三条";
    /// The 30-day window and how it is counted.
    pub const DEADLINE: &str = "人民调解法第三十三条；民事诉讼法第二百零五条、第八十五条";
    pub const CPL_85: &str = "民事诉讼法第八十五条";
    pub const CPL_205: &str = "民事诉讼法第二百零五条";
    /// A power of attorney states its matters and powers; special powers are listed.
    pub const CPL_62: &str = "民事诉讼法第六十二条";
    pub const INTERP_351: &str = "民诉法解释第三百五十一条；民事诉讼法第六十一条";
    pub const INTERP_354: &str = "民诉法解释第三百五十四条";
    pub const INTERP_355_3: &str = "民诉法解释第三百五十五条第一款第三项";
    pub const INTERP_355_4: &str = "民诉法解释第三百五十五条第一款第四项";
    pub const INTERP_355_5: &str = "民诉法解释第三百五十五条第一款第五项";
    pub const INTERP_358_5: &str = "民诉法解释第三百五十八条第五项";
    pub const SPC_2011_3: &str = "法释〔2011〕5号第三条";
    pub const RULES_2002_30: &str = "人民调解工作若干规定第三十条";
    pub const RULES_2002_33: &str = "人民调解工作若干规定第三十三条";
    pub const CIVIL_CODE_MINORS: &str = "民法典第十九条至第二十三条";
}

/// Which documents are about to be produced: the required fields and the checks that
/// run depend on it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// 人民调解协议书 (or the 口头协议登记表).
    Agreement,
    /// 司法确认申请书 with the agreement it attaches: the agreement's checks, the
    /// applicants' particulars (民诉法解释 Art. 354) and the legal pre-checks.
    Confirmation,
    /// Every document of the case file: the agreement; the confirmation application
    /// when the case has one; the intake, visit and archive records.
    #[default]
    All,
    /// The whole 卷宗 (`crate::dossier`): the checks of `All`; what the file still
    /// lacks of the documents domain spec §4.3 marks 必须 is then a warning
    /// (`crate::pipeline::check_in` adds it).
    Dossier,
}

impl Check {
    /// Whether the judicial-confirmation checks run for this case.
    pub fn confirmation(self, case: &Case) -> bool {
        match self {
            Check::Agreement => false,
            Check::Confirmation => true,
            Check::All | Check::Dossier => case.confirmation.is_some(),
        }
    }

    /// Whether the case-file records (intake, visits, archive, what the 卷宗 lacks) are
    /// checked.
    pub fn records(self) -> bool {
        matches!(self, Check::All | Check::Dossier)
    }
}

/// What the rule modules share while walking a case.
pub(crate) struct Ctx<'a> {
    pub case: &'a Case,
    pub check: Check,
    pub today: Date,
    /// The holiday schedules deadlines are counted with.
    pub calendar: &'a Calendar,
    /// Whether the confirmation checks run (`check.confirmation(case)`).
    pub confirming: bool,
    pub out: Vec<Issue>,
}

impl Ctx<'_> {
    pub fn push(&mut self, issue: Issue) {
        self.out.push(issue);
    }

    /// The date ages are computed on: the agreement's date, else today (as the
    /// document builders do).
    pub fn age_date(&self) -> Date {
        self.case.age_date(self.today)
    }
}

/// Check `case` in the scope `check`, as of `today`, counting deadlines with the
/// built-in holiday schedule and the schedules the case file carries
/// ([`Case::holidays`]). See [`validate_in`].
pub fn validate_as(case: &Case, check: Check, today: Date) -> Vec<Issue> {
    validate_in(case, check, today, &Calendar::with(&case.holidays))
}

/// Check `case` in the scope `check`, as of `today`, counting deadlines with
/// `calendar` (the app's: the committee's own schedules and the case's).
/// Returns every issue, sorted by path (indices numerically), then rule, then message;
/// identical issues appear once.
pub fn validate_in(case: &Case, check: Check, today: Date, calendar: &Calendar) -> Vec<Issue> {
    // The order of dates and the legal deadlines read the case as the documents print
    // it: a date outside its limits (year −1) is reported once, by `values`, and not
    // quoted again as 「协议成立日期（-1年1月1日）早于…」.
    let printable = case.printable();
    let mut cx = Ctx {
        case,
        check,
        today,
        calendar,
        confirming: check.confirmation(case),
        out: Vec::new(),
    };
    parties::check(&mut cx);
    required::check(&mut cx);
    obligations::check(&mut cx);
    cx.case = &printable;
    chronology::check(&mut cx);
    legal::check(&mut cx);
    cx.case = case;
    holidays::check(&mut cx);
    settings::check(&mut cx);
    values::check(&mut cx);
    sorted(cx.out)
}

/// Issues in their reading order: by path (indices numerically), then rule, then
/// message; identical issues once.
pub fn sorted(mut out: Vec<Issue>) -> Vec<Issue> {
    out.sort_by(|a, b| {
        compare_paths(&a.path, &b.path)
            .then_with(|| a.rule.cmp(b.rule))
            .then_with(|| a.message.cmp(&b.message))
            .then_with(|| a.severity.cmp(&b.severity))
    });
    out.dedup();
    out
}

/// Whether any issue is an [`Severity::Error`].
pub fn has_errors(issues: &[Issue]) -> bool {
    issues.iter().any(|i| i.severity == Severity::Error)
}
