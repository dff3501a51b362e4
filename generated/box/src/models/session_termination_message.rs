// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SessionTerminationMessage`] and the types nested in it, from `#/components/schemas/SessionTerminationMessage`.

/// Session termination message
///
/// A message informing about the
/// termination job status.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SessionTerminationMessage {
    /// The unique identifier for the termination job status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
