// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `retention_policies` operations: [`RetentionPoliciesManager`] and one request builder per operation.

use crate::models::{
    ClientError, RetentionPolicies, RetentionPolicy, RetentionPolicyMaxExtensionLengthRequest, UserBase, UserMini,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::retention_policies`](crate::Client::retention_policies) or [`RetentionPoliciesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct RetentionPoliciesManager<'a> {
    client: &'a Client,
}

impl<'a> RetentionPoliciesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List retention policies
    ///
    /// Retrieves all of the retention policies for an enterprise.
    ///
    /// `GET /retention_policies`
    #[inline]
    pub fn get_retention_policies(&self) -> GetRetentionPolicies<'a> {
        GetRetentionPolicies::new(self.client)
    }

    /// Create retention policy
    ///
    /// Creates a retention policy.
    ///
    /// `POST /retention_policies`
    #[inline]
    pub fn create_retention_policy(
        &self,
        policy_name: impl Into<String>,
        policy_type: CreateRetentionPolicyPolicyType,
        disposition_action: CreateRetentionPolicyDispositionAction,
    ) -> CreateRetentionPolicy<'a> {
        CreateRetentionPolicy::new(self.client, policy_name, policy_type, disposition_action)
    }

    /// Get retention policy
    ///
    /// Retrieves a retention policy.
    ///
    /// `GET /retention_policies/{retention_policy_id}`
    #[inline]
    pub fn get_retention_policy_by_id(&self, retention_policy_id: impl AsRef<str>) -> GetRetentionPolicyById<'a> {
        GetRetentionPolicyById::new(self.client, retention_policy_id)
    }

    /// Update retention policy
    ///
    /// Updates a retention policy.
    ///
    /// `PUT /retention_policies/{retention_policy_id}`
    #[inline]
    pub fn update_retention_policy_by_id(&self, retention_policy_id: impl AsRef<str>) -> UpdateRetentionPolicyById<'a> {
        UpdateRetentionPolicyById::new(self.client, retention_policy_id)
    }

    /// Delete retention policy
    ///
    /// Permanently deletes a retention policy.
    ///
    /// `DELETE /retention_policies/{retention_policy_id}`
    #[inline]
    pub fn delete_retention_policy_by_id(&self, retention_policy_id: impl AsRef<str>) -> DeleteRetentionPolicyById<'a> {
        DeleteRetentionPolicyById::new(self.client, retention_policy_id)
    }
}

/// Request builder for [`RetentionPoliciesManager::get_retention_policies`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetRetentionPolicies<'a> {
    call: Call<'a>,
}

impl<'a> GetRetentionPolicies<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_retention_policies",
            method: reqwest::Method::GET,
            path: "/retention_policies",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Filters results by a case sensitive prefix of the name of
    /// retention policies.
    #[inline]
    pub fn policy_name(mut self, policy_name: impl AsRef<str>) -> Self {
        self.call.query("policy_name", policy_name.as_ref());
        self
    }

    /// Filters results by the type of retention policy.
    #[inline]
    pub fn policy_type(mut self, policy_type: GetRetentionPoliciesPolicyType) -> Self {
        self.call.query("policy_type", &policy_type);
        self
    }

    /// Filters results by the ID of the user who created policy.
    #[inline]
    pub fn created_by_user_id(mut self, created_by_user_id: impl AsRef<str>) -> Self {
        self.call.query("created_by_user_id", created_by_user_id.as_ref());
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, RetentionPolicy> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<RetentionPolicies>)
    }
}

request_builder!(runtime, GetRetentionPolicies => json RetentionPolicies);

/// Request builder for [`RetentionPoliciesManager::create_retention_policy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRetentionPolicy<'a> {
    call: Call<'a>,
    body: CreateRetentionPolicyRequestBody,
}

