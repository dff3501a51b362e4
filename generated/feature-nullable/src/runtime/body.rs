// @generated from templates/runtime/src/body.rs by the generator; do not edit.
//! Request bodies: how a typed value becomes JSON, `application/x-www-form-urlencoded` or
//! `multipart/form-data`, and [`FilePart`], the one type for file content (multipart file parts and
//! `application/octet-stream` bodies) from bytes, a path or a stream.
//!
//! A body value is serialised once, when it is given to the call: to JSON, with every
//! [`FilePart`] it holds set aside and a placeholder left in its place. The encoding the caller
//! picks is applied when the request is built, so `.multipart()` can come after the body.

use std::cell::RefCell;
use std::fmt;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use futures_core::Stream;

use super::error::Error;

/// A stream of byte chunks, boxed: a streamed request body or a streamed download.
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send + 'static>>;

/// Any error a user's stream may yield.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// How a request body is encoded on the wire; an operation declares which it accepts, and its
/// builder offers the others as setters (`.form()`, `.multipart()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyEncoding {
    /// JSON, with the operation's JSON media type (vendor types such as `application/vnd.cvat+json` too).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// The bytes of a [`FilePart`] as they are (`application/octet-stream` and other binary types).
    Binary,
}

/// File content for a multipart file part or a binary request body: bytes in memory, a file read
/// (streamed) when the request is sent, or a stream of your own. A file name and a content type
/// travel with it in a multipart part.
///
/// `FilePart::from_bytes(csv).file_name("users.csv").content_type("text/csv")`, or
/// `FilePart::from_path("video.mp4")` (file name `video.mp4`, read when the request is sent).
#[derive(Clone)]
pub struct FilePart {
    source: Source,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    Path(PathBuf),
    /// Taken when first sent: a streamed part cannot be sent twice (nor retried).
    Stream(Arc<Mutex<Option<ByteStream>>>),
}

impl FilePart {
    /// Content held in memory.
    pub fn from_bytes(bytes: impl Into<Bytes>) -> Self {
        FilePart { source: Source::Bytes(bytes.into()), file_name: None, content_type: None }
    }

    /// The content of a file, opened and streamed when the request is sent; the file name defaults
    /// to the path's last component.
    pub fn from_path(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        FilePart { source: Source::Path(path), file_name, content_type: None }
    }

    /// Content from a stream of chunks, sent as it arrives, never buffered whole. A streamed
    /// part can be sent once: calls that carry it are not retried.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError>,
    {
        let stream: ByteStream = Box::pin(MapErr(Box::pin(stream)));
        FilePart { source: Source::Stream(Arc::new(Mutex::new(Some(stream)))), file_name: None, content_type: None }
    }

    /// The file name sent with a multipart part.
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// The content type of the part (default `application/octet-stream`).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// Whether the content can be sent again (bytes and paths can, streams cannot).
    pub fn replayable(&self) -> bool {
        !matches!(self.source, Source::Stream(_))
    }

    /// The content as a request body, with its length when known. A file is opened here, in
    /// place (one system call, as is asking its length), and read in the background as the
    /// request is sent.
    pub(super) fn request_body(&self) -> Result<(reqwest::Body, Option<u64>), Error> {
        match &self.source {
            Source::Bytes(bytes) => Ok((reqwest::Body::from(bytes.clone()), Some(bytes.len() as u64))),
            Source::Path(path) => {
                let file = std::fs::File::open(path)
                    .map_err(|e| Error::InvalidRequest(format!("cannot open `{}`: {e}", path.display())))?;
                let length = file.metadata().ok().map(|m| m.len());
                Ok((reqwest::Body::from(tokio::fs::File::from_std(file)), length))
            }
            Source::Stream(slot) => {
                let stream = slot.lock().unwrap_or_else(PoisonError::into_inner).take().ok_or_else(|| {
                    Error::InvalidRequest("a streamed file part was already sent; a stream can be sent once".into())
                })?;
                Ok((reqwest::Body::wrap_stream(stream), None))
            }
        }
    }

    fn multipart_part(&self) -> Result<reqwest::multipart::Part, Error> {
        let (body, length) = self.request_body()?;
        let mut part = match length {
            Some(length) => reqwest::multipart::Part::stream_with_length(body, length),
            None => reqwest::multipart::Part::stream(body),
        };
        if let Some(name) = &self.file_name {
            part = part.file_name(name.clone());
        }
        let content_type = self.content_type.as_deref().unwrap_or("application/octet-stream");
        part.mime_str(content_type)
            .map_err(|_| Error::InvalidRequest(format!("`{content_type}` is not a valid content type")))
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("FilePart");
        match &self.source {
            Source::Bytes(bytes) => d.field("bytes", &bytes.len()),
            Source::Path(path) => d.field("path", path),
            Source::Stream(_) => d.field("stream", &".."),
        };
        d.field("file_name", &self.file_name).field("content_type", &self.content_type).finish()
    }
}

