// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Vaccination`] and the types nested in it, from `#/components/schemas/Pet/$defs/Vaccination`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Vaccination {
    pub name: String,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub date: Option<Option<chrono::NaiveDate>>,
}
