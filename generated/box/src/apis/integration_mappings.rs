// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `integration_mappings` operations: [`IntegrationMappingsManager`] and one request builder per operation.

use crate::models::{
    ClientError, FolderReference, IntegrationMapping, IntegrationMappingBoxItemSlack,
    IntegrationMappingSlackCreateRequest, IntegrationMappingSlackOptions, IntegrationMappingTeams,
    IntegrationMappingTeamsCreateRequest, IntegrationMappings, IntegrationMappingsTeams,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};

/// Reach it with [`Client::integration_mappings`](crate::Client::integration_mappings) or [`IntegrationMappingsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct IntegrationMappingsManager<'a> {
    client: &'a Client,
}

impl<'a> IntegrationMappingsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List Slack integration mappings
    ///
    /// Lists [Slack integration mappings](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack) in a users' enterprise.
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `GET /integration_mappings/slack`
    #[inline]
    pub fn get_slack_integration_mapping(&self) -> GetSlackIntegrationMapping<'a> {
        GetSlackIntegrationMapping::new(self.client)
    }

    /// Create Slack integration mapping
    ///
    /// Creates a [Slack integration mapping](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack)
    /// by mapping a Slack channel to a Box item.
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `POST /integration_mappings/slack`
    #[inline]
    pub fn create_slack_integration_mapping(&self) -> CreateSlackIntegrationMapping<'a> {
        CreateSlackIntegrationMapping::new(self.client)
    }

    /// Update Slack integration mapping
    ///
    /// Updates a [Slack integration mapping](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack).
    /// Supports updating the Box folder ID and options.
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `PUT /integration_mappings/slack/{integration_mapping_id}`
    #[inline]
    pub fn update_slack_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> UpdateSlackIntegrationMappingById<'a> {
        UpdateSlackIntegrationMappingById::new(self.client, integration_mapping_id)
    }

    /// Delete Slack integration mapping
    ///
    /// Deletes a [Slack integration mapping](https://support.box.com/hc/en-us/articles/4415585987859-Box-as-the-Content-Layer-for-Slack).
    ///
    ///
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `DELETE /integration_mappings/slack/{integration_mapping_id}`
    #[inline]
    pub fn delete_slack_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> DeleteSlackIntegrationMappingById<'a> {
        DeleteSlackIntegrationMappingById::new(self.client, integration_mapping_id)
    }

    /// List Teams integration mappings
    ///
    /// Lists [Teams integration mappings](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams) in a users' enterprise.
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `GET /integration_mappings/teams`
    #[inline]
    pub fn get_teams_integration_mapping(&self) -> GetTeamsIntegrationMapping<'a> {
        GetTeamsIntegrationMapping::new(self.client)
    }

    /// Create Teams integration mapping
    ///
    /// Creates a [Teams integration mapping](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams)
    /// by mapping a Teams channel to a Box item.
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `POST /integration_mappings/teams`
    #[inline]
    pub fn create_teams_integration_mapping(&self) -> CreateTeamsIntegrationMapping<'a> {
        CreateTeamsIntegrationMapping::new(self.client)
    }

    /// Update Teams integration mapping
    ///
    /// Updates a [Teams integration mapping](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams).
    /// Supports updating the Box folder ID and options.
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `PUT /integration_mappings/teams/{integration_mapping_id}`
    #[inline]
    pub fn update_teams_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> UpdateTeamsIntegrationMappingById<'a> {
        UpdateTeamsIntegrationMappingById::new(self.client, integration_mapping_id)
    }

    /// Delete Teams integration mapping
    ///
    /// Deletes a [Teams integration mapping](https://support.box.com/hc/en-us/articles/360044681474-Using-Box-for-Teams).
    /// You need Admin or Co-Admin role to
    /// use this endpoint.
    ///
    /// `DELETE /integration_mappings/teams/{integration_mapping_id}`
    #[inline]
    pub fn delete_teams_integration_mapping_by_id(
        &self,
        integration_mapping_id: impl AsRef<str>,
    ) -> DeleteTeamsIntegrationMappingById<'a> {
        DeleteTeamsIntegrationMappingById::new(self.client, integration_mapping_id)
    }
}

/// Request builder for [`IntegrationMappingsManager::get_slack_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSlackIntegrationMapping<'a> {
    call: Call<'a>,
}

