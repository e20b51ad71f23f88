//! Fixed wording of the application for judicial confirmation (申请书（申请司法确认调解协议用）),
//! with its source (domain spec sections in brackets).

/// Printed title (§3.5 「Title」).
pub const TITLE: &str = "申请书";
/// The form's full name, for the PDF's metadata (§3.5: 2016 SPC 样式 No. 13).
pub const FORM_NAME: &str = "申请书（申请司法确认调解协议用）";

/// Party labels (§3.5 note 1: both sides are 申请人; 被申请人 only in a local variant).
pub const APPLICANT: &str = "申请人";
pub const RESPONDENT: &str = "被申请人";
/// Label and value are joined by a full-width colon (§3.5 body).
pub const COLON: &str = "：";
/// The agent line's label (§3.5 body, 2016 样式 「委托诉讼代理人」).
pub const AGENT: &str = "委托诉讼代理人";
// The representative of an organisation is `model::RepresentativeKind::label`, the
// same word on every form.

/// Person line pieces (§3.5: 「×××，男，××××年××月××日出生，×族，……，住……。联系方式：……。」).
pub const COMMA: &str = "，";
pub const STOP: &str = "。";
pub const BORN: &str = "出生";
/// Appended to an ethnicity typed without it (「汉」 → 「汉族」).
pub const ETHNICITY_SUFFIX: &str = "族";
pub const LIVES_AT: &str = "住";
pub const PHONE: &str = "联系方式：";
/// Organisation line (§3.5: 「写明名称住所」).
pub const DOMICILE: &str = "住所";
/// A blank birth date in the person line.
pub const BLANK_BIRTH: &str = "＿＿＿＿年＿＿月＿＿日";

/// Agent details by category (CPL Art. 61, §3.2 Art. 351).
pub const LAWYER: &str = "律师";
pub const LEGAL_SERVICE_WORKER: &str = "基层法律服务工作者";
/// 「申请人×××的近亲属（儿子）」
pub const NEAR_RELATIVE: &str = "的近亲属";
/// 「申请人×××的工作人员（职务）」
pub const EMPLOYEE: &str = "的工作人员";
/// 「××社区推荐的公民」
pub const RECOMMENDED: &str = "推荐的公民";
pub const RECOMMENDED_UNNAMED: &str = "所在社区、单位或有关社会团体推荐的公民";
/// 代理权限 (2016 样式 practice: 一般授权 / 特别授权).
pub const AUTHORITY: &str = "代理权限：";
pub const GENERAL_AUTHORITY: &str = "一般授权";
pub const SPECIAL_AUTHORITY: &str = "特别授权";

/// Roster mode (many parties): 「申请人：王某某等121人（详见附表一）。」
pub const AND_OTHERS: &str = "等";
pub const PERSONS: &str = "人";
/// 「（详见附表一）」, split around the table's number.
pub const SEE_ROSTER_BEFORE: &str = "（详见附表";
pub const SEE_ROSTER_AFTER: &str = "）";

/// Section headings (§3.5 body).
pub const REQUEST_HEADING: &str = "请求事项：";
pub const REASONS_HEADING: &str = "事实和理由：";
/// 请求事项 (§3.5 body, [C] wording): 「确认申请人×××与申请人×××于××××年××月××日经
/// ……（调解组织）主持调解达成的调解协议有效。」
pub const REQUEST_CONFIRM: &str = "确认";
pub const REQUEST_WITH: &str = "与";
pub const REQUEST_ON: &str = "于";
pub const REQUEST_VIA: &str = "经";
pub const REQUEST_END: &str = "主持调解达成的调解协议有效。";
/// Named list separator.
pub const LIST_SEP: &str = "、";
/// 事实和理由, first sentence (§3.5 body, [C]): 「××××年××月××日，……（调解组织）主持调解，
/// 双方达成如下调解协议：」
pub const FACTS_PRESIDED: &str = "主持调解";
pub const FACTS_AGREED_TWO: &str = "，双方达成如下调解协议：";
pub const FACTS_AGREED_MANY: &str = "，各方达成如下调解协议：";
/// The agreement's performance terms, when typed (人民调解法 Art. 29).
pub const PERFORMANCE: &str = "履行方式、时限：";
/// A clause the agreement collapsed for a group case, quoted here: its 附表 is the
/// agreement's (the application's 附表 lists the applicants).
pub const TO_AGREEMENT_ANNEX_LISTED: &str = "向调解协议书附表所列";
pub const EACH_AMOUNT_IN_AGREEMENT_ANNEX: &str = "，各人金额见调解协议书附表";
/// The undertaking, word for word (§3.5 body [B] and note 2; default 「他人」).
pub const UNDERTAKING_OTHERS: &str = "申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。";
/// The override (§3.5 note 2: a public generator's 「国家、集体或他人」).
pub const UNDERTAKING_STATE_COLLECTIVE_OTHERS: &str = "申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给国家、集体或他人造成损害的，愿意承担相应的民事责任和其他法律责任。";
/// Closing (§3.5 body).
pub const TO: &str = "此致";

