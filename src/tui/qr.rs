//! QR codes drawn with half blocks: two modules per character cell, top and bottom. Dark
//! modules are drawn black on white with explicit colours, so the code scans whatever the
//! terminal's theme is (a light-on-dark code confuses many phone cameras).

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::Widget;

/// The code's modules with the quiet zone around them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrGrid {
    /// Modules per side, quiet zone included.
    pub size: usize,
    pub quiet_zone: usize,
    pub ec: EcLevel,
    dark: Vec<bool>,
}

impl QrGrid {
    pub fn new(data: &str, ec: EcLevel, quiet_zone: usize) -> Option<Self> {
        let code = QrCode::with_error_correction_level(data.as_bytes(), ec).ok()?;
        let w = code.width();
        let colours = code.to_colors();
        let size = w + 2 * quiet_zone;
        let mut dark = vec![false; size * size];
        for y in 0..w {
            for x in 0..w {
                if colours.get(y * w + x) == Some(&Module::Dark) {
                    dark[(y + quiet_zone) * size + x + quiet_zone] = true;
                }
            }
        }
        Some(QrGrid { size, quiet_zone, ec, dark })
    }

    /// The largest quiet zone and error correction that fit in `cols` x `rows` cells. Four
    /// modules of quiet zone is the standard; two still scan reliably off a screen; one is the
    /// last resort before giving up.
    pub fn fit(data: &str, cols: u16, rows: u16) -> Option<Self> {
        let tries = [
            (EcLevel::M, 4),
            (EcLevel::L, 4),
            (EcLevel::M, 3),
            (EcLevel::L, 3),
            (EcLevel::M, 2),
            (EcLevel::L, 2),
            (EcLevel::L, 1),
        ];
        tries
            .into_iter()
            .filter_map(|(ec, qz)| QrGrid::new(data, ec, qz))
            .find(|g| g.cols() <= cols as usize && g.rows() <= rows as usize)
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    pub fn cols(&self) -> usize {
        self.size
    }

    /// Character rows: two modules each.
    pub fn rows(&self) -> usize {
        self.size.div_ceil(2)
    }

    /// The half-block character for text row `row`, column `x`.
    pub fn cell(&self, x: usize, row: usize) -> char {
        half_block(self.is_dark(x, 2 * row), self.is_dark(x, 2 * row + 1))
    }

    /// Plain text, ink for dark modules: for paper.
    pub fn lines(&self) -> Vec<String> {
        (0..self.rows()).map(|r| (0..self.cols()).map(|x| self.cell(x, r)).collect()).collect()
    }
}

pub fn half_block(top: bool, bottom: bool) -> char {
    match (top, bottom) {
        (true, true) => '█',
        (true, false) => '▀',
        (false, true) => '▄',
        (false, false) => ' ',
    }
}

/// The style of every QR cell: the glyph's ink is a dark module, the cell's background light.
pub const QR_STYLE: Style = Style::new().fg(Color::Black).bg(Color::White);

impl Widget for &QrGrid {
    fn render(self, area: Rect, buf: &mut Buffer) {
        for row in 0..self.rows().min(area.height as usize) {
            for x in 0..self.cols().min(area.width as usize) {
                let pos = (area.x + x as u16, area.y + row as u16);
                if let Some(cell) = buf.cell_mut(pos) {
                    let mut tmp = [0u8; 4];
                    cell.set_symbol(self.cell(x, row).encode_utf8(&mut tmp)).set_style(QR_STYLE);
                }
            }
        }
    }
}
