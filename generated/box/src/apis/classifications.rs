// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `classifications` operations: [`ClassificationsManager`] and one request builder per operation.

use crate::models::{ClassificationTemplate, ClientError};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::classifications`](crate::Client::classifications) or [`ClassificationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ClassificationsManager<'a> {
    client: &'a Client,
}

impl<'a> ClassificationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List all classifications
    ///
    /// Retrieves the classification metadata template and lists all the
    /// classifications available to this enterprise.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/metadata_templates/enterprise_12345/securityClassification-6VMVochwUWo/schema`.
    ///
    /// `GET /metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema`
    #[inline]
    pub fn get_classification_template(&self) -> GetClassificationTemplate<'a> {
        GetClassificationTemplate::new(self.client)
    }

    /// Add classification
    ///
    /// Adds one or more new classifications to the list of classifications
    /// available to the enterprise.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/metadata_templates/enterprise_12345/securityClassification-6VMVochwUWo/schema`.
    ///
    /// `PUT /metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema`
    #[inline]
    pub fn add_classification(&self) -> AddClassification<'a> {
        AddClassification::new(self.client)
    }

    /// Update classification
    ///
    /// Updates the labels and descriptions of one or more classifications
    /// available to the enterprise.
    ///
    /// This API can also be called by including the enterprise ID in the
    /// URL explicitly, for example
    /// `/metadata_templates/enterprise_12345/securityClassification-6VMVochwUWo/schema`.
    ///
    /// `PUT /metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema`
    #[inline]
    pub fn update_classification(&self) -> UpdateClassification<'a> {
        UpdateClassification::new(self.client)
    }

    /// Add initial classifications
    ///
    /// When an enterprise does not yet have any classifications, this API call
    /// initializes the classification template with an initial set of
    /// classifications.
    ///
    /// If an enterprise already has a classification, the template will already
    /// exist and instead an API call should be made to add additional
    /// classifications.
    ///
    /// `POST /metadata_templates/schema`
    #[inline]
    pub fn create_classification_template(
        &self,
        scope: CreateClassificationTemplateScope,
        template_key: CreateClassificationTemplateTemplateKey,
        display_name: CreateClassificationTemplateDisplayName,
        fields: impl IntoIterator<Item = CreateClassificationTemplateFields>,
    ) -> CreateClassificationTemplate<'a> {
        CreateClassificationTemplate::new(self.client, scope, template_key, display_name, fields)
    }
}

/// Request builder for [`ClassificationsManager::get_classification_template`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetClassificationTemplate<'a> {
    call: Call<'a>,
}

impl<'a> GetClassificationTemplate<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates_enterprise_securityClassification-6VMVochwUWo_schema",
            method: reqwest::Method::GET,
            path: "/metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema",
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
}

request_builder!(runtime, GetClassificationTemplate => json ClassificationTemplate);

/// Request builder for [`ClassificationsManager::add_classification`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddClassification<'a> {
    call: Call<'a>,
}

impl<'a> AddClassification<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_metadata_templates_enterprise_securityClassification-6VMVochwUWo_schema#add",
            method: reqwest::Method::PUT,
            path: "/metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema",
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

    /// The request body, which the spec does not describe (`#/paths/~1metadata_templates~1enterprise~1securityClassification-6VMVochwUWo~1schema#add/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<AddClassificationRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, AddClassification => json ClassificationTemplate);

/// Request builder for [`ClassificationsManager::update_classification`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateClassification<'a> {
    call: Call<'a>,
}

impl<'a> UpdateClassification<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_metadata_templates_enterprise_securityClassification-6VMVochwUWo_schema#update",
            method: reqwest::Method::PUT,
            path: "/metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json-patch+json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1metadata_templates~1enterprise~1securityClassification-6VMVochwUWo~1schema#update/put/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<UpdateClassificationRequestBody>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, UpdateClassification => json ClassificationTemplate);

