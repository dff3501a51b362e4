// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AcceptInvitationRead`] and the types nested in it, from `#/components/schemas/AcceptInvitationRead`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AcceptInvitationRead {
    pub organization_slug: String,
}
