// @generated from specs/features/enums.yaml by the generator; do not edit.
//! The `videos` operations: [`VideosApi`] and one request builder per operation.

/// Reach it with [`Client::videos_api`](crate::Client::videos_api) or [`VideosApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct VideosApi<'a> {
    client: &'a crate::Client,
}

impl<'a> VideosApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `GET /videos`
    ///
    /// `GET /videos`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }
}

/// Request builder for [`VideosApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "videos_list",
            method: reqwest::Method::GET,
            path: "/videos",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// An inline enum parameter gets a type named after the operation.
    #[inline]
    pub fn quality(mut self, quality: VideosListQuality) -> Self {
        self.call.query("quality", &quality);
        self
    }

    /// The `order` query parameter, which the spec does not describe (`#/paths/~1videos/get/parameters/1`).
    #[inline]
    pub fn order(mut self, order: impl IntoIterator<Item = VideosListOrder>) -> Self {
        self.call.query_list("order", &order.into_iter().collect::<Vec<VideosListOrder>>(), true);
        self
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Video> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Video>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::Video, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Video>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Video>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1videos/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideosListQuality {
    /// `1080p`
    N1080p,
    /// `720p`
    N720p,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl VideosListQuality {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::N1080p => "1080p",
            Self::N720p => "720p",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for VideosListQuality {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "1080p" => Self::N1080p,
            "720p" => Self::N720p,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for VideosListQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for VideosListQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for VideosListQuality {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1videos/get/parameters/1/schema/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideosListOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl VideosListOrder {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for VideosListOrder {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for VideosListOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for VideosListOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for VideosListOrder {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
