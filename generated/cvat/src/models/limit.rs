// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Limit`] and the types nested in it, from `#/components/schemas/Limit`.

use crate::runtime::{self, deserialize_struct};

/// The `Limit` schema, which the spec does not describe (`#/components/schemas/Limit`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Limit {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Limit/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/Limit/properties/user`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub user: Option<i64>,
    /// The `org` property, which the spec does not describe (`#/components/schemas/Limit/properties/org`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub org: Option<i64>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/Limit/properties/type`).
    pub r#type: super::LimitTypeEnum,
    /// The `limits` property, which the spec does not describe (`#/components/schemas/Limit/properties/limits`).
    pub limits: super::LimitsField,
}

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
