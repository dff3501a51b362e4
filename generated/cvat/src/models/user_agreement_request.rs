// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserAgreementRequest`] and the types nested in it, from `#/components/schemas/UserAgreementRequest`.

use crate::runtime::{self, serialize_struct};

/// The `UserAgreementRequest` schema, which the spec does not describe (`#/components/schemas/UserAgreementRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct UserAgreementRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/name`).
    pub name: String,
    /// The `url_display_text` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/url_display_text`).
    pub url_display_text: Option<String>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/url`).
    pub url: Option<String>,
    /// The `text_prefix` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/text_prefix`).
    pub text_prefix: Option<String>,
    /// The `required` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/required`).
    pub required: Option<bool>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/value`).
    pub value: Option<bool>,
}

serialize_struct!(
    runtime,
    UserAgreementRequest {
        name: required("name"),
        url_display_text: optional("url_display_text"),
        url: optional("url"),
        text_prefix: optional("text_prefix"),
        required: optional("required"),
        value: optional("value")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UserAgreementRequest {
        name: required::<String>("name"),
        url_display_text: optional::<Option<String>>("url_display_text"),
        url: optional::<Option<String>>("url"),
        text_prefix: optional::<Option<String>>("text_prefix"),
        required: optional::<Option<bool>>("required"),
        value: optional::<Option<bool>>("value")
    }
);
