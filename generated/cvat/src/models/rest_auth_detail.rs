// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RestAuthDetail`] and the types nested in it, from `#/components/schemas/RestAuthDetail`.

use crate::runtime::{self, deserialize_struct};

/// The `RestAuthDetail` schema, which the spec does not describe (`#/components/schemas/RestAuthDetail`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestAuthDetail {
    /// The `detail` property, which the spec does not describe (`#/components/schemas/RestAuthDetail/properties/detail`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub detail: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, RestAuthDetail { detail: optional("detail") });

deserialize_struct!(runtime, RestAuthDetail { detail: optional::<Option<String>>("detail") });
