//! Webex for BroadWorks flow-through provisioning (BW01-BW05): the read side so far.

use super::Service;
use crate::domain::Result;
use crate::store::bw;
use crate::store::model::{BwSubscriberRow, BwTemplateRow};

impl Service {
    pub fn bw_subscribers(
        &self,
        exclude_provisioned: bool,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<BwSubscriberRow>> {
        bw::subscribers_page(
            &self.conn,
            self.org.id,
            exclude_provisioned,
            filter.trim(),
            offset,
            limit,
        )
    }

    pub fn bw_subscribers_count(&self, exclude_provisioned: bool, filter: &str) -> Result<usize> {
        bw::subscribers_count(&self.conn, self.org.id, exclude_provisioned, filter.trim())
    }

    pub fn bw_templates(&self) -> Result<Vec<BwTemplateRow>> {
        bw::templates(&self.conn, self.org.id)
    }
}
