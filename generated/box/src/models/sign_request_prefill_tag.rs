// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestPrefillTag`] and the types nested in it, from `#/components/schemas/SignRequestPrefillTag`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Sign request prefill tag
///
/// Prefill tags are used to prefill placeholders with signer input data. Only
/// one value field can be included.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestPrefillTag {
    /// This references the ID of a specific tag contained in a file of the signature request.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub document_tag_id: Option<Option<String>>,
    /// Text prefill value.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub text_value: Option<Option<String>>,
    /// Checkbox prefill value.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub checkbox_value: Option<Option<bool>>,
    /// Date prefill value.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub date_value: Option<Option<chrono::NaiveDate>>,
}

serialize_struct!(
    runtime,
    SignRequestPrefillTag {
        document_tag_id: nullable("document_tag_id"),
        text_value: nullable("text_value"),
        checkbox_value: nullable("checkbox_value"),
        date_value: nullable("date_value")
    }
);

deserialize_struct!(
    runtime,
    SignRequestPrefillTag {
        document_tag_id: nullable::<Option<String>>("document_tag_id"),
        text_value: nullable::<Option<String>>("text_value"),
        checkbox_value: nullable::<Option<bool>>("checkbox_value"),
        date_value: nullable::<Option<chrono::NaiveDate>>("date_value")
    }
);
