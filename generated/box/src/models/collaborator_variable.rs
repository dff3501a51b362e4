// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaboratorVariable`] and the types nested in it, from `#/components/schemas/CollaboratorVariable`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Collaborator variable
///
/// A collaborator
/// object. Allows to
/// specify a list of user
/// ID's that are affected
/// by the workflow result.
#[derive(Clone, Debug, PartialEq)]
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

serialize_struct!(
    runtime,
    CollaboratorVariable {
        r#type: required("type"),
        variable_type: required("variable_type"),
        variable_value: required("variable_value")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CollaboratorVariable {
        r#type: required::<super::CollaboratorVariableTypeField>("type"),
        variable_type: required::<super::CollaboratorVariableVariableTypeField>("variable_type"),
        variable_value: required::<Vec<super::CollaboratorVariableVariableValueField>>("variable_value")
    }
);

/// Collaborator
/// object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaboratorVariableTypeField {
    /// `variable`
    Variable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollaboratorVariableTypeField, Unknown, Variable = "variable");

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

string_enum!(runtime, CollaboratorVariableVariableTypeField, Unknown, UserList = "user_list");

/// User variable used
/// in workflow outcomes.
#[derive(Clone, Debug, PartialEq)]
pub struct CollaboratorVariableVariableValueField {
    /// The object type.
    pub r#type: super::CollaboratorVariableVariableValueTypeField,
    /// User's ID.
    pub id: String,
}

serialize_struct!(runtime, CollaboratorVariableVariableValueField { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CollaboratorVariableVariableValueField {
        r#type: required::<super::CollaboratorVariableVariableValueTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaboratorVariableVariableValueTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollaboratorVariableVariableValueTypeField, Unknown, User = "user");
