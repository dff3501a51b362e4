// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `metadata_cascade_policies` operations: [`MetadataCascadePoliciesManager`] and one request builder per operation.

use crate::models::{ClientError, ConflictError, MetadataCascadePolicies, MetadataCascadePolicy};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::metadata_cascade_policies`](crate::Client::metadata_cascade_policies) or [`MetadataCascadePoliciesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct MetadataCascadePoliciesManager<'a> {
    client: &'a Client,
}

impl<'a> MetadataCascadePoliciesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List metadata cascade policies
    ///
    /// Retrieves a list of all the metadata cascade policies
    /// that are applied to a given folder. This can not be used on the root
    /// folder with ID `0`.
    ///
    /// `GET /metadata_cascade_policies`
    #[inline]
    pub fn get_metadata_cascade_policies(&self, folder_id: impl AsRef<str>) -> GetMetadataCascadePolicies<'a> {
        GetMetadataCascadePolicies::new(self.client, folder_id)
    }

    /// Create metadata cascade policy
    ///
    /// Creates a new metadata cascade policy that applies a given
    /// metadata template to a given folder and automatically
    /// cascades it down to any files within that folder.
    ///
    /// In order for the policy to be applied a metadata instance must first
    /// be applied to the folder the policy is to be applied to.
    ///
    /// `POST /metadata_cascade_policies`
    #[inline]
    pub fn create_metadata_cascade_policy(
        &self,
        folder_id: impl Into<String>,
        scope: CreateMetadataCascadePolicyScope,
        template_key: impl Into<String>,
    ) -> CreateMetadataCascadePolicy<'a> {
        CreateMetadataCascadePolicy::new(self.client, folder_id, scope, template_key)
    }

    /// Get metadata cascade policy
    ///
    /// Retrieve a specific metadata cascade policy assigned to a folder.
    ///
    /// `GET /metadata_cascade_policies/{metadata_cascade_policy_id}`
    #[inline]
    pub fn get_metadata_cascade_policy_by_id(
        &self,
        metadata_cascade_policy_id: impl AsRef<str>,
    ) -> GetMetadataCascadePolicyById<'a> {
        GetMetadataCascadePolicyById::new(self.client, metadata_cascade_policy_id)
    }

    /// Remove metadata cascade policy
    ///
    /// Deletes a metadata cascade policy.
    ///
    /// `DELETE /metadata_cascade_policies/{metadata_cascade_policy_id}`
    #[inline]
    pub fn delete_metadata_cascade_policy_by_id(
        &self,
        metadata_cascade_policy_id: impl AsRef<str>,
    ) -> DeleteMetadataCascadePolicyById<'a> {
        DeleteMetadataCascadePolicyById::new(self.client, metadata_cascade_policy_id)
    }

    /// Force-apply metadata cascade policy to folder
    ///
    /// Force the metadata on a folder with a metadata cascade policy to be applied to
    /// all of its children. This can be used after creating a new cascade policy to
    /// enforce the metadata to be cascaded down to all existing files within that
    /// folder.
    ///
    /// `POST /metadata_cascade_policies/{metadata_cascade_policy_id}/apply`
    #[inline]
    pub fn apply_metadata_cascade_policy(
        &self,
        metadata_cascade_policy_id: impl AsRef<str>,
        conflict_resolution: ApplyMetadataCascadePolicyConflictResolution,
    ) -> ApplyMetadataCascadePolicy<'a> {
        ApplyMetadataCascadePolicy::new(self.client, metadata_cascade_policy_id, conflict_resolution)
    }
}

/// Request builder for [`MetadataCascadePoliciesManager::get_metadata_cascade_policies`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataCascadePolicies<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataCascadePolicies<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_cascade_policies",
            method: reqwest::Method::GET,
            path: "/metadata_cascade_policies",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("folder_id", folder_id.as_ref());
        Self { call }
    }

    /// The ID of the enterprise ID for which to find metadata
    /// cascade policies. If not specified, it defaults to the
    /// current enterprise.
    #[inline]
    pub fn owner_enterprise_id(mut self, owner_enterprise_id: impl AsRef<str>) -> Self {
        self.call.query("owner_enterprise_id", owner_enterprise_id.as_ref());
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

    /// The offset of the item at which to begin the response.
    ///
    /// Queries with offset parameter value
    /// exceeding 10000 will be rejected
    /// with a 400 response.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.call.query("offset", &offset);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, MetadataCascadePolicy> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataCascadePolicies>)
    }
}

request_builder!(runtime, GetMetadataCascadePolicies => json MetadataCascadePolicies);

/// Request builder for [`MetadataCascadePoliciesManager::create_metadata_cascade_policy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMetadataCascadePolicy<'a> {
    call: Call<'a>,
    body: CreateMetadataCascadePolicyRequestBody,
}

impl<'a> CreateMetadataCascadePolicy<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        folder_id: impl Into<String>,
        scope: CreateMetadataCascadePolicyScope,
        template_key: impl Into<String>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_cascade_policies",
            method: reqwest::Method::POST,
            path: "/metadata_cascade_policies",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ConflictError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateMetadataCascadePolicyRequestBody {
                folder_id: folder_id.into(),
                scope,
                template_key: template_key.into(),
            },
        }
    }
}

