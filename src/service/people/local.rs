//! People on the local backend: the database is the truth.

use super::{check_extension, After, Edit, PeopleBackend};
use crate::domain::Result;
use crate::service::backend::Local;
use crate::service::core::{Allowed, Core};
use crate::store::webex_people as wp;

impl PeopleBackend for Local {
    fn write(&self, cx: &Core, ok: Allowed, email: &str, edit: &Edit, after: After<'_>) -> Result<()> {
        cx.act(ok, |cx, tx, now| {
            let user = cx.user_in(tx, email)?;
            check_extension(tx, &user, edit)?;
            let before = wp::cached_person(tx, user.id)?;
            wp::write_person(
                tx,
                user.id,
                &before.display_name,
                edit.work_phone.as_ref().map(|e| e.as_str()).or(before.work_phone.as_deref()),
                edit.extension.as_deref().or(before.extension.as_deref()),
                edit.location.or(before.location_id),
                before.department.as_deref(),
                now,
            )?;
            let audit = after(cx, tx, now, &before, None)?;
            Ok(((), audit))
        })
    }
}
