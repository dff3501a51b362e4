// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ConsensusSettings`] and the types nested in it, from `#/components/schemas/ConsensusSettings`.

use crate::runtime::{self, deserialize_struct};

/// The `ConsensusSettings` schema, which the spec does not describe (`#/components/schemas/ConsensusSettings`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConsensusSettings {
    /// The `id` property, which the spec does not describe (`#/components/schemas/ConsensusSettings/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/ConsensusSettings/properties/task_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_id: Option<i64>,
    /// Pairwise annotation matching IoU threshold
    pub iou_threshold: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ConsensusSettings { id: optional("id"), task_id: optional("task_id"), iou_threshold: optional("iou_threshold") }
);

deserialize_struct!(
    runtime,
    ConsensusSettings {
        id: optional::<Option<i64>>("id"),
        task_id: optional::<Option<i64>>("task_id"),
        iou_threshold: optional::<Option<f64>>("iou_threshold")
    }
);
