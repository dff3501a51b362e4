// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Invite`] and the types nested in it, from `#/components/schemas/Invite`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Invite
///
/// An invite for a user to an enterprise.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Invite {
    /// The unique identifier for this invite.
    pub id: String,
    /// The value will always be `invite`.
    pub r#type: super::InviteTypeField,
    /// Enterprise
    ///
    /// A representation of a Box enterprise.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub invited_to: Option<super::InviteInvitedToField>,
    /// The `actionable_by` property, which the spec does not describe (`#/components/schemas/Invite/properties/actionable_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub actionable_by: Option<super::UserMini>,
    /// The `invited_by` property, which the spec does not describe (`#/components/schemas/Invite/properties/invited_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub invited_by: Option<super::UserMini>,
    /// The status of the invite.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<String>,
    /// When the invite was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the invite was modified.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

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
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct InviteInvitedToField {
    /// The unique identifier for this enterprise.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::InviteInvitedToTypeField>,
    /// The name of the enterprise.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
}

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
