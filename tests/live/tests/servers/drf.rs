//! What the three DRF scenarios share: reading DRF's error bodies (the specs declare none, so
//! they come from the raw body) and the logo's content.

use std::collections::BTreeMap;

use live_tests::{ClientError, Failure, error_json};

/// `{"detail": "..."}` of a DRF error (401, 403, 404).
pub fn detail(error: &impl ClientError) -> Result<String, Failure> {
    let body: serde_json::Value = error_json(error)?;
    body.get("detail").and_then(|d| d.as_str()).map(str::to_owned).ok_or_else(|| Failure {
        status: error.status_code(),
        body: body.to_string(),
        message: "no `detail` in the error body".to_owned(),
    })
}

/// The messages of a DRF validation error (400, `{"field": ["message", ...]}`) for `field`.
pub fn field_errors(error: &impl ClientError, field: &str) -> Result<Vec<String>, Failure> {
    let body: BTreeMap<String, Vec<String>> = error_json(error)?;
    Ok(body.get(field).cloned().unwrap_or_default())
}

/// Content that is not all one byte, for the logo.
pub fn logo_bytes() -> Vec<u8> {
    (0..5000usize).map(|i| (i * 7 % 256) as u8).collect()
}
