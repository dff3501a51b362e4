// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReference`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReference`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Shield information barrier reference
///
/// A shield information barrier reference for requests and responses.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierReference {
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReference/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
}

serialize_struct!(
    runtime,
    ShieldInformationBarrierReference { shield_information_barrier: optional("shield_information_barrier") }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierReference {
        shield_information_barrier: optional::<Option<super::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        )
    }
);