impl<'a> CreateRetentionPolicy<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        policy_name: impl Into<String>,
        policy_type: CreateRetentionPolicyPolicyType,
        disposition_action: CreateRetentionPolicyDispositionAction,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_retention_policies",
            method: reqwest::Method::POST,
            path: "/retention_policies",
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
            body: CreateRetentionPolicyRequestBody {
                policy_name: policy_name.into(),
                description: None,
                policy_type,
                disposition_action,
                retention_length: None,
                retention_type: None,
                can_owner_extend_retention: None,
                max_extension_length: None,
                are_owners_notified: None,
                custom_notification_recipients: None,
            },
        }
    }

    /// The additional text description of the retention policy.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// The length of the retention policy. This value
    /// specifies the duration in days that the retention
    /// policy will be active for after being assigned to
    /// content.  If the policy has a `policy_type` of
    /// `indefinite`, the `retention_length` will also be
    /// `indefinite`.
    #[inline]
    pub fn retention_length(mut self, retention_length: CreateRetentionPolicyRetentionLength) -> Self {
        self.body.retention_length = Some(retention_length);
        self
    }

    /// Specifies the retention type:
    ///
    /// * `modifiable`: You can modify the retention policy. For example,
    /// you can add or remove folders, shorten or lengthen
    /// the policy duration, or delete the assignment.
    /// Use this type if your retention policy
    /// is not related to any regulatory purposes.
    ///
    /// * `non_modifiable`: You can modify the retention policy
    /// only in a limited way: add a folder, lengthen the duration,
    /// retire the policy, change the disposition action
    /// or notification settings. You cannot perform other actions,
    /// such as deleting the assignment or shortening the
    /// policy duration. Use this type to ensure
    /// compliance with regulatory retention policies.
    #[inline]
    pub fn retention_type(mut self, retention_type: CreateRetentionPolicyRetentionType) -> Self {
        self.body.retention_type = Some(retention_type);
        self
    }

    /// Whether the owner of a file will be allowed to
    /// extend the retention.
    #[inline]
    pub fn can_owner_extend_retention(mut self, can_owner_extend_retention: bool) -> Self {
        self.body.can_owner_extend_retention = Some(can_owner_extend_retention);
        self
    }

    /// The `max_extension_length` property, which the spec does not describe (`#/paths/~1retention_policies/post/requestBody/content/application~1json/schema/properties/max_extension_length`).
    #[inline]
    pub fn max_extension_length(mut self, max_extension_length: RetentionPolicyMaxExtensionLengthRequest) -> Self {
        self.body.max_extension_length = Some(max_extension_length);
        self
    }

    /// Whether owner and co-owners of a file are notified
    /// when the policy nears expiration.
    #[inline]
    pub fn are_owners_notified(mut self, are_owners_notified: bool) -> Self {
        self.body.are_owners_notified = Some(are_owners_notified);
        self
    }

    /// A list of users notified when
    /// the retention policy duration is about to end.
    #[inline]
    pub fn custom_notification_recipients(
        mut self,
        custom_notification_recipients: impl IntoIterator<Item = UserMini>,
    ) -> Self {
        self.body.custom_notification_recipients = Some(custom_notification_recipients.into_iter().collect());
        self
    }
}

request_builder!(runtime, CreateRetentionPolicy(body) => json RetentionPolicy);

/// Request builder for [`RetentionPoliciesManager::get_retention_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetRetentionPolicyById<'a> {
    call: Call<'a>,
}

impl<'a> GetRetentionPolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_retention_policies_id",
            method: reqwest::Method::GET,
            path: "/retention_policies/{retention_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_id", retention_policy_id.as_ref());
        Self { call }
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
}

request_builder!(runtime, GetRetentionPolicyById => json RetentionPolicy);

/// Request builder for [`RetentionPoliciesManager::update_retention_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateRetentionPolicyById<'a> {
    call: Call<'a>,
    body: UpdateRetentionPolicyByIdRequestBody,
}

