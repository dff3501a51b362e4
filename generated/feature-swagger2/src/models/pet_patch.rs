// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPatch`] and the types nested in it, from `#/components/schemas/PetPatch`.

/// The `PetPatch` schema, which the spec does not describe (`#/definitions/PetPatch`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PetPatch {
    /// The `name` property, which the spec does not describe (`#/definitions/PetPatch/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `null` clears the date; leaving it out keeps it.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub born: Option<Option<chrono::NaiveDate>>,
}
