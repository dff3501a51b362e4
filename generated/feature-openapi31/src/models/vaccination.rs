// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Vaccination`] and the types nested in it, from `#/components/schemas/Pet/$defs/Vaccination`.

use crate::runtime::{self, deserialize_struct};

/// The `Vaccination` schema, which the spec does not describe (`#/components/schemas/Pet/$defs/Vaccination`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Vaccination {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Pet/$defs/Vaccination/properties/name`).
    pub name: String,
    /// The `date` property, which the spec does not describe (`#/components/schemas/Pet/$defs/Vaccination/properties/date`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub date: Option<Option<chrono::NaiveDate>>,
}

deserialize_struct!(
    runtime,
    Vaccination { name: required::<String>("name"), date: nullable::<Option<chrono::NaiveDate>>("date") }
);
