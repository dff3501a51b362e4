// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedMetaUserList`] and the types nested in it, from `#/components/schemas/PaginatedMetaUserList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedMetaUserList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::MetaUser>,
}
