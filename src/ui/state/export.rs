//! Where an export (or the font download before a preview) stands.

/// Where an export stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ExportStatus {
    #[default]
    Idle,
    /// Downloading the fonts: bytes so far, and the total when known.
    LoadingFonts {
        loaded: u64,
        total: Option<u64>,
    },
    /// Laying out and writing the PDF.
    Rendering,
    Done {
        file_name: String,
        bytes: usize,
        millis: f64,
    },
    Failed(String),
}

impl ExportStatus {
    /// Is an export under way (the button is disabled meanwhile)?
    pub fn busy(&self) -> bool {
        matches!(
            self,
            ExportStatus::LoadingFonts { .. } | ExportStatus::Rendering
        )
    }
}
