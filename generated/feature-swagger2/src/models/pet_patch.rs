// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPatch`] and the types nested in it, from `#/components/schemas/PetPatch`.

use crate::runtime::{self, serialize_struct};

/// The `PetPatch` schema, which the spec does not describe (`#/definitions/PetPatch`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PetPatch {
    /// The `name` property, which the spec does not describe (`#/definitions/PetPatch/properties/name`).
    pub name: Option<String>,
    /// `null` clears the date; leaving it out keeps it.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub born: Option<Option<chrono::NaiveDate>>,
}

serialize_struct!(runtime, PetPatch { name: optional("name"), born: nullable("born") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PetPatch { name: optional::<Option<String>>("name"), born: nullable::<Option<chrono::NaiveDate>>("born") }
);
