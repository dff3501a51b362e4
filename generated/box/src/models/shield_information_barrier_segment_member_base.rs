// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMemberBaseTypeField`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The type of the shield information barrier segment member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentMemberBaseTypeField {
    /// `shield_information_barrier_segment_member`
    ShieldInformationBarrierSegmentMember,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierSegmentMemberBaseTypeField,
    Unknown,
    ShieldInformationBarrierSegmentMember = "shield_information_barrier_segment_member"
);

/// Shield information barrier segment member (Base)
///
/// A base representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentMemberBase {
    /// The unique identifier for the
    /// shield information barrier segment member.
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
}

serialize_struct!(runtime, ShieldInformationBarrierSegmentMemberBase { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMemberBase {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>>("type")
    }
);
