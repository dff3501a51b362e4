// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestriction`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestriction`.

/// Shield information barrier segment restriction
///
/// A standard representation of a
/// segment restriction of a shield information barrier
/// object.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierSegmentRestriction {
    /// Shield information barrier segment restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>,
    /// The unique identifier for the
    /// shield information barrier segment restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `type` and `id` of the
    /// requested shield information barrier segment.
    pub shield_information_barrier_segment:
        super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField,
    /// The `type` and `id` of the
    /// restricted shield information barrier segment.
    pub restricted_segment: super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentRestriction/allOf/1/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
    /// ISO date time string when this
    /// shield information barrier
    /// Segment Restriction object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentRestriction/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier segment
    /// Restriction was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentRestriction/allOf/1/properties/updated_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<super::UserBase>,
}
