// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `metadata_templates` operations: [`MetadataTemplatesManager`] and one request builder per operation.

use crate::models::{ClientError, MetadataTemplate, MetadataTemplates};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::metadata_templates`](crate::Client::metadata_templates) or [`MetadataTemplatesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct MetadataTemplatesManager<'a> {
    client: &'a Client,
}

impl<'a> MetadataTemplatesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Find metadata template by instance ID
    ///
    /// Finds a metadata template by searching for the ID of an instance of the
    /// template.
    ///
    /// `GET /metadata_templates`
    #[inline]
    pub fn get_metadata_templates_by_instance_id(
        &self,
        metadata_instance_id: uuid::Uuid,
    ) -> GetMetadataTemplatesByInstanceId<'a> {
        GetMetadataTemplatesByInstanceId::new(self.client, metadata_instance_id)
    }

    /// Get metadata template by name
    ///
    /// Retrieves a metadata template by its `scope` and `templateKey` values.
    ///
    /// To find the `scope` and `templateKey` for a template, list all templates for
    /// an enterprise or globally, or list all templates applied to a file or folder.
    ///
    /// `GET /metadata_templates/{scope}/{template_key}/schema`
    #[inline]
    pub fn get_metadata_template(
        &self,
        scope: GetMetadataTemplateScope,
        template_key: impl AsRef<str>,
    ) -> GetMetadataTemplate<'a> {
        GetMetadataTemplate::new(self.client, scope, template_key)
    }

    /// Update metadata template
    ///
    /// Updates a metadata template.
    ///
    /// The metadata template can only be updated if the template
    /// already exists.
    ///
    /// The update is applied atomically. If any errors occur during the
    /// application of the operations, the metadata template will not be changed.
    ///
    /// `PUT /metadata_templates/{scope}/{template_key}/schema`
    #[inline]
    pub fn update_metadata_template(
        &self,
        scope: UpdateMetadataTemplateScope,
        template_key: impl AsRef<str>,
    ) -> UpdateMetadataTemplate<'a> {
        UpdateMetadataTemplate::new(self.client, scope, template_key)
    }

    /// Remove metadata template
    ///
    /// Delete a metadata template and its instances.
    /// This deletion is permanent and can not be reversed.
    ///
    /// `DELETE /metadata_templates/{scope}/{template_key}/schema`
    #[inline]
    pub fn delete_metadata_template(
        &self,
        scope: DeleteMetadataTemplateScope,
        template_key: impl AsRef<str>,
    ) -> DeleteMetadataTemplate<'a> {
        DeleteMetadataTemplate::new(self.client, scope, template_key)
    }

    /// Get metadata template by ID
    ///
    /// Retrieves a metadata template by its ID.
    ///
    /// `GET /metadata_templates/{template_id}`
    #[inline]
    pub fn get_metadata_template_by_id(&self, template_id: impl AsRef<str>) -> GetMetadataTemplateById<'a> {
        GetMetadataTemplateById::new(self.client, template_id)
    }

    /// List all global metadata templates
    ///
    /// Used to retrieve all generic, global metadata templates available to all
    /// enterprises using Box.
    ///
    /// `GET /metadata_templates/global`
    #[inline]
    pub fn get_global_metadata_templates(&self) -> GetGlobalMetadataTemplates<'a> {
        GetGlobalMetadataTemplates::new(self.client)
    }

    /// List all metadata templates for enterprise
    ///
    /// Used to retrieve all metadata templates created to be used specifically within
    /// the user's enterprise.
    ///
    /// `GET /metadata_templates/enterprise`
    #[inline]
    pub fn get_enterprise_metadata_templates(&self) -> GetEnterpriseMetadataTemplates<'a> {
        GetEnterpriseMetadataTemplates::new(self.client)
    }

    /// Create metadata template
    ///
    /// Creates a new metadata template that can be applied to
    /// files and folders.
    ///
    /// `POST /metadata_templates/schema`
    #[inline]
    pub fn create_metadata_template(
        &self,
        scope: impl Into<String>,
        display_name: impl Into<String>,
    ) -> CreateMetadataTemplate<'a> {
        CreateMetadataTemplate::new(self.client, scope, display_name)
    }
}

