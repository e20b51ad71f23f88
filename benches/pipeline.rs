//! Benchmarks (criterion): layout of a 2-page and a 20-page agreement, PDF export of
//! both, SVG of one page, and the whole 卷宗 of the neighbours example (build, layout
//! with its 目录 pass, PDF), and the layout of facts 10k, 100k and 800k characters long.
//! Run with `make bench`; numbers go in the README.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{Criterion, criterion_group};
    use std::hint::black_box;
    use tiaojie::document::DocKind;
    use tiaojie::fonts::FontSet;
    use tiaojie::layout::Face;
    use tiaojie::model::Case;

    fn fonts() -> FontSet {
        let mut f = FontSet::new();
        for (face, file) in tiaojie::fonts::BUNDLED {
            let bytes = std::fs::read(format!(
                "{}/assets/fonts/{file}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("bundled font");
            f.load(face, &bytes, file).expect("font parses");
        }
        let _ = Face::User;
        f
    }

    fn case(name: &str) -> Case {
        let text = std::fs::read_to_string(format!(
            "{}/{}",
            env!("CARGO_MANIFEST_DIR"),
            if name.ends_with(".json") {
                name.to_string()
            } else {
                format!("tests/fixtures/{name}.json")
            }
        ))
        .expect("fixture");
        tiaojie::model::load(&text).expect("fixture loads")
    }

    fn today() -> time::Date {
        time::Date::from_calendar_date(2026, time::Month::November, 23).expect("date")
    }

    pub fn pipeline(c: &mut Criterion) {
        let fonts = fonts();
        for name in ["agreement-2-pages", "agreement-20-pages"] {
            let case = case(name);
            let (docs, pages) =
                tiaojie::pipeline::pages(&case, DocKind::Agreement, today(), &fonts);
            eprintln!("{name}: {} pages", pages.len());
            let style = tiaojie::pipeline::style(&case, DocKind::Agreement);
            c.bench_function(&format!("layout {name}"), |b| {
                b.iter(|| tiaojie::layout::layout_bundle(black_box(&docs), &style, &fonts))
            });
            c.bench_function(&format!("export {name}"), |b| {
                b.iter(|| {
                    tiaojie::pipeline::pdf(black_box(&case), DocKind::Agreement, &fonts, today(), 0)
                        .expect("pdf")
                })
            });
            if name == "agreement-2-pages" {
                c.bench_function("svg one page", |b| {
                    b.iter(|| tiaojie::render::svg::svg(black_box(&pages[0])))
                });
            }
        }
    }

    /// The whole 卷宗 of the neighbours example, from the case to the PDF bytes
    /// (target: ≤ 150 ms natively).
    pub fn dossier(c: &mut Criterion) {
        let fonts = fonts();
        let case = case("examples/neighbours-water-leak.json");
        c.bench_function("dossier neighbours-water-leak", |b| {
            b.iter(|| {
                tiaojie::pipeline::pdf(black_box(&case), DocKind::Dossier, &fonts, today(), 0)
                    .expect("pdf")
            })
        });
    }

    /// A sentence of dispute facts, repeated to make very long facts.
    const FACTS_SENTENCE: &str = "申请人与被申请人系上下楼邻居，2025年6月因楼上卫生间水管破裂，楼下住户天花板、墙面及家具受损，双方就赔偿数额发生争议。";

    /// Layout of the 申请书 whose 纠纷事实 (`dispute.facts`) is one paragraph of 10k, 100k
    /// and 800k characters: layout time must grow linearly with the text (issue 13:
    /// 800k characters in under 3 s natively).
    pub fn layout_long_facts(c: &mut Criterion) {
        let fonts = fonts();
        let mut group = c.benchmark_group("layout_long_facts");
        group.sample_size(10);
        for n in [10_000usize, 100_000, 800_000] {
            let mut case = case("examples/neighbours-water-leak.json");
            case.dispute.facts = FACTS_SENTENCE.chars().cycle().take(n).collect();
            let docs = tiaojie::pipeline::build(&case, DocKind::Application, today());
            let style = tiaojie::pipeline::style(&case, DocKind::Application);
            group.bench_function(format!("{n} characters"), |b| {
                b.iter(|| tiaojie::layout::layout_bundle(black_box(&docs), &style, &fonts))
            });
        }
        group.finish();
    }

    criterion_group!(benches, pipeline, dossier, layout_long_facts);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
