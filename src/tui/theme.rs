//! Colours from the 16 ANSI ones, and none at all with `NO_COLOR`. Nothing is ever shown by
//! colour alone: statuses carry a word and a symbol, the selection a marker and reversed text.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::bw::BwStatus;
use crate::domain::device::StatusColour;
use crate::domain::DeviceStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { colour: true }
    }
}

impl Theme {
    /// `NO_COLOR` set to anything non-empty turns colour off (no-color.org).
    pub fn from_env() -> Self {
        Theme { colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    pub fn plain() -> Self {
        Theme { colour: false }
    }

    fn fg(self, c: Color) -> Style {
        if self.colour {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// WG10: Activation pending grey, Online green, Offline red.
    pub fn status_colour(c: StatusColour) -> Color {
        match c {
            StatusColour::Grey => Color::DarkGray,
            StatusColour::Green => Color::Green,
            StatusColour::Red => Color::Red,
        }
    }

    pub fn status(self, s: DeviceStatus) -> Style {
        self.fg(Self::status_colour(s.colour()))
    }

    pub fn bw_status(self, s: BwStatus) -> Style {
        match s.group() {
            "provisioned" => self.fg(Color::Green),
            "error" => self.fg(Color::Red),
            _ => self.fg(Color::DarkGray),
        }
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Something works but not fully (a device Webex reports `connected_with_issues`, Webex
    /// not answering the poll): yellow, always with a symbol and a word too.
    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Done, ready, valid: green, always with a word and a symbol too.
    pub fn good(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn info(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn dim(self) -> Style {
        if self.colour {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn heading(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn badge_read_only(self) -> Style {
        if self.colour {
            Style::new().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn badge_mobile(self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    /// The selected row: reversed (with the `▶` marker), never a colour alone.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn brand(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}
