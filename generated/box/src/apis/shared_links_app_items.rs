// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shared_links_app_items` operations: [`SharedLinksAppItemsManager`] and one request builder per operation.

use crate::models::{AppItem, ClientError};
use crate::runtime::{self, Call, ErrorStatus, OperationSpec, decode_error, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::shared_links_app_items`](crate::Client::shared_links_app_items) or [`SharedLinksAppItemsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SharedLinksAppItemsManager<'a> {
    client: &'a Client,
}

impl<'a> SharedLinksAppItemsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Find app item for shared link
    ///
    /// Returns the app item represented by a shared link.
    ///
    /// The link can originate from the current enterprise or another.
    ///
    /// `GET /shared_items`
    #[inline]
    pub fn get_shared_item_app_items(&self, boxapi: impl AsRef<str>) -> GetSharedItemAppItems<'a> {
        GetSharedItemAppItems::new(self.client, boxapi)
    }
}

/// Request builder for [`SharedLinksAppItemsManager::get_shared_item_app_items`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSharedItemAppItems<'a> {
    call: Call<'a>,
}

impl<'a> GetSharedItemAppItems<'a> {
    #[inline]
    fn new(client: &'a Client, boxapi: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shared_items#app_items",
            method: reqwest::Method::GET,
            path: "/shared_items",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.header("boxapi", boxapi.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetSharedItemAppItems => json AppItem);
