// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedLimitRequest`] and the types nested in it, from `#/components/schemas/PatchedLimitRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedLimitRequest` schema, which the spec does not describe (`#/components/schemas/PatchedLimitRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedLimitRequest {
    /// The `user` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/user`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub user: Option<Option<i64>>,
    /// The `org` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/org`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub org: Option<Option<i64>>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/type`).
    pub r#type: Option<super::LimitTypeEnum>,
    /// The `limits` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/limits`).
    pub limits: Option<super::LimitsFieldRequest>,
}

serialize_struct!(
    runtime,
    PatchedLimitRequest {
        user: nullable("user"),
        org: nullable("org"),
        r#type: optional("type"),
        limits: optional("limits")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedLimitRequest {
        user: nullable::<Option<i64>>("user"),
        org: nullable::<Option<i64>>("org"),
        r#type: optional::<Option<super::LimitTypeEnum>>("type"),
        limits: optional::<Option<super::LimitsFieldRequest>>("limits")
    }
);
