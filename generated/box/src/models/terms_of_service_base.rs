// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServiceBase`] and the types nested in it, from `#/components/schemas/TermsOfService--Base`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Terms of service (Base)
///
/// The root-level record that is supposed to represent a
/// single Terms of Service.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsOfServiceBase {
    /// The unique identifier for this terms of service.
    pub id: String,
    /// The value will always be `terms_of_service`.
    pub r#type: super::TermsOfServiceBaseTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, TermsOfServiceBase { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    TermsOfServiceBase { id: required::<String>("id"), r#type: required::<super::TermsOfServiceBaseTypeField>("type") }
);

/// The value will always be `terms_of_service`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermsOfServiceBaseTypeField {
    /// `terms_of_service`
    TermsOfService,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TermsOfServiceBaseTypeField, Unknown, TermsOfService = "terms_of_service");
