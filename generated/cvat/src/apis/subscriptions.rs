// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `subscriptions` operations: [`SubscriptionsApi`] and one request builder per operation.

use crate::models::UserAgreement;
use crate::runtime::{self, Call, OperationSpec, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::subscriptions_api`](crate::Client::subscriptions_api) or [`SubscriptionsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct SubscriptionsApi<'a> {
    client: &'a Client,
}

impl<'a> SubscriptionsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Method provides user agreements that the user must accept to register
    ///
    /// `GET /api/user-agreements`
    #[inline]
    pub fn user_agreements_retrieve(&self) -> UserAgreementsRetrieve<'a> {
        UserAgreementsRetrieve::new(self.client)
    }
}

/// Request builder for [`SubscriptionsApi::user_agreements_retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UserAgreementsRetrieve<'a> {
    call: Call<'a>,
}

impl<'a> UserAgreementsRetrieve<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "user_agreements_retrieve",
            method: reqwest::Method::GET,
            path: "/api/user-agreements",
            security: SECURITY_REQUIREMENTS[4],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, UserAgreementsRetrieve => json UserAgreement);
