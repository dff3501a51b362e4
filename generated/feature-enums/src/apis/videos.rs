// @generated from specs/features/enums.yaml by the generator; do not edit.
//! The `videos` operations: [`VideosApi`] and one request builder per operation.

use crate::Client;
use crate::models::Video;
use crate::runtime::{self, Call, OperationSpec, request_builder, string_enum};

/// Reach it with [`Client::videos_api`](crate::Client::videos_api) or [`VideosApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct VideosApi<'a> {
    client: &'a Client,
}

impl<'a> VideosApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "videos_list",
            method: reqwest::Method::GET,
            path: "/videos",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, List => json Video);

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

string_enum!(runtime, VideosListQuality, Unknown, N1080p = "1080p", N720p = "720p");

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

string_enum!(runtime, VideosListOrder, Unknown, Asc = "asc", Desc = "desc");
