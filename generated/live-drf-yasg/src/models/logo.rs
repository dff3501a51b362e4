// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Logo`] and the types nested in it, from `#/components/schemas/Logo`.

use crate::runtime::{self, deserialize_struct};

/// The `Logo` schema, which the spec does not describe (`#/definitions/Logo`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Logo {
    /// Filename
    ///
    /// Read-only: set by the server, ignored when sent.
    pub filename: Option<String>,
    /// Caption
    ///
    /// Read-only: set by the server, ignored when sent.
    pub caption: Option<String>,
    /// Size
    ///
    /// Read-only: set by the server, ignored when sent.
    pub size: Option<i64>,
    /// Uploaded date
    ///
    /// Read-only: set by the server, ignored when sent.
    pub uploaded_date: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Logo {
        filename: optional("filename"),
        caption: optional("caption"),
        size: optional("size"),
        uploaded_date: optional("uploaded_date")
    }
);

deserialize_struct!(
    runtime,
    Logo {
        filename: optional::<Option<String>>("filename"),
        caption: optional::<Option<String>>("caption"),
        size: optional::<Option<i64>>("size"),
        uploaded_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("uploaded_date")
    }
);