impl<'a> GetSlackIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_integration_mappings_slack",
            method: reqwest::Method::GET,
            path: "/integration_mappings/slack",
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

    /// Mapped item type, for which the mapping should be returned.
    #[inline]
    pub fn partner_item_type(mut self, partner_item_type: GetSlackIntegrationMappingPartnerItemType) -> Self {
        self.call.query("partner_item_type", &partner_item_type);
        self
    }

    /// ID of the mapped item,
    /// for which the mapping should be returned.
    #[inline]
    pub fn partner_item_id(mut self, partner_item_id: impl AsRef<str>) -> Self {
        self.call.query("partner_item_id", partner_item_id.as_ref());
        self
    }

    /// Box item ID, for which the mappings should be returned.
    #[inline]
    pub fn box_item_id(mut self, box_item_id: impl AsRef<str>) -> Self {
        self.call.query("box_item_id", box_item_id.as_ref());
        self
    }

    /// Box item type, for
    /// which the mappings should be returned.
    #[inline]
    pub fn box_item_type(mut self, box_item_type: GetSlackIntegrationMappingBoxItemType) -> Self {
        self.call.query("box_item_type", &box_item_type);
        self
    }

    /// Whether the mapping has been manually created.
    #[inline]
    pub fn is_manually_created(mut self, is_manually_created: bool) -> Self {
        self.call.query("is_manually_created", &is_manually_created);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, IntegrationMapping> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<IntegrationMappings>)
    }
}

request_builder!(runtime, GetSlackIntegrationMapping => json IntegrationMappings);

/// Request builder for [`IntegrationMappingsManager::create_slack_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateSlackIntegrationMapping<'a> {
    call: Call<'a>,
}

impl<'a> CreateSlackIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_integration_mappings_slack",
            method: reqwest::Method::POST,
            path: "/integration_mappings/slack",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1integration_mappings~1slack/post/requestBody`).
    #[inline]
    pub fn integration_mapping_slack_create_request(
        mut self,
        integration_mapping_slack_create_request: IntegrationMappingSlackCreateRequest,
    ) -> Self {
        self.call.body(&integration_mapping_slack_create_request);
        self
    }
}

request_builder!(runtime, CreateSlackIntegrationMapping => json IntegrationMapping);

/// Request builder for [`IntegrationMappingsManager::update_slack_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateSlackIntegrationMappingById<'a> {
    call: Call<'a>,
    body: UpdateSlackIntegrationMappingByIdRequestBody,
}

impl<'a> UpdateSlackIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_integration_mappings_slack_id",
            method: reqwest::Method::PUT,
            path: "/integration_mappings/slack/{integration_mapping_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
        Self { call, body: UpdateSlackIntegrationMappingByIdRequestBody { box_item: None, options: None } }
    }

    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    #[inline]
    pub fn box_item(mut self, box_item: IntegrationMappingBoxItemSlack) -> Self {
        self.body.box_item = Some(box_item);
        self
    }

    /// The `options` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/options`).
    #[inline]
    pub fn options(mut self, options: IntegrationMappingSlackOptions) -> Self {
        self.body.options = Some(options);
        self
    }
}

request_builder!(
    runtime, UpdateSlackIntegrationMappingById(body) => json IntegrationMapping
);

/// Request builder for [`IntegrationMappingsManager::delete_slack_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteSlackIntegrationMappingById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteSlackIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_integration_mappings_slack_id",
            method: reqwest::Method::DELETE,
            path: "/integration_mappings/slack/{integration_mapping_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteSlackIntegrationMappingById => empty);

/// Request builder for [`IntegrationMappingsManager::get_teams_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTeamsIntegrationMapping<'a> {
    call: Call<'a>,
}

impl<'a> GetTeamsIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_integration_mappings_teams",
            method: reqwest::Method::GET,
            path: "/integration_mappings/teams",
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

    /// Mapped item type, for which the mapping should be returned.
    #[inline]
    pub fn partner_item_type(mut self, partner_item_type: GetTeamsIntegrationMappingPartnerItemType) -> Self {
        self.call.query("partner_item_type", &partner_item_type);
        self
    }

    /// ID of the mapped item,
    /// for which the mapping should be returned.
    #[inline]
    pub fn partner_item_id(mut self, partner_item_id: impl AsRef<str>) -> Self {
        self.call.query("partner_item_id", partner_item_id.as_ref());
        self
    }

    /// Box item ID, for which the mappings should be returned.
    #[inline]
    pub fn box_item_id(mut self, box_item_id: impl AsRef<str>) -> Self {
        self.call.query("box_item_id", box_item_id.as_ref());
        self
    }

    /// Box item type, for
    /// which the mappings should be returned.
    #[inline]
    pub fn box_item_type(mut self, box_item_type: GetTeamsIntegrationMappingBoxItemType) -> Self {
        self.call.query("box_item_type", &box_item_type);
        self
    }
}

