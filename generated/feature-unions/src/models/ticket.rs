// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Ticket`] and the types nested in it, from `#/components/schemas/Ticket`.

/// The `Ticket` schema, which the spec does not describe (`#/components/schemas/Ticket`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Ticket {
    /// DRF writes a nullable enum as oneOf with NullEnum.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub status: Option<Option<super::Status>>,
}
