// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegment`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegment`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier segment
///
/// A shield information barrier segment object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegment {
    /// The unique identifier for the shield information barrier segment.
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    pub r#type: Option<super::ShieldInformationBarrierSegmentTypeField>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegment/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// Name of the shield information barrier segment.
    pub name: Option<String>,
    /// Description of the shield information barrier segment.
    pub description: Option<String>,
    /// ISO date time string when this shield information
    /// barrier object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegment/properties/created_by`).
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment was updated.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegment/properties/updated_by`).
    pub updated_by: Option<super::UserBase>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierSegment {
        id: optional("id"),
        r#type: optional("type"),
        shield_information_barrier: optional("shield_information_barrier"),
        name: optional("name"),
        description: optional("description"),
        created_at: optional("created_at"),
        created_by: optional("created_by"),
        updated_at: optional("updated_at"),
        updated_by: optional("updated_by")
    }
);

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
