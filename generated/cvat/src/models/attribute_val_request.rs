// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeValRequest`] and the types nested in it, from `#/components/schemas/AttributeValRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AttributeValRequest {
    pub spec_id: i64,
    pub value: String,
}
