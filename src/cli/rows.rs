//! Files of rows from outside (a devices CSV, a call history report): reading one, and the table
//! of its rows' problems.

use std::path::Path;

use super::output::Table;

use super::output::{say, table, CleanRows};
use crate::domain::{Error, Result};
use crate::service::RowProblem;

pub(super) fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        Error::io(crate::said!("file-cannot-read", path = path.display().to_string(), error = e.to_string()))
    })
}

fn problems_table(problems: &[RowProblem]) -> Table {
    let tr = super::output::tr();
    let mut t = table(&["Line", "Column", "Problem"]);
    for p in problems {
        // The line and the column as in the file; the reason in the run's language.
        let reason = tr.text(&p.reason);
        t.clean_row(vec![
            p.line.to_string(),
            p.column.clone(),
            match p.rule {
                Some(rule) => format!("{rule}: {reason}"),
                None => reason,
            },
        ]);
    }
    t
}

/// The problems of an import, the first ones in a table and the count of the rest; `then` is
/// the message (cli.ftl) saying what to do once they are fixed.
pub(super) fn print_problems(problems: &[RowProblem], total: usize, then: &str) {
    say(&problems_table(problems).to_string());
    let unlisted = total.saturating_sub(problems.len());
    if unlisted > 0 {
        let tr = super::output::tr();
        let then = tr.t(then);
        let args = [("n", unlisted.into()), ("total", total.into()), ("then", crate::i18n::Arg::from(&then))];
        say(&tr.t_with("cli-more-problems", &args));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_cannot_be_read_says_which() {
        let e = read_file(Path::new("/nonexistent/wxgo-rows.csv")).unwrap_err();
        assert!(matches!(&e, Error::Io(m) if m.starts_with("cannot read /nonexistent/wxgo-rows.csv")), "{e}");
    }
}
