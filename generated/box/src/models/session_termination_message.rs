// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SessionTerminationMessage`] and the types nested in it, from `#/components/schemas/SessionTerminationMessage`.

use crate::runtime::{self, deserialize_struct};

/// Session termination message
///
/// A message informing about the
/// termination job status.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionTerminationMessage {
    /// The unique identifier for the termination job status.
    pub message: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, SessionTerminationMessage { message: optional("message") });

deserialize_struct!(runtime, SessionTerminationMessage { message: optional::<Option<String>>("message") });
