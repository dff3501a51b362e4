// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyAssignmentBaseTypeField`] and the types nested in it, from `#/components/schemas/LegalHoldPolicyAssignment--Base/properties/type`.

/// The value will always be `legal_hold_policy_assignment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalHoldPolicyAssignmentBaseTypeField {
    /// `legal_hold_policy_assignment`
    LegalHoldPolicyAssignment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl LegalHoldPolicyAssignmentBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LegalHoldPolicyAssignment => "legal_hold_policy_assignment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LegalHoldPolicyAssignmentBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "legal_hold_policy_assignment" => Self::LegalHoldPolicyAssignment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LegalHoldPolicyAssignmentBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LegalHoldPolicyAssignmentBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LegalHoldPolicyAssignmentBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Legal hold policy assignment (Base)
///
/// Legal Hold Assignments are used to assign Legal Hold
/// Policies to Users, Folders, Files, or File Versions.
///
/// Creating a Legal Hold Assignment puts a hold
/// on the File-Versions that belong to the Assignment's
/// 'apply-to' entity.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LegalHoldPolicyAssignmentBase {
    /// The unique identifier for this legal hold assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `legal_hold_policy_assignment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LegalHoldPolicyAssignmentBaseTypeField>,
}
