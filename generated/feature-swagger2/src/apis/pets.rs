// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! The `pets` operations: [`PetsApi`] and one request builder per operation.

/// Reach it with [`Client::pets_api`](crate::Client::pets_api) or [`PetsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct PetsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> PetsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `GET /pets`
    ///
    /// `GET /pets`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `POST /pets`
    ///
    /// `POST /pets`
    #[inline]
    pub fn create(&self, pet: crate::models::Pet) -> Create<'a> {
        Create::new(self.client, pet)
    }

    /// `GET /pets/{pet_id}`
    ///
    /// `GET /pets/{pet_id}`
    #[inline]
    pub fn read(&self, pet_id: i64) -> Read<'a> {
        Read::new(self.client, pet_id)
    }

    /// `DELETE /pets/{pet_id}`
    ///
    /// `DELETE /pets/{pet_id}`
    #[inline]
    pub fn delete(&self, pet_id: i64) -> Delete<'a> {
        Delete::new(self.client, pet_id)
    }

    /// `PATCH /pets/{pet_id}`
    ///
    /// `PATCH /pets/{pet_id}`
    #[inline]
    pub fn partial_update(&self, pet_id: i64, pet_patch: crate::models::PetPatch) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, pet_id, pet_patch)
    }

    /// `GET /pets/{pet_id}/photo`
    ///
    /// `GET /pets/{pet_id}/photo`
    #[inline]
    pub fn photo_read(&self, pet_id: i64) -> PhotoRead<'a> {
        PhotoRead::new(self.client, pet_id)
    }

    /// `POST /pets/{pet_id}/photo`
    ///
    /// `POST /pets/{pet_id}/photo`
    #[inline]
    pub fn photo_upload(&self, pet_id: i64, body: PetsPhotoUploadRequest) -> PhotoUpload<'a> {
        PhotoUpload::new(self.client, pet_id, body)
    }
}

/// Request builder for [`PetsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_list",
            method: reqwest::Method::GET,
            path: "/pets",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// A page number (a shared parameter).
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        self.call.query("page", &page);
        self
    }

    /// Repeated (`multi`).
    #[inline]
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("tags", &tags.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// Comma-separated (`csv`, the default).
    #[inline]
    pub fn ids(mut self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.call.query_list("ids", &ids.into_iter().collect::<Vec<i64>>(), false);
        self
    }

    /// Pipe-separated.
    #[inline]
    pub fn colors(mut self, colors: impl IntoIterator<Item = PetsListColors>) -> Self {
        self.call.query_delimited("colors", &colors.into_iter().collect::<Vec<PetsListColors>>(), '|');
        self
    }

    /// Space-separated.
    #[inline]
    pub fn words(mut self, words: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_delimited("words", &words.into_iter().map(Into::into).collect::<Vec<String>>(), ' ');
        self
    }

    /// Tab-separated.
    #[inline]
    pub fn codes(mut self, codes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_delimited("codes", &codes.into_iter().map(Into::into).collect::<Vec<String>>(), '\t');
        self
    }

    /// The `X-Request-Id` header parameter, which the spec does not describe (`#/paths/~1pets/get/parameters/6`).
    #[inline]
    pub fn x_request_id(mut self, x_request_id: uuid::Uuid) -> Self {
        self.call.header("X-Request-Id", &x_request_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Pet> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PetPage>,
        )
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PetPage> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::PetPage>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PetPage, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PetPage>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PetPage>)
    }
}

/// Request builder for [`PetsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet: crate::models::Pet) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_create",
            method: reqwest::Method::POST,
            path: "/pets",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&pet);
        Self { call }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Pet> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Pet>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Create<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Read<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Read<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_read",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>)],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Pet> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Pet>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Read<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Delete<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Delete<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_delete",
            method: reqwest::Method::DELETE,
            path: "/pets/{pet_id}",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Delete<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`PetsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: i64, pet_patch: crate::models::PetPatch) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_partial_update",
            method: reqwest::Method::PATCH,
            path: "/pets/{pet_id}",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>)],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&pet_patch);
        Self { call }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Pet> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Pet>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::photo_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PhotoRead<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PhotoRead<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_photo_read",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}/photo",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("image/png"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl std::future::Future<Output = Result<crate::runtime::Download, crate::Error>> + 'a {
        self.into_call().send_streaming()
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, bytes::Bytes> {
        self.into_call().send_decoded_with_response(crate::runtime::response::bytes)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PhotoRead<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`PetsApi::photo_upload`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PhotoUpload<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PhotoUpload<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: i64, body: PetsPhotoUploadRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "pets_photo_upload",
            method: reqwest::Method::POST,
            path: "/pets/{pet_id}/photo",
            security: &[&[&crate::SECURITY_SCHEMES[1]], &[&crate::SECURITY_SCHEMES[0]]],
            accept: None,
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body);
        Self { call }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PhotoUpload<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1pets/get/parameters/3/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetsListColors {
    /// `black`
    Black,
    /// `white`
    White,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl PetsListColors {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Black => "black",
            Self::White => "white",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for PetsListColors {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "black" => Self::Black,
            "white" => Self::White,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PetsListColors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PetsListColors {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for PetsListColors {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1pets~1{pet_id}~1photo/post/parameters`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PetsPhotoUploadRequest {
    /// The picture.
    pub photo: crate::runtime::FilePart,
    /// What it shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}