impl<'a> UpdateRetentionPolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_retention_policies_id",
            method: reqwest::Method::PUT,
            path: "/retention_policies/{retention_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_id", retention_policy_id.as_ref());
        Self {
            call,
            body: UpdateRetentionPolicyByIdRequestBody {
                policy_name: None,
                description: None,
                disposition_action: None,
                retention_type: None,
                retention_length: None,
                status: None,
                can_owner_extend_retention: None,
                max_extension_length: None,
                are_owners_notified: None,
                custom_notification_recipients: None,
            },
        }
    }

    /// The name for the retention policy.
    #[inline]
    pub fn policy_name(mut self, policy_name: Option<String>) -> Self {
        self.body.policy_name = Some(policy_name);
        self
    }

    /// The additional text description of the retention policy.
    #[inline]
    pub fn description(mut self, description: Option<String>) -> Self {
        self.body.description = Some(description);
        self
    }

    /// The disposition action of the retention policy.
    /// This action can be `permanently_delete`, which
    /// will cause the content retained by the policy
    /// to be permanently deleted, or `remove_retention`,
    /// which will lift the retention policy from the content,
    /// allowing it to be deleted by users,
    /// once the retention policy has expired.
    /// You can use `null` if you don't want to change `disposition_action`.
    #[inline]
    pub fn disposition_action(mut self, disposition_action: UpdateRetentionPolicyByIdDispositionAction) -> Self {
        self.body.disposition_action = Some(disposition_action);
        self
    }

    /// Specifies the retention type:
    ///
    /// * `modifiable`: You can modify the retention policy. For example,
    /// you can add or remove folders, shorten or lengthen
    /// the policy duration, or delete the assignment.
    /// Use this type if your retention policy
    /// is not related to any regulatory purposes.
    /// * `non-modifiable`: You can modify the retention policy
    /// only in a limited way: add a folder, lengthen the duration,
    /// retire the policy, change the disposition action
    /// or notification settings. You cannot perform other actions,
    /// such as deleting the assignment or shortening the
    /// policy duration. Use this type to ensure
    /// compliance with regulatory retention policies.
    ///
    /// When updating a retention policy, you can use
    /// `non-modifiable` type only. You can convert a
    /// `modifiable` policy to `non-modifiable`, but
    /// not the other way around.
    #[inline]
    pub fn retention_type(mut self, retention_type: Option<String>) -> Self {
        self.body.retention_type = Some(retention_type);
        self
    }

    /// The length of the retention policy. This value
    /// specifies the duration in days that the retention
    /// policy will be active for after being assigned to
    /// content.  If the policy has a `policy_type` of
    /// `indefinite`, the `retention_length` will also be
    /// `indefinite`.
    #[inline]
    pub fn retention_length(mut self, retention_length: UpdateRetentionPolicyByIdRetentionLength) -> Self {
        self.body.retention_length = Some(retention_length);
        self
    }

    /// Used to retire a retention policy.
    ///
    /// If not retiring a policy, do not include this parameter
    /// or set it to `null`.
    #[inline]
    pub fn status(mut self, status: Option<String>) -> Self {
        self.body.status = Some(status);
        self
    }

    /// Determines if the owner of items under the policy
    /// can extend the retention when the original retention
    /// duration is about to end.
    #[inline]
    pub fn can_owner_extend_retention(mut self, can_owner_extend_retention: Option<bool>) -> Self {
        self.body.can_owner_extend_retention = Some(can_owner_extend_retention);
        self
    }

    /// The `max_extension_length` property, which the spec does not describe (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/max_extension_length`).
    #[inline]
    pub fn max_extension_length(mut self, max_extension_length: RetentionPolicyMaxExtensionLengthRequest) -> Self {
        self.body.max_extension_length = Some(max_extension_length);
        self
    }

    /// Determines if owners and co-owners of items
    /// under the policy are notified when
    /// the retention duration is about to end.
    #[inline]
    pub fn are_owners_notified(mut self, are_owners_notified: Option<bool>) -> Self {
        self.body.are_owners_notified = Some(are_owners_notified);
        self
    }

    /// A list of users notified when the retention duration is about to end.
    #[inline]
    pub fn custom_notification_recipients(mut self, custom_notification_recipients: Option<Vec<UserBase>>) -> Self {
        self.body.custom_notification_recipients = Some(custom_notification_recipients);
        self
    }
}

request_builder!(runtime, UpdateRetentionPolicyById(body) => json RetentionPolicy);

