// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestrictionBaseTypeField`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestriction--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Shield information barrier segment restriction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    /// `shield_information_barrier_segment_restriction`
    ShieldInformationBarrierSegmentRestriction,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionBaseTypeField,
    Unknown,
    ShieldInformationBarrierSegmentRestriction = "shield_information_barrier_segment_restriction"
);

/// Shield information barrier segment restriction (Base)
///
/// A base representation of
/// a segment restriction object for
/// the shield information barrier.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentRestrictionBase {
    /// Shield information barrier segment restriction.
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>,
    /// The unique identifier for the
    /// shield information barrier segment restriction.
    pub id: Option<String>,
}

serialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionBase { r#type: optional("type"), id: optional("id") }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictionBase {
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);
