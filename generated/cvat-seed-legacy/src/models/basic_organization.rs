// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`BasicOrganization`] and the types nested in it, from `#/components/schemas/BasicOrganization`.

use crate::runtime::{self, deserialize_struct};

/// The `BasicOrganization` schema, which the spec does not describe (`#/components/schemas/BasicOrganization`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BasicOrganization {
    /// The `id` property, which the spec does not describe (`#/components/schemas/BasicOrganization/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `slug` property, which the spec does not describe (`#/components/schemas/BasicOrganization/properties/slug`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub slug: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, BasicOrganization { id: optional("id"), slug: optional("slug") });

deserialize_struct!(
    runtime,
    BasicOrganization { id: optional::<Option<i64>>("id"), slug: optional::<Option<String>>("slug") }
);
