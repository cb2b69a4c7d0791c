//! The codes file: the only place an import writes the plain activation codes (CSV, readable
//! only by the admin), with everything a person needs to hand a code out.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use crate::domain::code::IssuedCode;
use crate::domain::text::csv_cell;
use crate::domain::{Error, Result};
use crate::service::core::Core;

/// Starts the codes file, so a path that cannot be written stops the import before anything is
/// added.
pub(super) fn start(cx: &Core, path: &Path) -> Result<Box<dyn crate::outside::files::PrivateSink>> {
    if path.is_dir() {
        return Err(Error::invalid(crate::said!("codes-file-folder", path = path.display().to_string())));
    }
    cx.files.create(path).map_err(|e| {
        Error::io(crate::said!("codes-file-cannot-start", path = path.display().to_string(), error = e.to_string()))
    })
}

/// Writes every code into the codes file and puts it in place, synced to disk.
pub(super) fn write(
    mut sink: Box<dyn crate::outside::files::PrivateSink>,
    issued: &[&IssuedCode],
    path: &Path,
) -> Result<()> {
    let bytes = csv(issued)?;
    let fail = |e: std::io::Error| Error::io(not_written(path, &e));
    std::io::Write::write_all(&mut sink, &bytes).map_err(fail)?;
    sink.commit().map_err(fail)?;
    Ok(())
}

/// The codes file could not be written: its path and the system's words as they are.
fn not_written(path: &Path, e: &std::io::Error) -> crate::domain::error::Text {
    crate::said!("codes-file-not-written", path = path.display().to_string(), error = e.to_string())
}

/// The codes file: one row per device, everything a person needs to hand a code out.
pub(super) fn csv(issued: &[&IssuedCode]) -> Result<Vec<u8>> {
    let io = |e: csv::Error| Error::io(crate::said!("codes-file-cannot-build", error = e.to_string()));
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(["User", "Name", "Device", "Activation code", "SM-DP+ address", "LPA", "Android code", "Expires"])
        .map_err(io)?;
    for i in issued {
        let expires = i.expires_at.format("%Y-%m-%d %H:%M UTC").to_string();
        let (email, name) = (csv_cell(&i.owner_email), csv_cell(&i.owner_name));
        w.write_record([
            email.as_str(),
            name.as_str(),
            i.device_id.as_str(),
            i.activation_code.as_str(),
            i.smdp_address.as_str(),
            i.lpa.as_str(),
            i.android_code.as_str(),
            expires.as_str(),
        ])
        .map_err(io)?;
    }
    w.into_inner().map_err(|e| Error::io(crate::said!("codes-file-cannot-build", error = e.to_string())))
}

/// The codes file of an import on a real organisation: one row appended and synced as each code
/// arrives (readable only by the admin). A stopped run continues the same file.
pub(super) struct CodesFile {
    pub(super) path: std::path::PathBuf,
    file: std::fs::File,
    /// A continued file: the codes already in it, by user (lower case): (code, expiry as written).
    pub(super) earlier: HashMap<String, (String, String)>,
}

impl CodesFile {
    pub(super) fn open(cx: &Core, path: &Path, resuming: bool) -> Result<CodesFile> {
        if path.is_dir() {
            return Err(Error::invalid(crate::said!("codes-file-folder", path = path.display().to_string())));
        }
        let fail = |e: std::io::Error| {
            Error::io(crate::said!("codes-file-cannot-open", path = path.display().to_string(), error = e.to_string()))
        };
        if !(resuming && path.exists()) {
            // A new file (or one replaced whole): the header, written and synced through the
            // private-file writer, which replaces a symlink rather than follow it.
            let mut sink = cx.files.create(path).map_err(fail)?;
            sink.write_all(&csv(&[])?).map_err(fail)?;
            sink.commit().map_err(fail)?;
        }
        // Never reached through a symlink (a fresh file was just put in place by the private
        // writer; a continued one is checked).
        if std::fs::symlink_metadata(path).map_err(fail)?.file_type().is_symlink() {
            return Err(Error::io(crate::said!("codes-file-symlink", path = path.display().to_string())));
        }
        let file = std::fs::OpenOptions::new().append(true).open(path).map_err(fail)?;
        let mut earlier = HashMap::new();
        if resuming {
            if let Ok(text) = std::fs::read_to_string(path) {
                let mut r = csv::Reader::from_reader(text.as_bytes());
                for rec in r.records().flatten() {
                    if let (Some(u), Some(c), Some(e)) = (rec.get(0), rec.get(3), rec.get(7)) {
                        earlier.insert(u.to_lowercase(), (c.to_string(), e.to_string()));
                    }
                }
            }
        }
        let c = CodesFile { path: path.to_path_buf(), file, earlier };
        c.file.sync_all().map_err(fail)?;
        Ok(c)
    }

    pub(super) fn append(&mut self, issued: &IssuedCode) -> Result<()> {
        let bytes = csv(&[issued])?;
        // The header line is the first; only the row is appended.
        let row = match bytes.iter().position(|b| *b == b'\n') {
            Some(n) => &bytes[n + 1..],
            None => &bytes[..],
        };
        let fail = |e: std::io::Error| Error::io(not_written(&self.path, &e));
        self.file.write_all(row).map_err(fail)?;
        self.file.sync_data().map_err(fail)
    }
}
