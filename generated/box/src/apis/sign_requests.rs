// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `sign_requests` operations: [`SignRequestsManager`] and one request builder per operation.

use crate::models::{ClientError, SignRequest, SignRequestCancelRequest, SignRequestCreateRequest, SignRequests};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};

/// Reach it with [`Client::sign_requests`](crate::Client::sign_requests) or [`SignRequestsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SignRequestsManager<'a> {
    client: &'a Client,
}

impl<'a> SignRequestsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Cancel Box Sign request
    ///
    /// Cancels a sign request.
    ///
    /// `POST /sign_requests/{sign_request_id}/cancel`
    #[inline]
    pub fn cancel_sign_request(&self, sign_request_id: impl AsRef<str>) -> CancelSignRequest<'a> {
        CancelSignRequest::new(self.client, sign_request_id)
    }

    /// Resend Box Sign request
    ///
    /// Resends a signature request email to all outstanding signers.
    ///
    /// `POST /sign_requests/{sign_request_id}/resend`
    #[inline]
    pub fn resend_sign_request(&self, sign_request_id: impl AsRef<str>) -> ResendSignRequest<'a> {
        ResendSignRequest::new(self.client, sign_request_id)
    }

    /// Get Box Sign request by ID
    ///
    /// Gets a sign request by ID.
    ///
    /// `GET /sign_requests/{sign_request_id}`
    #[inline]
    pub fn get_sign_request_by_id(&self, sign_request_id: impl AsRef<str>) -> GetSignRequestById<'a> {
        GetSignRequestById::new(self.client, sign_request_id)
    }

    /// List Box Sign requests
    ///
    /// Gets signature requests created by a user. If the `sign_files` and/or
    /// `parent_folder` are deleted, the signature request will not return in the list.
    ///
    /// `GET /sign_requests`
    #[inline]
    pub fn get_sign_requests(&self) -> GetSignRequests<'a> {
        GetSignRequests::new(self.client)
    }

    /// Create Box Sign request
    ///
    /// Creates a signature request. This involves preparing a document for signing and
    /// sending the signature request to signers.
    ///
    /// `POST /sign_requests`
    #[inline]
    pub fn create_sign_request(&self) -> CreateSignRequest<'a> {
        CreateSignRequest::new(self.client)
    }
}

/// Request builder for [`SignRequestsManager::cancel_sign_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CancelSignRequest<'a> {
    call: Call<'a>,
}

impl<'a> CancelSignRequest<'a> {
    #[inline]
    fn new(client: &'a Client, sign_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_sign_requests_id_cancel",
            method: reqwest::Method::POST,
            path: "/sign_requests/{sign_request_id}/cancel",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("sign_request_id", sign_request_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1sign_requests~1{sign_request_id}~1cancel/post/requestBody`).
    #[inline]
    pub fn sign_request_cancel_request(mut self, sign_request_cancel_request: SignRequestCancelRequest) -> Self {
        self.call.body(&sign_request_cancel_request);
        self
    }
}

request_builder!(runtime, CancelSignRequest => json SignRequest);

/// Request builder for [`SignRequestsManager::resend_sign_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ResendSignRequest<'a> {
    call: Call<'a>,
}

impl<'a> ResendSignRequest<'a> {
    #[inline]
    fn new(client: &'a Client, sign_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_sign_requests_id_resend",
            method: reqwest::Method::POST,
            path: "/sign_requests/{sign_request_id}/resend",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("sign_request_id", sign_request_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, ResendSignRequest => empty);

/// Request builder for [`SignRequestsManager::get_sign_request_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSignRequestById<'a> {
    call: Call<'a>,
}

impl<'a> GetSignRequestById<'a> {
    #[inline]
    fn new(client: &'a Client, sign_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_sign_requests_id",
            method: reqwest::Method::GET,
            path: "/sign_requests/{sign_request_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("sign_request_id", sign_request_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetSignRequestById => json SignRequest);

/// Request builder for [`SignRequestsManager::get_sign_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSignRequests<'a> {
    call: Call<'a>,
}

impl<'a> GetSignRequests<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_sign_requests",
            method: reqwest::Method::GET,
            path: "/sign_requests",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// A list of sender emails to filter the signature requests by sender.
    /// If provided, `shared_requests` must be set to `true`.
    #[inline]
    pub fn senders(mut self, senders: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("senders", &senders.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// If set to `true`, only includes requests that user is not an owner,
    /// but user is a collaborator. Collaborator access is determined by the
    /// user access level of the sign files of the request.
    /// Default is `false`. Must be set to `true` if `senders` are provided.
    #[inline]
    pub fn shared_requests(mut self, shared_requests: bool) -> Self {
        self.call.query("shared_requests", &shared_requests);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, SignRequest> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<SignRequests>)
    }
}

request_builder!(runtime, GetSignRequests => json SignRequests);

/// Request builder for [`SignRequestsManager::create_sign_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateSignRequest<'a> {
    call: Call<'a>,
}

impl<'a> CreateSignRequest<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_sign_requests",
            method: reqwest::Method::POST,
            path: "/sign_requests",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1sign_requests/post/requestBody`).
    #[inline]
    pub fn sign_request_create_request(mut self, sign_request_create_request: SignRequestCreateRequest) -> Self {
        self.call.body(&sign_request_create_request);
        self
    }
}

request_builder!(runtime, CreateSignRequest => json SignRequest);
