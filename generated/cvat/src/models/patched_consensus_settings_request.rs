// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedConsensusSettingsRequest`] and the types nested in it, from `#/components/schemas/PatchedConsensusSettingsRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedConsensusSettingsRequest` schema, which the spec does not describe (`#/components/schemas/PatchedConsensusSettingsRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedConsensusSettingsRequest {
    /// Pairwise annotation matching IoU threshold
    pub iou_threshold: Option<f64>,
}

serialize_struct!(runtime, PatchedConsensusSettingsRequest { iou_threshold: optional("iou_threshold") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedConsensusSettingsRequest { iou_threshold: optional::<Option<f64>>("iou_threshold") }
);
