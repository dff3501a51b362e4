// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `legal_hold_policies` operations: [`LegalHoldPoliciesManager`] and one request builder per operation.

use crate::models::{ClientError, LegalHoldPolicies, LegalHoldPolicy};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::legal_hold_policies`](crate::Client::legal_hold_policies) or [`LegalHoldPoliciesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct LegalHoldPoliciesManager<'a> {
    client: &'a Client,
}

impl<'a> LegalHoldPoliciesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List all legal hold policies
    ///
    /// Retrieves a list of legal hold policies that belong to
    /// an enterprise.
    ///
    /// `GET /legal_hold_policies`
    #[inline]
    pub fn get_legal_hold_policies(&self) -> GetLegalHoldPolicies<'a> {
        GetLegalHoldPolicies::new(self.client)
    }

    /// Create legal hold policy
    ///
    /// Create a new legal hold policy.
    ///
    /// `POST /legal_hold_policies`
    #[inline]
    pub fn create_legal_hold_policy(&self, policy_name: impl Into<String>) -> CreateLegalHoldPolicy<'a> {
        CreateLegalHoldPolicy::new(self.client, policy_name)
    }

    /// Get legal hold policy
    ///
    /// Retrieve a legal hold policy.
    ///
    /// `GET /legal_hold_policies/{legal_hold_policy_id}`
    #[inline]
    pub fn get_legal_hold_policy_by_id(&self, legal_hold_policy_id: impl AsRef<str>) -> GetLegalHoldPolicyById<'a> {
        GetLegalHoldPolicyById::new(self.client, legal_hold_policy_id)
    }

    /// Update legal hold policy
    ///
    /// Update legal hold policy.
    ///
    /// `PUT /legal_hold_policies/{legal_hold_policy_id}`
    #[inline]
    pub fn update_legal_hold_policy_by_id(
        &self,
        legal_hold_policy_id: impl AsRef<str>,
    ) -> UpdateLegalHoldPolicyById<'a> {
        UpdateLegalHoldPolicyById::new(self.client, legal_hold_policy_id)
    }

    /// Remove legal hold policy
    ///
    /// Delete an existing legal hold policy.
    ///
    /// This is an asynchronous process. The policy will not be
    /// fully deleted yet when the response returns.
    ///
    /// `DELETE /legal_hold_policies/{legal_hold_policy_id}`
    #[inline]
    pub fn delete_legal_hold_policy_by_id(
        &self,
        legal_hold_policy_id: impl AsRef<str>,
    ) -> DeleteLegalHoldPolicyById<'a> {
        DeleteLegalHoldPolicyById::new(self.client, legal_hold_policy_id)
    }
}

/// Request builder for [`LegalHoldPoliciesManager::get_legal_hold_policies`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicies<'a> {
    call: Call<'a>,
}

impl<'a> GetLegalHoldPolicies<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_legal_hold_policies",
            method: reqwest::Method::GET,
            path: "/legal_hold_policies",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Limits results to policies for which the names start with
    /// this search term. This is a case-insensitive prefix.
    #[inline]
    pub fn policy_name(mut self, policy_name: impl AsRef<str>) -> Self {
        self.call.query("policy_name", policy_name.as_ref());
        self
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
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
    pub fn into_stream(self) -> Paginator<'a, LegalHoldPolicy> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<LegalHoldPolicies>)
    }
}

request_builder!(runtime, GetLegalHoldPolicies => json LegalHoldPolicies);

/// Request builder for [`LegalHoldPoliciesManager::create_legal_hold_policy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateLegalHoldPolicy<'a> {
    call: Call<'a>,
    body: CreateLegalHoldPolicyRequestBody,
}

impl<'a> CreateLegalHoldPolicy<'a> {
    #[inline]
    fn new(client: &'a Client, policy_name: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_legal_hold_policies",
            method: reqwest::Method::POST,
            path: "/legal_hold_policies",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateLegalHoldPolicyRequestBody {
                policy_name: policy_name.into(),
                description: None,
                filter_started_at: None,
                filter_ended_at: None,
                is_ongoing: None,
            },
        }
    }

    /// A description for the policy.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// The filter start date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    #[inline]
    pub fn filter_started_at(mut self, filter_started_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.filter_started_at = Some(filter_started_at);
        self
    }

    /// The filter end date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    #[inline]
    pub fn filter_ended_at(mut self, filter_ended_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.filter_ended_at = Some(filter_ended_at);
        self
    }

    /// Whether new assignments under this policy should
    /// continue applying to files even after initialization.
    ///
    /// When this policy is applied using a legal hold assignment,
    /// it will continue applying the policy to any new file versions
    /// even after it has been applied.
    ///
    /// For example, if a legal hold assignment is placed on a user
    /// today, and that user uploads a file tomorrow, that file will
    /// get held. This will continue until the policy is retired.
    ///
    /// Required if no filter dates are set.
    #[inline]
    pub fn is_ongoing(mut self, is_ongoing: bool) -> Self {
        self.body.is_ongoing = Some(is_ongoing);
        self
    }
}

