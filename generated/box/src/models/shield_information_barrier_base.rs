// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierBase`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrier--Base`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Shield information barrier (Base)
///
/// A base representation of a
/// shield information barrier object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierBase {
    /// The unique identifier for the shield information barrier.
    pub id: Option<String>,
    /// The type of the shield information barrier.
    pub r#type: Option<super::ShieldInformationBarrierBaseTypeField>,
}

serialize_struct!(runtime, ShieldInformationBarrierBase { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    ShieldInformationBarrierBase {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierBaseTypeField>>("type")
    }
);

/// The type of the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierBaseTypeField {
    /// `shield_information_barrier`
    ShieldInformationBarrier,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierBaseTypeField,
    Unknown,
    ShieldInformationBarrier = "shield_information_barrier"
);
