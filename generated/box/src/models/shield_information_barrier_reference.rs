// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReference`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReference`.

/// Shield information barrier reference
///
/// A shield information barrier reference for requests and responses.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierReference {
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReference/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierBase>,
}
