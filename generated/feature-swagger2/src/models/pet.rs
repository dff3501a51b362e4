// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The `Pet` schema, which the spec does not describe (`#/definitions/Pet`).
#[derive(Clone, Debug, PartialEq)]
pub struct Pet {
    /// The `id` property, which the spec does not describe (`#/definitions/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/definitions/Pet/properties/name`).
    pub name: String,
    /// The `kind` property, which the spec does not describe (`#/definitions/Pet/properties/kind`).
    pub kind: super::PetKind,
    /// Nullable (`x-nullable`) beside a `$ref`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub owner: Option<Option<super::Owner>>,
    /// The `born` property, which the spec does not describe (`#/definitions/Pet/properties/born`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub born: Option<Option<chrono::NaiveDate>>,
}

serialize_struct!(
    runtime,
    Pet {
        id: optional("id"),
        name: required("name"),
        kind: required("kind"),
        owner: nullable("owner"),
        born: nullable("born")
    }
);

deserialize_struct!(
    runtime,
    Pet {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        kind: required::<super::PetKind>("kind"),
        owner: nullable::<Option<super::Owner>>("owner"),
        born: nullable::<Option<chrono::NaiveDate>>("born")
    }
);

/// An inline schema, which the spec does not describe (`#/definitions/Pet/properties/kind`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetKind {
    /// `cat`
    Cat,
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, PetKind, Unknown, Cat = "cat", Dog = "dog");
