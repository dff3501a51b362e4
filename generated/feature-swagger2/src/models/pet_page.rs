// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPage`] and the types nested in it, from `#/components/schemas/PetPage`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PetPage {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::Pet>,
}

impl crate::runtime::Page for PetPage {
    type Item = super::Pet;

    fn into_page(self) -> (Vec<super::Pet>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}
