//! Fixed wording of the 卷宗封面 (domain spec §4.2, bdocx cover [B]; §1.3 卷号; §4.6
//! 保管期限).

/// After a blank committee name (§4.2: 「＿＿＿人民调解委员会」).
pub const COMMITTEE_SUFFIX: &str = "人民调解委员会";
/// The cover's title, letter-spaced as printed (§4.2 「调 解 卷 宗」).
pub const TITLE: &str = "调　解　卷　宗";
/// The title as metadata (unspaced).
pub const META_TITLE: &str = "调解卷宗";
/// Field labels (§4.2), spread to one width when printed.
pub const VOLUME_NAME: &str = "卷名";
pub const VOLUME_NUMBER: &str = "卷号";
pub const MEDIATORS: &str = "人民调解员";
pub const DATES: &str = "调解日期";
pub const FILED_BY: &str = "立卷人";
pub const FILED_ON: &str = "立卷日期";
pub const RETENTION: &str = "保管期限";
pub const NOTES: &str = "备注";
/// Optional fields many local covers add (§4.2).
pub const PARTIES: &str = "当事人";
pub const KIND: &str = "纠纷类型";
pub const OUTCOME: &str = "调解结果";
pub const OUTCOME_SUCCESS: &str = "调解成功";
pub const OUTCOME_FAILURE: &str = "调解不成功";
/// Between the first and last day of 调解日期 (§4.2 「…至…」).
pub const TO: &str = "　至　";
/// Label width in characters, and the colon after it.
pub const LABEL_WIDTH: usize = 5;
pub const COLON: &str = "：";
/// The blank 卷号 of the printed cover (§1.3 「（　）人调字第　号」): the blank put in
/// for each unknown placeholder of the pattern.
pub const PATTERN_BLANK: &str = "　　";

/// The default retention rule (§4.6, a product choice): 长期 when the agreement has
/// ongoing obligations or concerns real property, else 短期.
pub const RETENTION_LONG: &str = "长期";
pub const RETENTION_SHORT: &str = "短期";
/// When the committee's scheme is the 2006 one (永久 / 30年 / 10年, §4.6), the values
/// standing for 长期 and 短期.
pub const RETENTION_LONG_2006: &str = "30年";
pub const RETENTION_SHORT_2006: &str = "10年";
/// Dispute types about real property (§5.1).
pub const PROPERTY_KINDS: [&str; 4] = [
    "房屋宅基地纠纷",
    "山林土地纠纷",
    "征地拆迁纠纷",
    "土地承包经营纠纷",
];
/// Words in a clause that name real property.
pub const PROPERTY_WORDS: [&str; 5] = ["房屋", "宅基地", "土地", "不动产", "山林"];
/// Words in a clause that make an obligation run on (periodic or lasting duties).
pub const ONGOING_WORDS: [&str; 8] = [
    "每月", "每年", "按月", "按年", "逐月", "逐年", "分期", "年内",
];
/// The form's name in the list of forms and in file names.
pub const LIST_TITLE: &str = "卷宗封面";
