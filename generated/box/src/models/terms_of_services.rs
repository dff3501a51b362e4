// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServices`] and the types nested in it, from `#/components/schemas/TermsOfServices`.

use crate::runtime::{self, deserialize_struct};

/// Terms of services
///
/// A list of terms of services.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfServices {
    /// The total number of objects.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub total_count: Option<i64>,
    /// A list of terms of service objects.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::TermsOfService>>,
}

deserialize_struct!(
    runtime,
    TermsOfServices {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::TermsOfService>>>("entries")
    }
);
