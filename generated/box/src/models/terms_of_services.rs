// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServices`] and the types nested in it, from `#/components/schemas/TermsOfServices`.

use crate::runtime::{self, deserialize_struct};

/// Terms of services
///
/// A list of terms of services.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermsOfServices {
    /// The total number of objects.
    pub total_count: Option<i64>,
    /// A list of terms of service objects.
    pub entries: Option<Vec<super::TermsOfService>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TermsOfServices { total_count: optional("total_count"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    TermsOfServices {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::TermsOfService>>>("entries")
    }
);
