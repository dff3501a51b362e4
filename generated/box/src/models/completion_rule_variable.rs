// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CompletionRuleVariable`] and the types nested in it, from `#/components/schemas/CompletionRuleVariable`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Completion rule variable
///
/// A completion
/// rule object. Determines
/// if an action should be completed
/// by all or any assignees.
#[derive(Clone, Debug, PartialEq)]
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

serialize_struct!(
    runtime,
    CompletionRuleVariable {
        r#type: required("type"),
        variable_type: required("variable_type"),
        variable_value: required("variable_value")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CompletionRuleVariable {
        r#type: required::<super::CompletionRuleVariableTypeField>("type"),
        variable_type: required::<super::CompletionRuleVariableVariableTypeField>("variable_type"),
        variable_value: required::<super::CompletionRuleVariableVariableValueField>("variable_value")
    }
);

/// Completion
/// Rule object type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompletionRuleVariableTypeField {
    /// `variable`
    Variable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CompletionRuleVariableTypeField, Unknown, Variable = "variable");

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

string_enum!(runtime, CompletionRuleVariableVariableTypeField, Unknown, TaskCompletionRule = "task_completion_rule");

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

string_enum!(
    runtime,
    CompletionRuleVariableVariableValueField,
    Unknown,
    AllAssignees = "all_assignees",
    AnyAssignees = "any_assignees"
);