/// Request builder for [`ClassificationsManager::create_classification_template`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateClassificationTemplate<'a> {
    call: Call<'a>,
    body: CreateClassificationTemplateRequestBody,
}

impl<'a> CreateClassificationTemplate<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        scope: CreateClassificationTemplateScope,
        template_key: CreateClassificationTemplateTemplateKey,
        display_name: CreateClassificationTemplateDisplayName,
        fields: impl IntoIterator<Item = CreateClassificationTemplateFields>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_templates_schema#classifications",
            method: reqwest::Method::POST,
            path: "/metadata_templates/schema",
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
        Self {
            call,
            body: CreateClassificationTemplateRequestBody {
                scope,
                template_key,
                display_name,
                hidden: None,
                copy_instance_on_item_copy: None,
                fields: fields.into_iter().collect(),
            },
        }
    }

    /// Determines if the classification template is
    /// hidden or available on web and mobile
    /// devices.
    #[inline]
    pub fn hidden(mut self, hidden: bool) -> Self {
        self.body.hidden = Some(hidden);
        self
    }

    /// Determines if classifications are
    /// copied along when the file or folder is
    /// copied.
    #[inline]
    pub fn copy_instance_on_item_copy(mut self, copy_instance_on_item_copy: bool) -> Self {
        self.body.copy_instance_on_item_copy = Some(copy_instance_on_item_copy);
        self
    }
}

request_builder!(
    runtime, CreateClassificationTemplate(body) => json ClassificationTemplate
);

/// A single classification to add to the enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct AddClassificationRequestBody {
    /// The type of change to perform on the classification
    /// object.
    pub op: AddClassificationRequestBodyOp,
    /// Defines classifications
    /// available in the enterprise.
    pub field_key: AddClassificationRequestBodyFieldKey,
    /// The details of the classification to add.
    pub data: AddClassificationRequestBodyData,
}

serialize_struct!(
    runtime,
    AddClassificationRequestBody { op: required("op"), field_key: required("fieldKey"), data: required("data") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddClassificationRequestBody {
        op: required::<AddClassificationRequestBodyOp>("op"),
        field_key: required::<AddClassificationRequestBodyFieldKey>("fieldKey"),
        data: required::<AddClassificationRequestBodyData>("data")
    }
);

/// The type of change to perform on the classification
/// object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddClassificationRequestBodyOp {
    /// `addEnumOption`
    AddEnumOption,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AddClassificationRequestBodyOp, Unknown, AddEnumOption = "addEnumOption");

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddClassificationRequestBodyFieldKey {
    /// `Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    AddClassificationRequestBodyFieldKey,
    Unknown,
    BoxSecurityClassificationKey = "Box__Security__Classification__Key"
);

/// The details of the classification to add.
#[derive(Clone, Debug, PartialEq)]
pub struct AddClassificationRequestBodyData {
    /// The label of the classification as shown in the web and
    /// mobile interfaces. This is the only field required to
    /// add a classification.
    pub key: String,
    /// A static configuration for the classification.
    pub static_config: Option<AddClassificationRequestBodyDataStaticConfigField>,
}

serialize_struct!(
    runtime,
    AddClassificationRequestBodyData { key: required("key"), static_config: optional("staticConfig") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddClassificationRequestBodyData {
        key: required::<String>("key"),
        static_config: optional::<Option<AddClassificationRequestBodyDataStaticConfigField>>("staticConfig")
    }
);

/// A static configuration for the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddClassificationRequestBodyDataStaticConfigField {
    /// Additional details for the classification.
    pub classification: Option<AddClassificationRequestBodyDataStaticConfigClassificationField>,
}

