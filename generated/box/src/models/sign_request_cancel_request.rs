// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestCancelRequest`] and the types nested in it, from `#/components/schemas/SignRequestCancelRequest`.

/// Sign request cancel request
///
/// Request body for cancelling a sign request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct SignRequestCancelRequest {
    /// An optional reason for cancelling the sign request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