/// 附 list (§3.5 note 4: 民诉法解释 Art. 354, 法释〔2011〕5号 Art. 3).
pub const ATTACHED: &str = "附：";
pub const ITEM_NUMBER_END: &str = "．";
pub const AGREEMENT_DOC: &str = "人民调解协议书";
pub const ORIGINAL: &str = "（原件）";
pub const PROOF: &str = "调解组织主持调解的证明";
/// 「申请人×××的居民身份证复印件」
pub const OF: &str = "的";
pub const PERSON_ID: &str = "居民身份证复印件";
/// Roster mode: one item for every natural-person applicant.
pub const PERSON_IDS_ROSTER: &str = "名自然人申请人的居民身份证复印件（名单见附表一）";
pub const BUSINESS_LICENCE: &str = "营业执照（统一社会信用代码证）复印件";
pub const REPRESENTATIVE_PROOF_SUFFIX: &str = "身份证明书";
pub const PROPERTY_PROOF: &str = "与调解协议相关的财产权利证明";
pub const POWER_OF_ATTORNEY: &str = "授权委托书";
pub const AGENT_ID: &str = "身份证明";
/// A lawyer's (legal service worker's) licence, and the firm's letter.
pub const AGENT_LICENCE: &str = "执业证复印件";
pub const FIRM_LETTER: &str = "出具的所函";
pub const SERVICE_ADDRESS: &str = "送达地址确认书";
/// 「道路交通事故认定书一份」
pub const COPIES_SUFFIX: &str = "份";

/// The keys by which a typed attachment is recognised as one the list already has
/// (the user's 「申请人身份证明」 is the generated identity items).
pub const COVERED_AGREEMENT: &str = "调解协议";
pub const COVERED_PROOF: &str = "主持调解";
pub const COVERED_IDENTITY: &str = "身份证明";
pub const COVERED_PROPERTY: &str = "财产权利证明";
pub const COVERED_SERVICE: &str = "送达地址";

/// Signatures (§3.5 note 3: every applicant signs or seals).
pub const SIGN: &str = "（签名或者盖章）：";
/// An organisation applicant seals; its representative signs on the next line.
pub const SIGN_SEAL: &str = "（盖章）：";
/// 「申请人（签名或者盖章）：见附表二」, before the table's number.
pub const SIGN_SEE_ROSTER: &str = "（签名或者盖章）：见附表";

/// Roster tables (附表).
/// 「附表一：申请人名单」, 「附表二：申请人签名（盖章）表」.
pub const TABLE: &str = "附表";
pub const ROSTER_SUFFIX: &str = "名单";
pub const SIGNATURE_TABLE_SUFFIX: &str = "签名（盖章）表";
/// The roster's own column (the others are `document::wording`'s, shared with the
/// agreement's 附表) and the signature table's.
pub const COL_BIRTH: &str = "出生日期";
pub const COL_SIGN: &str = "签名或者盖章";
/// The caption row each page of the application's 附表 repeats: 「申请书附表一　调解协议
/// 编号：（2025）…号」.
pub const ANNEX_OF_APPLICATION: &str = "申请书";
pub const AGREEMENT_NUMBER_LABEL: &str = "调解协议编号：";
/// The form's name in the list of forms and in file names.
pub const LIST_TITLE: &str = "司法确认申请书";