serialize_struct!(
    runtime,
    AddClassificationRequestBodyDataStaticConfigField { classification: optional("classification") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddClassificationRequestBodyDataStaticConfigField {
        classification: optional::<Option<AddClassificationRequestBodyDataStaticConfigClassificationField>>(
            "classification"
        )
    }
);

/// Additional details for the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddClassificationRequestBodyDataStaticConfigClassificationField {
    /// A longer description of the classification.
    pub classification_definition: Option<String>,
    /// An internal Box identifier used to assign a color to
    /// a classification label.
    ///
    /// Mapping between a `colorID` and a color may change
    /// without notice. Currently, the color mappings are as
    /// follows.
    ///
    /// * `0`: Yellow.
    /// * `1`: Orange.
    /// * `2`: Watermelon red.
    /// * `3`: Purple rain.
    /// * `4`: Light blue.
    /// * `5`: Dark blue.
    /// * `6`: Light green.
    /// * `7`: Gray.
    pub color_id: Option<i64>,
}

serialize_struct!(
    runtime,
    AddClassificationRequestBodyDataStaticConfigClassificationField {
        classification_definition: optional("classificationDefinition"),
        color_id: optional("colorID")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddClassificationRequestBodyDataStaticConfigClassificationField {
        classification_definition: optional::<Option<String>>("classificationDefinition"),
        color_id: optional::<Option<i64>>("colorID")
    }
);

/// A single classification to update.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateClassificationRequestBody {
    /// The type of change to perform on the classification
    /// object.
    pub op: UpdateClassificationRequestBodyOp,
    /// Defines classifications
    /// available in the enterprise.
    pub field_key: UpdateClassificationRequestBodyFieldKey,
    /// The original label of the classification to change.
    pub enum_option_key: String,
    /// The details of the updated classification.
    pub data: UpdateClassificationRequestBodyData,
}

serialize_struct!(
    runtime,
    UpdateClassificationRequestBody {
        op: required("op"),
        field_key: required("fieldKey"),
        enum_option_key: required("enumOptionKey"),
        data: required("data")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateClassificationRequestBody {
        op: required::<UpdateClassificationRequestBodyOp>("op"),
        field_key: required::<UpdateClassificationRequestBodyFieldKey>("fieldKey"),
        enum_option_key: required::<String>("enumOptionKey"),
        data: required::<UpdateClassificationRequestBodyData>("data")
    }
);

/// The type of change to perform on the classification
/// object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationRequestBodyOp {
    /// `editEnumOption`
    EditEnumOption,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateClassificationRequestBodyOp, Unknown, EditEnumOption = "editEnumOption");

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateClassificationRequestBodyFieldKey {
    /// `Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateClassificationRequestBodyFieldKey,
    Unknown,
    BoxSecurityClassificationKey = "Box__Security__Classification__Key"
);

/// The details of the updated classification.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateClassificationRequestBodyData {
    /// A new label for the classification, as it will be
    /// shown in the web and mobile interfaces.
    pub key: String,
    /// A static configuration for the classification.
    pub static_config: Option<UpdateClassificationRequestBodyDataStaticConfigField>,
}

serialize_struct!(
    runtime,
    UpdateClassificationRequestBodyData { key: required("key"), static_config: optional("staticConfig") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateClassificationRequestBodyData {
        key: required::<String>("key"),
        static_config: optional::<Option<UpdateClassificationRequestBodyDataStaticConfigField>>("staticConfig")
    }
);

/// A static configuration for the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateClassificationRequestBodyDataStaticConfigField {
    /// Additional details for the classification.
    pub classification: Option<UpdateClassificationRequestBodyDataStaticConfigClassificationField>,
}

serialize_struct!(
    runtime,
    UpdateClassificationRequestBodyDataStaticConfigField { classification: optional("classification") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateClassificationRequestBodyDataStaticConfigField {
        classification: optional::<Option<UpdateClassificationRequestBodyDataStaticConfigClassificationField>>(
            "classification"
        )
    }
);

/// Additional details for the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateClassificationRequestBodyDataStaticConfigClassificationField {
    /// A longer description of the classification.
    pub classification_definition: Option<String>,
    /// An internal Box identifier used to assign a color to
    /// a classification label.
    ///
    /// Mapping between a `colorID` and a color may change
    /// without notice. Currently, the color mappings are as
    /// follows.
    ///
    /// * `0`: Yellow.
    /// * `1`: Orange.
    /// * `2`: Watermelon red.
    /// * `3`: Purple rain.
    /// * `4`: Light blue.
    /// * `5`: Dark blue.
    /// * `6`: Light green.
    /// * `7`: Gray.
    pub color_id: Option<i64>,
}

