// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfService`] and the types nested in it, from `#/components/schemas/TermsOfService`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Terms of service
///
/// The root-level record that is supposed to represent a
/// single Terms of Service.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfService {
    /// The unique identifier for this terms of service.
    pub id: String,
    /// The value will always be `terms_of_service`.
    pub r#type: super::TermsOfServiceBaseTypeField,
    /// Whether these terms are enabled or not.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<super::TermsOfServiceStatusField>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/TermsOfService/allOf/1/properties/enterprise`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub enterprise: Option<super::TermsOfServiceEnterpriseField>,
    /// Whether to apply these terms to managed users or external users.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub tos_type: Option<super::TermsOfServiceTosTypeField>,
    /// The text for your terms and conditions. This text could be
    /// empty if the `status` is set to `disabled`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub text: Option<String>,
    /// When the legal item was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the legal item was modified.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

deserialize_struct!(
    runtime,
    TermsOfService {
        id: required::<String>("id"),
        r#type: required::<super::TermsOfServiceBaseTypeField>("type"),
        status: optional::<Option<super::TermsOfServiceStatusField>>("status"),
        enterprise: optional::<Option<super::TermsOfServiceEnterpriseField>>("enterprise"),
        tos_type: optional::<Option<super::TermsOfServiceTosTypeField>>("tos_type"),
        text: optional::<Option<String>>("text"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

/// Whether these terms are enabled or not.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermsOfServiceStatusField {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TermsOfServiceStatusField, Unknown, Enabled = "enabled", Disabled = "disabled");

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfServiceEnterpriseField {
    /// The unique identifier for this enterprise.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::TermsOfServiceEnterpriseTypeField>,
    /// The name of the enterprise.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
}

deserialize_struct!(
    runtime,
    TermsOfServiceEnterpriseField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::TermsOfServiceEnterpriseTypeField>>("type"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermsOfServiceEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TermsOfServiceEnterpriseTypeField, Unknown, Enterprise = "enterprise");

/// Whether to apply these terms to managed users or external users.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermsOfServiceTosTypeField {
    /// `managed`
    Managed,
    /// `external`
    External,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TermsOfServiceTosTypeField, Unknown, Managed = "managed", External = "external");
