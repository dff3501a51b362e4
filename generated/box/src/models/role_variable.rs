// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RoleVariable`] and the types nested in it, from `#/components/schemas/RoleVariable`.

/// Role variable
///
/// Determines if the
/// workflow outcome
/// affects a specific
/// collaborator role.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RoleVariable {
    /// Role object type.
    pub r#type: super::RoleVariableTypeField,
    /// The variable type used
    /// by the object.
    pub variable_type: super::RoleVariableVariableTypeField,
    /// The `variable_value` property, which the spec does not describe (`#/components/schemas/RoleVariable/properties/variable_value`).
    pub variable_value: super::RoleVariableVariableValueField,
}

/// Role object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleVariableTypeField {
    /// `variable`
    Variable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RoleVariableTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Variable => "variable",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RoleVariableTypeField {
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

impl std::fmt::Display for RoleVariableTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RoleVariableTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RoleVariableTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The variable type used
/// by the object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleVariableVariableTypeField {
    /// `collaborator_role`
    CollaboratorRole,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RoleVariableVariableTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CollaboratorRole => "collaborator_role",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RoleVariableVariableTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "collaborator_role" => Self::CollaboratorRole,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RoleVariableVariableTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RoleVariableVariableTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RoleVariableVariableTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The level of access granted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleVariableVariableValueField {
    /// `editor`
    Editor,
    /// `viewer`
    Viewer,
    /// `previewer`
    Previewer,
    /// `uploader`
    Uploader,
    /// `previewer uploader`
    PreviewerUploader,
    /// `viewer uploader`
    ViewerUploader,
    /// `co-owner`
    CoOwner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RoleVariableVariableValueField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Editor => "editor",
            Self::Viewer => "viewer",
            Self::Previewer => "previewer",
            Self::Uploader => "uploader",
            Self::PreviewerUploader => "previewer uploader",
            Self::ViewerUploader => "viewer uploader",
            Self::CoOwner => "co-owner",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RoleVariableVariableValueField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "editor" => Self::Editor,
            "viewer" => Self::Viewer,
            "previewer" => Self::Previewer,
            "uploader" => Self::Uploader,
            "previewer uploader" => Self::PreviewerUploader,
            "viewer uploader" => Self::ViewerUploader,
            "co-owner" => Self::CoOwner,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RoleVariableVariableValueField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RoleVariableVariableValueField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RoleVariableVariableValueField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
