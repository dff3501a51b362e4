// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPage`] and the types nested in it, from `#/components/schemas/PetPage`.

use crate::runtime::{Cursor, Page};

/// The `PetPage` schema, which the spec does not describe (`#/definitions/PetPage`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PetPage {
    /// The `count` property, which the spec does not describe (`#/definitions/PetPage/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/definitions/PetPage/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/definitions/PetPage/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/definitions/PetPage/properties/results`).
    pub results: Vec<super::Pet>,
}

impl Page for PetPage {
    type Item = super::Pet;

    fn into_page(self) -> (Vec<super::Pet>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
