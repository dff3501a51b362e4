// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqId`] and the types nested in it, from `#/components/schemas/RqId`.

use crate::runtime::{self, deserialize_struct};

/// The `RqId` schema, which the spec does not describe (`#/components/schemas/RqId`).
#[derive(Clone, Debug, PartialEq)]
pub struct RqId {
    /// Request id
    pub rq_id: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, RqId { rq_id: required("rq_id") });

deserialize_struct!(runtime, RqId { rq_id: required::<String>("rq_id") });
