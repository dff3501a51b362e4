// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicy`] and the types nested in it, from `#/components/schemas/LegalHoldPolicy`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Legal hold policy
///
/// Legal Hold Policy information describes the basic
/// characteristics of the Policy, such as name, description,
/// and filter dates.
#[derive(Clone, Debug, PartialEq)]
pub struct LegalHoldPolicy {
    /// The unique identifier for this legal hold policy.
    pub id: String,
    /// The value will always be `legal_hold_policy`.
    pub r#type: super::LegalHoldPolicyMiniTypeField,
    /// Name of the legal hold policy.
    pub policy_name: Option<String>,
    /// Description of the legal hold policy. Optional
    /// property with a 500 character limit.
    pub description: Option<String>,
    /// Possible values:
    /// * 'active' - the policy is not in a transition state.
    /// * 'applying' - that the policy is in the process of
    ///   being applied.
    /// * 'releasing' - that the process is in the process
    ///   of being released.
    /// * 'released' - the policy is no longer active.
    pub status: Option<super::LegalHoldPolicyStatusField>,
    /// Counts of assignments within a legal hold policy by item type.
    pub assignment_counts: Option<super::LegalHoldPolicyAssignmentCountsField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/LegalHoldPolicy/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// When the legal hold policy object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the legal hold policy object was modified.
    /// Does not update when assignments are added or removed.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the policy release request was sent. (Because
    /// it can take time for a policy to fully delete, this
    /// isn't quite the same time that the policy is fully deleted).
    ///
    /// If `null`, the policy was not deleted.
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// User-specified, optional date filter applies to
    /// Custodian assignments only.
    pub filter_started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// User-specified, optional date filter applies to
    /// Custodian assignments only.
    pub filter_ended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Optional notes about why the policy was created.
    pub release_notes: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LegalHoldPolicy {
        id: required("id"),
        r#type: required("type"),
        policy_name: optional("policy_name"),
        description: optional("description"),
        status: optional("status"),
        assignment_counts: optional("assignment_counts"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        deleted_at: optional("deleted_at"),
        filter_started_at: optional("filter_started_at"),
        filter_ended_at: optional("filter_ended_at"),
        release_notes: optional("release_notes")
    }
);

deserialize_struct!(
    runtime,
    LegalHoldPolicy {
        id: required::<String>("id"),
        r#type: required::<super::LegalHoldPolicyMiniTypeField>("type"),
        policy_name: optional::<Option<String>>("policy_name"),
        description: optional::<Option<String>>("description"),
        status: optional::<Option<super::LegalHoldPolicyStatusField>>("status"),
        assignment_counts: optional::<Option<super::LegalHoldPolicyAssignmentCountsField>>("assignment_counts"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        deleted_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("deleted_at"),
        filter_started_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("filter_started_at"),
        filter_ended_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("filter_ended_at"),
        release_notes: optional::<Option<String>>("release_notes")
    }
);

/// Possible values:
/// * 'active' - the policy is not in a transition state.
/// * 'applying' - that the policy is in the process of
///   being applied.
/// * 'releasing' - that the process is in the process
///   of being released.
/// * 'released' - the policy is no longer active.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalHoldPolicyStatusField {
    /// `active`
    Active,
    /// `applying`
    Applying,
    /// `releasing`
    Releasing,
    /// `released`
    Released,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    LegalHoldPolicyStatusField,
    Unknown,
    Active = "active",
    Applying = "applying",
    Releasing = "releasing",
    Released = "released"
);

/// Counts of assignments within a legal hold policy by item type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalHoldPolicyAssignmentCountsField {
    /// The number of users this policy is applied to with the `access` type assignment.
    pub user: Option<i64>,
    /// The number of folders this policy is applied to.
    pub folder: Option<i64>,
    /// The number of files this policy is applied to.
    pub file: Option<i64>,
    /// The number of file versions this policy is applied to.
    pub file_version: Option<i64>,
    /// The number of users this policy is applied to with the `ownership` type assignment.
    pub ownership: Option<i64>,
    /// The number of users this policy is applied to with the `interactions` type assignment.
    pub interactions: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LegalHoldPolicyAssignmentCountsField {
        user: optional("user"),
        folder: optional("folder"),
        file: optional("file"),
        file_version: optional("file_version"),
        ownership: optional("ownership"),
        interactions: optional("interactions")
    }
);

deserialize_struct!(
    runtime,
    LegalHoldPolicyAssignmentCountsField {
        user: optional::<Option<i64>>("user"),
        folder: optional::<Option<i64>>("folder"),
        file: optional::<Option<i64>>("file"),
        file_version: optional::<Option<i64>>("file_version"),
        ownership: optional::<Option<i64>>("ownership"),
        interactions: optional::<Option<i64>>("interactions")
    }
);
