// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserAgreement`] and the types nested in it, from `#/components/schemas/UserAgreement`.

use crate::runtime::{self, deserialize_struct};

/// The `UserAgreement` schema, which the spec does not describe (`#/components/schemas/UserAgreement`).
#[derive(Clone, Debug, PartialEq)]
pub struct UserAgreement {
    /// The `name` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/name`).
    pub name: String,
    /// The `url_display_text` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/url_display_text`).
    pub url_display_text: Option<String>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/url`).
    pub url: Option<String>,
    /// The `text_prefix` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/text_prefix`).
    pub text_prefix: Option<String>,
    /// The `required` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/required`).
    pub required: Option<bool>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/value`).
    pub value: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserAgreement {
        name: required("name"),
        url_display_text: optional("url_display_text"),
        url: optional("url"),
        text_prefix: optional("text_prefix"),
        required: optional("required"),
        value: optional("value")
    }
);

deserialize_struct!(
    runtime,
    UserAgreement {
        name: required::<String>("name"),
        url_display_text: optional::<Option<String>>("url_display_text"),
        url: optional::<Option<String>>("url"),
        text_prefix: optional::<Option<String>>("text_prefix"),
        required: optional::<Option<bool>>("required"),
        value: optional::<Option<bool>>("value")
    }
);
