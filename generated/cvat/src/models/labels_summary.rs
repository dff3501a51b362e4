// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelsSummary`] and the types nested in it, from `#/components/schemas/LabelsSummary`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct LabelsSummary {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
