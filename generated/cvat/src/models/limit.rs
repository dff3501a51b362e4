// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Limit`] and the types nested in it, from `#/components/schemas/Limit`.

use crate::runtime::{self, deserialize_struct};

/// The `Limit` schema, which the spec does not describe (`#/components/schemas/Limit`).
#[derive(Clone, Debug, PartialEq)]
pub struct Limit {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Limit/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/Limit/properties/user`).
    pub user: Option<i64>,
    /// The `org` property, which the spec does not describe (`#/components/schemas/Limit/properties/org`).
    pub org: Option<i64>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/Limit/properties/type`).
    pub r#type: super::LimitTypeEnum,
    /// The `limits` property, which the spec does not describe (`#/components/schemas/Limit/properties/limits`).
    pub limits: super::LimitsField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Limit {
        id: optional("id"),
        user: optional("user"),
        org: optional("org"),
        r#type: required("type"),
        limits: required("limits")
    }
);

deserialize_struct!(
    runtime,
    Limit {
        id: optional::<Option<i64>>("id"),
        user: optional::<Option<i64>>("user"),
        org: optional::<Option<i64>>("org"),
        r#type: required::<super::LimitTypeEnum>("type"),
        limits: required::<super::LimitsField>("limits")
    }
);
