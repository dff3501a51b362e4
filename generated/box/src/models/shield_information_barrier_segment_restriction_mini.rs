// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestriction--Mini/allOf/1/properties/shield_information_barrier_segment`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The `type` and `id` of the
/// requested shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField {
    /// The ID reference of the
    /// requesting shield information barrier segment.
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField>,
}

serialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField {
        id: optional("id"),
        r#type: optional("type")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<
            Option<super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField>,
        >("type")
    }
);

/// The type of the shield information barrier segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);

/// The `type` and `id` of the
/// restricted shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField {
    /// The ID reference of the
    /// restricted shield information barrier segment.
    pub id: Option<String>,
    /// The type of the shield information segment.
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField>,
}

serialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField {
        id: optional("id"),
        r#type: optional("type")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField>>(
            "type"
        )
    }
);

/// The type of the shield information segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField,
    Unknown,
    ShieldInformationBarrierSegment = "shield_information_barrier_segment"
);

/// Shield information barrier segment restriction (Mini)
///
/// A mini representation of
/// a segment restriction object for
/// the shield information barrier.
#[derive(Clone, Debug, PartialEq)]
pub struct ShieldInformationBarrierSegmentRestrictionMini {
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
}

serialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMini {
        r#type: optional("type"),
        id: optional("id"),
        shield_information_barrier_segment: required("shield_information_barrier_segment"),
        restricted_segment: required("restricted_segment")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionMini {
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        shield_information_barrier_segment: required::<
            super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField,
        >("shield_information_barrier_segment"),
        restricted_segment: required::<super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField>(
            "restricted_segment"
        )
    }
);
