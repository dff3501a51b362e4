// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! [`Tag`] and the types nested in it, from `#/x-generator-bundled/common/components/schemas/Tag`.

use crate::runtime::{self, string_enum};

/// The `Tag` schema, which the spec does not describe (`common.yaml#/components/schemas/Tag`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    /// `good`
    Good,
    /// `bad`
    Bad,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, Tag, Unknown, Good = "good", Bad = "bad");
