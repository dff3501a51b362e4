// @generated from specs/live/fastapi.json by the generator; do not edit.
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

    /// List Pets
    ///
    /// Pets in creation order, `limit` from `offset`; `total_count` counts all that match.
    ///
    /// `GET /pets`
    #[inline]
    pub fn list_pets(&self) -> ListPets<'a> {
        ListPets::new(self.client)
    }

    /// Create Pet
    ///
    /// `POST /pets`
    #[inline]
    pub fn create_pet(&self, pet_create: crate::models::PetCreate) -> CreatePet<'a> {
        CreatePet::new(self.client, pet_create)
    }

    /// Get Pet
    ///
    /// `GET /pets/{pet_id}`
    #[inline]
    pub fn get_pet(&self, pet_id: uuid::Uuid) -> GetPet<'a> {
        GetPet::new(self.client, pet_id)
    }

    /// Delete Pet
    ///
    /// `DELETE /pets/{pet_id}`
    #[inline]
    pub fn delete_pet(&self, pet_id: uuid::Uuid) -> DeletePet<'a> {
        DeletePet::new(self.client, pet_id)
    }

    /// Update Pet
    ///
    /// Only the fields present change; `null` clears an Optional field.
    /// `details` is replaced as a whole (its own missing fields take their defaults).
    ///
    /// `PATCH /pets/{pet_id}`
    #[inline]
    pub fn update_pet(&self, pet_id: uuid::Uuid, pet_update: crate::models::PetUpdate) -> UpdatePet<'a> {
        UpdatePet::new(self.client, pet_id, pet_update)
    }

    /// Adopt Pet
    ///
    /// A form (application/x-www-form-urlencoded): the pet goes to `owner_id`.
    /// (The `pet_adopted` webhook documents what would be announced.)
    ///
    /// `POST /pets/{pet_id}/adopt`
    #[inline]
    pub fn adopt_pet(&self, pet_id: uuid::Uuid, body_adopt_pet: crate::models::BodyAdoptPet) -> AdoptPet<'a> {
        AdoptPet::new(self.client, pet_id, body_adopt_pet)
    }

    /// Download Photo
    ///
    /// `GET /pets/{pet_id}/photo`
    #[inline]
    pub fn download_photo(&self, pet_id: uuid::Uuid) -> DownloadPhoto<'a> {
        DownloadPhoto::new(self.client, pet_id)
    }

    /// Upload Photo
    ///
    /// A multipart form: the photo's bytes in `file`, and a `caption`.
    ///
    /// `POST /pets/{pet_id}/photo`
    #[inline]
    pub fn upload_photo(
        &self,
        pet_id: uuid::Uuid,
        body_upload_photo: crate::models::BodyUploadPhoto,
    ) -> UploadPhoto<'a> {
        UploadPhoto::new(self.client, pet_id, body_upload_photo)
    }
}

/// Request builder for [`PetsApi::list_pets`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListPets<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListPets<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "list_pets_pets_get",
            method: reqwest::Method::GET,
            path: "/pets",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The `offset` query parameter, which the spec does not describe (`#/paths/~1pets/get/parameters/0`).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.call.query("offset", &offset);
        self
    }

    /// The `limit` query parameter, which the spec does not describe (`#/paths/~1pets/get/parameters/1`).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Only pets with every one of these tags: ?tag=a&tag=b
    #[inline]
    pub fn tag(mut self, tag: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("tag", &tag.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// The `status` query parameter, which the spec does not describe (`#/paths/~1pets/get/parameters/3`).
    #[inline]
    pub fn status(mut self, status: crate::models::PetStatus) -> Self {
        self.call.query("status", &status);
        self
    }

    /// The `x-request-id` header parameter, which the spec does not describe (`#/paths/~1pets/get/parameters/4`).
    #[inline]
    pub fn x_request_id(mut self, x_request_id: impl AsRef<str>) -> Self {
        self.call.header("x-request-id", x_request_id.as_ref());
        self
    }

    /// Echoed in the X-Session-Hint header
    #[inline]
    pub fn session_hint(mut self, session_hint: impl AsRef<str>) -> Self {
        self.call.cookie("session_hint", session_hint.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Pet> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: Some("offset"), marker: None };
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

impl<'a> std::future::IntoFuture for ListPets<'a> {
    type Output = Result<crate::models::PetPage, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PetPage>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PetPage>)
    }
}

/// Request builder for [`PetsApi::create_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreatePet<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreatePet<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_create: crate::models::PetCreate) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "create_pet_pets_post",
            method: reqwest::Method::POST,
            path: "/pets",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&pet_create);
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

impl<'a> std::future::IntoFuture for CreatePet<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::get_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetPet<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetPet<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: uuid::Uuid) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_pet_pets__pet_id__get",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }

    /// The `x-request-id` header parameter, which the spec does not describe (`#/paths/~1pets~1{pet_id}/get/parameters/1`).
    #[inline]
    pub fn x_request_id(mut self, x_request_id: impl AsRef<str>) -> Self {
        self.call.header("x-request-id", x_request_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Pet> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Pet>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetPet<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::delete_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeletePet<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeletePet<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: uuid::Uuid) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_pet_pets__pet_id__delete",
            method: reqwest::Method::DELETE,
            path: "/pets/{pet_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
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

impl<'a> std::future::IntoFuture for DeletePet<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`PetsApi::update_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdatePet<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdatePet<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: uuid::Uuid, pet_update: crate::models::PetUpdate) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "update_pet_pets__pet_id__patch",
            method: reqwest::Method::PATCH,
            path: "/pets/{pet_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&pet_update);
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

impl<'a> std::future::IntoFuture for UpdatePet<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::adopt_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AdoptPet<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> AdoptPet<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: uuid::Uuid, body_adopt_pet: crate::models::BodyAdoptPet) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "adopt_pet_pets__pet_id__adopt_post",
            method: reqwest::Method::POST,
            path: "/pets/{pet_id}/adopt",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body_adopt_pet);
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

impl<'a> std::future::IntoFuture for AdoptPet<'a> {
    type Output = Result<crate::models::Pet, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Pet>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Pet>)
    }
}

/// Request builder for [`PetsApi::download_photo`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DownloadPhoto<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DownloadPhoto<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: uuid::Uuid) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "download_photo_pets__pet_id__photo_get",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}/photo",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/octet-stream, application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
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

impl<'a> std::future::IntoFuture for DownloadPhoto<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`PetsApi::upload_photo`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadPhoto<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UploadPhoto<'a> {
    #[inline]
    fn new(client: &'a crate::Client, pet_id: uuid::Uuid, body_upload_photo: crate::models::BodyUploadPhoto) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "upload_photo_pets__pet_id__photo_post",
            method: reqwest::Method::POST,
            path: "/pets/{pet_id}/photo",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::Error2>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::Error2>),
                (
                    crate::runtime::ErrorStatus::Code(422),
                    crate::runtime::decode_error::<crate::models::HttpValidationError>,
                ),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body_upload_photo);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PhotoInfo> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::PhotoInfo>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UploadPhoto<'a> {
    type Output = Result<crate::models::PhotoInfo, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PhotoInfo>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PhotoInfo>)
    }
}
