// @generated from specs/features/enums.yaml by the generator; do not edit.
//! [`Video`] and the types nested in it, from `#/components/schemas/Video`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The `Video` schema, which the spec does not describe (`#/components/schemas/Video`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Video {
    /// Values that collide once cased, an empty value, and one named like the catch-all.
    pub direction: Option<super::VideoDirection>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Video { direction: optional("direction") });

deserialize_struct!(runtime, Video { direction: optional::<Option<super::VideoDirection>>("direction") });

/// Values that collide once cased, an empty value, and one named like the catch-all.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideoDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// `asc`
    Asc2,
    /// `desc`
    Desc2,
    /// ``
    Empty,
    /// `unknown`
    Unknown,
    /// `a-b`
    AB,
    /// `self`
    Self_,
    /// A value this version of the SDK does not know; kept as sent.
    UnknownValue(String),
}

string_enum!(
    runtime,
    VideoDirection,
    UnknownValue,
    Asc = "ASC",
    Desc = "DESC",
    Asc2 = "asc",
    Desc2 = "desc",
    Empty = "",
    Unknown = "unknown",
    AB = "a-b",
    Self_ = "self"
);
