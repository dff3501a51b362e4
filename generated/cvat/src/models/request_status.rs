// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RequestStatus`] and the types nested in it, from `#/components/schemas/RequestStatus`.

use crate::runtime::{self, string_enum};

/// * `queued` - Queued
/// * `started` - Started
/// * `failed` - Failed
/// * `finished` - Finished
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestStatus {
    /// `queued`
    Queued,
    /// `started`
    Started,
    /// `failed`
    Failed,
    /// `finished`
    Finished,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RequestStatus,
    Unknown,
    Queued = "queued",
    Started = "started",
    Failed = "failed",
    Finished = "finished"
);
