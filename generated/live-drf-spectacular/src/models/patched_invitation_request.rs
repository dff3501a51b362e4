// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedInvitationRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedInvitationRequest` schema, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedInvitationRequest {
    /// The `organization` property, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest/properties/organization`).
    pub organization: Option<i64>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest/properties/role`).
    pub role: Option<super::RoleEnum>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub user: Option<String>,
}

serialize_struct!(
    runtime,
    PatchedInvitationRequest { organization: optional("organization"), role: optional("role"), user: optional("user") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedInvitationRequest {
        organization: optional::<Option<i64>>("organization"),
        role: optional::<Option<super::RoleEnum>>("role"),
        user: optional::<Option<String>>("user")
    }
);