impl PartialEq for FilePart {
    fn eq(&self, other: &Self) -> bool {
        let same_source = match (&self.source, &other.source) {
            (Source::Bytes(a), Source::Bytes(b)) => a == b,
            (Source::Path(a), Source::Path(b)) => a == b,
            (Source::Stream(a), Source::Stream(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        same_source && self.file_name == other.file_name && self.content_type == other.content_type
    }
}

/// Adapts a user's stream (pinned in a box, so `Unpin`) to [`ByteStream`]'s error type.
struct MapErr<S>(Pin<Box<S>>);

impl<S, E> Stream for MapErr<S>
where
    S: Stream<Item = Result<Bytes, E>>,
    E: Into<BoxError>,
{
    type Item = Result<Bytes, BoxError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Self::Item>> {
        self.get_mut().0.as_mut().poll_next(cx).map(|item| item.map(|r| r.map_err(Into::into)))
    }
}

thread_local! {
    /// The files met while a body is being serialised by [`PendingBody::new`]; `None` otherwise.
    static COLLECTING: RefCell<Option<Vec<FilePart>>> = const { RefCell::new(None) };
}

/// What a [`FilePart`] serialises to inside a body: this prefix and its index among the files.
const PLACEHOLDER: &str = "\u{0}sdk-file-part:";

impl serde::Serialize for FilePart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let index = COLLECTING.with(|slot| {
            slot.borrow_mut().as_mut().map(|files| {
                files.push(self.clone());
                files.len() - 1
            })
        });
        match index {
            Some(index) => serializer.serialize_str(&format!("{PLACEHOLDER}{index}")),
            None => Err(serde::ser::Error::custom(
                "file content can only be sent in a multipart/form-data or binary body, not as JSON",
            )),
        }
    }
}

/// A binary string in a response (rare in JSON) arrives as its text's bytes.
impl<'de> serde::Deserialize<'de> for FilePart {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(FilePart::from_bytes(text))
    }
}

/// A body given to a call, before its encoding is applied.
#[derive(Clone, Debug)]
pub(super) enum PendingBody {
    /// A typed value as JSON, its files replaced by placeholders and kept aside in order.
    Value { json: Bytes, files: Vec<FilePart> },
    /// Raw content.
    File(FilePart),
}

/// A body ready for the request builder.
pub(super) enum Prepared {
    Body { content_type: String, body: reqwest::Body },
    Multipart(reqwest::multipart::Form),
}

impl PendingBody {
    /// Serialises `value`, setting its files aside.
    pub(super) fn new<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self, Error> {
        COLLECTING.with(|slot| *slot.borrow_mut() = Some(Vec::new()));
        let json = serde_json::to_vec(value);
        let files = COLLECTING.with(|slot| slot.borrow_mut().take()).unwrap_or_default();
        match json {
            Ok(json) => Ok(PendingBody::Value { json: Bytes::from(json), files }),
            Err(e) => Err(Error::InvalidRequest(format!("the request body does not serialise: {e}"))),
        }
    }

    /// Whether the body holds file content (which JSON cannot carry).
    pub(super) fn has_files(&self) -> bool {
        match self {
            PendingBody::Value { files, .. } => !files.is_empty(),
            PendingBody::File(_) => true,
        }
    }

    /// Whether the body can be sent again, for a retry.
    pub(super) fn replayable(&self) -> bool {
        match self {
            PendingBody::Value { files, .. } => files.iter().all(FilePart::replayable),
            PendingBody::File(file) => file.replayable(),
        }
    }

