// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Vaccination`] and the types nested in it, from `#/components/schemas/Pet/$defs/Vaccination`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Vaccination` schema, which the spec does not describe (`#/components/schemas/Pet/$defs/Vaccination`).
#[derive(Clone, Debug, PartialEq)]
pub struct Vaccination {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Pet/$defs/Vaccination/properties/name`).
    pub name: String,
    /// The `date` property, which the spec does not describe (`#/components/schemas/Pet/$defs/Vaccination/properties/date`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub date: Option<Option<chrono::NaiveDate>>,
}

serialize_struct!(runtime, Vaccination { name: required("name"), date: nullable("date") });

deserialize_struct!(
    runtime,
    Vaccination { name: required::<String>("name"), date: nullable::<Option<chrono::NaiveDate>>("date") }
);
