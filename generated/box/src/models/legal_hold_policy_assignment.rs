// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyAssignment`] and the types nested in it, from `#/components/schemas/LegalHoldPolicyAssignment`.

use crate::runtime::{self, deserialize_struct};

/// Legal hold policy assignment
///
/// Legal Hold Assignments are used to assign Legal Hold
/// Policies to an item type of: Users, Folders, Files, File Versions, Ownership, or Interactions.
///
/// Creating a Legal Hold Assignment puts a hold
/// on the File-Versions that belong to the Assignment's
/// 'apply-to' entity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalHoldPolicyAssignment {
    /// The unique identifier for this legal hold assignment.
    pub id: Option<String>,
    /// The value will always be `legal_hold_policy_assignment`.
    pub r#type: Option<super::LegalHoldPolicyAssignmentBaseTypeField>,
    /// The `legal_hold_policy` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicyAssignment/allOf/1/properties/legal_hold_policy`).
    pub legal_hold_policy: Option<super::LegalHoldPolicyMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicyAssignment/allOf/1/properties/assigned_to`).
    pub assigned_to: Option<super::LegalHoldPolicyAssignedItem>,
    /// The `assigned_by` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicyAssignment/allOf/1/properties/assigned_by`).
    pub assigned_by: Option<super::UserMini>,
    /// When the legal hold policy assignment object was
    /// created.
    pub assigned_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the assignment release request was sent.
    /// (Because it can take time for an assignment to fully
    /// delete, this isn't quite the same time that the
    /// assignment is fully deleted). If null, Assignment
    /// was not deleted.
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LegalHoldPolicyAssignment {
        id: optional("id"),
        r#type: optional("type"),
        legal_hold_policy: optional("legal_hold_policy"),
        assigned_to: optional("assigned_to"),
        assigned_by: optional("assigned_by"),
        assigned_at: optional("assigned_at"),
        deleted_at: optional("deleted_at")
    }
);

deserialize_struct!(
    runtime,
    LegalHoldPolicyAssignment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::LegalHoldPolicyAssignmentBaseTypeField>>("type"),
        legal_hold_policy: optional::<Option<super::LegalHoldPolicyMini>>("legal_hold_policy"),
        assigned_to: optional::<Option<super::LegalHoldPolicyAssignedItem>>("assigned_to"),
        assigned_by: optional::<Option<super::UserMini>>("assigned_by"),
        assigned_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("assigned_at"),
        deleted_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("deleted_at")
    }
);
