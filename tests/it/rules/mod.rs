//! The domain rules of ../shared/RULES.md, one module per family; each test is named after
//! the rule id it proves (wg05_..., mo03_..., bw04_..., al06_...).

mod al;
mod bw;
mod mo;
mod wg;
mod wg13;
