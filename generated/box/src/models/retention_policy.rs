// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicy`] and the types nested in it, from `#/components/schemas/RetentionPolicy`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Retention policy
///
/// A retention policy blocks permanent deletion of content
/// for a specified amount of time. Admins can create retention
/// policies and then later assign them to specific folders, metadata
/// templates, or their entire enterprise.  To use this feature, you must
/// have the manage retention policies scope enabled
/// for your API key via your application management console.
#[derive(Clone, Debug, PartialEq)]
pub struct RetentionPolicy {
    /// The unique identifier that represents a retention policy.
    pub id: String,
    /// The value will always be `retention_policy`.
    pub r#type: super::RetentionPolicyBaseTypeField,
    /// The name given to the retention policy.
    pub policy_name: Option<String>,
    /// The length of the retention policy. This value
    /// specifies the duration in days that the retention
    /// policy will be active for after being assigned to
    /// content.  If the policy has a `policy_type` of
    /// `indefinite`, the `retention_length` will also be
    /// `indefinite`.
    pub retention_length: Option<String>,
    /// The disposition action of the retention policy.
    /// This action can be `permanently_delete`, which
    /// will cause the content retained by the policy
    /// to be permanently deleted, or `remove_retention`,
    /// which will lift the retention policy from the content,
    /// allowing it to be deleted by users,
    /// once the retention policy has expired.
    pub disposition_action: Option<super::RetentionPolicyMiniDispositionActionField>,
    /// The `max_extension_length` property, which the spec does not describe (`#/components/schemas/RetentionPolicy--Mini/allOf/1/properties/max_extension_length`).
    pub max_extension_length: Option<super::RetentionPolicyMaxExtensionLengthResponse>,
    /// The additional text description of the retention policy.
    pub description: Option<String>,
    /// The type of the retention policy. A retention
    /// policy type can either be `finite`, where a
    /// specific amount of time to retain the content is known
    /// upfront, or `indefinite`, where the amount of time
    /// to retain the content is still unknown.
    pub policy_type: Option<super::RetentionPolicyPolicyTypeField>,
    /// Specifies the retention type:
    ///
    /// * `modifiable`: You can modify the retention policy. For example,
    ///  you can add or remove folders, shorten or lengthen
    ///  the policy duration, or delete the assignment.
    ///  Use this type if your retention policy
    ///  is not related to any regulatory purposes.
    ///
    /// * `non-modifiable`: You can modify the retention policy
    ///  only in a limited way: add a folder, lengthen the duration,
    ///  retire the policy, change the disposition action
    ///  or notification settings. You cannot perform other actions,
    ///  such as deleting the assignment or shortening the
    ///  policy duration. Use this type to ensure
    ///  compliance with regulatory retention policies.
    pub retention_type: Option<super::RetentionPolicyRetentionTypeField>,
    /// The status of the retention policy. The status of
    /// a policy will be `active`, unless explicitly retired by an
    /// administrator, in which case the status will be `retired`.
    /// Once a policy has been retired, it cannot become
    /// active again.
    pub status: Option<super::RetentionPolicyStatusField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/RetentionPolicy/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// When the retention policy object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the retention policy object was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Determines if the owner of items under the policy
    /// can extend the retention when the original
    /// retention duration is about to end.
    pub can_owner_extend_retention: Option<bool>,
    /// Determines if owners and co-owners of items
    /// under the policy are notified when
    /// the retention duration is about to end.
    pub are_owners_notified: Option<bool>,
    /// A list of users notified when the retention policy duration is about to end.
    pub custom_notification_recipients: Option<Vec<super::UserMini>>,
    /// Counts the retention policy assignments for each item type.
    pub assignment_counts: Option<super::RetentionPolicyAssignmentCountsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicy {
        id: required("id"),
        r#type: required("type"),
        policy_name: optional("policy_name"),
        retention_length: optional("retention_length"),
        disposition_action: optional("disposition_action"),
        max_extension_length: optional("max_extension_length"),
        description: optional("description"),
        policy_type: optional("policy_type"),
        retention_type: optional("retention_type"),
        status: optional("status"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        can_owner_extend_retention: optional("can_owner_extend_retention"),
        are_owners_notified: optional("are_owners_notified"),
        custom_notification_recipients: optional("custom_notification_recipients"),
        assignment_counts: optional("assignment_counts")
    }
);

deserialize_struct!(
    runtime,
    RetentionPolicy {
        id: required::<String>("id"),
        r#type: required::<super::RetentionPolicyBaseTypeField>("type"),
        policy_name: optional::<Option<String>>("policy_name"),
        retention_length: optional::<Option<String>>("retention_length"),
        disposition_action: optional::<Option<super::RetentionPolicyMiniDispositionActionField>>("disposition_action"),
        max_extension_length: optional::<Option<super::RetentionPolicyMaxExtensionLengthResponse>>(
            "max_extension_length"
        ),
        description: optional::<Option<String>>("description"),
        policy_type: optional::<Option<super::RetentionPolicyPolicyTypeField>>("policy_type"),
        retention_type: optional::<Option<super::RetentionPolicyRetentionTypeField>>("retention_type"),
        status: optional::<Option<super::RetentionPolicyStatusField>>("status"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        can_owner_extend_retention: optional::<Option<bool>>("can_owner_extend_retention"),
        are_owners_notified: optional::<Option<bool>>("are_owners_notified"),
        custom_notification_recipients: optional::<Option<Vec<super::UserMini>>>("custom_notification_recipients"),
        assignment_counts: optional::<Option<super::RetentionPolicyAssignmentCountsField>>("assignment_counts")
    }
);

/// The type of the retention policy. A retention
/// policy type can either be `finite`, where a
/// specific amount of time to retain the content is known
/// upfront, or `indefinite`, where the amount of time
/// to retain the content is still unknown.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyPolicyTypeField {
    /// `finite`
    Finite,
    /// `indefinite`
    Indefinite,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RetentionPolicyPolicyTypeField, Unknown, Finite = "finite", Indefinite = "indefinite");

/// Specifies the retention type:
///
/// * `modifiable`: You can modify the retention policy. For example,
///  you can add or remove folders, shorten or lengthen
///  the policy duration, or delete the assignment.
///  Use this type if your retention policy
///  is not related to any regulatory purposes.
///
/// * `non-modifiable`: You can modify the retention policy
///  only in a limited way: add a folder, lengthen the duration,
///  retire the policy, change the disposition action
///  or notification settings. You cannot perform other actions,
///  such as deleting the assignment or shortening the
///  policy duration. Use this type to ensure
///  compliance with regulatory retention policies.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyRetentionTypeField {
    /// `modifiable`
    Modifiable,
    /// `non_modifiable`
    NonModifiable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RetentionPolicyRetentionTypeField,
    Unknown,
    Modifiable = "modifiable",
    NonModifiable = "non_modifiable"
);

/// The status of the retention policy. The status of
/// a policy will be `active`, unless explicitly retired by an
/// administrator, in which case the status will be `retired`.
/// Once a policy has been retired, it cannot become
/// active again.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyStatusField {
    /// `active`
    Active,
    /// `retired`
    Retired,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RetentionPolicyStatusField, Unknown, Active = "active", Retired = "retired");

/// Counts the retention policy assignments for each item type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetentionPolicyAssignmentCountsField {
    /// The number of enterprise assignments this policy has. The maximum value is 1.
    pub enterprise: Option<i64>,
    /// The number of folder assignments this policy has.
    pub folder: Option<i64>,
    /// The number of metadata template assignments this policy has.
    pub metadata_template: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicyAssignmentCountsField {
        enterprise: optional("enterprise"),
        folder: optional("folder"),
        metadata_template: optional("metadata_template")
    }
);

deserialize_struct!(
    runtime,
    RetentionPolicyAssignmentCountsField {
        enterprise: optional::<Option<i64>>("enterprise"),
        folder: optional::<Option<i64>>("folder"),
        metadata_template: optional::<Option<i64>>("metadata_template")
    }
);
