// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPatch`] and the types nested in it, from `#/components/schemas/PetPatch`.

/// The `PetPatch` schema, which the spec does not describe (`#/definitions/PetPatch`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PetPatch {
    /// The `name` property, which the spec does not describe (`#/definitions/PetPatch/properties/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `null` clears the date; leaving it out keeps it.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub born: Option<Option<chrono::NaiveDate>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PetPatch { name: optional::<Option<String>>("name"), born: nullable::<Option<chrono::NaiveDate>>("born") }
);
