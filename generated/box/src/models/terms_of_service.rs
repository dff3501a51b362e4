// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfService`] and the types nested in it, from `#/components/schemas/TermsOfService`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Terms of service
///
/// The root-level record that is supposed to represent a
/// single Terms of Service.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsOfService {
    /// The unique identifier for this terms of service.
    pub id: String,
    /// The value will always be `terms_of_service`.
    pub r#type: super::TermsOfServiceBaseTypeField,
    /// Whether these terms are enabled or not.
    pub status: Option<super::TermsOfServiceStatusField>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/TermsOfService/allOf/1/properties/enterprise`).
    pub enterprise: Option<super::TermsOfServiceEnterpriseField>,
    /// Whether to apply these terms to managed users or external users.
    pub tos_type: Option<super::TermsOfServiceTosTypeField>,
    /// The text for your terms and conditions. This text could be
    /// empty if the `status` is set to `disabled`.
    pub text: Option<String>,
    /// When the legal item was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the legal item was modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TermsOfService {
        id: required("id"),
        r#type: required("type"),
        status: optional("status"),
        enterprise: optional("enterprise"),
        tos_type: optional("tos_type"),
        text: optional("text"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

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
pub struct TermsOfServiceEnterpriseField {
    /// The unique identifier for this enterprise.
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    pub r#type: Option<super::TermsOfServiceEnterpriseTypeField>,
    /// The name of the enterprise.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TermsOfServiceEnterpriseField { id: optional("id"), r#type: optional("type"), name: optional("name") }
);

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
