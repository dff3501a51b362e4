// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyAssignment`] and the types nested in it, from `#/components/schemas/RetentionPolicyAssignment`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Retention policy assignment
///
/// A retention assignment represents a rule specifying
/// the files a retention policy retains.
/// Assignments can retain files based on their folder or metadata,
/// or hold all files in the enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct RetentionPolicyAssignment {
    /// The unique identifier for a retention policy assignment.
    pub id: String,
    /// The value will always be `retention_policy_assignment`.
    pub r#type: super::RetentionPolicyAssignmentTypeField,
    /// The `retention_policy` property, which the spec does not describe (`#/components/schemas/RetentionPolicyAssignment/properties/retention_policy`).
    pub retention_policy: Option<super::RetentionPolicyMini>,
    /// The `type` and `id` of the content that is under
    /// retention. The `type` can either be `folder`
    /// `enterprise`, or `metadata_template`.
    pub assigned_to: Option<super::RetentionPolicyAssignmentAssignedToField>,
    /// An array of field objects. Values are only returned if the `assigned_to`
    /// type is `metadata_template`. Otherwise, the array is blank.
    pub filter_fields: Option<Vec<Option<super::RetentionPolicyAssignmentFilterFieldsField>>>,
    /// The `assigned_by` property, which the spec does not describe (`#/components/schemas/RetentionPolicyAssignment/properties/assigned_by`).
    pub assigned_by: Option<super::UserMini>,
    /// When the retention policy assignment object was
    /// created.
    pub assigned_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the retention policy assignment begins.
    /// If the `assigned_to` type is `metadata_template`,
    /// this field can be a date field's metadata attribute key id.
    pub start_date_field: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicyAssignment {
        id: required("id"),
        r#type: required("type"),
        retention_policy: optional("retention_policy"),
        assigned_to: optional("assigned_to"),
        filter_fields: optional("filter_fields"),
        assigned_by: optional("assigned_by"),
        assigned_at: optional("assigned_at"),
        start_date_field: optional("start_date_field")
    }
);

deserialize_struct!(
    runtime,
    RetentionPolicyAssignment {
        id: required::<String>("id"),
        r#type: required::<super::RetentionPolicyAssignmentTypeField>("type"),
        retention_policy: optional::<Option<super::RetentionPolicyMini>>("retention_policy"),
        assigned_to: optional::<Option<super::RetentionPolicyAssignmentAssignedToField>>("assigned_to"),
        filter_fields: optional::<Option<Vec<Option<super::RetentionPolicyAssignmentFilterFieldsField>>>>(
            "filter_fields"
        ),
        assigned_by: optional::<Option<super::UserMini>>("assigned_by"),
        assigned_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("assigned_at"),
        start_date_field: optional::<Option<String>>("start_date_field")
    }
);

/// The value will always be `retention_policy_assignment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyAssignmentTypeField {
    /// `retention_policy_assignment`
    RetentionPolicyAssignment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RetentionPolicyAssignmentTypeField,
    Unknown,
    RetentionPolicyAssignment = "retention_policy_assignment"
);

/// The `type` and `id` of the content that is under
/// retention. The `type` can either be `folder`
/// `enterprise`, or `metadata_template`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetentionPolicyAssignmentAssignedToField {
    /// The ID of the folder, enterprise, or metadata template
    /// the policy is assigned to.
    /// Set to null or omit when type is set to enterprise.
    pub id: Option<String>,
    /// The type of resource the policy is assigned to.
    pub r#type: Option<super::RetentionPolicyAssignmentAssignedToTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicyAssignmentAssignedToField { id: optional("id"), r#type: optional("type") }
);

deserialize_struct!(
    runtime,
    RetentionPolicyAssignmentAssignedToField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::RetentionPolicyAssignmentAssignedToTypeField>>("type")
    }
);

/// The type of resource the policy is assigned to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyAssignmentAssignedToTypeField {
    /// `folder`
    Folder,
    /// `enterprise`
    Enterprise,
    /// `metadata_template`
    MetadataTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RetentionPolicyAssignmentAssignedToTypeField,
    Unknown,
    Folder = "folder",
    Enterprise = "enterprise",
    MetadataTemplate = "metadata_template"
);

/// An inline schema, which the spec does not describe (`#/components/schemas/RetentionPolicyAssignment/properties/filter_fields/items`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetentionPolicyAssignmentFilterFieldsField {
    /// The metadata attribute key id.
    pub field: Option<String>,
    /// The metadata attribute field id. For value, only
    /// enum and multiselect types are supported.
    pub value: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicyAssignmentFilterFieldsField { field: optional("field"), value: optional("value") }
);

deserialize_struct!(
    runtime,
    RetentionPolicyAssignmentFilterFieldsField {
        field: optional::<Option<String>>("field"),
        value: optional::<Option<String>>("value")
    }
);
