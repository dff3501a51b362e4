// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RequestCategoryEnum`] and the types nested in it, from `#/components/schemas/RequestCategoryEnum`.

use crate::runtime::{self, string_enum};

/// * `interactive` - Interactive
/// * `batch` - Batch
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestCategoryEnum {
    /// `interactive`
    Interactive,
    /// `batch`
    Batch,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RequestCategoryEnum, Unknown, Interactive = "interactive", Batch = "batch");
