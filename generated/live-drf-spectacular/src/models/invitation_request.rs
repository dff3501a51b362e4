// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`InvitationRequest`] and the types nested in it, from `#/components/schemas/InvitationRequest`.

use crate::runtime::{self, serialize_struct};

/// The `InvitationRequest` schema, which the spec does not describe (`#/components/schemas/InvitationRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationRequest {
    /// The `organization` property, which the spec does not describe (`#/components/schemas/InvitationRequest/properties/organization`).
    pub organization: i64,
    /// The `role` property, which the spec does not describe (`#/components/schemas/InvitationRequest/properties/role`).
    pub role: super::RoleEnum,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub user: String,
}

serialize_struct!(
    runtime,
    InvitationRequest { organization: required("organization"), role: required("role"), user: required("user") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    InvitationRequest {
        organization: required::<i64>("organization"),
        role: required::<super::RoleEnum>("role"),
        user: required::<String>("user")
    }
);