/// Request builder for [`MetadataTemplatesManager::get_metadata_templates_by_instance_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTemplatesByInstanceId<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTemplatesByInstanceId<'a> {
    #[inline]
    fn new(client: &'a Client, metadata_instance_id: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates",
            method: reqwest::Method::GET,
            path: "/metadata_templates",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("metadata_instance_id", &metadata_instance_id);
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
    pub fn into_stream(self) -> Paginator<'a, MetadataTemplate> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataTemplates>)
    }
}

request_builder!(runtime, GetMetadataTemplatesByInstanceId => json MetadataTemplates);

/// Request builder for [`MetadataTemplatesManager::get_metadata_template`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTemplate<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTemplate<'a> {
    #[inline]
    fn new(client: &'a Client, scope: GetMetadataTemplateScope, template_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates_id_id_schema",
            method: reqwest::Method::GET,
            path: "/metadata_templates/{scope}/{template_key}/schema",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetMetadataTemplate => json MetadataTemplate);

/// Request builder for [`MetadataTemplatesManager::update_metadata_template`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateMetadataTemplate<'a> {
    call: Call<'a>,
}

impl<'a> UpdateMetadataTemplate<'a> {
    #[inline]
    fn new(client: &'a Client, scope: UpdateMetadataTemplateScope, template_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_metadata_templates_id_id_schema",
            method: reqwest::Method::PUT,
            path: "/metadata_templates/{scope}/{template_key}/schema",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json-patch+json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1metadata_templates~1{scope}~1{template_key}~1schema/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateMetadataTemplateRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateMetadataTemplate => json MetadataTemplate);

/// Request builder for [`MetadataTemplatesManager::delete_metadata_template`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteMetadataTemplate<'a> {
    call: Call<'a>,
}

impl<'a> DeleteMetadataTemplate<'a> {
    #[inline]
    fn new(client: &'a Client, scope: DeleteMetadataTemplateScope, template_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_metadata_templates_id_id_schema",
            method: reqwest::Method::DELETE,
            path: "/metadata_templates/{scope}/{template_key}/schema",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("scope", &scope);
        call.path("template_key", template_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteMetadataTemplate => empty);

/// Request builder for [`MetadataTemplatesManager::get_metadata_template_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTemplateById<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTemplateById<'a> {
    #[inline]
    fn new(client: &'a Client, template_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates_id",
            method: reqwest::Method::GET,
            path: "/metadata_templates/{template_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<MetadataTemplate>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("template_id", template_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetMetadataTemplateById => json MetadataTemplate);

/// Request builder for [`MetadataTemplatesManager::get_global_metadata_templates`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetGlobalMetadataTemplates<'a> {
    call: Call<'a>,
}

impl<'a> GetGlobalMetadataTemplates<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates_global",
            method: reqwest::Method::GET,
            path: "/metadata_templates/global",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
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
    pub fn into_stream(self) -> Paginator<'a, MetadataTemplate> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataTemplates>)
    }
}

request_builder!(runtime, GetGlobalMetadataTemplates => json MetadataTemplates);

/// Request builder for [`MetadataTemplatesManager::get_enterprise_metadata_templates`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetEnterpriseMetadataTemplates<'a> {
    call: Call<'a>,
}

impl<'a> GetEnterpriseMetadataTemplates<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates_enterprise",
            method: reqwest::Method::GET,
            path: "/metadata_templates/enterprise",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
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
    pub fn into_stream(self) -> Paginator<'a, MetadataTemplate> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataTemplates>)
    }
}

request_builder!(runtime, GetEnterpriseMetadataTemplates => json MetadataTemplates);

/// Request builder for [`MetadataTemplatesManager::create_metadata_template`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMetadataTemplate<'a> {
    call: Call<'a>,
    body: CreateMetadataTemplateRequestBody,
}

