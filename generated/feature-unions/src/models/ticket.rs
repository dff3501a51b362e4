// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Ticket`] and the types nested in it, from `#/components/schemas/Ticket`.

use crate::runtime::{self, deserialize_struct};

/// The `Ticket` schema, which the spec does not describe (`#/components/schemas/Ticket`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Ticket {
    /// DRF writes a nullable enum as oneOf with NullEnum.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub status: Option<Option<super::Status>>,
}

deserialize_struct!(runtime, Ticket { status: nullable::<Option<super::Status>>("status") });
