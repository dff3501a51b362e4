// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicyAssignment`] and the types nested in it, from `#/components/schemas/StoragePolicyAssignment`.

use crate::runtime::{self, string_enum};

/// Storage policy assignment
///
/// The assignment of a storage policy to a user or enterprise.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct StoragePolicyAssignment {
    /// The unique identifier for a storage policy assignment.
    pub id: String,
    /// The value will always be `storage_policy_assignment`.
    pub r#type: super::StoragePolicyAssignmentTypeField,
    /// The `storage_policy` property, which the spec does not describe (`#/components/schemas/StoragePolicyAssignment/properties/storage_policy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_policy: Option<super::StoragePolicyMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/StoragePolicyAssignment/properties/assigned_to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<super::StoragePolicyAssignmentAssignedToField>,
}

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
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct StoragePolicyAssignmentAssignedToField {
    /// The unique identifier for this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type for this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
