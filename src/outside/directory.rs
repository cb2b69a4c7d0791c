//! The directory (Active Directory, Entra ID, ...) as an outside party. The local default reads
//! the directory's CSV export; a real AD/Entra integration would implement the same trait.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::domain::error::Text;
use crate::domain::{Error, Result};

/// The header `wxgo directory template` prints: what a directory export gives.
pub const HEADER: [&str; 4] = ["Email", "Display Name", "Work Phone Number", "Department"];

/// One user as the directory knows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DirectoryEntry {
    /// Where the user came from (line of the file), for messages.
    pub line: u64,
    pub email: String,
    /// `None` when the file has no name column or the cell is blank: a name is never replaced
    /// by nothing (a new user is named after their email).
    pub display_name: Option<String>,
    /// As the directory gives it, possibly invalid (AL02 decides). The outer `None`: the file
    /// has no such column, so the user's number is left as it is; `Some(None)`: the directory
    /// says the user has none.
    pub work_phone: Option<Option<String>>,
    /// The directory group, for group licence templates; `None` and `Some(None)` as above.
    pub department: Option<Option<String>>,
}

impl DirectoryEntry {
    /// The name to show: the directory's, else the part of the email before the `@`.
    pub fn name_or_email(&self) -> &str {
        self.display_name.as_deref().unwrap_or_else(|| self.email.split('@').next().unwrap_or_default())
    }
}

/// A source of directory users. Reading happens before anything changes, so a bad source
/// changes nothing.
pub trait Directory {
    /// What is being read, for messages and the audit trail (a file name, a tenant).
    fn describe(&self) -> String;
    fn read(&mut self) -> Result<Vec<DirectoryEntry>>;
}

/// The directory's CSV export, from a file.
pub struct CsvFile {
    path: PathBuf,
}

impl CsvFile {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        CsvFile { path: path.into() }
    }
}

impl Directory for CsvFile {
    fn describe(&self) -> String {
        self.path.display().to_string()
    }

    fn read(&mut self) -> Result<Vec<DirectoryEntry>> {
        let shown = self.path.display().to_string();
        let bytes = std::fs::read(&self.path)
            .map_err(|e| Error::io(crate::said!("dir-cannot-read", path = &shown, error = e.to_string())))?;
        parse_csv(&bytes).map_err(|e| match e {
            Error::Invalid(m) => Error::invalid(m.around(&format!("{shown}: "), "")),
            other => other,
        })
    }
}

/// The directory's CSV export, already in memory (tests, standard input).
pub struct CsvText {
    label: String,
    bytes: Vec<u8>,
}

impl CsvText {
    pub fn new(label: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        CsvText { label: label.into(), bytes: bytes.into() }
    }
}

impl Directory for CsvText {
    fn describe(&self) -> String {
        self.label.clone()
    }

    fn read(&mut self) -> Result<Vec<DirectoryEntry>> {
        parse_csv(&self.bytes)
    }
}

/// The header line and one example row.
pub fn template_csv() -> String {
    format!("{}\r\nava.archer@example.com,Ava Archer,+12142000100,Sales\r\n", HEADER.join(","))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Email,
    Name,
    Phone,
    Department,
}

/// Header names as AD, Entra ID and Control Hub spell them, compared without case or punctuation.
fn column_of(header: &str) -> Option<Column> {
    let key: String = header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    match key.as_str() {
        "email" | "mail" | "emailaddress" | "userprincipalname" | "upn" | "useridemail" | "useridemailrequired" => {
            Some(Column::Email)
        }
        "displayname" | "name" => Some(Column::Name),
        "workphonenumber" | "workphone" | "telephonenumber" | "businessphones" | "businessphone" | "phonenumber"
        | "officephone" => Some(Column::Phone),
        "department" | "group" | "departmentgroup" => Some(Column::Department),
        _ => None,
    }
}

/// A problem of a line (and a cell, `column` its index and header), said in the language where
/// it is shown; the header's name and the values as they are.
fn invalid(line: u64, column: Option<(usize, &str)>, what: Text) -> Error {
    Error::invalid(match column {
        Some((i, name)) => crate::said!("dir-cell", line = line, column = i + 1, name = name, what = what),
        None => crate::said!("dir-line", line = line, what = what),
    })
}

fn plausible_email(s: &str) -> bool {
    let mut parts = s.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    ) && !s.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
}