serialize_struct!(
    runtime,
    UpdateClassificationRequestBodyDataStaticConfigClassificationField {
        classification_definition: optional("classificationDefinition"),
        color_id: optional("colorID")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateClassificationRequestBodyDataStaticConfigClassificationField {
        classification_definition: optional::<Option<String>>("classificationDefinition"),
        color_id: optional::<Option<i64>>("colorID")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_templates~1schema#classifications/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateClassificationTemplateRequestBody {
    /// The scope in which to create the classifications. This should
    /// be `enterprise` or `enterprise_{id}` where `id` is the unique
    /// ID of the enterprise.
    pub scope: CreateClassificationTemplateScope,
    /// Defines the list of metadata templates.
    pub template_key: CreateClassificationTemplateTemplateKey,
    /// The name of the
    /// template as shown in web and mobile interfaces.
    pub display_name: CreateClassificationTemplateDisplayName,
    /// Determines if the classification template is
    /// hidden or available on web and mobile
    /// devices.
    pub hidden: Option<bool>,
    /// Determines if classifications are
    /// copied along when the file or folder is
    /// copied.
    pub copy_instance_on_item_copy: Option<bool>,
    /// The classification template requires exactly
    /// one field, which holds
    /// all the valid classification values.
    pub fields: Vec<CreateClassificationTemplateFields>,
}

serialize_struct!(
    runtime,
    CreateClassificationTemplateRequestBody {
        scope: required("scope"),
        template_key: required("templateKey"),
        display_name: required("displayName"),
        hidden: optional("hidden"),
        copy_instance_on_item_copy: optional("copyInstanceOnItemCopy"),
        fields: required("fields")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateClassificationTemplateRequestBody {
        scope: required::<CreateClassificationTemplateScope>("scope"),
        template_key: required::<CreateClassificationTemplateTemplateKey>("templateKey"),
        display_name: required::<CreateClassificationTemplateDisplayName>("displayName"),
        hidden: optional::<Option<bool>>("hidden"),
        copy_instance_on_item_copy: optional::<Option<bool>>("copyInstanceOnItemCopy"),
        fields: required::<Vec<CreateClassificationTemplateFields>>("fields")
    }
);

/// The scope in which to create the classifications. This should
/// be `enterprise` or `enterprise_{id}` where `id` is the unique
/// ID of the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateClassificationTemplateScope {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateClassificationTemplateScope, Unknown, Enterprise = "enterprise");

/// Defines the list of metadata templates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateClassificationTemplateTemplateKey {
    /// `securityClassification-6VMVochwUWo`
    SecurityClassification6vmVochwUWo,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateClassificationTemplateTemplateKey,
    Unknown,
    SecurityClassification6vmVochwUWo = "securityClassification-6VMVochwUWo"
);

/// The name of the
/// template as shown in web and mobile interfaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateClassificationTemplateDisplayName {
    /// `Classification`
    Classification,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateClassificationTemplateDisplayName, Unknown, Classification = "Classification");

/// The `enum` field which holds all the valid classification
/// values.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateClassificationTemplateFields {
    /// The type of the field
    /// that is always enum.
    pub r#type: CreateClassificationTemplateFieldsTypeField,
    /// Defines classifications
    /// available in the enterprise.
    pub key: CreateClassificationTemplateFieldsKeyField,
    /// A display name for the classification.
    pub display_name: CreateClassificationTemplateFieldsDisplayNameField,
    /// Determines if the classification
    /// template is
    /// hidden or available on
    /// web and mobile
    /// devices.
    pub hidden: Option<bool>,
    /// The actual list of classifications that are present on
    /// this template.
    pub options: Vec<CreateClassificationTemplateFieldsOptionsField>,
}

