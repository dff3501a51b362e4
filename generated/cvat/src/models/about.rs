// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`About`] and the types nested in it, from `#/components/schemas/About`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct About {
    pub name: String,
    pub description: String,
    pub version: String,
    pub logo_url: String,
    pub subtitle: String,
}
