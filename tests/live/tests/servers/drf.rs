//! What the DRF scenarios share (drf-spectacular in both naming styles, drf-yasg): reading DRF's
//! error bodies (the specs declare none, so they come from the raw body) and the logos' content.

use std::collections::BTreeMap;
use std::path::PathBuf;

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

/// A second logo in a file of its own (for `FilePart::from_path`), and its content; the caller
/// removes the file.
pub fn logo_file(client: &str) -> Result<(PathBuf, Vec<u8>), Failure> {
    let content: Vec<u8> = (0..20_000usize).map(|i| (i * 13 % 253) as u8).collect();
    let name: String = client.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    let path = std::env::temp_dir().join(format!("live-tests-{}-{name}-logo.png", std::process::id()));
    std::fs::write(&path, &content).map_err(|e| Failure::new(format!("writing {}: {e}", path.display())))?;
    Ok((path, content))
}
