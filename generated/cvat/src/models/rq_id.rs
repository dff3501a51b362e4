// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqId`] and the types nested in it, from `#/components/schemas/RqId`.

use crate::runtime::{self, deserialize_struct};

/// The `RqId` schema, which the spec does not describe (`#/components/schemas/RqId`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct RqId {
    /// Request id
    pub rq_id: String,
}

deserialize_struct!(runtime, RqId { rq_id: required::<String>("rq_id") });
