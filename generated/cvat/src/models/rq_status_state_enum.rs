// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqStatusStateEnum`] and the types nested in it, from `#/components/schemas/RqStatusStateEnum`.

use crate::runtime::{self, string_enum};

/// * `Queued` - Queued
/// * `Started` - Started
/// * `Finished` - Finished
/// * `Failed` - Failed
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RqStatusStateEnum {
    /// `Queued`
    Queued,
    /// `Started`
    Started,
    /// `Finished`
    Finished,
    /// `Failed`
    Failed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RqStatusStateEnum,
    Unknown,
    Queued = "Queued",
    Started = "Started",
    Finished = "Finished",
    Failed = "Failed"
);
