// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Error2`] and the types nested in it, from `#/components/schemas/Error`.

use crate::runtime::{self, deserialize_struct};

/// Error
///
/// The body of every HTTPException this app raises (FastAPI's `{"detail": ...}`).
#[derive(Clone, Debug, PartialEq)]
pub struct Error2 {
    /// Detail
    pub detail: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Error2 { detail: required("detail") });

deserialize_struct!(runtime, Error2 { detail: required::<String>("detail") });
