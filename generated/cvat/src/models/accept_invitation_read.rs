// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AcceptInvitationRead`] and the types nested in it, from `#/components/schemas/AcceptInvitationRead`.

use crate::runtime::{self, deserialize_struct};

/// The `AcceptInvitationRead` schema, which the spec does not describe (`#/components/schemas/AcceptInvitationRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct AcceptInvitationRead {
    /// The `organization_slug` property, which the spec does not describe (`#/components/schemas/AcceptInvitationRead/properties/organization_slug`).
    pub organization_slug: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AcceptInvitationRead { organization_slug: required("organization_slug") }
);

deserialize_struct!(runtime, AcceptInvitationRead { organization_slug: required::<String>("organization_slug") });
