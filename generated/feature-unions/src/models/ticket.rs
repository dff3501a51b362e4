// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Ticket`] and the types nested in it, from `#/components/schemas/Ticket`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Ticket` schema, which the spec does not describe (`#/components/schemas/Ticket`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ticket {
    /// DRF writes a nullable enum as oneOf with NullEnum.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub status: Option<Option<super::Status>>,
}

serialize_struct!(runtime, Ticket { status: nullable("status") });

deserialize_struct!(runtime, Ticket { status: nullable::<Option<super::Status>>("status") });
