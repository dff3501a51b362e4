// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMember`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember`.

use crate::runtime::{self, string_enum};

/// Shield information barrier segment member
///
/// A standard representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierSegmentMember {
    /// The unique identifier for the
    /// shield information barrier segment member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<super::UserBase>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// The `type` and `id` of the requested
    /// shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier_segment:
        Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField>,
    /// ISO date time string when this shield
    /// information barrier object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment Member was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/updated_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<super::UserBase>,
}

/// The `type` and `id` of the requested
/// shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField {
    /// The ID reference of the requesting
    /// shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>,
}

/// The type of the shield information barrier segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);