request_builder!(runtime, GetTeamsIntegrationMapping => json IntegrationMappingsTeams);

/// Request builder for [`IntegrationMappingsManager::create_teams_integration_mapping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateTeamsIntegrationMapping<'a> {
    call: Call<'a>,
}

impl<'a> CreateTeamsIntegrationMapping<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_integration_mappings_teams",
            method: reqwest::Method::POST,
            path: "/integration_mappings/teams",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1integration_mappings~1teams/post/requestBody`).
    #[inline]
    pub fn integration_mapping_teams_create_request(
        mut self,
        integration_mapping_teams_create_request: IntegrationMappingTeamsCreateRequest,
    ) -> Self {
        self.call.body(&integration_mapping_teams_create_request);
        self
    }
}

request_builder!(runtime, CreateTeamsIntegrationMapping => json IntegrationMappingTeams);

/// Request builder for [`IntegrationMappingsManager::update_teams_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateTeamsIntegrationMappingById<'a> {
    call: Call<'a>,
    body: UpdateTeamsIntegrationMappingByIdRequestBody,
}

impl<'a> UpdateTeamsIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_integration_mappings_teams_id",
            method: reqwest::Method::PUT,
            path: "/integration_mappings/teams/{integration_mapping_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
        Self { call, body: UpdateTeamsIntegrationMappingByIdRequestBody { box_item: None } }
    }

    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1teams~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    #[inline]
    pub fn box_item(mut self, box_item: FolderReference) -> Self {
        self.body.box_item = Some(box_item);
        self
    }
}

request_builder!(
    runtime, UpdateTeamsIntegrationMappingById(body) => json IntegrationMappingTeams
);

/// Request builder for [`IntegrationMappingsManager::delete_teams_integration_mapping_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTeamsIntegrationMappingById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteTeamsIntegrationMappingById<'a> {
    #[inline]
    fn new(client: &'a Client, integration_mapping_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_integration_mappings_teams_id",
            method: reqwest::Method::DELETE,
            path: "/integration_mappings/teams/{integration_mapping_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("integration_mapping_id", integration_mapping_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteTeamsIntegrationMappingById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1slack/get/parameters/2/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetSlackIntegrationMappingPartnerItemType {
    /// `channel`
    Channel,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetSlackIntegrationMappingPartnerItemType, Unknown, Channel = "channel");

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1slack/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetSlackIntegrationMappingBoxItemType {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetSlackIntegrationMappingBoxItemType, Unknown, Folder = "folder");

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSlackIntegrationMappingByIdRequestBody {
    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    pub box_item: Option<IntegrationMappingBoxItemSlack>,
    /// The `options` property, which the spec does not describe (`#/paths/~1integration_mappings~1slack~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/options`).
    pub options: Option<IntegrationMappingSlackOptions>,
}

serialize_struct!(
    runtime,
    UpdateSlackIntegrationMappingByIdRequestBody { box_item: optional("box_item"), options: optional("options") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSlackIntegrationMappingByIdRequestBody {
        box_item: optional::<Option<crate::models::IntegrationMappingBoxItemSlack>>("box_item"),
        options: optional::<Option<crate::models::IntegrationMappingSlackOptions>>("options")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1teams/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTeamsIntegrationMappingPartnerItemType {
    /// `channel`
    Channel,
    /// `team`
    Team,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetTeamsIntegrationMappingPartnerItemType, Unknown, Channel = "channel", Team = "team");

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1teams/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTeamsIntegrationMappingBoxItemType {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetTeamsIntegrationMappingBoxItemType, Unknown, Folder = "folder");

/// An inline schema, which the spec does not describe (`#/paths/~1integration_mappings~1teams~1{integration_mapping_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateTeamsIntegrationMappingByIdRequestBody {
    /// The `box_item` property, which the spec does not describe (`#/paths/~1integration_mappings~1teams~1{integration_mapping_id}/put/requestBody/content/application~1json/schema/properties/box_item`).
    pub box_item: Option<FolderReference>,
}

serialize_struct!(runtime, UpdateTeamsIntegrationMappingByIdRequestBody { box_item: optional("box_item") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateTeamsIntegrationMappingByIdRequestBody {
        box_item: optional::<Option<crate::models::FolderReference>>("box_item")
    }
);
