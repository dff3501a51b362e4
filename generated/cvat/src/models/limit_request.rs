// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitRequest`] and the types nested in it, from `#/components/schemas/LimitRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LimitRequest` schema, which the spec does not describe (`#/components/schemas/LimitRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LimitRequest {
    /// The `user` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/user`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub user: Option<Option<i64>>,
    /// The `org` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/org`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub org: Option<Option<i64>>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/type`).
    pub r#type: super::LimitTypeEnum,
    /// The `limits` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/limits`).
    pub limits: super::LimitsFieldRequest,
}

serialize_struct!(
    runtime,
    LimitRequest { user: nullable("user"), org: nullable("org"), r#type: required("type"), limits: required("limits") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LimitRequest {
        user: nullable::<Option<i64>>("user"),
        org: nullable::<Option<i64>>("org"),
        r#type: required::<super::LimitTypeEnum>("type"),
        limits: required::<super::LimitsFieldRequest>("limits")
    }
);
