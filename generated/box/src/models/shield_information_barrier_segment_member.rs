// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMember`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier segment member
///
/// A standard representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierSegmentMember {
    /// The unique identifier for the
    /// shield information barrier segment member.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/user`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub user: Option<super::UserBase>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/shield_information_barrier`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// The `type` and `id` of the requested
    /// shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub shield_information_barrier_segment:
        Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField>,
    /// ISO date time string when this shield
    /// information barrier object was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/created_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment Member was updated.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/updated_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_by: Option<super::UserBase>,
}

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMember {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>>("type"),
        user: optional::<Option<super::UserBase>>("user"),
        shield_information_barrier: optional::<Option<super::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        ),
        shield_information_barrier_segment: optional::<
            Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField>,
        >("shield_information_barrier_segment"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        updated_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_at"),
        updated_by: optional::<Option<super::UserBase>>("updated_by")
    }
);

/// The `type` and `id` of the requested
/// shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField {
    /// The ID reference of the requesting
    /// shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>,
}

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>>(
            "type"
        )
    }
);

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