request_builder!(
    runtime, CreateMetadataCascadePolicy(body) => json MetadataCascadePolicy
);

/// Request builder for [`MetadataCascadePoliciesManager::get_metadata_cascade_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataCascadePolicyById<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataCascadePolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, metadata_cascade_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_cascade_policies_id",
            method: reqwest::Method::GET,
            path: "/metadata_cascade_policies/{metadata_cascade_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("metadata_cascade_policy_id", metadata_cascade_policy_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetMetadataCascadePolicyById => json MetadataCascadePolicy);

/// Request builder for [`MetadataCascadePoliciesManager::delete_metadata_cascade_policy_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteMetadataCascadePolicyById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteMetadataCascadePolicyById<'a> {
    #[inline]
    fn new(client: &'a Client, metadata_cascade_policy_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_metadata_cascade_policies_id",
            method: reqwest::Method::DELETE,
            path: "/metadata_cascade_policies/{metadata_cascade_policy_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("metadata_cascade_policy_id", metadata_cascade_policy_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteMetadataCascadePolicyById => empty);

/// Request builder for [`MetadataCascadePoliciesManager::apply_metadata_cascade_policy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ApplyMetadataCascadePolicy<'a> {
    call: Call<'a>,
    body: ApplyMetadataCascadePolicyRequestBody,
}

impl<'a> ApplyMetadataCascadePolicy<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        metadata_cascade_policy_id: impl AsRef<str>,
        conflict_resolution: ApplyMetadataCascadePolicyConflictResolution,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_cascade_policies_id_apply",
            method: reqwest::Method::POST,
            path: "/metadata_cascade_policies/{metadata_cascade_policy_id}/apply",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("metadata_cascade_policy_id", metadata_cascade_policy_id.as_ref());
        Self { call, body: ApplyMetadataCascadePolicyRequestBody { conflict_resolution } }
    }
}

request_builder!(runtime, ApplyMetadataCascadePolicy(body) => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_cascade_policies/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMetadataCascadePolicyRequestBody {
    /// The ID of the folder to apply the policy to. This folder will
    /// need to already have an instance of the targeted metadata
    /// template applied to it.
    pub folder_id: String,
    /// The scope of the targeted metadata template. This template will
    /// need to already have an instance applied to the targeted folder.
    pub scope: CreateMetadataCascadePolicyScope,
    /// The key of the targeted metadata template. This template will
    /// need to already have an instance applied to the targeted folder.
    ///
    /// In many cases the template key is automatically derived
    /// of its display name, for example `Contract Template` would
    /// become `contractTemplate`. In some cases the creator of the
    /// template will have provided its own template key.
    ///
    /// Please \[list the templates for an enterprise\]\[list\], or
    /// get all instances on a \[file\]\[file\] or \[folder\]\[folder\]
    /// to inspect a template's key.
    ///
    /// \[list\]: <https://developer.box.com/reference/get-metadata-templates-enterprise>
    /// \[file\]: <https://developer.box.com/reference/get-files-id-metadata>
    /// \[folder\]: <https://developer.box.com/reference/get-folders-id-metadata>
    pub template_key: String,
}

serialize_struct!(
    runtime,
    CreateMetadataCascadePolicyRequestBody {
        folder_id: required("folder_id"),
        scope: required("scope"),
        template_key: required("templateKey")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataCascadePolicyRequestBody {
        folder_id: required::<String>("folder_id"),
        scope: required::<CreateMetadataCascadePolicyScope>("scope"),
        template_key: required::<String>("templateKey")
    }
);

/// The scope of the targeted metadata template. This template will
/// need to already have an instance applied to the targeted folder.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateMetadataCascadePolicyScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateMetadataCascadePolicyScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_cascade_policies~1{metadata_cascade_policy_id}~1apply/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct ApplyMetadataCascadePolicyRequestBody {
    /// Describes the desired behavior when dealing with the conflict
    /// where a metadata template already has an instance applied
    /// to a child.
    ///
    /// * `none` will preserve the existing value on the file
    /// * `overwrite` will force-apply the templates values over
    ///   any existing values.
    pub conflict_resolution: ApplyMetadataCascadePolicyConflictResolution,
}

serialize_struct!(
    runtime,
    ApplyMetadataCascadePolicyRequestBody { conflict_resolution: required("conflict_resolution") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ApplyMetadataCascadePolicyRequestBody {
        conflict_resolution: required::<ApplyMetadataCascadePolicyConflictResolution>("conflict_resolution")
    }
);

/// Describes the desired behavior when dealing with the conflict
/// where a metadata template already has an instance applied
/// to a child.
///
/// * `none` will preserve the existing value on the file
/// * `overwrite` will force-apply the templates values over
///   any existing values.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplyMetadataCascadePolicyConflictResolution {
    /// `none`
    None,
    /// `overwrite`
    Overwrite,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ApplyMetadataCascadePolicyConflictResolution, Unknown, None = "none", Overwrite = "overwrite");
