// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EnterpriseBase`] and the types nested in it, from `#/components/schemas/Enterprise--Base`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Enterprise
///
/// A representation of a enterprise, used when
/// nested within another resource.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnterpriseBase {
    /// The unique identifier for this enterprise.
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    pub r#type: Option<super::EnterpriseBaseTypeField>,
}

serialize_struct!(runtime, EnterpriseBase { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    EnterpriseBase {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::EnterpriseBaseTypeField>>("type")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnterpriseBaseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, EnterpriseBaseTypeField, Unknown, Enterprise = "enterprise");