request_builder!(runtime, CreateLegalHoldPolicy(body) => json LegalHoldPolicy);

/// Request builder for [`LegalHoldPoliciesManager::get_legal_hold_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetLegalHoldPolicyById<'a> {
    call: Call<'a>,
}

impl<'a> GetLegalHoldPolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_legal_hold_policies_id",
            method: reqwest::Method::GET,
            path: "/legal_hold_policies/{legal_hold_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_id", legal_hold_policy_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetLegalHoldPolicyById => json LegalHoldPolicy);

/// Request builder for [`LegalHoldPoliciesManager::update_legal_hold_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateLegalHoldPolicyById<'a> {
    call: Call<'a>,
    body: UpdateLegalHoldPolicyByIdRequestBody,
}

impl<'a> UpdateLegalHoldPolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_legal_hold_policies_id",
            method: reqwest::Method::PUT,
            path: "/legal_hold_policies/{legal_hold_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_id", legal_hold_policy_id.as_ref());
        Self {
            call,
            body: UpdateLegalHoldPolicyByIdRequestBody { policy_name: None, description: None, release_notes: None },
        }
    }

    /// The name of the policy.
    #[inline]
    pub fn policy_name(mut self, policy_name: impl Into<String>) -> Self {
        self.body.policy_name = Some(policy_name.into());
        self
    }

    /// A description for the policy.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Notes around why the policy was released.
    #[inline]
    pub fn release_notes(mut self, release_notes: impl Into<String>) -> Self {
        self.body.release_notes = Some(release_notes.into());
        self
    }
}

request_builder!(runtime, UpdateLegalHoldPolicyById(body) => json LegalHoldPolicy);

/// Request builder for [`LegalHoldPoliciesManager::delete_legal_hold_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteLegalHoldPolicyById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteLegalHoldPolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, legal_hold_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_legal_hold_policies_id",
            method: reqwest::Method::DELETE,
            path: "/legal_hold_policies/{legal_hold_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("legal_hold_policy_id", legal_hold_policy_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteLegalHoldPolicyById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policies/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateLegalHoldPolicyRequestBody {
    /// The name of the policy.
    pub policy_name: String,
    /// A description for the policy.
    pub description: Option<String>,
    /// The filter start date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    pub filter_started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The filter end date.
    ///
    /// When this policy is applied using a `custodian` legal
    /// hold assignments, it will only apply to file versions
    /// created or uploaded inside of the
    /// date range. Other assignment types, such as folders and
    /// files, will ignore the date filter.
    ///
    /// Required if `is_ongoing` is set to `false`.
    pub filter_ended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether new assignments under this policy should
    /// continue applying to files even after initialization.
    ///
    /// When this policy is applied using a legal hold assignment,
    /// it will continue applying the policy to any new file versions
    /// even after it has been applied.
    ///
    /// For example, if a legal hold assignment is placed on a user
    /// today, and that user uploads a file tomorrow, that file will
    /// get held. This will continue until the policy is retired.
    ///
    /// Required if no filter dates are set.
    pub is_ongoing: Option<bool>,
}

serialize_struct!(
    runtime,
    CreateLegalHoldPolicyRequestBody {
        policy_name: required("policy_name"),
        description: optional("description"),
        filter_started_at: optional("filter_started_at"),
        filter_ended_at: optional("filter_ended_at"),
        is_ongoing: optional("is_ongoing")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateLegalHoldPolicyRequestBody {
        policy_name: required::<String>("policy_name"),
        description: optional::<Option<String>>("description"),
        filter_started_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("filter_started_at"),
        filter_ended_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("filter_ended_at"),
        is_ongoing: optional::<Option<bool>>("is_ongoing")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1legal_hold_policies~1{legal_hold_policy_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateLegalHoldPolicyByIdRequestBody {
    /// The name of the policy.
    pub policy_name: Option<String>,
    /// A description for the policy.
    pub description: Option<String>,
    /// Notes around why the policy was released.
    pub release_notes: Option<String>,
}

serialize_struct!(
    runtime,
    UpdateLegalHoldPolicyByIdRequestBody {
        policy_name: optional("policy_name"),
        description: optional("description"),
        release_notes: optional("release_notes")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateLegalHoldPolicyByIdRequestBody {
        policy_name: optional::<Option<String>>("policy_name"),
        description: optional::<Option<String>>("description"),
        release_notes: optional::<Option<String>>("release_notes")
    }
);
