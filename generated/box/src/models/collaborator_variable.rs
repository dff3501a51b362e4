// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaboratorVariable`] and the types nested in it, from `#/components/schemas/CollaboratorVariable`.

/// Collaborator variable
///
/// A collaborator
/// object. Allows to
/// specify a list of user
/// ID's that are affected
/// by the workflow result.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CollaboratorVariable {
    /// Collaborator
    /// object type.
    pub r#type: super::CollaboratorVariableTypeField,
    /// Variable type
    /// for the Collaborator
    /// object.
    pub variable_type: super::CollaboratorVariableVariableTypeField,
    /// A list of user IDs.
    pub variable_value: Vec<super::CollaboratorVariableVariableValueField>,
}

/// Collaborator
/// object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaboratorVariableTypeField {
    /// `variable`
    Variable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollaboratorVariableTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Variable => "variable",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaboratorVariableTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "variable" => Self::Variable,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaboratorVariableTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaboratorVariableTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaboratorVariableTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Variable type
/// for the Collaborator
/// object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaboratorVariableVariableTypeField {
    /// `user_list`
    UserList,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollaboratorVariableVariableTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserList => "user_list",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaboratorVariableVariableTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "user_list" => Self::UserList,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaboratorVariableVariableTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaboratorVariableVariableTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaboratorVariableVariableTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// User variable used
/// in workflow outcomes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CollaboratorVariableVariableValueField {
    /// The object type.
    pub r#type: super::CollaboratorVariableVariableValueTypeField,
    /// User's ID.
    pub id: String,
}

/// The object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaboratorVariableVariableValueTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollaboratorVariableVariableValueTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaboratorVariableVariableValueTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaboratorVariableVariableValueTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaboratorVariableVariableValueTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaboratorVariableVariableValueTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
