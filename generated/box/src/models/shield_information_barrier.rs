// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrier`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrier`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier
///
/// A standard representation of a
/// shield information barrier object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrier {
    /// The unique identifier for the shield information barrier.
    pub id: Option<String>,
    /// The type of the shield information barrier.
    pub r#type: Option<super::ShieldInformationBarrierTypeField>,
    /// The `type` and `id` of enterprise this barrier is under.
    pub enterprise: Option<super::EnterpriseBase>,
    /// Status of the shield information barrier.
    pub status: Option<super::ShieldInformationBarrierStatusField>,
    /// ISO date time string when this
    /// shield information barrier object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user who created this shield information barrier.
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this shield information barrier was updated.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user that updated this shield information barrier.
    pub updated_by: Option<super::UserBase>,
    /// ISO date time string when this shield information barrier was enabled.
    pub enabled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `enabled_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrier/properties/enabled_by`).
    pub enabled_by: Option<super::UserBase>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrier {
        id: optional("id"),
        r#type: optional("type"),
        enterprise: optional("enterprise"),
        status: optional("status"),
        created_at: optional("created_at"),
        created_by: optional("created_by"),
        updated_at: optional("updated_at"),
        updated_by: optional("updated_by"),
        enabled_at: optional("enabled_at"),
        enabled_by: optional("enabled_by")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrier {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierTypeField>>("type"),
        enterprise: optional::<Option<super::EnterpriseBase>>("enterprise"),
        status: optional::<Option<super::ShieldInformationBarrierStatusField>>("status"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        updated_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_at"),
        updated_by: optional::<Option<super::UserBase>>("updated_by"),
        enabled_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("enabled_at"),
        enabled_by: optional::<Option<super::UserBase>>("enabled_by")
    }
);

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
