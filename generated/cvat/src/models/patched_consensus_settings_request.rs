// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedConsensusSettingsRequest`] and the types nested in it, from `#/components/schemas/PatchedConsensusSettingsRequest`.

/// The `PatchedConsensusSettingsRequest` schema, which the spec does not describe (`#/components/schemas/PatchedConsensusSettingsRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedConsensusSettingsRequest {
    /// Pairwise annotation matching IoU threshold
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iou_threshold: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedConsensusSettingsRequest { iou_threshold: optional::<Option<f64>>("iou_threshold") }
);
