// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyMini`] and the types nested in it, from `#/components/schemas/RetentionPolicy--Mini`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Retention policy (Mini)
///
/// A mini representation of a retention policy, used when
/// nested within another resource.
#[derive(Clone, Debug, PartialEq)]
pub struct RetentionPolicyMini {
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
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicyMini {
        id: required("id"),
        r#type: required("type"),
        policy_name: optional("policy_name"),
        retention_length: optional("retention_length"),
        disposition_action: optional("disposition_action"),
        max_extension_length: optional("max_extension_length")
    }
);

deserialize_struct!(
    runtime,
    RetentionPolicyMini {
        id: required::<String>("id"),
        r#type: required::<super::RetentionPolicyBaseTypeField>("type"),
        policy_name: optional::<Option<String>>("policy_name"),
        retention_length: optional::<Option<String>>("retention_length"),
        disposition_action: optional::<Option<super::RetentionPolicyMiniDispositionActionField>>("disposition_action"),
        max_extension_length: optional::<Option<super::RetentionPolicyMaxExtensionLengthResponse>>(
            "max_extension_length"
        )
    }
);

/// The disposition action of the retention policy.
/// This action can be `permanently_delete`, which
/// will cause the content retained by the policy
/// to be permanently deleted, or `remove_retention`,
/// which will lift the retention policy from the content,
/// allowing it to be deleted by users,
/// once the retention policy has expired.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyMiniDispositionActionField {
    /// `permanently_delete`
    PermanentlyDelete,
    /// `remove_retention`
    RemoveRetention,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RetentionPolicyMiniDispositionActionField,
    Unknown,
    PermanentlyDelete = "permanently_delete",
    RemoveRetention = "remove_retention"
);
