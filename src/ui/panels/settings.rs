//! 本地样式: every local variant of `settings` — headings, undertaking wording, number
//! and volume patterns, date style, retention, page numbers, page geometry, body face —
//! for the case, or for the profile new cases start from (the same panel at another
//! path prefix).

use super::options::{self, key};
use crate::model::Settings;
use crate::ui::components::fields::{Check, Choice, Parse, Parsed, Text};
use crate::ui::i18n::{t, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    /// `""` for the case, `"profile."` for the profile.
    pub base: &'static str,
    pub settings: Settings,
}

fn num(v: Option<f32>) -> AttrValue {
    v.map(|f| f.to_string()).unwrap_or_default().into()
}

#[function_component]
pub fn SettingsPanel(props: &SettingsProps) -> Html {
    let lang = use_lang();
    let s = &props.settings;
    let p = |f: &str| AttrValue::from(format!("{}settings.{f}", props.base));
    let g = &s.page;
    html! {
        <>
            <Choice path={p("agreement_heading")} label={t(lang, "协议内容的引语")} value={key(&s.agreement_heading)} options={options::AGREEMENT_HEADING} />
            <Choice path={p("performance_heading")} label={t(lang, "履行一栏的标题")} value={key(&s.performance_heading)} options={options::PERFORMANCE_HEADING} />
            <Choice path={p("undertaking")} label={t(lang, "当事人承诺的措辞")} value={key(&s.undertaking)} options={options::UNDERTAKING} />
            <Choice path={p("confirmation_labels")} label={t(lang, "司法确认申请书中当事人的称谓")} value={key(&s.confirmation_labels)} options={options::CONFIRMATION_LABELS} />
            <Check path={p("service_address_form")} label={t(lang, "司法确认申请书附「送达地址确认书」")} checked={s.service_address_form} />
            <Choice path={p("date_style")} label={t(lang, "落款日期写法")} value={key(&s.date_style)} options={options::DATE_STYLE} />
            <Text path={p("number_pattern")} label={t(lang, "协议编号格式")} value={s.number_pattern.clone()} />
            <Text path={p("volume_pattern")} label={t(lang, "卷宗编号格式")} value={s.volume_pattern.clone()} />
            <Check path={p("print_id_number")} label={t(lang, "协议书中印公民身份号码")} checked={s.print_id_number} />
            <Parsed path={p("retention_scheme")} label={t(lang, "保管期限选项（用「、」分隔）")} value={AttrValue::from(s.retention_scheme.join("、"))} parse={Parse::Names} />
            <Parsed path={p("risk_levels")} label={t(lang, "风险等级选项（用「、」分隔）")} value={AttrValue::from(s.risk_levels.join("、"))} parse={Parse::Names} />
            <Choice path={p("page_numbers")} label={t(lang, "页码")} value={key(&s.page_numbers)} options={options::PAGE_NUMBERS} />
            <Parsed path={p("first_page_number")} label={t(lang, "起始页码")} value={AttrValue::from(s.first_page_number.to_string())} parse={Parse::Count} />
            <Choice path={p("dossier_page_numbers")} label={t(lang, "卷宗页码")} value={key(&s.dossier_page_numbers)} options={options::PAGE_NUMBERS} />
            <Choice path={p("roster")} label={t(lang, "当事人较多时")} value={key(&s.roster)} options={options::ROSTER} />
            <Parsed path={p("roster_threshold")} label={t(lang, "超过多少名当事人改用附表")} value={AttrValue::from(s.roster_threshold.to_string())} parse={Parse::Count} />
            <Check path={p("cover_fields.parties")} label={t(lang, "卷宗封面印当事人")} checked={s.cover_fields.parties} />
            <Check path={p("cover_fields.dispute_kind")} label={t(lang, "卷宗封面印纠纷类型")} checked={s.cover_fields.dispute_kind} />
            <Check path={p("cover_fields.outcome")} label={t(lang, "卷宗封面印调解结果")} checked={s.cover_fields.outcome} />
            <Parsed path={p("carbon_copy_captions")} label={t(lang, "四联单各联（用「、」分隔；「当事人」每人一联）")} value={AttrValue::from(s.carbon_copy_captions.join("、"))} parse={Parse::Names} />
            <details class="geometry">
                <summary>{ t(lang, "版面（GB/T 9704；留空按标准）") }</summary>
                <div class="row">
                    <Parsed path={p("page.top_mm")} label={t(lang, "天头（毫米）")} value={num(g.top_mm)} parse={Parse::Decimal} placeholder="37" />
                    <Parsed path={p("page.left_mm")} label={t(lang, "订口（毫米）")} value={num(g.left_mm)} parse={Parse::Decimal} placeholder="28" />
                    <Parsed path={p("page.type_width_mm")} label={t(lang, "版心宽（毫米）")} value={num(g.type_width_mm)} parse={Parse::Decimal} placeholder="156" />
                    <Parsed path={p("page.type_height_mm")} label={t(lang, "版心高（毫米）")} value={num(g.type_height_mm)} parse={Parse::Decimal} placeholder="225" />
                    <Parsed path={p("page.body_pt")} label={t(lang, "正文字号（磅）")} value={num(g.body_pt)} parse={Parse::Decimal} placeholder="16" />
                    <Parsed path={p("page.title_pt")} label={t(lang, "标题字号（磅）")} value={num(g.title_pt)} parse={Parse::Decimal} placeholder="22" />
                    <Parsed path={p("page.heading_pt")} label={t(lang, "小标题字号（磅）")} value={num(g.heading_pt)} parse={Parse::Decimal} />
                    <Parsed path={p("page.table_pt")} label={t(lang, "表格字号（磅）")} value={num(g.table_pt)} parse={Parse::Decimal} placeholder="12" />
                    <Parsed path={p("page.page_number_pt")} label={t(lang, "页码字号（磅）")} value={num(g.page_number_pt)} parse={Parse::Decimal} placeholder="14" />
                    <Parsed path={p("page.after_title_lines")} label={t(lang, "标题后空行")} value={num(g.after_title_lines)} parse={Parse::Decimal} placeholder="1" />
                    <Parsed path={p("page.lines_per_page")} label={t(lang, "每页行数")} value={g.lines_per_page.map(|n| n.to_string()).unwrap_or_default()} parse={Parse::Count} placeholder="22" />
                    <Parsed path={p("page.chars_per_line")} label={t(lang, "每行字数")} value={g.chars_per_line.map(|n| n.to_string()).unwrap_or_default()} parse={Parse::Count} placeholder="28" />
                </div>
                <Choice path={p("page.body_face")} label={t(lang, "正文字体")} value={key(&g.body_face)} options={options::BODY_FACE} />
            </details>
        </>
    }
}
