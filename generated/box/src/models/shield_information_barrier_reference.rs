// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReference`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReference`.

use crate::runtime::{self, deserialize_struct};

/// Shield information barrier reference
///
/// A shield information barrier reference for requests and responses.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ShieldInformationBarrierReference {
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReference/properties/shield_information_barrier`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
}

deserialize_struct!(
    runtime,
    ShieldInformationBarrierReference {
        shield_information_barrier: optional::<Option<super::ShieldInformationBarrierBase>>(
            "shield_information_barrier"
        )
    }
);
