// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPage`] and the types nested in it, from `#/components/schemas/PetPage`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PetPage` schema, which the spec does not describe (`#/definitions/PetPage`).
#[derive(Clone, Debug, PartialEq)]
pub struct PetPage {
    /// The `count` property, which the spec does not describe (`#/definitions/PetPage/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/definitions/PetPage/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/definitions/PetPage/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/definitions/PetPage/properties/results`).
    pub results: Vec<super::Pet>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PetPage {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

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
