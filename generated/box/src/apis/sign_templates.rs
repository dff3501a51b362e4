// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `sign_templates` operations: [`SignTemplatesManager`] and one request builder per operation.

use crate::models::{ClientError, SignTemplate, SignTemplates};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::sign_templates`](crate::Client::sign_templates) or [`SignTemplatesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SignTemplatesManager<'a> {
    client: &'a Client,
}

impl<'a> SignTemplatesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List Box Sign templates
    ///
    /// Gets Box Sign templates created by a user.
    ///
    /// `GET /sign_templates`
    #[inline]
    pub fn get_sign_templates(&self) -> GetSignTemplates<'a> {
        GetSignTemplates::new(self.client)
    }

    /// Get Box Sign template by ID
    ///
    /// Fetches details of a specific Box Sign template.
    ///
    /// `GET /sign_templates/{template_id}`
    #[inline]
    pub fn get_sign_template_by_id(&self, template_id: impl AsRef<str>) -> GetSignTemplateById<'a> {
        GetSignTemplateById::new(self.client, template_id)
    }
}

/// Request builder for [`SignTemplatesManager::get_sign_templates`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSignTemplates<'a> {
    call: Call<'a>,
}

impl<'a> GetSignTemplates<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_sign_templates",
            method: reqwest::Method::GET,
            path: "/sign_templates",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, SignTemplate> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<SignTemplates>)
    }
}

request_builder!(runtime, GetSignTemplates => json SignTemplates);

/// Request builder for [`SignTemplatesManager::get_sign_template_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSignTemplateById<'a> {
    call: Call<'a>,
}

impl<'a> GetSignTemplateById<'a> {
    #[inline]
    fn new(client: &'a Client, template_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_sign_templates_id",
            method: reqwest::Method::GET,
            path: "/sign_templates/{template_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("template_id", template_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetSignTemplateById => json SignTemplate);
