// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The `pets` operations: [`PetsApi`] and one request builder per operation.

use crate::models::{
    BodyAdoptPet, BodyUploadPhoto, Error2, HttpValidationError, Pet, PetCreate, PetPage, PetStatus, PetUpdate,
    PhotoInfo,
};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate,
    request_builder,
};

/// Reach it with [`Client::pets_api`](crate::Client::pets_api) or [`PetsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct PetsApi<'a> {
    client: &'a Client,
}

impl<'a> PetsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    pub fn create_pet(&self, pet_create: PetCreate) -> CreatePet<'a> {
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
    pub fn update_pet(&self, pet_id: uuid::Uuid, pet_update: PetUpdate) -> UpdatePet<'a> {
        UpdatePet::new(self.client, pet_id, pet_update)
    }

    /// Adopt Pet
    ///
    /// A form (application/x-www-form-urlencoded): the pet goes to `owner_id`.
    /// (The `pet_adopted` webhook documents what would be announced.)
    ///
    /// `POST /pets/{pet_id}/adopt`
    #[inline]
    pub fn adopt_pet(&self, pet_id: uuid::Uuid, body_adopt_pet: BodyAdoptPet) -> AdoptPet<'a> {
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
    pub fn upload_photo(&self, pet_id: uuid::Uuid, body_upload_photo: BodyUploadPhoto) -> UploadPhoto<'a> {
        UploadPhoto::new(self.client, pet_id, body_upload_photo)
    }
}

/// Request builder for [`PetsApi::list_pets`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListPets<'a> {
    call: Call<'a>,
}

impl<'a> ListPets<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "list_pets_pets_get",
            method: reqwest::Method::GET,
            path: "/pets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
    pub fn status(mut self, status: PetStatus) -> Self {
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
    pub fn into_stream(self) -> Paginator<'a, Pet> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PetPage>)
    }
}

request_builder!(runtime, ListPets => json PetPage);

/// Request builder for [`PetsApi::create_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreatePet<'a> {
    call: Call<'a>,
}

impl<'a> CreatePet<'a> {
    #[inline]
    fn new(client: &'a Client, pet_create: PetCreate) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "create_pet_pets_post",
            method: reqwest::Method::POST,
            path: "/pets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&pet_create);
        Self { call }
    }
}

request_builder!(runtime, CreatePet => json Pet);

/// Request builder for [`PetsApi::get_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetPet<'a> {
    call: Call<'a>,
}

impl<'a> GetPet<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_pet_pets__pet_id__get",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }

    /// The `x-request-id` header parameter, which the spec does not describe (`#/paths/~1pets~1{pet_id}/get/parameters/1`).
    #[inline]
    pub fn x_request_id(mut self, x_request_id: impl AsRef<str>) -> Self {
        self.call.header("x-request-id", x_request_id.as_ref());
        self
    }
}

request_builder!(runtime, GetPet => json Pet);

/// Request builder for [`PetsApi::delete_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeletePet<'a> {
    call: Call<'a>,
}

impl<'a> DeletePet<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_pet_pets__pet_id__delete",
            method: reqwest::Method::DELETE,
            path: "/pets/{pet_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }
}

request_builder!(runtime, DeletePet => empty);

/// Request builder for [`PetsApi::update_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdatePet<'a> {
    call: Call<'a>,
}

impl<'a> UpdatePet<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: uuid::Uuid, pet_update: PetUpdate) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "update_pet_pets__pet_id__patch",
            method: reqwest::Method::PATCH,
            path: "/pets/{pet_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&pet_update);
        Self { call }
    }
}

request_builder!(runtime, UpdatePet => json Pet);

/// Request builder for [`PetsApi::adopt_pet`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AdoptPet<'a> {
    call: Call<'a>,
}

impl<'a> AdoptPet<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: uuid::Uuid, body_adopt_pet: BodyAdoptPet) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "adopt_pet_pets__pet_id__adopt_post",
            method: reqwest::Method::POST,
            path: "/pets/{pet_id}/adopt",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(409), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body_adopt_pet);
        Self { call }
    }
}

request_builder!(runtime, AdoptPet => json Pet);

/// Request builder for [`PetsApi::download_photo`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DownloadPhoto<'a> {
    call: Call<'a>,
}

impl<'a> DownloadPhoto<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "download_photo_pets__pet_id__photo_get",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}/photo",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/octet-stream, application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, DownloadPhoto => bytes);

/// Request builder for [`PetsApi::upload_photo`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadPhoto<'a> {
    call: Call<'a>,
}

impl<'a> UploadPhoto<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: uuid::Uuid, body_upload_photo: BodyUploadPhoto) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "upload_photo_pets__pet_id__photo_post",
            method: reqwest::Method::POST,
            path: "/pets/{pet_id}/photo",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<Error2>),
                (ErrorStatus::Code(404), decode_error::<Error2>),
                (ErrorStatus::Code(422), decode_error::<HttpValidationError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body_upload_photo);
        Self { call }
    }
}

request_builder!(runtime, UploadPhoto => json PhotoInfo);