impl<'a> CreateMetadataTemplate<'a> {
    #[inline]
    fn new(client: &'a Client, scope: impl Into<String>, display_name: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_templates_schema",
            method: reqwest::Method::POST,
            path: "/metadata_templates/schema",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateMetadataTemplateRequestBody {
                scope: scope.into(),
                template_key: None,
                display_name: display_name.into(),
                hidden: None,
                fields: None,
                copy_instance_on_item_copy: None,
            },
        }
    }

    /// A unique identifier for the template. This identifier needs to be
    /// unique across the enterprise for which the metadata template is
    /// being created.
    ///
    /// When not provided, the API will create a unique `templateKey`
    /// based on the value of the `displayName`.
    #[inline]
    pub fn template_key(mut self, template_key: impl Into<String>) -> Self {
        self.body.template_key = Some(template_key.into());
        self
    }

    /// Defines if this template is visible in the Box web app UI, or if
    /// it is purely intended for usage through the API.
    #[inline]
    pub fn hidden(mut self, hidden: bool) -> Self {
        self.body.hidden = Some(hidden);
        self
    }

    /// An ordered list of template fields which are part of the template.
    /// Each field can be a regular text field, date field, number field,
    /// as well as a single or multi-select list.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = CreateMetadataTemplateFields>) -> Self {
        self.body.fields = Some(fields.into_iter().collect());
        self
    }

    /// Whether or not to copy any metadata attached to a file or folder
    /// when it is copied. By default, metadata is not copied along with a
    /// file or folder when it is copied.
    #[inline]
    pub fn copy_instance_on_item_copy(mut self, copy_instance_on_item_copy: bool) -> Self {
        self.body.copy_instance_on_item_copy = Some(copy_instance_on_item_copy);
        self
    }
}

request_builder!(runtime, CreateMetadataTemplate(body) => json MetadataTemplate);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_templates~1{scope}~1{template_key}~1schema/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetMetadataTemplateScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetMetadataTemplateScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_templates~1{scope}~1{template_key}~1schema/put/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateMetadataTemplateScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateMetadataTemplateScope, Unknown, Global = "global", Enterprise = "enterprise");

/// A metadata template update operation
///
/// A [JSON-Patch](https://tools.ietf.org/html/rfc6902) operation for a
/// change to make to the metadata instance.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateMetadataTemplateRequestBody {
    /// The type of change to perform on the template. Some
    /// of these are hazardous as they will change existing templates.
    pub op: UpdateMetadataTemplateRequestBodyOp,
    /// The data for the operation. This will vary depending on the
    /// operation being performed.
    pub data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// For operations that affect a single field this defines the key of
    /// the field that is affected.
    pub field_key: Option<String>,
    /// For operations that affect multiple fields this defines the keys
    /// of the fields that are affected.
    pub field_keys: Option<Vec<String>>,
    /// For operations that affect a single `enum` option this defines
    /// the key of the option that is affected.
    pub enum_option_key: Option<String>,
    /// For operations that affect multiple `enum` options this defines
    /// the keys of the options that are affected.
    pub enum_option_keys: Option<Vec<String>>,
    /// For operations that affect a single multi select option this
    /// defines the key of the option that is affected.
    pub multi_select_option_key: Option<String>,
    /// For operations that affect multiple multi select options this
    /// defines the keys of the options that are affected.
    pub multi_select_option_keys: Option<Vec<String>>,
}

