//! Where things go on the screen: the smallest terminal, the rows a list gets, and the boxes
//! of the popups. Keys (a page is a list's height) and drawing both read it.

use ratatui::layout::Rect;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Rows of the list in a terminal `height` rows high: header, tabs, pane title, table header
/// above; status line and key hints below.
pub fn list_height(height: u16) -> usize {
    height.saturating_sub(6).max(1) as usize
}

/// Rows above the BroadWorks list: the counts per group and the templates line (BW01).
pub const BW_HEADER_ROWS: u16 = 3;

/// Rows each user takes in the not-provisioned view: who, why, and the fix over two lines.
pub const NOT_PROVISIONED_ROWS: usize = 4;

/// A box `w` x `h` in the middle of `area` (smaller when the area is).
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

/// The area less its last row, and that row (a box's footer).
pub fn split_last(r: Rect) -> (Rect, Rect) {
    let body = Rect { height: r.height.saturating_sub(1), ..r };
    let foot = Rect { y: r.y + r.height.saturating_sub(1), height: 1.min(r.height), ..r };
    (body, foot)
}

/// The help popup's box: up to 100 columns wide, the full height.
pub fn help_box(area: Rect) -> Rect {
    centered(area, 100.min(area.width), area.height)
}

/// Width and height of the help's scrolling text on a `width` x `height` terminal.
pub fn help_body_size(width: u16, height: u16) -> (u16, u16) {
    let r = help_box(Rect::new(0, 0, width, height));
    (r.width.saturating_sub(2), r.height.saturating_sub(3))
}
