//! WG07: the QR code in the activation details, read back from the rendered 80x24 buffer (half
//! blocks to modules) and decoded, equals the LPA string. It has its quiet zone and explicit
//! black-on-white colours, with or without NO_COLOR.

use crate::tui_support;

use crate::tui_support::{demo, text};
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use wxgo::tui::harness::Harness;
use wxgo::tui::qr::{half_block, QrGrid};

/// The QR cells of the frame (explicit black on white) turned back into modules.
fn modules(buf: &Buffer) -> (usize, usize, Vec<bool>) {
    let a = buf.area;
    let qr = |x: u16, y: u16| buf[(x, y)].fg == Color::Black && buf[(x, y)].bg == Color::White;
    let (mut x0, mut y0, mut x1, mut y1) = (u16::MAX, u16::MAX, 0, 0);
    for y in 0..a.height {
        for x in 0..a.width {
            if qr(x, y) {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
        }
    }
    assert!(x0 <= x1 && y0 <= y1, "no QR cells:\n{}", text(buf));
    let (w, rows) = ((x1 - x0 + 1) as usize, (y1 - y0 + 1) as usize);
    let mut dark = vec![false; w * rows * 2];
    for r in 0..rows {
        for c in 0..w {
            let (x, y) = (x0 + c as u16, y0 + r as u16);
            assert!(qr(x, y), "every cell of the code is black on white ({x},{y})");
            let (top, bottom) = match buf[(x, y)].symbol() {
                "█" => (true, true),
                "▀" => (true, false),
                "▄" => (false, true),
                " " => (false, false),
                other => panic!("not a half block: {other:?}"),
            };
            dark[(2 * r) * w + c] = top;
            dark[(2 * r + 1) * w + c] = bottom;
        }
    }
    (w, rows * 2, dark)
}

/// Decodes modules with rqrr, each module drawn as a 4x4 block of pixels.
fn decode(w: usize, h: usize, dark: &[bool]) -> Vec<String> {
    const S: usize = 4;
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(
            w * S,
            h * S,
            |x, y| {
                if dark[(y / S) * w + x / S] {
                    0
                } else {
                    255
                }
            },
        );
    img.detect_grids().into_iter().filter_map(|g| g.decode().ok().map(|(_, s)| s)).collect()
}

/// The quiet zone: light modules all round the code.
fn quiet_zone(w: usize, h: usize, dark: &[bool]) -> usize {
    let mut q = 0;
    while q < w / 2 {
        let ring_light =
            (0..w).all(|x| !dark[q * w + x]) && (0..h).all(|y| !dark[y * w + q] && !dark[y * w + (w - 1 - q)]);
        if !ring_light {
            break;
        }
        q += 1;
    }
    q
}

fn activation_console(plain: bool) -> (tui_support::Demo, Harness) {
    let d = demo();
    let (mut h, _) = d.console(false);
    if plain {
        h.set_colour(false);
    }
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter");
    assert!(h.issued().is_some(), "{}", h.screen());
    (d, h)
}

#[test]
fn wg07_qr_read_back_from_the_80x24_screen_decodes_to_the_lpa_string() {
    let (_d, h) = activation_console(false);
    let lpa = h.issued().map(|i| i.lpa).unwrap_or_default();
    assert!(lpa.starts_with("LPA:1$smdp.webexgo.example.com$"), "{lpa}");
    let buf = h.render();
    assert_eq!((buf.area.width, buf.area.height), (80, 24));
    let (w, hgt, dark) = modules(&buf);
    assert_eq!(decode(w, hgt, &dark), vec![lpa.clone()], "decoded");
    assert!(quiet_zone(w, hgt, &dark) >= 2, "a quiet zone of at least two modules");
    // The details beside it.
    let s = text(&buf);
    let issued = h.issued().unwrap_or_else(|| panic!("open"));
    assert!(s.contains(issued.activation_code.as_str()), "{s}");
    assert!(s.contains("SM-DP+ address") && s.contains("smdp.webexgo.example.com"), "{s}");
    assert!(s.contains("Android code") && s.contains("Expires"), "{s}");
    assert!(!s.contains("Make the window larger"), "{s}");
}

#[test]
fn wg07_qr_keeps_explicit_colours_with_no_color() {
    let (_d, h) = activation_console(true);
    let lpa = h.issued().map(|i| i.lpa).unwrap_or_default();
    let (w, hgt, dark) = modules(&h.render());
    assert_eq!(decode(w, hgt, &dark), vec![lpa]);
}

#[test]
fn wg07_qr_decodes_on_a_large_terminal_and_is_refused_politely_when_too_small() {
    let (_d, mut h) = activation_console(false);
    let lpa = h.issued().map(|i| i.lpa).unwrap_or_default();
    h.resize(160, 50);
    let (w, hgt, dark) = modules(&h.render());
    assert_eq!(decode(w, hgt, &dark), vec![lpa.clone()]);
    assert_eq!(quiet_zone(w, hgt, &dark), 4, "room for the standard quiet zone");
    h.resize(64, 18);
    let s = h.screen();
    assert!(s.contains("Make the window larger") && s.contains("SM-DP+ address"), "{s}");
}

#[test]
fn half_blocks_map_top_and_bottom_modules() {
    assert_eq!(half_block(true, true), '█');
    assert_eq!(half_block(true, false), '▀');
    assert_eq!(half_block(false, true), '▄');
    assert_eq!(half_block(false, false), ' ');
    let g = QrGrid::fit("LPA:1$smdp.example.com$AAAA-BBBB-CCCC-DDDD", 47, 21);
    assert!(g.is_some_and(|g| g.quiet_zone >= 2 && g.rows() <= 21 && g.cols() <= 47));
}
