// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestPrefillTag`] and the types nested in it, from `#/components/schemas/SignRequestPrefillTag`.

/// Sign request prefill tag
///
/// Prefill tags are used to prefill placeholders with signer input data. Only
/// one value field can be included.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignRequestPrefillTag {
    /// This references the ID of a specific tag contained in a file of the signature request.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub document_tag_id: Option<Option<String>>,
    /// Text prefill value.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub text_value: Option<Option<String>>,
    /// Checkbox prefill value.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub checkbox_value: Option<Option<bool>>,
    /// Date prefill value.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub date_value: Option<Option<chrono::NaiveDate>>,
}
