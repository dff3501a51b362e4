// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServiceUserStatuses`] and the types nested in it, from `#/components/schemas/TermsOfServiceUserStatuses`.

use crate::runtime::{self, deserialize_struct};

/// Terms of service user statuses
///
/// A list of terms of service user statuses.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfServiceUserStatuses {
    /// The total number of objects.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub total_count: Option<i64>,
    /// A list of terms of service user statuses.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::TermsOfServiceUserStatus>>,
}

deserialize_struct!(
    runtime,
    TermsOfServiceUserStatuses {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::TermsOfServiceUserStatus>>>("entries")
    }
);
