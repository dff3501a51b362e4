// @generated from templates/runtime/src/params.rs by the generator; do not edit.
//! How parameter values become text on the wire: path segments (percent-encoded, one segment per
//! value), query pairs, header and cookie values.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamIn {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

/// A value that can stand in a path, query, header or cookie parameter.
pub trait ParamValue {
    /// The value as the text that goes on the wire, before any percent-encoding.
    fn to_param(&self) -> Cow<'_, str>;
}

impl ParamValue for str {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl ParamValue for String {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

macro_rules! display_param {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn to_param(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}

display_param!(bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, uuid::Uuid, chrono::NaiveDate);

impl ParamValue for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }
}

/// Generated string enums go on the wire as their value.
impl<E: super::codec::StringEnum> ParamValue for E {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

impl ParamValue for serde_json::Value {
    fn to_param(&self) -> Cow<'_, str> {
        match self {
            serde_json::Value::String(s) => Cow::Borrowed(s),
            other => Cow::Owned(other.to_string()),
        }
    }
}

/// Joins list items for `style: form, explode: false` (Box's `fields=id,name`) and
/// `style: simple`: comma-separated.
pub fn join_comma<T: ParamValue>(values: &[T]) -> String {
    let mut out = String::new();
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&value.to_param());
    }
    out
}

/// Everything but RFC 3986 unreserved characters is escaped, so a value can never leave its path
/// segment (`a/b` becomes `a%2Fb`).
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes one path parameter value. `.`, `..` and the empty string are refused: URL
/// parsers treat the first two as dot segments even when escaped, and an empty segment addresses
/// the collection instead of an item; either would send the request to another resource.
pub fn encode_path_segment(name: &str, value: &str) -> Result<String, String> {
    if value.is_empty() {
        return Err(format!("path parameter `{name}` may not be empty"));
    }
    if value == "." || value == ".." {
        return Err(format!("path parameter `{name}` may not be `{value}`"));
    }
    Ok(utf8_percent_encode(value, PATH_SEGMENT).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_values_stay_in_their_segment() {
        assert_eq!(encode_path_segment("id", "a/b").as_deref(), Ok("a%2Fb"));
        assert_eq!(encode_path_segment("id", "../admin").as_deref(), Ok("..%2Fadmin"));
        assert_eq!(encode_path_segment("id", "x y?z#").as_deref(), Ok("x%20y%3Fz%23"));
        assert_eq!(encode_path_segment("id", "é").as_deref(), Ok("%C3%A9"));
        assert!(encode_path_segment("id", "..").is_err());
        assert!(encode_path_segment("id", ".").is_err());
        assert!(encode_path_segment("id", "").is_err());
    }

    #[test]
    fn values_render_as_wire_text() {
        assert_eq!(join_comma(&["id".to_owned(), "name".to_owned()]), "id,name");
        assert_eq!(42_i64.to_param(), "42");
        assert_eq!(true.to_param(), "true");
        let date = chrono::DateTime::parse_from_rfc3339("2024-01-02T03:04:05Z").map(|d| d.to_utc());
        assert_eq!(date.map(|d| d.to_param().into_owned()).as_deref(), Ok("2024-01-02T03:04:05Z"));
    }
}
