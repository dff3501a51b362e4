// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiOptionsRules`] and the types nested in it, from `#/components/schemas/AiOptionsRules`.

use crate::runtime::{self, serialize_struct};

/// AI Options Rules
///
/// An object for a `taxonomy` type template field containing configuration for taxonomy options. Required if using `taxonomy` type field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiOptionsRules {
    /// Indicates whether the field is a multi-select field.
    /// If true, the field can have multiple values.
    pub multi_select: Option<bool>,
    /// The selectable levels for the field.
    /// This is used to limit the levels of the taxonomy that can be selected.
    pub selectable_levels: Option<Vec<i64>>,
}

serialize_struct!(
    runtime,
    AiOptionsRules { multi_select: optional("multi_select"), selectable_levels: optional("selectable_levels") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiOptionsRules {
        multi_select: optional::<Option<bool>>("multi_select"),
        selectable_levels: optional::<Option<Vec<i64>>>("selectable_levels")
    }
);
