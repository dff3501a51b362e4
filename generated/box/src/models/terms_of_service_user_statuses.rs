// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServiceUserStatuses`] and the types nested in it, from `#/components/schemas/TermsOfServiceUserStatuses`.

/// Terms of service user statuses
///
/// A list of terms of service user statuses.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfServiceUserStatuses {
    /// The total number of objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of terms of service user statuses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::TermsOfServiceUserStatus>>,
}
