// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Invite`] and the types nested in it, from `#/components/schemas/Invite`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Invite
///
/// An invite for a user to an enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct Invite {
    /// The unique identifier for this invite.
    pub id: String,
    /// The value will always be `invite`.
    pub r#type: super::InviteTypeField,
    /// Enterprise
    ///
    /// A representation of a Box enterprise.
    pub invited_to: Option<super::InviteInvitedToField>,
    /// The `actionable_by` property, which the spec does not describe (`#/components/schemas/Invite/properties/actionable_by`).
    pub actionable_by: Option<super::UserMini>,
    /// The `invited_by` property, which the spec does not describe (`#/components/schemas/Invite/properties/invited_by`).
    pub invited_by: Option<super::UserMini>,
    /// The status of the invite.
    pub status: Option<String>,
    /// When the invite was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the invite was modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Invite {
        id: required("id"),
        r#type: required("type"),
        invited_to: optional("invited_to"),
        actionable_by: optional("actionable_by"),
        invited_by: optional("invited_by"),
        status: optional("status"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    Invite {
        id: required::<String>("id"),
        r#type: required::<super::InviteTypeField>("type"),
        invited_to: optional::<Option<super::InviteInvitedToField>>("invited_to"),
        actionable_by: optional::<Option<super::UserMini>>("actionable_by"),
        invited_by: optional::<Option<super::UserMini>>("invited_by"),
        status: optional::<Option<String>>("status"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

/// The value will always be `invite`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InviteTypeField {
    /// `invite`
    Invite,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, InviteTypeField, Unknown, Invite = "invite");

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InviteInvitedToField {
    /// The unique identifier for this enterprise.
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    pub r#type: Option<super::InviteInvitedToTypeField>,
    /// The name of the enterprise.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    InviteInvitedToField { id: optional("id"), r#type: optional("type"), name: optional("name") }
);

deserialize_struct!(
    runtime,
    InviteInvitedToField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::InviteInvitedToTypeField>>("type"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InviteInvitedToTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, InviteInvitedToTypeField, Unknown, Enterprise = "enterprise");
