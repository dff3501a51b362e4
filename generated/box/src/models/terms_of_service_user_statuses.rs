// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServiceUserStatuses`] and the types nested in it, from `#/components/schemas/TermsOfServiceUserStatuses`.

use crate::runtime::{self, deserialize_struct};

/// Terms of service user statuses
///
/// A list of terms of service user statuses.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermsOfServiceUserStatuses {
    /// The total number of objects.
    pub total_count: Option<i64>,
    /// A list of terms of service user statuses.
    pub entries: Option<Vec<super::TermsOfServiceUserStatus>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TermsOfServiceUserStatuses { total_count: optional("total_count"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    TermsOfServiceUserStatuses {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::TermsOfServiceUserStatus>>>("entries")
    }
);
