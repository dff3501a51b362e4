// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyAssignment`] and the types nested in it, from `#/components/schemas/LegalHoldPolicyAssignment`.

/// Legal hold policy assignment
///
/// Legal Hold Assignments are used to assign Legal Hold
/// Policies to an item type of: Users, Folders, Files, File Versions, Ownership, or Interactions.
///
/// Creating a Legal Hold Assignment puts a hold
/// on the File-Versions that belong to the Assignment's
/// 'apply-to' entity.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LegalHoldPolicyAssignment {
    /// The unique identifier for this legal hold assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `legal_hold_policy_assignment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LegalHoldPolicyAssignmentBaseTypeField>,
    /// The `legal_hold_policy` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicyAssignment/allOf/1/properties/legal_hold_policy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_hold_policy: Option<super::LegalHoldPolicyMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicyAssignment/allOf/1/properties/assigned_to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<super::LegalHoldPolicyAssignedItem>,
    /// The `assigned_by` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicyAssignment/allOf/1/properties/assigned_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_by: Option<super::UserMini>,
    /// When the legal hold policy assignment object was
    /// created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the assignment release request was sent.
    /// (Because it can take time for an assignment to fully
    /// delete, this isn't quite the same time that the
    /// assignment is fully deleted). If null, Assignment
    /// was not deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}
