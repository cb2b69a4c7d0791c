//! The ratatui console.
