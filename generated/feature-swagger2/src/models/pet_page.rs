// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPage`] and the types nested in it, from `#/components/schemas/PetPage`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PetPage` schema, which the spec does not describe (`#/definitions/PetPage`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PetPage {
    /// The `count` property, which the spec does not describe (`#/definitions/PetPage/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/definitions/PetPage/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/definitions/PetPage/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/definitions/PetPage/properties/results`).
    pub results: Vec<super::Pet>,
}

deserialize_struct!(
    runtime,
    PetPage {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Pet>>("results")
    }
);

impl Page for PetPage {
    type Item = super::Pet;

    fn into_page(self) -> (Vec<super::Pet>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
