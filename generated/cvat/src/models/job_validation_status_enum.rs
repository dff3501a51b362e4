// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidationStatusEnum`] and the types nested in it, from `#/components/schemas/JobValidationStatusEnum`.

use crate::runtime::{self, string_enum};

/// * `disabled` - DISABLED
/// * `accepted` - ACCEPTED
/// * `rejected` - REJECTED
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobValidationStatusEnum {
    /// `disabled`
    Disabled,
    /// `accepted`
    Accepted,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    JobValidationStatusEnum,
    Unknown,
    Disabled = "disabled",
    Accepted = "accepted",
    Rejected = "rejected"
);
