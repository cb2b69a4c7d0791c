//! For the integration tests and benches only: a database opened, created or seeded directly,
//! where a test needs rows no action makes (a fixture) or checks the file itself. The product
//! reaches the store only through the service.

pub use crate::store::queries::ts;
pub use crate::store::seed::Seeder;
pub use crate::store::{create, open, open_in_memory, APPLICATION_ID, SCHEMA_VERSION};