serialize_struct!(
    runtime,
    UpdateMetadataTemplateRequestBody {
        op: required("op"),
        data: optional("data"),
        field_key: optional("fieldKey"),
        field_keys: optional("fieldKeys"),
        enum_option_key: optional("enumOptionKey"),
        enum_option_keys: optional("enumOptionKeys"),
        multi_select_option_key: optional("multiSelectOptionKey"),
        multi_select_option_keys: optional("multiSelectOptionKeys")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateMetadataTemplateRequestBody {
        op: required::<UpdateMetadataTemplateRequestBodyOp>("op"),
        data: optional::<Option<std::collections::BTreeMap<String, serde_json::Value>>>("data"),
        field_key: optional::<Option<String>>("fieldKey"),
        field_keys: optional::<Option<Vec<String>>>("fieldKeys"),
        enum_option_key: optional::<Option<String>>("enumOptionKey"),
        enum_option_keys: optional::<Option<Vec<String>>>("enumOptionKeys"),
        multi_select_option_key: optional::<Option<String>>("multiSelectOptionKey"),
        multi_select_option_keys: optional::<Option<Vec<String>>>("multiSelectOptionKeys")
    }
);

/// The type of change to perform on the template. Some
/// of these are hazardous as they will change existing templates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateMetadataTemplateRequestBodyOp {
    /// `editTemplate`
    EditTemplate,
    /// `addField`
    AddField,
    /// `reorderFields`
    ReorderFields,
    /// `addEnumOption`
    AddEnumOption,
    /// `reorderEnumOptions`
    ReorderEnumOptions,
    /// `reorderMultiSelectOptions`
    ReorderMultiSelectOptions,
    /// `addMultiSelectOption`
    AddMultiSelectOption,
    /// `editField`
    EditField,
    /// `removeField`
    RemoveField,
    /// `editEnumOption`
    EditEnumOption,
    /// `removeEnumOption`
    RemoveEnumOption,
    /// `editMultiSelectOption`
    EditMultiSelectOption,
    /// `removeMultiSelectOption`
    RemoveMultiSelectOption,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateMetadataTemplateRequestBodyOp,
    Unknown,
    EditTemplate = "editTemplate",
    AddField = "addField",
    ReorderFields = "reorderFields",
    AddEnumOption = "addEnumOption",
    ReorderEnumOptions = "reorderEnumOptions",
    ReorderMultiSelectOptions = "reorderMultiSelectOptions",
    AddMultiSelectOption = "addMultiSelectOption",
    EditField = "editField",
    RemoveField = "removeField",
    EditEnumOption = "editEnumOption",
    RemoveEnumOption = "removeEnumOption",
    EditMultiSelectOption = "editMultiSelectOption",
    RemoveMultiSelectOption = "removeMultiSelectOption"
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_templates~1{scope}~1{template_key}~1schema/delete/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeleteMetadataTemplateScope {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DeleteMetadataTemplateScope, Unknown, Global = "global", Enterprise = "enterprise");

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_templates~1schema/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMetadataTemplateRequestBody {
    /// The scope of the metadata template to create. Applications can
    /// only create templates for use within the authenticated user's
    /// enterprise.
    ///
    /// This value needs to be set to `enterprise`, as `global` scopes can
    /// not be created by applications.
    pub scope: String,
    /// A unique identifier for the template. This identifier needs to be
    /// unique across the enterprise for which the metadata template is
    /// being created.
    ///
    /// When not provided, the API will create a unique `templateKey`
    /// based on the value of the `displayName`.
    pub template_key: Option<String>,
    /// The display name of the template.
    pub display_name: String,
    /// Defines if this template is visible in the Box web app UI, or if
    /// it is purely intended for usage through the API.
    pub hidden: Option<bool>,
    /// An ordered list of template fields which are part of the template.
    /// Each field can be a regular text field, date field, number field,
    /// as well as a single or multi-select list.
    pub fields: Option<Vec<CreateMetadataTemplateFields>>,
    /// Whether or not to copy any metadata attached to a file or folder
    /// when it is copied. By default, metadata is not copied along with a
    /// file or folder when it is copied.
    pub copy_instance_on_item_copy: Option<bool>,
}

serialize_struct!(
    runtime,
    CreateMetadataTemplateRequestBody {
        scope: required("scope"),
        template_key: optional("templateKey"),
        display_name: required("displayName"),
        hidden: optional("hidden"),
        fields: optional("fields"),
        copy_instance_on_item_copy: optional("copyInstanceOnItemCopy")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataTemplateRequestBody {
        scope: required::<String>("scope"),
        template_key: optional::<Option<String>>("templateKey"),
        display_name: required::<String>("displayName"),
        hidden: optional::<Option<bool>>("hidden"),
        fields: optional::<Option<Vec<CreateMetadataTemplateFields>>>("fields"),
        copy_instance_on_item_copy: optional::<Option<bool>>("copyInstanceOnItemCopy")
    }
);

/// Metadata Field (Write)
///
/// A field within a metadata template. Fields can be a basic text, date, or
/// number field, a list of options, or a taxonomy.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMetadataTemplateFields {
    /// The type of field. The basic fields are a `string` field for text, a
    /// `float` field for numbers, and a `date` field to present the user with a
    /// date-time picker.
    ///
    /// Additionally, metadata templates support an `enum` field for a basic list
    /// of items, and `multiSelect` field for a similar list of items where the
    /// user can select more than one value.
    ///
    /// Metadata taxonomies are also supported as a `taxonomy` field type
    /// with a specific set of additional properties, which describe its structure.
    pub r#type: CreateMetadataTemplateFieldsTypeField,
    /// A unique identifier for the field. The identifier must
    /// be unique within the template to which it belongs.
    pub key: String,
    /// The display name of the field as it is shown to the user in the web and
    /// mobile apps.
    pub display_name: String,
    /// A description of the field. This is not shown to the user.
    pub description: Option<String>,
    /// Whether this field is hidden in the UI for the user and can only be set
    /// through the API instead.
    pub hidden: Option<bool>,
    /// A list of options for this field. This is used in combination with the
    /// `enum` and `multiSelect` field types.
    pub options: Option<Vec<CreateMetadataTemplateFieldsOptionsField>>,
    /// The unique key of the metadata taxonomy to use for this taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub taxonomy_key: Option<String>,
    /// The unique ID of the metadata taxonomy to use for this taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub taxonomy_id: Option<String>,
    /// The namespace of the metadata taxonomy to use for this taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub namespace: Option<String>,
    /// An object defining additional rules for the options of the taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub options_rules: Option<CreateMetadataTemplateFieldsOptionsRulesField>,
}

serialize_struct!(
    runtime,
    CreateMetadataTemplateFields {
        r#type: required("type"),
        key: required("key"),
        display_name: required("displayName"),
        description: optional("description"),
        hidden: optional("hidden"),
        options: optional("options"),
        taxonomy_key: optional("taxonomyKey"),
        taxonomy_id: optional("taxonomyId"),
        namespace: optional("namespace"),
        options_rules: optional("optionsRules")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataTemplateFields {
        r#type: required::<CreateMetadataTemplateFieldsTypeField>("type"),
        key: required::<String>("key"),
        display_name: required::<String>("displayName"),
        description: optional::<Option<String>>("description"),
        hidden: optional::<Option<bool>>("hidden"),
        options: optional::<Option<Vec<CreateMetadataTemplateFieldsOptionsField>>>("options"),
        taxonomy_key: optional::<Option<String>>("taxonomyKey"),
        taxonomy_id: optional::<Option<String>>("taxonomyId"),
        namespace: optional::<Option<String>>("namespace"),
        options_rules: optional::<Option<CreateMetadataTemplateFieldsOptionsRulesField>>("optionsRules")
    }
);

/// The type of field. The basic fields are a `string` field for text, a
/// `float` field for numbers, and a `date` field to present the user with a
/// date-time picker.
///
/// Additionally, metadata templates support an `enum` field for a basic list
/// of items, and `multiSelect` field for a similar list of items where the
/// user can select more than one value.
///
/// Metadata taxonomies are also supported as a `taxonomy` field type
/// with a specific set of additional properties, which describe its structure.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateMetadataTemplateFieldsTypeField {
    /// `string`
    String,
    /// `float`
    Float,
    /// `date`
    Date,
    /// `enum`
    Enum,
    /// `multiSelect`
    MultiSelect,
    /// `taxonomy`
    Taxonomy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateMetadataTemplateFieldsTypeField,
    Unknown,
    String = "string",
    Float = "float",
    Date = "date",
    Enum = "enum",
    MultiSelect = "multiSelect",
    Taxonomy = "taxonomy"
);

/// Metadata Option (Write)
///
/// An option for a Metadata Template Field.
///
/// Options only need to be provided for fields of type `enum` and `multiSelect`.
/// Options represent the value(s) a user can select for the field either through
/// the UI or through the API.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMetadataTemplateFieldsOptionsField {
    /// The text value of the option. This represents both the display name of the
    /// option and the internal key used when updating templates.
    pub key: String,
}

serialize_struct!(runtime, CreateMetadataTemplateFieldsOptionsField { key: required("key") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataTemplateFieldsOptionsField { key: required::<String>("key") }
);

/// An object defining additional rules for the options of the taxonomy field.
/// This property is required when the field `type` is set to `taxonomy`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateMetadataTemplateFieldsOptionsRulesField {
    /// Whether to allow users to select multiple values.
    pub multi_select: Option<bool>,
    /// An array of integers defining which levels of the taxonomy are
    /// selectable by users.
    pub selectable_levels: Option<Vec<i64>>,
}

serialize_struct!(
    runtime,
    CreateMetadataTemplateFieldsOptionsRulesField {
        multi_select: optional("multiSelect"),
        selectable_levels: optional("selectableLevels")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataTemplateFieldsOptionsRulesField {
        multi_select: optional::<Option<bool>>("multiSelect"),
        selectable_levels: optional::<Option<Vec<i64>>>("selectableLevels")
    }
);
