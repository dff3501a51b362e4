// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OperationStatus`] and the types nested in it, from `#/components/schemas/OperationStatus`.

use crate::runtime::{self, string_enum};

/// * `new` - NEW
/// * `in progress` - IN_PROGRESS
/// * `completed` - COMPLETED
/// * `rejected` - REJECTED
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationStatus {
    /// `new`
    New,
    /// `in progress`
    InProgress,
    /// `completed`
    Completed,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    OperationStatus,
    Unknown,
    New = "new",
    InProgress = "in progress",
    Completed = "completed",
    Rejected = "rejected"
);
