// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestCancelRequest`] and the types nested in it, from `#/components/schemas/SignRequestCancelRequest`.

use crate::runtime::{self, serialize_struct};

/// Sign request cancel request
///
/// Request body for cancelling a sign request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestCancelRequest {
    /// An optional reason for cancelling the sign request.
    pub reason: Option<String>,
}

serialize_struct!(runtime, SignRequestCancelRequest { reason: optional("reason") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SignRequestCancelRequest { reason: optional::<Option<String>>("reason") }
);
