// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServices`] and the types nested in it, from `#/components/schemas/TermsOfServices`.

/// Terms of services
///
/// A list of terms of services.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfServices {
    /// The total number of objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of terms of service objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::TermsOfService>>,
}
