// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Chapter`] and the types nested in it, from `#/components/schemas/Chapter`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Chapter {
    pub id: i64,
    pub start: i64,
    pub stop: i64,
    pub metadata: super::ChapterMetadata,
}
