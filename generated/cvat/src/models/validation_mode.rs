// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ValidationMode`] and the types nested in it, from `#/components/schemas/ValidationMode`.

use crate::runtime::{self, string_enum};

/// * `gt` - GT
/// * `gt_pool` - GT_POOL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValidationMode {
    /// `gt`
    Gt,
    /// `gt_pool`
    GtPool,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ValidationMode, Unknown, Gt = "gt", GtPool = "gt_pool");
