//! Typed lengths. Every position in a frame is a [`Pt`] (1/72 inch); millimetres appear
//! only where a standard states them (GB/T 9704 margins) and are converted once.

use serde::Serialize;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

/// A length in PostScript points (1/72 inch ≈ 0.3528 mm).
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Pt(pub f32);

impl Pt {
    pub const ZERO: Pt = Pt(0.0);

    /// Millimetres to points.
    pub fn mm(mm: f32) -> Pt {
        Pt(mm * 72.0 / 25.4)
    }

    /// Points to millimetres.
    pub fn to_mm(self) -> f32 {
        self.0 * 25.4 / 72.0
    }

    pub fn max(self, other: Pt) -> Pt {
        Pt(self.0.max(other.0))
    }

    pub fn min(self, other: Pt) -> Pt {
        Pt(self.0.min(other.0))
    }
}

impl Add for Pt {
    type Output = Pt;
    fn add(self, o: Pt) -> Pt {
        Pt(self.0 + o.0)
    }
}
impl Sub for Pt {
    type Output = Pt;
    fn sub(self, o: Pt) -> Pt {
        Pt(self.0 - o.0)
    }
}
impl AddAssign for Pt {
    fn add_assign(&mut self, o: Pt) {
        self.0 += o.0;
    }
}
impl SubAssign for Pt {
    fn sub_assign(&mut self, o: Pt) {
        self.0 -= o.0;
    }
}
impl Mul<f32> for Pt {
    type Output = Pt;
    fn mul(self, k: f32) -> Pt {
        Pt(self.0 * k)
    }
}
impl Div<f32> for Pt {
    type Output = Pt;
    fn div(self, k: f32) -> Pt {
        Pt(self.0 / k)
    }
}
impl Neg for Pt {
    type Output = Pt;
    fn neg(self) -> Pt {
        Pt(-self.0)
    }
}
impl std::iter::Sum for Pt {
    fn sum<I: Iterator<Item = Pt>>(iter: I) -> Pt {
        Pt(iter.map(|p| p.0).sum())
    }
}

/// A point on the page: `x` from the left edge, `y` from the **top** edge (downwards).
/// The PDF renderer flips `y`; the SVG renderer uses it as is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Point {
    pub x: Pt,
    pub y: Pt,
}

impl Point {
    pub fn new(x: Pt, y: Pt) -> Point {
        Point { x, y }
    }
}

/// Chinese type sizes (字号) in points (domain spec §6).
pub mod size {
    use super::Pt;
    /// 初号
    pub const CHU_HAO: Pt = Pt(42.0);
    /// 一号
    pub const YI_HAO: Pt = Pt(26.0);
    /// 二号: document titles (GB/T 9704 §7.3.1).
    pub const ER_HAO: Pt = Pt(22.0);
    /// 小二
    pub const XIAO_ER: Pt = Pt(18.0);
    /// 三号: body text (GB/T 9704 §5.2.2).
    pub const SAN_HAO: Pt = Pt(16.0);
    /// 小三
    pub const XIAO_SAN: Pt = Pt(15.0);
    /// 四号: page numbers (GB/T 9704 §7.5).
    pub const SI_HAO: Pt = Pt(14.0);
    /// 小四: text inside tables.
    pub const XIAO_SI: Pt = Pt(12.0);
    /// 五号
    pub const WU_HAO: Pt = Pt(10.5);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_width_in_points() {
        assert!((Pt::mm(210.0).0 - 595.2756).abs() < 1e-3);
        assert!((Pt(595.2756).to_mm() - 210.0).abs() < 1e-3);
    }
}
