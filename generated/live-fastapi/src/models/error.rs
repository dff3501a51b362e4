// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Error2`] and the types nested in it, from `#/components/schemas/Error`.

use crate::runtime::{self, deserialize_struct};

/// Error
///
/// The body of every HTTPException this app raises (FastAPI's `{"detail": ...}`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Error2 {
    /// Detail
    pub detail: String,
}

deserialize_struct!(runtime, Error2 { detail: required::<String>("detail") });
