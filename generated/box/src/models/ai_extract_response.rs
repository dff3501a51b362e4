// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractResponse`] and the types nested in it, from `#/components/schemas/AiExtractResponse`.

/// AI extract response
///
/// AI extract response.
/// The content of this response may vary depending on
/// the requested configuration.
pub type AiExtractResponse = std::collections::BTreeMap<String, serde_json::Value>;
