// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`InvitationWriteRequest`] and the types nested in it, from `#/components/schemas/InvitationWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `InvitationWriteRequest` schema, which the spec does not describe (`#/components/schemas/InvitationWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/InvitationWriteRequest/properties/role`).
    pub role: super::RoleEnum,
    /// The `email` property, which the spec does not describe (`#/components/schemas/InvitationWriteRequest/properties/email`).
    pub email: String,
}

serialize_struct!(runtime, InvitationWriteRequest { role: required("role"), email: required("email") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    InvitationWriteRequest { role: required::<super::RoleEnum>("role"), email: required::<String>("email") }
);