/// Request builder for [`RetentionPoliciesManager::delete_retention_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteRetentionPolicyById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteRetentionPolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, retention_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_retention_policies_id",
            method: reqwest::Method::DELETE,
            path: "/retention_policies/{retention_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("retention_policy_id", retention_policy_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteRetentionPolicyById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policies/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetRetentionPoliciesPolicyType {
    /// `finite`
    Finite,
    /// `indefinite`
    Indefinite,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetRetentionPoliciesPolicyType, Unknown, Finite = "finite", Indefinite = "indefinite");

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policies/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRetentionPolicyRequestBody {
    /// The name for the retention policy.
    pub policy_name: String,
    /// The additional text description of the retention policy.
    pub description: Option<String>,
    /// The type of the retention policy. A retention
    /// policy type can either be `finite`, where a
    /// specific amount of time to retain the content is known
    /// upfront, or `indefinite`, where the amount of time
    /// to retain the content is still unknown.
    pub policy_type: CreateRetentionPolicyPolicyType,
    /// The disposition action of the retention policy.
    /// `permanently_delete` deletes the content
    /// retained by the policy permanently.
    /// `remove_retention` lifts retention policy
    /// from the content, allowing it to be deleted
    /// by users once the retention policy has expired.
    pub disposition_action: CreateRetentionPolicyDispositionAction,
    /// The length of the retention policy. This value
    /// specifies the duration in days that the retention
    /// policy will be active for after being assigned to
    /// content.  If the policy has a `policy_type` of
    /// `indefinite`, the `retention_length` will also be
    /// `indefinite`.
    pub retention_length: Option<CreateRetentionPolicyRetentionLength>,
    /// Specifies the retention type:
    ///
    /// * `modifiable`: You can modify the retention policy. For example,
    /// you can add or remove folders, shorten or lengthen
    /// the policy duration, or delete the assignment.
    /// Use this type if your retention policy
    /// is not related to any regulatory purposes.
    ///
    /// * `non_modifiable`: You can modify the retention policy
    /// only in a limited way: add a folder, lengthen the duration,
    /// retire the policy, change the disposition action
    /// or notification settings. You cannot perform other actions,
    /// such as deleting the assignment or shortening the
    /// policy duration. Use this type to ensure
    /// compliance with regulatory retention policies.
    pub retention_type: Option<CreateRetentionPolicyRetentionType>,
    /// Whether the owner of a file will be allowed to
    /// extend the retention.
    pub can_owner_extend_retention: Option<bool>,
    /// The `max_extension_length` property, which the spec does not describe (`#/paths/~1retention_policies/post/requestBody/content/application~1json/schema/properties/max_extension_length`).
    pub max_extension_length: Option<RetentionPolicyMaxExtensionLengthRequest>,
    /// Whether owner and co-owners of a file are notified
    /// when the policy nears expiration.
    pub are_owners_notified: Option<bool>,
    /// A list of users notified when
    /// the retention policy duration is about to end.
    pub custom_notification_recipients: Option<Vec<UserMini>>,
}

serialize_struct!(
    runtime,
    CreateRetentionPolicyRequestBody {
        policy_name: required("policy_name"),
        description: optional("description"),
        policy_type: required("policy_type"),
        disposition_action: required("disposition_action"),
        retention_length: optional("retention_length"),
        retention_type: optional("retention_type"),
        can_owner_extend_retention: optional("can_owner_extend_retention"),
        max_extension_length: optional("max_extension_length"),
        are_owners_notified: optional("are_owners_notified"),
        custom_notification_recipients: optional("custom_notification_recipients")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateRetentionPolicyRequestBody {
        policy_name: required::<String>("policy_name"),
        description: optional::<Option<String>>("description"),
        policy_type: required::<CreateRetentionPolicyPolicyType>("policy_type"),
        disposition_action: required::<CreateRetentionPolicyDispositionAction>("disposition_action"),
        retention_length: optional::<Option<CreateRetentionPolicyRetentionLength>>("retention_length"),
        retention_type: optional::<Option<CreateRetentionPolicyRetentionType>>("retention_type"),
        can_owner_extend_retention: optional::<Option<bool>>("can_owner_extend_retention"),
        max_extension_length: optional::<Option<crate::models::RetentionPolicyMaxExtensionLengthRequest>>(
            "max_extension_length"
        ),
        are_owners_notified: optional::<Option<bool>>("are_owners_notified"),
        custom_notification_recipients: optional::<Option<Vec<crate::models::UserMini>>>(
            "custom_notification_recipients"
        )
    }
);

/// The type of the retention policy. A retention
/// policy type can either be `finite`, where a
/// specific amount of time to retain the content is known
/// upfront, or `indefinite`, where the amount of time
/// to retain the content is still unknown.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateRetentionPolicyPolicyType {
    /// `finite`
    Finite,
    /// `indefinite`
    Indefinite,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateRetentionPolicyPolicyType, Unknown, Finite = "finite", Indefinite = "indefinite");

