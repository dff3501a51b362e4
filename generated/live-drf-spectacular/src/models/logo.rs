// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Logo`] and the types nested in it, from `#/components/schemas/Logo`.

use crate::runtime::{self, deserialize_struct};

/// The `Logo` schema, which the spec does not describe (`#/components/schemas/Logo`).
#[derive(Clone, Debug, PartialEq)]
pub struct Logo {
    /// The `filename` property, which the spec does not describe (`#/components/schemas/Logo/properties/filename`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub filename: String,
    /// The `caption` property, which the spec does not describe (`#/components/schemas/Logo/properties/caption`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub caption: String,
    /// The `size` property, which the spec does not describe (`#/components/schemas/Logo/properties/size`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub size: i64,
    /// The `uploaded_date` property, which the spec does not describe (`#/components/schemas/Logo/properties/uploaded_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub uploaded_date: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Logo {
        filename: required("filename"),
        caption: required("caption"),
        size: required("size"),
        uploaded_date: required("uploaded_date")
    }
);

deserialize_struct!(
    runtime,
    Logo {
        filename: required::<String>("filename"),
        caption: required::<String>("caption"),
        size: required::<i64>("size"),
        uploaded_date: required::<chrono::DateTime<chrono::Utc>>("uploaded_date")
    }
);
