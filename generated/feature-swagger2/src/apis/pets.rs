// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! The `pets` operations: [`PetsApi`] and one request builder per operation.

use crate::models::{Error2, Pet, PetPage, PetPatch};
use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, FilePart, OperationSpec, Pager, Paginator, decode_error, paginate,
    request_builder, serialize_struct, string_enum,
};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

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
    pub fn create(&self, pet: Pet) -> Create<'a> {
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
    pub fn partial_update(&self, pet_id: i64, pet_patch: PetPatch) -> PartialUpdate<'a> {
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
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_list",
            method: reqwest::Method::GET,
            path: "/pets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, Pet> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PetPage>)
    }
}

request_builder!(runtime, List => json PetPage);

/// Request builder for [`PetsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, pet: Pet) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_create",
            method: reqwest::Method::POST,
            path: "/pets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&pet);
        Self { call }
    }
}

request_builder!(runtime, Create => json Pet);

/// Request builder for [`PetsApi::read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Read<'a> {
    call: Call<'a>,
}

impl<'a> Read<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_read",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Code(404), decode_error::<Error2>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }
}

request_builder!(runtime, Read => json Pet);

/// Request builder for [`PetsApi::delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Delete<'a> {
    call: Call<'a>,
}

impl<'a> Delete<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_delete",
            method: reqwest::Method::DELETE,
            path: "/pets/{pet_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }
}

request_builder!(runtime, Delete => empty);

/// Request builder for [`PetsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64, pet_patch: PetPatch) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_partial_update",
            method: reqwest::Method::PATCH,
            path: "/pets/{pet_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Code(404), decode_error::<Error2>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&pet_patch);
        Self { call }
    }
}

request_builder!(runtime, PartialUpdate => json Pet);

/// Request builder for [`PetsApi::photo_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PhotoRead<'a> {
    call: Call<'a>,
}

impl<'a> PhotoRead<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_photo_read",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}/photo",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("image/png"),
            bodies: &[],
            errors: &[],
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

request_builder!(runtime, PhotoRead => bytes);

/// Request builder for [`PetsApi::photo_upload`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PhotoUpload<'a> {
    call: Call<'a>,
}

impl<'a> PhotoUpload<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64, body: PetsPhotoUploadRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_photo_upload",
            method: reqwest::Method::POST,
            path: "/pets/{pet_id}/photo",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body);
        Self { call }
    }
}

request_builder!(runtime, PhotoUpload => empty);

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

string_enum!(runtime, PetsListColors, Unknown, Black = "black", White = "white");

/// An inline schema, which the spec does not describe (`#/paths/~1pets~1{pet_id}~1photo/post/parameters`).
#[derive(Clone, Debug, PartialEq)]
pub struct PetsPhotoUploadRequest {
    /// The picture.
    pub photo: FilePart,
    /// What it shows.
    pub caption: Option<String>,
}

serialize_struct!(runtime, PetsPhotoUploadRequest { photo: required("photo"), caption: optional("caption") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PetsPhotoUploadRequest {
        photo: required::<crate::runtime::FilePart>("photo"),
        caption: optional::<Option<String>>("caption")
    }
);
