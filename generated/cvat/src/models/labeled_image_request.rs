// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabeledImageRequest`] and the types nested in it, from `#/components/schemas/LabeledImageRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LabeledImageRequest {
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub id: Option<Option<i64>>,
    pub label_id: i64,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub group: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub frame: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
}