    /// The body in `encoding`, with `media_type` as its content type (multipart sets its own).
    pub(super) fn prepare(&self, encoding: BodyEncoding, media_type: &str) -> Result<Prepared, Error> {
        let (json, files) = match self {
            PendingBody::File(file) => {
                let (body, _) = file.request_body()?;
                // The declared media type wins; the part's own type fills a range such as `image/*`.
                let content_type = match &file.content_type {
                    Some(own) if media_type.contains('*') => own.clone(),
                    _ if media_type.contains('*') => "application/octet-stream".to_owned(),
                    _ => media_type.to_owned(),
                };
                return Ok(Prepared::Body { content_type, body });
            }
            PendingBody::Value { json, files } => (json, files),
        };
        match encoding {
            BodyEncoding::Json if files.is_empty() => {
                Ok(Prepared::Body { content_type: media_type.to_owned(), body: reqwest::Body::from(json.clone()) })
            }
            BodyEncoding::Json => Err(Error::InvalidRequest(
                "the body holds file content, which JSON cannot carry; send it as multipart".into(),
            )),
            BodyEncoding::Binary => {
                Err(Error::InvalidRequest("a binary body takes file content, not a structured value".into()))
            }
            BodyEncoding::Form => {
                if !files.is_empty() {
                    return Err(Error::InvalidRequest("a form body cannot carry file content".into()));
                }
                let mut form = url::form_urlencoded::Serializer::new(String::new());
                for (name, value) in top_level(json)? {
                    for text in form_values(&value) {
                        form.append_pair(&name, &text);
                    }
                }
                Ok(Prepared::Body { content_type: media_type.to_owned(), body: reqwest::Body::from(form.finish()) })
            }
            BodyEncoding::Multipart => {
                let mut form = reqwest::multipart::Form::new();
                for (name, value) in top_level(json)? {
                    let items = match value {
                        serde_json::Value::Array(items) => items,
                        other => vec![other],
                    };
                    for item in items {
                        let part = match item {
                            serde_json::Value::Null => continue,
                            serde_json::Value::String(text) => match file_index(&text).and_then(|i| files.get(i)) {
                                Some(file) => file.multipart_part()?,
                                None => reqwest::multipart::Part::text(text),
                            },
                            value @ (serde_json::Value::Object(_) | serde_json::Value::Array(_)) => {
                                reqwest::multipart::Part::text(value.to_string())
                                    .mime_str("application/json")
                                    .map_err(|e| Error::InvalidRequest(e.to_string()))?
                            }
                            other => reqwest::multipart::Part::text(other.to_string()),
                        };
                        form = form.part(name.clone(), part);
                    }
                }
                Ok(Prepared::Multipart(form))
            }
        }
    }
}

/// The index of a file placeholder.
fn file_index(text: &str) -> Option<usize> {
    text.strip_prefix(PLACEHOLDER)?.parse().ok()
}

/// The texts a form field sends: a list repeats the name, an object goes as JSON text.
fn form_values(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::Null => Vec::new(),
        serde_json::Value::String(text) => vec![text.clone()],
        serde_json::Value::Array(items) => items.iter().flat_map(form_values).collect(),
        other => vec![other.to_string()],
    }
}

/// The top-level properties of a JSON object, in the order they were written (the order of the
/// struct's fields, which multipart APIs such as Box's upload may depend on).
fn top_level(json: &[u8]) -> Result<Vec<(String, serde_json::Value)>, Error> {
    struct Ordered(Vec<(String, serde_json::Value)>);

    impl<'de> serde::Deserialize<'de> for Ordered {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Ordered;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }

                fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                    let mut entries = Vec::new();
                    while let Some(entry) = map.next_entry()? {
                        entries.push(entry);
                    }
                    Ok(Ordered(entries))
                }
            }
            deserializer.deserialize_map(Visitor)
        }
    }

    serde_json::from_slice::<Ordered>(json)
        .map(|o| o.0)
        .map_err(|_| Error::InvalidRequest("a form or multipart body must be an object with named fields".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Upload {
        name: String,
        tags: Vec<String>,
        file: FilePart,
        meta: Option<serde_json::Value>,
    }

    #[test]
    fn files_are_set_aside_in_order() {
        let upload = Upload {
            name: "a".into(),
            tags: vec!["x".into()],
            file: FilePart::from_bytes("hi").file_name("a.txt"),
            meta: None,
        };
        let body = PendingBody::new(&upload).unwrap();
        let PendingBody::Value { json, files } = &body else { panic!("not a value") };
        assert_eq!(files.len(), 1);
        let fields: Vec<String> = top_level(json).unwrap().into_iter().map(|(n, _)| n).collect();
        assert_eq!(fields, ["name", "tags", "file", "meta"]);
        assert!(body.has_files() && body.replayable());
    }

    #[test]
    fn a_file_outside_a_collecting_body_is_an_error() {
        assert!(serde_json::to_string(&FilePart::from_bytes("x")).is_err());
    }

    #[test]
    fn form_values_repeat_lists_and_skip_nulls() {
        let value = serde_json::json!(["a", 1, null, {"k": true}]);
        assert_eq!(form_values(&value), ["a", "1", "{\"k\":true}"]);
    }

    #[test]
    fn debug_hides_content() {
        let text = format!("{:?}", FilePart::from_bytes("secret-bytes").file_name("f"));
        assert!(!text.contains("secret-bytes"), "{text}");
    }
}
