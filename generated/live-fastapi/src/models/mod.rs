// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "other-models")]
mod adoption_event;

#[cfg(feature = "pets")]
mod body_adopt_pet;

#[cfg(feature = "pets")]
mod body_upload_photo;

#[cfg(any(feature = "other-models", feature = "pets"))]
mod cat_details;

#[cfg(any(feature = "other-models", feature = "pets"))]
mod dog_details;

#[cfg(any(feature = "owners", feature = "pets"))]
mod error;

#[cfg(feature = "health")]
mod health;

#[cfg(any(feature = "owners", feature = "pets"))]
mod http_validation_error;

#[cfg(any(feature = "other-models", feature = "owners"))]
mod owner;

#[cfg(feature = "owners")]
mod owner_create;

#[cfg(any(feature = "other-models", feature = "pets"))]
mod pet;

#[cfg(feature = "pets")]
mod pet_create;

#[cfg(feature = "pets")]
mod pet_page;

#[cfg(any(feature = "other-models", feature = "pets"))]
mod pet_status;

#[cfg(feature = "pets")]
mod pet_update;

#[cfg(feature = "pets")]
mod photo_info;

#[cfg(any(feature = "owners", feature = "pets"))]
mod validation_error;

#[cfg(feature = "other-models")]
pub use adoption_event::*;

#[cfg(feature = "pets")]
pub use body_adopt_pet::*;

#[cfg(feature = "pets")]
pub use body_upload_photo::*;

#[cfg(any(feature = "other-models", feature = "pets"))]
pub use cat_details::*;

#[cfg(any(feature = "other-models", feature = "pets"))]
pub use dog_details::*;

#[cfg(any(feature = "owners", feature = "pets"))]
pub use error::*;

#[cfg(feature = "health")]
pub use health::*;

#[cfg(any(feature = "owners", feature = "pets"))]
pub use http_validation_error::*;

#[cfg(any(feature = "other-models", feature = "owners"))]
pub use owner::*;

#[cfg(feature = "owners")]
pub use owner_create::*;

#[cfg(any(feature = "other-models", feature = "pets"))]
pub use pet::*;

#[cfg(feature = "pets")]
pub use pet_create::*;

#[cfg(feature = "pets")]
pub use pet_page::*;

#[cfg(any(feature = "other-models", feature = "pets"))]
pub use pet_status::*;

#[cfg(feature = "pets")]
pub use pet_update::*;

#[cfg(feature = "pets")]
pub use photo_info::*;

#[cfg(any(feature = "owners", feature = "pets"))]
pub use validation_error::*;
