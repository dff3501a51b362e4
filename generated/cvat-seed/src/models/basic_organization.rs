// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`BasicOrganization`] and the types nested in it, from `#/components/schemas/BasicOrganization`.

use crate::runtime::{self, deserialize_struct};

/// The `BasicOrganization` schema, which the spec does not describe (`#/components/schemas/BasicOrganization`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct BasicOrganization {
    /// The `id` property, which the spec does not describe (`#/components/schemas/BasicOrganization/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `slug` property, which the spec does not describe (`#/components/schemas/BasicOrganization/properties/slug`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub slug: Option<String>,
}

deserialize_struct!(
    runtime,
    BasicOrganization { id: optional::<Option<i64>>("id"), slug: optional::<Option<String>>("slug") }
);
