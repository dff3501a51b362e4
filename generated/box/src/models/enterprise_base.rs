// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EnterpriseBase`] and the types nested in it, from `#/components/schemas/Enterprise--Base`.

use crate::runtime::{self, string_enum};

/// Enterprise
///
/// A representation of a enterprise, used when
/// nested within another resource.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnterpriseBase {
    /// The unique identifier for this enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::EnterpriseBaseTypeField>,
}

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnterpriseBaseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, EnterpriseBaseTypeField, Unknown, Enterprise = "enterprise");
