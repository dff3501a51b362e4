// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrier`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrier`.

use crate::runtime::{self, string_enum};

/// Shield information barrier
///
/// A standard representation of a
/// shield information barrier object.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrier {
    /// The unique identifier for the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierTypeField>,
    /// The `type` and `id` of enterprise this barrier is under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<super::EnterpriseBase>,
    /// Status of the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::ShieldInformationBarrierStatusField>,
    /// ISO date time string when this
    /// shield information barrier object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user who created this shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this shield information barrier was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user that updated this shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<super::UserBase>,
    /// ISO date time string when this shield information barrier was enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `enabled_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrier/properties/enabled_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_by: Option<super::UserBase>,
}

/// The type of the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierTypeField {
    /// `shield_information_barrier`
    ShieldInformationBarrier,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierTypeField,
    Unknown,
    ShieldInformationBarrier = "shield_information_barrier"
);

/// Status of the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierStatusField {
    /// `draft`
    Draft,
    /// `pending`
    Pending,
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// `invalid`
    Invalid,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierStatusField,
    Unknown,
    Draft = "draft",
    Pending = "pending",
    Disabled = "disabled",
    Enabled = "enabled",
    Invalid = "invalid"
);