/// Reads a directory export: UTF-8 (a BOM is fine), CRLF or LF, quoted fields, blank lines
/// ignored. A malformed row is an error naming its line and column; nothing is returned then.
pub fn parse_csv(bytes: &[u8]) -> Result<Vec<DirectoryEntry>> {
    let bytes = normalise(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(bytes.as_slice());
    let headers = reader.headers().map_err(|e| csv_error(&e, None))?.clone();
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    for (i, h) in headers.iter().enumerate() {
        let col = column_of(h);
        if let Some(c) = col {
            if let Some(j) = columns.iter().position(|k| *k == Some(c)) {
                return Err(invalid(
                    1,
                    Some((i, h)),
                    crate::said!("dir-same-column", column = j + 1, name = &headers[j]),
                ));
            }
        }
        columns.push(col);
    }
    if !columns.contains(&Some(Column::Email)) {
        return Err(Error::invalid(crate::said!(
            "dir-no-email-column",
            has = headers.iter().collect::<Vec<_>>().join(", "),
            expected = HEADER.join(",")
        )));
    }
    let mut out = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, Some(&headers)))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut entry = DirectoryEntry { line, ..Default::default() };
        let mut email_col = 0;
        for (i, field) in record.iter().enumerate() {
            let Some(column) = columns.get(i).copied().flatten() else {
                // Other columns (notes a spreadsheet user added) are left alone.
                continue;
            };
            // A value exported back from a spreadsheet may carry the quote that kept it text.
            let value = crate::domain::text::from_spreadsheet(field.trim());
            if let Err(problem) = crate::domain::text::check_field(value) {
                return Err(invalid(line, Some((i, &headers[i])), problem.describe()));
            }
            // An empty cell says "none" for a number or a group; a column the file lacks says
            // nothing, and changes nothing (see `DirectoryEntry`).
            let given = Some(value.to_string()).filter(|v| !v.is_empty());
            match column {
                Column::Email => {
                    email_col = i;
                    entry.email = value.to_string();
                }
                Column::Name => entry.display_name = given,
                Column::Phone => entry.work_phone = Some(given),
                Column::Department => entry.department = Some(given),
            }
        }
        let email_header = headers.get(email_col).unwrap_or("Email");
        if entry.email.is_empty() {
            return Err(invalid(line, Some((email_col, email_header)), crate::said!("dir-email-empty")));
        }
        if !plausible_email(&entry.email) {
            return Err(invalid(
                line,
                Some((email_col, email_header)),
                crate::said!("dir-not-email", value = crate::domain::text::shorten(&entry.email, 80).as_ref()),
            ));
        }
        if let Some(first) = seen.insert(entry.email.to_lowercase(), line) {
            return Err(invalid(
                line,
                Some((email_col, email_header)),
                crate::said!("dir-email-twice", email = &entry.email, first = first),
            ));
        }
        out.push(entry);
    }
    Ok(out)
}

/// Drops a UTF-8 BOM and turns CRLF into LF: the csv crate counts lines right only with LF,
/// and error messages name lines.
pub fn normalise(bytes: &[u8]) -> Vec<u8> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn csv_error(e: &csv::Error, headers: Option<&csv::StringRecord>) -> Error {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { pos, expected_len, len } => {
            let line = pos.as_ref().map(|p| p.line()).unwrap_or(0);
            let column = if len < expected_len {
                let i = *len as usize;
                let name = headers.and_then(|h| h.get(i)).unwrap_or("?").to_string();
                crate::said!("dir-column-missing", column = i + 1, name = name)
            } else {
                crate::said!("dir-column-extra", column = expected_len + 1)
            };
            Error::invalid(crate::said!(
                "dir-fields",
                line = line,
                len = *len,
                expected = *expected_len,
                column = column
            ))
        }
        csv::ErrorKind::Utf8 { pos, err } => {
            let line = pos.as_ref().map(|p| p.line()).unwrap_or(0);
            Error::invalid(crate::said!("dir-not-utf8", line = line, column = err.field() + 1))
        }
        csv::ErrorKind::Io(io) => Error::io(crate::said!("dir-io", error = io.to_string())),
        _ => {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Error::invalid(crate::said!("dir-not-csv", line = line, error = e.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Vec<DirectoryEntry>> {
        parse_csv(s.as_bytes())
    }

    #[test]
    fn reads_bom_crlf_quotes_and_trailing_blank_lines() {
        let text = "\u{FEFF}Email,Display Name,Work Phone Number,Department\r\n\
                    a@x.example,\"Archer, Ava\",+12142000100,Sales\r\n\
                    b@x.example,Ben, ,\r\n\r\n\r\n";
        let rows = parse(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].display_name.as_deref(), Some("Archer, Ava"));
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[1].work_phone, Some(None));
        assert_eq!(rows[1].department, Some(None));
    }

    #[test]
    fn entra_header_names_in_any_order() {
        let rows = parse("department,userPrincipalName,telephoneNumber\nSales,a@x.example,+12142000100\n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].email, "a@x.example");
        assert_eq!(rows[0].display_name, None);
        assert_eq!(rows[0].name_or_email(), "a");
        assert_eq!(rows[0].work_phone, Some(Some("+12142000100".into())));
    }

    #[test]
    fn malformed_rows_name_line_and_column() {
        let e = parse("Email,Display Name,Work Phone Number,Department\na@x.example,A,+1,S\nb@x.example,B,+1\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("line 3") && e.contains("column 4 (Department)"), "{e}");
        let e = parse("Email,Display Name\na@x.example,A\nnot-an-email,B\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("line 3, column 1 (Email)"), "{e}");
        let e = parse("Email\na@x.example\nA@x.example\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("also on line 2"), "{e}");
        assert!(parse("Name,Phone\nA,+1\n").is_err());
    }
}
