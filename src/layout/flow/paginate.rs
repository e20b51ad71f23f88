//! Distribute: units → pages, first fit, breaking only where the keep rules allow.

use super::*;

/// Split units into pages of at most `height`, breaking only where allowed. When a
/// unit does not fit, the page breaks after the last unit on it that allows a break
/// (or after a later unit that keeps only softly, when the first would leave the page
/// less than half full); failing that, after the last unit that keeps only weakly; failing that, where it
/// overflows. A table body row that starts a page gets its table's top rule and header
/// rows repeated above it. Every page holds at least one unit of its own, so this
/// always ends; a unit taller than a page gets a page to itself and overflows it.
pub(super) fn paginate(units: &[Unit], height: Pt) -> Vec<Vec<&Unit>> {
    let eps = Pt(0.01);
    let mut pages: Vec<Vec<&Unit>> = Vec::new();
    // Indices of the units on the page being filled; the first `repeated` are
    // repeated table headers.
    let mut cur: Vec<usize> = Vec::new();
    let mut repeated = 0;
    let mut y = Pt::ZERO;
    let mut i = 0;
    while i < units.len() {
        let u = &units[i];
        if u.new_page {
            if cur.len() > repeated {
                pages.push(cur.iter().map(|&k| &units[k]).collect());
            }
            cur.clear();
            repeated = 0;
            y = Pt::ZERO;
            i += 1;
            continue;
        }
        if cur.is_empty() {
            if u.glue {
                i += 1;
                continue;
            }
            if let Some(r) = &u.repeat {
                for k in r.clone().filter(|&k| k < i) {
                    cur.push(k);
                    y += units[k].height;
                }
                repeated = cur.len();
            }
        }
        if y + u.height <= height + eps || cur.len() == repeated {
            cur.push(i);
            y += u.height;
            i += 1;
            continue;
        }
        // Overflow: break after cur[j - 1], keeping at least one unit of the page's own.
        let own = repeated + 1..=cur.len();
        let last_with = |strongest: Keep| {
            own.clone()
                .rev()
                .find(|&j| units[cur[j - 1]].keep <= strongest)
        };
        let fill = |j: usize| cur[..j].iter().map(|&k| units[k].height).sum::<Pt>();
        let j = match (last_with(Keep::None), last_with(Keep::Soft)) {
            (Some(j), Some(soft)) if soft > j && fill(j) < height * 0.5 => Some(soft),
            (j, _) => j,
        }
        .or_else(|| last_with(Keep::Weak))
        .unwrap_or(cur.len());
        if j < cur.len() {
            i = cur[j];
        }
        pages.push(cur[..j].iter().map(|&k| &units[k]).collect());
        cur.clear();
        repeated = 0;
        y = Pt::ZERO;
    }
    if !cur.is_empty() || pages.is_empty() {
        pages.push(cur.iter().map(|&k| &units[k]).collect());
    }
    // Glue at the bottom of a page is invisible; drop trailing glue for tidiness.
    for p in &mut pages {
        while p.last().is_some_and(|u| u.glue) {
            p.pop();
        }
    }
    pages
}
