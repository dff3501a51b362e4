// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SessionTerminationMessage`] and the types nested in it, from `#/components/schemas/SessionTerminationMessage`.

use crate::runtime::{self, deserialize_struct};

/// Session termination message
///
/// A message informing about the
/// termination job status.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SessionTerminationMessage {
    /// The unique identifier for the termination job status.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
}

deserialize_struct!(runtime, SessionTerminationMessage { message: optional::<Option<String>>("message") });
