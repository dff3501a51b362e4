//! Media types: what a `Content-Type` says about how a body is written. Shared by `load` (which
//! places Swagger 2.0 bodies under their media types) and `ir::lower` (which picks encodings).

/// The media type without parameters, lower-cased: `application/json; charset=utf-8` is
/// `application/json`.
pub fn essence(media_type: &str) -> String {
    media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

/// Whether a media type carries JSON (`application/json`, `application/vnd.cvat+json`,
/// `application/json-patch+json`).
pub fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json") || essence.ends_with("/json")
}

/// `application/x-www-form-urlencoded`.
pub fn is_url_encoded_form(media_type: &str) -> bool {
    essence(media_type) == "application/x-www-form-urlencoded"
}

/// `multipart/form-data` and the other `multipart/*` types.
pub fn is_multipart(media_type: &str) -> bool {
    essence(media_type).starts_with("multipart/")
}

/// Whether content of this media type is text (JSON, XML, `text/*`) rather than bytes.
pub fn is_text(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence.starts_with("text/") || is_json(&essence) || essence.ends_with("xml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_media_types() {
        let table = [
            // (media type, json, form, multipart, text)
            ("application/json", true, false, false, true),
            ("application/vnd.cvat+json; charset=utf-8", true, false, false, true),
            ("application/json-patch+json", true, false, false, true),
            ("Application/X-WWW-Form-Urlencoded", false, true, false, false),
            ("multipart/form-data; boundary=x", false, false, true, false),
            ("text/plain", false, false, false, true),
            ("application/xml", false, false, false, true),
            ("application/octet-stream", false, false, false, false),
            ("image/png", false, false, false, false),
        ];
        for (media, json, form, multipart, text) in table {
            assert_eq!(
                (is_json(media), is_url_encoded_form(media), is_multipart(media), is_text(media)),
                (json, form, multipart, text),
                "{media}"
            );
        }
    }
}
