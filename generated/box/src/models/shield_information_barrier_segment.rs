// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegment`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegment`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier segment
///
/// A shield information barrier segment object.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierSegment {
    /// The unique identifier for the shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::ShieldInformationBarrierSegmentTypeField>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegment/properties/shield_information_barrier`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// Name of the shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// Description of the shield information barrier segment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub description: Option<String>,
    /// ISO date time string when this shield information
    /// barrier object was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegment/properties/created_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment was updated.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegment/properties/updated_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_by: Option<super::UserBase>,
}

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentTypeField>>("type"),
        shield_information_barrier: optional::<Option<super::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        ),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        updated_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_at"),
        updated_by: optional::<Option<super::UserBase>>("updated_by")
    }
);

/// The type of the shield information barrier segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);
