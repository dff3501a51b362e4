// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CompletionRuleVariable`] and the types nested in it, from `#/components/schemas/CompletionRuleVariable`.

/// Completion rule variable
///
/// A completion
/// rule object. Determines
/// if an action should be completed
/// by all or any assignees.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CompletionRuleVariable {
    /// Completion
    /// Rule object type.
    pub r#type: super::CompletionRuleVariableTypeField,
    /// Variable type
    /// for the Completion
    /// Rule object.
    pub variable_type: super::CompletionRuleVariableVariableTypeField,
    /// Variable
    /// values for a completion
    /// rule.
    pub variable_value: super::CompletionRuleVariableVariableValueField,
}

/// Completion
/// Rule object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompletionRuleVariableTypeField {
    /// `variable`
    Variable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CompletionRuleVariableTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Variable => "variable",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CompletionRuleVariableTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "variable" => Self::Variable,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CompletionRuleVariableTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CompletionRuleVariableTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CompletionRuleVariableTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Variable type
/// for the Completion
/// Rule object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompletionRuleVariableVariableTypeField {
    /// `task_completion_rule`
    TaskCompletionRule,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CompletionRuleVariableVariableTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskCompletionRule => "task_completion_rule",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CompletionRuleVariableVariableTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "task_completion_rule" => Self::TaskCompletionRule,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CompletionRuleVariableVariableTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CompletionRuleVariableVariableTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CompletionRuleVariableVariableTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Variable
/// values for a completion
/// rule.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompletionRuleVariableVariableValueField {
    /// `all_assignees`
    AllAssignees,
    /// `any_assignees`
    AnyAssignees,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CompletionRuleVariableVariableValueField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAssignees => "all_assignees",
            Self::AnyAssignees => "any_assignees",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CompletionRuleVariableVariableValueField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "all_assignees" => Self::AllAssignees,
            "any_assignees" => Self::AnyAssignees,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CompletionRuleVariableVariableValueField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CompletionRuleVariableVariableValueField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CompletionRuleVariableVariableValueField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
