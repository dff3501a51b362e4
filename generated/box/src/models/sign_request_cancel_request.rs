// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestCancelRequest`] and the types nested in it, from `#/components/schemas/SignRequestCancelRequest`.

/// Sign request cancel request
///
/// Request body for cancelling a sign request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct SignRequestCancelRequest {
    /// An optional reason for cancelling the sign request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SignRequestCancelRequest { reason: optional::<Option<String>>("reason") }
);
