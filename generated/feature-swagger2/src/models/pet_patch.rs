// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`PetPatch`] and the types nested in it, from `#/components/schemas/PetPatch`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PetPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `null` clears the date; leaving it out keeps it.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub born: Option<Option<chrono::NaiveDate>>,
}