/// The disposition action of the retention policy.
/// `permanently_delete` deletes the content
/// retained by the policy permanently.
/// `remove_retention` lifts retention policy
/// from the content, allowing it to be deleted
/// by users once the retention policy has expired.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateRetentionPolicyDispositionAction {
    /// `permanently_delete`
    PermanentlyDelete,
    /// `remove_retention`
    RemoveRetention,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateRetentionPolicyDispositionAction,
    Unknown,
    PermanentlyDelete = "permanently_delete",
    RemoveRetention = "remove_retention"
);

/// The length of the retention policy. This value
/// specifies the duration in days that the retention
/// policy will be active for after being assigned to
/// content.  If the policy has a `policy_type` of
/// `indefinite`, the `retention_length` will also be
/// `indefinite`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum CreateRetentionPolicyRetentionLength {
    /// The `String` alternative (`#/paths/~1retention_policies/post/requestBody/content/application~1json/schema/properties/retention_length/oneOf/0`).
    String(String),
    /// The `Number` alternative (`#/paths/~1retention_policies/post/requestBody/content/application~1json/schema/properties/retention_length/oneOf/1`).
    Number(f64),
}

impl From<String> for CreateRetentionPolicyRetentionLength {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<f64> for CreateRetentionPolicyRetentionLength {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

/// Specifies the retention type:
///
/// * `modifiable`: You can modify the retention policy. For example,
/// you can add or remove folders, shorten or lengthen
/// the policy duration, or delete the assignment.
/// Use this type if your retention policy
/// is not related to any regulatory purposes.
///
/// * `non_modifiable`: You can modify the retention policy
/// only in a limited way: add a folder, lengthen the duration,
/// retire the policy, change the disposition action
/// or notification settings. You cannot perform other actions,
/// such as deleting the assignment or shortening the
/// policy duration. Use this type to ensure
/// compliance with regulatory retention policies.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateRetentionPolicyRetentionType {
    /// `modifiable`
    Modifiable,
    /// `non_modifiable`
    NonModifiable,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateRetentionPolicyRetentionType,
    Unknown,
    Modifiable = "modifiable",
    NonModifiable = "non_modifiable"
);

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateRetentionPolicyByIdRequestBody {
    /// The name for the retention policy.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub policy_name: Option<Option<String>>,
    /// The additional text description of the retention policy.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub description: Option<Option<String>>,
    /// The disposition action of the retention policy.
    /// This action can be `permanently_delete`, which
    /// will cause the content retained by the policy
    /// to be permanently deleted, or `remove_retention`,
    /// which will lift the retention policy from the content,
    /// allowing it to be deleted by users,
    /// once the retention policy has expired.
    /// You can use `null` if you don't want to change `disposition_action`.
    pub disposition_action: Option<UpdateRetentionPolicyByIdDispositionAction>,
    /// Specifies the retention type:
    ///
    /// * `modifiable`: You can modify the retention policy. For example,
    /// you can add or remove folders, shorten or lengthen
    /// the policy duration, or delete the assignment.
    /// Use this type if your retention policy
    /// is not related to any regulatory purposes.
    /// * `non-modifiable`: You can modify the retention policy
    /// only in a limited way: add a folder, lengthen the duration,
    /// retire the policy, change the disposition action
    /// or notification settings. You cannot perform other actions,
    /// such as deleting the assignment or shortening the
    /// policy duration. Use this type to ensure
    /// compliance with regulatory retention policies.
    ///
    /// When updating a retention policy, you can use
    /// `non-modifiable` type only. You can convert a
    /// `modifiable` policy to `non-modifiable`, but
    /// not the other way around.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub retention_type: Option<Option<String>>,
    /// The length of the retention policy. This value
    /// specifies the duration in days that the retention
    /// policy will be active for after being assigned to
    /// content.  If the policy has a `policy_type` of
    /// `indefinite`, the `retention_length` will also be
    /// `indefinite`.
    pub retention_length: Option<UpdateRetentionPolicyByIdRetentionLength>,
    /// Used to retire a retention policy.
    ///
    /// If not retiring a policy, do not include this parameter
    /// or set it to `null`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub status: Option<Option<String>>,
    /// Determines if the owner of items under the policy
    /// can extend the retention when the original retention
    /// duration is about to end.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub can_owner_extend_retention: Option<Option<bool>>,
    /// The `max_extension_length` property, which the spec does not describe (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/max_extension_length`).
    pub max_extension_length: Option<RetentionPolicyMaxExtensionLengthRequest>,
    /// Determines if owners and co-owners of items
    /// under the policy are notified when
    /// the retention duration is about to end.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub are_owners_notified: Option<Option<bool>>,
    /// A list of users notified when the retention duration is about to end.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub custom_notification_recipients: Option<Option<Vec<UserBase>>>,
}

serialize_struct!(
    runtime,
    UpdateRetentionPolicyByIdRequestBody {
        policy_name: nullable("policy_name"),
        description: nullable("description"),
        disposition_action: optional("disposition_action"),
        retention_type: nullable("retention_type"),
        retention_length: optional("retention_length"),
        status: nullable("status"),
        can_owner_extend_retention: nullable("can_owner_extend_retention"),
        max_extension_length: optional("max_extension_length"),
        are_owners_notified: nullable("are_owners_notified"),
        custom_notification_recipients: nullable("custom_notification_recipients")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateRetentionPolicyByIdRequestBody {
        policy_name: nullable::<Option<String>>("policy_name"),
        description: nullable::<Option<String>>("description"),
        disposition_action: optional::<Option<UpdateRetentionPolicyByIdDispositionAction>>("disposition_action"),
        retention_type: nullable::<Option<String>>("retention_type"),
        retention_length: optional::<Option<UpdateRetentionPolicyByIdRetentionLength>>("retention_length"),
        status: nullable::<Option<String>>("status"),
        can_owner_extend_retention: nullable::<Option<bool>>("can_owner_extend_retention"),
        max_extension_length: optional::<Option<crate::models::RetentionPolicyMaxExtensionLengthRequest>>(
            "max_extension_length"
        ),
        are_owners_notified: nullable::<Option<bool>>("are_owners_notified"),
        custom_notification_recipients: nullable::<Option<Vec<crate::models::UserBase>>>(
            "custom_notification_recipients"
        )
    }
);

/// The disposition action of the retention policy.
/// This action can be `permanently_delete`, which
/// will cause the content retained by the policy
/// to be permanently deleted, or `remove_retention`,
/// which will lift the retention policy from the content,
/// allowing it to be deleted by users,
/// once the retention policy has expired.
/// You can use `null` if you don't want to change `disposition_action`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateRetentionPolicyByIdDispositionAction {
    /// The `Object` alternative (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/disposition_action/anyOf/0`).
    Object(UpdateRetentionPolicyByIdDispositionActionVariant1Field),
    /// The `String` alternative (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/disposition_action/anyOf/1`).
    String(String),
}

impl From<UpdateRetentionPolicyByIdDispositionActionVariant1Field> for UpdateRetentionPolicyByIdDispositionAction {
    fn from(value: UpdateRetentionPolicyByIdDispositionActionVariant1Field) -> Self {
        Self::Object(value)
    }
}

impl From<String> for UpdateRetentionPolicyByIdDispositionAction {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/disposition_action/anyOf/0`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateRetentionPolicyByIdDispositionActionVariant1Field {
    /// `permanently_delete`
    PermanentlyDelete,
    /// `remove_retention`
    RemoveRetention,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateRetentionPolicyByIdDispositionActionVariant1Field,
    Unknown,
    PermanentlyDelete = "permanently_delete",
    RemoveRetention = "remove_retention"
);

/// The length of the retention policy. This value
/// specifies the duration in days that the retention
/// policy will be active for after being assigned to
/// content.  If the policy has a `policy_type` of
/// `indefinite`, the `retention_length` will also be
/// `indefinite`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateRetentionPolicyByIdRetentionLength {
    /// The `String` alternative (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/retention_length/oneOf/0`).
    String(String),
    /// The `Number` alternative (`#/paths/~1retention_policies~1{retention_policy_id}/put/requestBody/content/application~1json/schema/properties/retention_length/oneOf/1`).
    Number(f64),
}

impl From<String> for UpdateRetentionPolicyByIdRetentionLength {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<f64> for UpdateRetentionPolicyByIdRetentionLength {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
