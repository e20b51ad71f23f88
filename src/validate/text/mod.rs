//! Small heuristics over clause text: amounts (Arabic and capital), dates and
//! deadlines, payment words, and the keyword patterns of the admissibility notices.
//! They only ever produce notices or warnings: words can always be read two ways.
//!
//! One file a stage: `amounts` (Arabic and 大写, lenient and strict), `dates` (dates and
//! time limits), `keywords` (payment words, the Art. 355 patterns); all re-exported here.

use crate::values::amount;
use rust_decimal::Decimal;

mod amounts;
mod dates;
mod keywords;

pub use amounts::*;
pub use dates::*;
pub use keywords::*;

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn arabic_amounts_need_a_currency_mark() {
        let v = arabic_amounts("于2026年3月5日前支付人民币12,000.00元，另付¥500；共3人");
        assert_eq!(
            v,
            vec![Decimal::from_str("12000").unwrap(), Decimal::from(500)]
        );
        assert_eq!(arabic_amounts("赔偿3万元"), vec![Decimal::from(30_000)]);
    }

    #[test]
    fn capital_amounts_are_found_and_normalised() {
        assert_eq!(
            capital_amounts("人民币壹万贰仟圆正（¥12,000.00）"),
            vec![Decimal::from(12_000)]
        );
        assert!(capital_amounts("每月一日").is_empty());
        let d = |s: &str| Decimal::from_str(s).unwrap();
        for (cap, v) in [
            ("壹仟肆佰零玖元伍角", "1409.50"),
            ("陆仟零柒元壹角肆分", "6007.14"),
            ("壹仟陆佰捌拾元叁角贰分", "1680.32"),
            ("壹拾万柒仟元零伍角叁分", "107000.53"),
            ("壹拾万零柒仟元伍角叁分", "107000.53"),
            ("叁佰贰拾伍元零肆分", "325.04"),
            ("壹亿零壹元整", "100000001"),
            ("伍角", "0.5"),
            ("叁万伍仟陆佰元", "35600"),
        ] {
            assert_eq!(read_capital(cap), Some(d(v)), "{cap}");
        }
    }

    #[test]
    fn payment_nouns_and_conditions_are_not_payment_terms() {
        assert!(mentions_payment("乙方向甲方支付赔偿款"));
        assert!(!mentions_payment("各项损失包括残疾赔偿金、精神损害抚慰金"));
        assert!(!mentions_payment("上述款项付清后，双方再无争议"));
        assert!(mentions_payment("赔偿金于三日内支付"));
    }

    #[test]
    fn times_are_recognised() {
        assert!(mentions_time("于2026年3月5日前支付"));
        assert!(mentions_time("本协议签订之日起十日内"));
        assert!(mentions_time("三月五日付清"));
        assert!(!mentions_time("乙方向甲方支付赔偿款"));
    }

    #[test]
    fn numbers_in_any_usual_spelling() {
        let v = Decimal::from(8500);
        for t in [
            "支付8500",
            "支付8,500元",
            "支付8500.00元",
            "支付¥8,500.00",
            "支付８５００元",
            "0.85万元",
        ] {
            assert!(numbers(t).contains(&v), "{t}");
        }
        assert!(!numbers("于2025年6月30日前支付").contains(&v));
    }

    #[test]
    fn dates_in_text_are_found_with_their_time_limit_marks() {
        let d = dates_in("刘志明于2025年6月30日前支付，2025-07-10止；事故发生于4月18日。");
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(d[0].is(time::macros::date!(2025 - 06 - 30)) && d[0].deadline);
        assert!(d[1].is(time::macros::date!(2025 - 07 - 10)) && d[1].deadline);
        assert_eq!(
            (d[2].year, d[2].month, d[2].day, d[2].deadline),
            (None, 4, 18, false)
        );
        let d = dates_in("于二〇二五年六月三十日之前付清");
        assert_eq!(d.len(), 1);
        assert!(d[0].is(time::macros::date!(2025 - 06 - 30)) && d[0].deadline);
        assert!(dates_in("共12人，2月30日").is_empty());
        assert!(dates_in("每月10日前").is_empty());
    }

    fn cap(text: &str) -> Vec<(String, Option<Decimal>, Option<Decimal>)> {
        capital_amounts_in(text)
            .into_iter()
            .map(|c| (c.text, c.reading.value(), c.arabic))
            .collect()
    }

    #[test]
    fn capital_amounts_are_paired_with_the_arabic_beside_them() {
        let d = |s: &str| Some(Decimal::from_str(s).unwrap());
        assert_eq!(
            cap("共计人民币壹拾伍万陆仟捌佰元整（¥165,800.00）。"),
            vec![("壹拾伍万陆仟捌佰元整".into(), d("156800"), d("165800"))]
        );
        assert_eq!(
            cap("人民币壹万贰仟元整（小写：12000.00元）"),
            vec![("壹万贰仟元整".into(), d("12000"), d("12000"))]
        );
        assert_eq!(cap("肆佰元整（¥:400元）")[0].2, d("400"));
        assert_eq!(cap("12,000元（大写：人民币壹万贰仟元整）")[0].2, d("12000"));
        // No Arabic amount beside it: a year in brackets, a count of people.
        assert_eq!(cap("壹万元整（2025年6月）")[0].2, None);
        assert_eq!(cap("共3人人民币壹万元整")[0].2, None);
        // Not capital amounts at all.
        assert!(cap("赔偿三千元，分两期付清，2单元").is_empty());
        // Trimmed: 「一次性」「分两期」 are not part of the amount.
        assert_eq!(cap("壹万元整一次性付清")[0].0, "壹万元整");
        assert_eq!(cap("人民币壹仟元分两期支付")[0].0, "壹仟元");
    }

    #[test]
    fn capital_amounts_are_read_per_the_pboc_rules() {
        let valid = |s: &str, v: &str| {
            assert_eq!(
                read_capital_strict(s),
                CapitalReading::Valid(Decimal::from_str(v).unwrap()),
                "{s}"
            );
        };
        valid("壹仟肆佰零玖元伍角", "1409.5");
        valid("陆仟零柒元壹角肆分", "6007.14");
        valid("壹仟陆佰捌拾元零叁角贰分", "1680.32");
        valid("壹仟陆佰捌拾元叁角贰分", "1680.32");
        valid("壹拾万柒仟元零伍角叁分", "107000.53");
        valid("壹拾万零柒仟元伍角叁分", "107000.53");
        valid("叁佰贰拾伍元零肆分", "325.04");
        valid("壹万贰仟圆正", "12000");
        valid("拾伍元整", "15");
        valid("伍角整", "0.5");
        valid("壹亿零壹元整", "100000001");
        valid("貳萬元整", "20000");
        let invalid = |s: &str| {
            assert!(
                matches!(read_capital_strict(s), CapitalReading::Invalid(_)),
                "{s}: {:?}",
                read_capital_strict(s)
            );
        };
        invalid("壹万贰千元整");
        invalid("一万贰仟元整");
        invalid("壹贰元整");
        invalid("壹仟零零伍元整");
        invalid("壹仟伍元整");
        invalid("壹万零贰仟元整");
        invalid("壹元零伍角");
        invalid("壹万零元整");
        assert!(matches!(
            read_capital_strict("叁万伍仟陆佰元"),
            CapitalReading::Zheng(_, _)
        ));
        assert!(matches!(
            read_capital_strict("伍元叁角贰分整"),
            CapitalReading::Zheng(_, _)
        ));
        assert!(matches!(
            capital_amounts_in("人民币壹万贰千元整")[0].reading,
            CapitalReading::Invalid(_)
        ));
    }

    proptest::proptest! {
        #[test]
        fn every_generated_capital_reads_back_strictly(cents in 0u64..100_000_000_000_000) {
            let v = Decimal::new(cents as i64, 2);
            let written = amount::to_capital(v).unwrap();
            proptest::prop_assert_eq!(
                read_capital_strict(&written),
                CapitalReading::Valid(v.normalize()),
                "{}", written
            );
            let text = format!("支付{}。", amount::format_rmb(v).unwrap());
            let found = capital_amounts_in(&text);
            if !v.is_zero() {
                proptest::prop_assert_eq!(found.len(), 1, "{}", text);
                proptest::prop_assert_eq!(found[0].arabic, Some(v));
            }
        }

        #[test]
        fn any_text_never_panics(s in "\\PC{0,40}") {
            let _ = capital_amounts_in(&s);
            let _ = dates_in(&s);
            let _ = numbers(&s);
        }
    }

    #[test]
    fn status_words_need_a_request_not_a_past_divorce() {
        assert!(suggests_status("双方自愿离婚。").is_some());
        assert!(suggests_status("双方自愿解除收养关系。").is_some());
        assert!(suggests_status("确认亲子关系").is_some());
        assert!(suggests_status("双方于2020年离婚后，共有房屋尚未分割。").is_none());
        assert!(suggests_status("双方已离婚多年").is_none());
    }

    #[test]
    fn all_the_loans_is_not_ownership() {
        assert!(suggests_property("李四于3月31日前归还张三所有借款5000元").is_none());
        assert!(suggests_property("李四归还张三所有款项").is_none());
        assert!(suggests_property("车库归张三所有，所有费用由李四承担").is_some());
        assert!(suggests_property("该房屋归李四所有。").is_some());
    }

    #[test]
    fn describing_a_minor_is_not_another_procedure() {
        assert!(suggests_other_procedure("李小明系无民事行为能力人，由其母代为签名").is_none());
        assert!(suggests_other_procedure("申请认定王某为无民事行为能力人").is_some());
        assert!(suggests_other_procedure("申请宣告张某失踪").is_some());
        assert!(suggests_other_procedure("认定该财产为无主财产").is_some());
        assert!(suggests_other_procedure("对该汇票申请公示催告").is_some());
        assert!(suggests_other_procedure("公司进入破产程序").is_some());
    }

    #[test]
    fn ownership_patterns_are_recognised() {
        assert!(suggests_property("争议地块归张三所有").is_some());
        assert!(suggests_property("双方确认该房屋的所有权属于李四").is_some());
        assert!(suggests_property("乙方赔偿甲方损失").is_none());
        assert!(suggests_status("双方自愿解除婚姻关系").is_some());
    }
}
