// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicyAssignment`] and the types nested in it, from `#/components/schemas/StoragePolicyAssignment`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Storage policy assignment
///
/// The assignment of a storage policy to a user or enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct StoragePolicyAssignment {
    /// The unique identifier for a storage policy assignment.
    pub id: String,
    /// The value will always be `storage_policy_assignment`.
    pub r#type: super::StoragePolicyAssignmentTypeField,
    /// The `storage_policy` property, which the spec does not describe (`#/components/schemas/StoragePolicyAssignment/properties/storage_policy`).
    pub storage_policy: Option<super::StoragePolicyMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/StoragePolicyAssignment/properties/assigned_to`).
    pub assigned_to: Option<super::StoragePolicyAssignmentAssignedToField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    StoragePolicyAssignment {
        id: required("id"),
        r#type: required("type"),
        storage_policy: optional("storage_policy"),
        assigned_to: optional("assigned_to")
    }
);

deserialize_struct!(
    runtime,
    StoragePolicyAssignment {
        id: required::<String>("id"),
        r#type: required::<super::StoragePolicyAssignmentTypeField>("type"),
        storage_policy: optional::<Option<super::StoragePolicyMini>>("storage_policy"),
        assigned_to: optional::<Option<super::StoragePolicyAssignmentAssignedToField>>("assigned_to")
    }
);

/// The value will always be `storage_policy_assignment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StoragePolicyAssignmentTypeField {
    /// `storage_policy_assignment`
    StoragePolicyAssignment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StoragePolicyAssignmentTypeField, Unknown, StoragePolicyAssignment = "storage_policy_assignment");

/// Reference
///
/// The bare basic reference for an object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoragePolicyAssignmentAssignedToField {
    /// The unique identifier for this object.
    pub id: Option<String>,
    /// The type for this object.
    pub r#type: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    StoragePolicyAssignmentAssignedToField { id: optional("id"), r#type: optional("type") }
);

deserialize_struct!(
    runtime,
    StoragePolicyAssignmentAssignedToField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<String>>("type")
    }
);
