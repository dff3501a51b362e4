// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyAssignmentBaseTypeField`] and the types nested in it, from `#/components/schemas/LegalHoldPolicyAssignment--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `legal_hold_policy_assignment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalHoldPolicyAssignmentBaseTypeField {
    /// `legal_hold_policy_assignment`
    LegalHoldPolicyAssignment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    LegalHoldPolicyAssignmentBaseTypeField,
    Unknown,
    LegalHoldPolicyAssignment = "legal_hold_policy_assignment"
);

/// Legal hold policy assignment (Base)
///
/// Legal Hold Assignments are used to assign Legal Hold
/// Policies to Users, Folders, Files, or File Versions.
///
/// Creating a Legal Hold Assignment puts a hold
/// on the File-Versions that belong to the Assignment's
/// 'apply-to' entity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalHoldPolicyAssignmentBase {
    /// The unique identifier for this legal hold assignment.
    pub id: Option<String>,
    /// The value will always be `legal_hold_policy_assignment`.
    pub r#type: Option<super::LegalHoldPolicyAssignmentBaseTypeField>,
}

serialize_struct!(runtime, LegalHoldPolicyAssignmentBase { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    LegalHoldPolicyAssignmentBase {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::LegalHoldPolicyAssignmentBaseTypeField>>("type")
    }
);
