// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RoleVariable`] and the types nested in it, from `#/components/schemas/RoleVariable`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Role variable
///
/// Determines if the
/// workflow outcome
/// affects a specific
/// collaborator role.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleVariable {
    /// Role object type.
    pub r#type: super::RoleVariableTypeField,
    /// The variable type used
    /// by the object.
    pub variable_type: super::RoleVariableVariableTypeField,
    /// The `variable_value` property, which the spec does not describe (`#/components/schemas/RoleVariable/properties/variable_value`).
    pub variable_value: super::RoleVariableVariableValueField,
}

serialize_struct!(
    runtime,
    RoleVariable {
        r#type: required("type"),
        variable_type: required("variable_type"),
        variable_value: required("variable_value")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RoleVariable {
        r#type: required::<super::RoleVariableTypeField>("type"),
        variable_type: required::<super::RoleVariableVariableTypeField>("variable_type"),
        variable_value: required::<super::RoleVariableVariableValueField>("variable_value")
    }
);

/// Role object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleVariableTypeField {
    /// `variable`
    Variable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RoleVariableTypeField, Unknown, Variable = "variable");

/// The variable type used
/// by the object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleVariableVariableTypeField {
    /// `collaborator_role`
    CollaboratorRole,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RoleVariableVariableTypeField, Unknown, CollaboratorRole = "collaborator_role");

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

string_enum!(
    runtime,
    RoleVariableVariableValueField,
    Unknown,
    Editor = "editor",
    Viewer = "viewer",
    Previewer = "previewer",
    Uploader = "uploader",
    PreviewerUploader = "previewer uploader",
    ViewerUploader = "viewer uploader",
    CoOwner = "co-owner"
);
