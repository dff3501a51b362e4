// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod adoption_event;
mod body_adopt_pet;
mod body_upload_photo;
mod cat_details;
mod dog_details;
mod error;
mod health;
mod http_validation_error;
mod owner;
mod owner_create;
mod pet;
mod pet_create;
mod pet_page;
mod pet_status;
mod pet_update;
mod photo_info;
mod validation_error;
pub use adoption_event::*;
pub use body_adopt_pet::*;
pub use body_upload_photo::*;
pub use cat_details::*;
pub use dog_details::*;
pub use error::*;
pub use health::*;
pub use http_validation_error::*;
pub use owner::*;
pub use owner_create::*;
pub use pet::*;
pub use pet_create::*;
pub use pet_page::*;
pub use pet_status::*;
pub use pet_update::*;
pub use photo_info::*;
pub use validation_error::*;
