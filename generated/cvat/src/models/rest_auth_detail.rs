// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RestAuthDetail`] and the types nested in it, from `#/components/schemas/RestAuthDetail`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct RestAuthDetail {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
