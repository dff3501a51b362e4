// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestriction`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestriction`.

use crate::runtime::{self, deserialize_struct};

/// Shield information barrier segment restriction
///
/// A standard representation of a
/// segment restriction of a shield information barrier
/// object.
#[derive(Clone, Debug, PartialEq)]
pub struct ShieldInformationBarrierSegmentRestriction {
    /// Shield information barrier segment restriction.
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>,
    /// The unique identifier for the
    /// shield information barrier segment restriction.
    pub id: Option<String>,
    /// The `type` and `id` of the
    /// requested shield information barrier segment.
    pub shield_information_barrier_segment:
        super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField,
    /// The `type` and `id` of the
    /// restricted shield information barrier segment.
    pub restricted_segment: super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentRestriction/allOf/1/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// ISO date time string when this
    /// shield information barrier
    /// Segment Restriction object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentRestriction/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment
    /// Restriction was updated.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentRestriction/allOf/1/properties/updated_by`).
    pub updated_by: Option<super::UserBase>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierSegmentRestriction {
        r#type: optional("type"),
        id: optional("id"),
        shield_information_barrier_segment: required("shield_information_barrier_segment"),
        restricted_segment: required("restricted_segment"),
        shield_information_barrier: optional("shield_information_barrier"),
        created_at: optional("created_at"),
        created_by: optional("created_by"),
        updated_at: optional("updated_at"),
        updated_by: optional("updated_by")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestriction {
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        shield_information_barrier_segment: required::<
            super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField,
        >("shield_information_barrier_segment"),
        restricted_segment: required::<super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField>(
            "restricted_segment"
        ),
        shield_information_barrier: optional::<Option<super::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        ),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        updated_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_at"),
        updated_by: optional::<Option<super::UserBase>>("updated_by")
    }
);
