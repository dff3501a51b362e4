// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMember`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier segment member
///
/// A standard representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentMember {
    /// The unique identifier for the
    /// shield information barrier segment member.
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/user`).
    pub user: Option<super::UserBase>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// The `type` and `id` of the requested
    /// shield information barrier segment.
    pub shield_information_barrier_segment:
        Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField>,
    /// ISO date time string when this shield
    /// information barrier object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment Member was updated.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember/allOf/1/properties/updated_by`).
    pub updated_by: Option<super::UserBase>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierSegmentMember {
        id: optional("id"),
        r#type: optional("type"),
        user: optional("user"),
        shield_information_barrier: optional("shield_information_barrier"),
        shield_information_barrier_segment: optional("shield_information_barrier_segment"),
        created_at: optional("created_at"),
        created_by: optional("created_by"),
        updated_at: optional("updated_at"),
        updated_by: optional("updated_by")
    }
);

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
pub struct ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField {
    /// The ID reference of the requesting
    /// shield information barrier segment.
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierSegmentMemberShieldInformationBarrierSegmentField {
        id: optional("id"),
        r#type: optional("type")
    }
);

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
