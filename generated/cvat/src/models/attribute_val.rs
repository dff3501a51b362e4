// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeVal`] and the types nested in it, from `#/components/schemas/AttributeVal`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AttributeVal {
    pub spec_id: i64,
    pub value: String,
}