serialize_struct!(
    runtime,
    CreateClassificationTemplateFields {
        r#type: required("type"),
        key: required("key"),
        display_name: required("displayName"),
        hidden: optional("hidden"),
        options: required("options")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateClassificationTemplateFields {
        r#type: required::<CreateClassificationTemplateFieldsTypeField>("type"),
        key: required::<CreateClassificationTemplateFieldsKeyField>("key"),
        display_name: required::<CreateClassificationTemplateFieldsDisplayNameField>("displayName"),
        hidden: optional::<Option<bool>>("hidden"),
        options: required::<Vec<CreateClassificationTemplateFieldsOptionsField>>("options")
    }
);

/// The type of the field
/// that is always enum.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateClassificationTemplateFieldsTypeField {
    /// `enum`
    Enum,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateClassificationTemplateFieldsTypeField, Unknown, Enum = "enum");

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateClassificationTemplateFieldsKeyField {
    /// `Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateClassificationTemplateFieldsKeyField,
    Unknown,
    BoxSecurityClassificationKey = "Box__Security__Classification__Key"
);

/// A display name for the classification.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateClassificationTemplateFieldsDisplayNameField {
    /// `Classification`
    Classification,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateClassificationTemplateFieldsDisplayNameField, Unknown, Classification = "Classification");

/// An individual classification.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateClassificationTemplateFieldsOptionsField {
    /// The display name and key this classification. This
    /// will be show in the Box UI.
    pub key: String,
    /// Additional information about the classification.
    pub static_config: Option<CreateClassificationTemplateFieldsOptionsStaticConfigField>,
}

serialize_struct!(
    runtime,
    CreateClassificationTemplateFieldsOptionsField { key: required("key"), static_config: optional("staticConfig") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateClassificationTemplateFieldsOptionsField {
        key: required::<String>("key"),
        static_config: optional::<Option<CreateClassificationTemplateFieldsOptionsStaticConfigField>>("staticConfig")
    }
);

/// Additional information about the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateClassificationTemplateFieldsOptionsStaticConfigField {
    /// Additional information about the classification.
    pub classification: Option<CreateClassificationTemplateFieldsOptionsStaticConfigClassificationField>,
}

serialize_struct!(
    runtime,
    CreateClassificationTemplateFieldsOptionsStaticConfigField { classification: optional("classification") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateClassificationTemplateFieldsOptionsStaticConfigField {
        classification: optional::<Option<CreateClassificationTemplateFieldsOptionsStaticConfigClassificationField>>(
            "classification"
        )
    }
);

/// Additional information about the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateClassificationTemplateFieldsOptionsStaticConfigClassificationField {
    /// A longer description of the classification.
    pub classification_definition: Option<String>,
    /// An identifier used to assign a color to
    /// a classification label.
    ///
    /// Mapping between a `colorID` and a color may
    /// change without notice. Currently, the color
    /// mappings are as follows.
    ///
    /// * `0`: Yellow.
    /// * `1`: Orange.
    /// * `2`: Watermelon red.
    /// * `3`: Purple rain.
    /// * `4`: Light blue.
    /// * `5`: Dark blue.
    /// * `6`: Light green.
    /// * `7`: Gray.
    pub color_id: Option<i64>,
}

serialize_struct!(
    runtime,
    CreateClassificationTemplateFieldsOptionsStaticConfigClassificationField {
        classification_definition: optional("classificationDefinition"),
        color_id: optional("colorID")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateClassificationTemplateFieldsOptionsStaticConfigClassificationField {
        classification_definition: optional::<Option<String>>("classificationDefinition"),
        color_id: optional::<Option<i64>>("colorID")
    }
);
