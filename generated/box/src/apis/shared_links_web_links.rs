// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shared_links_web_links` operations: [`SharedLinksWebLinksManager`] and one request builder per operation.

/// Reach it with [`Client::shared_links_web_links`](crate::Client::shared_links_web_links) or [`SharedLinksWebLinksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SharedLinksWebLinksManager<'a> {
    client: &'a crate::Client,
}

impl<'a> SharedLinksWebLinksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Find web link for shared link
    ///
    /// Returns the web link represented by a shared link.
    ///
    /// A shared web link can be represented by a shared link,
    /// which can originate within the current enterprise or within another.
    ///
    /// This endpoint allows an application to retrieve information about a
    /// shared web link when only given a shared link.
    ///
    /// `GET /shared_items`
    #[inline]
    pub fn find_web_link_for_shared_link(&self, boxapi: impl AsRef<str>) -> FindWebLinkForSharedLink<'a> {
        FindWebLinkForSharedLink::new(self.client, boxapi)
    }

    /// Get shared link for web link
    ///
    /// Gets the information for a shared link on a web link.
    ///
    /// `GET /web_links/{web_link_id}`
    #[inline]
    pub fn get_shared_link_for_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> GetSharedLinkForWebLink<'a> {
        GetSharedLinkForWebLink::new(self.client, web_link_id, fields)
    }

    /// Add shared link to web link
    ///
    /// Adds a shared link to a web link.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn add_share_link_to_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> AddShareLinkToWebLink<'a> {
        AddShareLinkToWebLink::new(self.client, web_link_id, fields)
    }

    /// Update shared link on web link
    ///
    /// Updates a shared link on a web link.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn update_shared_link_on_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> UpdateSharedLinkOnWebLink<'a> {
        UpdateSharedLinkOnWebLink::new(self.client, web_link_id, fields)
    }

    /// Remove shared link from web link
    ///
    /// Removes a shared link from a web link.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn remove_shared_link_from_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> RemoveSharedLinkFromWebLink<'a> {
        RemoveSharedLinkFromWebLink::new(self.client, web_link_id, fields)
    }
}

/// Request builder for [`SharedLinksWebLinksManager::find_web_link_for_shared_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct FindWebLinkForSharedLink<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> FindWebLinkForSharedLink<'a> {
    #[inline]
    fn new(client: &'a crate::Client, boxapi: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shared_items#web_links",
            method: reqwest::Method::GET,
            path: "/shared_items",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.header("boxapi", boxapi.as_ref());
        Self { call }
    }

    /// Ensures an item is only returned if it has changed.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `304 Not Modified` if the item has not
    /// changed since.
    #[inline]
    pub fn if_none_match(mut self, if_none_match: impl AsRef<str>) -> Self {
        self.call.header("if-none-match", if_none_match.as_ref());
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

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::WebLink> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::WebLink>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for FindWebLinkForSharedLink<'a> {
    type Output = Result<crate::models::WebLink, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::WebLink>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::WebLink>)
    }
}

/// Request builder for [`SharedLinksWebLinksManager::get_shared_link_for_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSharedLinkForWebLink<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetSharedLinkForWebLink<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_web_links_id#get_shared_link",
            method: reqwest::Method::GET,
            path: "/web_links/{web_link_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::WebLink> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::WebLink>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetSharedLinkForWebLink<'a> {
    type Output = Result<crate::models::WebLink, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::WebLink>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::WebLink>)
    }
}

/// Request builder for [`SharedLinksWebLinksManager::add_share_link_to_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddShareLinkToWebLink<'a> {
    call: crate::runtime::Call<'a>,
    body: AddShareLinkToWebLinkRequestBody,
}

impl<'a> AddShareLinkToWebLink<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_web_links_id#add_shared_link",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(412), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: AddShareLinkToWebLinkRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to create on the web link.
    ///
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    #[inline]
    pub fn shared_link(mut self, shared_link: AddShareLinkToWebLinkSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::WebLink> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::WebLink>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for AddShareLinkToWebLink<'a> {
    type Output = Result<crate::models::WebLink, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::WebLink>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::WebLink>)
    }
}

/// Request builder for [`SharedLinksWebLinksManager::update_shared_link_on_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateSharedLinkOnWebLink<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateSharedLinkOnWebLinkRequestBody,
}

impl<'a> UpdateSharedLinkOnWebLink<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_web_links_id#update_shared_link",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(412), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: UpdateSharedLinkOnWebLinkRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to update.
    #[inline]
    pub fn shared_link(mut self, shared_link: UpdateSharedLinkOnWebLinkSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::WebLink> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::WebLink>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateSharedLinkOnWebLink<'a> {
    type Output = Result<crate::models::WebLink, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::WebLink>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::WebLink>)
    }
}

/// Request builder for [`SharedLinksWebLinksManager::remove_shared_link_from_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RemoveSharedLinkFromWebLink<'a> {
    call: crate::runtime::Call<'a>,
    body: RemoveSharedLinkFromWebLinkRequestBody,
}

impl<'a> RemoveSharedLinkFromWebLink<'a> {
    #[inline]
    fn new(client: &'a crate::Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_web_links_id#remove_shared_link",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(405), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(412), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: RemoveSharedLinkFromWebLinkRequestBody { shared_link: None } }
    }

    /// By setting this value to `null`, the shared link
    /// is removed from the web link.
    #[inline]
    pub fn shared_link(mut self, shared_link: Option<serde_json::Map<String, serde_json::Value>>) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::WebLink> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::WebLink>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for RemoveSharedLinkFromWebLink<'a> {
    type Output = Result<crate::models::WebLink, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::WebLink>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::WebLink>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#add_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AddShareLinkToWebLinkRequestBody {
    /// The settings for the shared link to create on the web link.
    ///
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_link: Option<AddShareLinkToWebLinkSharedLink>,
}

/// The settings for the shared link to create on the web link.
///
/// Use an empty object (`{}`) to use the default settings for shared
/// links.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AddShareLinkToWebLinkSharedLink {
    /// The level of access for the shared link. This can be
    /// restricted to anyone with the link (`open`), only people
    /// within the company (`company`) and only those who
    /// have been invited to the file (`collaborators`).
    ///
    /// If not set, this field defaults to the access level specified
    /// by the enterprise admin. To create a shared link with this
    /// default setting pass the `shared_link` object with
    /// no `access` field, for example `{ "shared_link": {} }`.
    ///
    /// The `company` access level is only available to paid
    /// accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AddShareLinkToWebLinkSharedLinkAccessField>,
    /// The password required to access the shared link. Set the
    /// password to `null` to remove it.
    /// Passwords must now be at least eight characters
    /// long and include a number, upper case letter, or
    /// a non-numeric or non-alphabetic character.
    /// A password can only be set when `access` is set to `open`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub password: Option<Option<String>>,
    /// Defines a custom vanity name to use in the shared link URL,
    /// for example `https://app.box.com/v/my-shared-link`.
    ///
    /// Custom URLs should not be used when sharing sensitive content
    /// as vanity URLs are a lot easier to guess than regular shared
    /// links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts. The value must be greater than the
    /// current date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `permissions` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<AddShareLinkToWebLinkSharedLinkPermissionsField>,
}

/// The level of access for the shared link. This can be
/// restricted to anyone with the link (`open`), only people
/// within the company (`company`) and only those who
/// have been invited to the file (`collaborators`).
///
/// If not set, this field defaults to the access level specified
/// by the enterprise admin. To create a shared link with this
/// default setting pass the `shared_link` object with
/// no `access` field, for example `{ "shared_link": {} }`.
///
/// The `company` access level is only available to paid
/// accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddShareLinkToWebLinkSharedLinkAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AddShareLinkToWebLinkSharedLinkAccessField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Company => "company",
            Self::Collaborators => "collaborators",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AddShareLinkToWebLinkSharedLinkAccessField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "company" => Self::Company,
            "collaborators" => Self::Collaborators,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AddShareLinkToWebLinkSharedLinkAccessField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AddShareLinkToWebLinkSharedLinkAccessField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AddShareLinkToWebLinkSharedLinkAccessField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AddShareLinkToWebLinkSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_preview: Option<bool>,
    /// This value can only be `true` is `type` is `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#update_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateSharedLinkOnWebLinkRequestBody {
    /// The settings for the shared link to update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_link: Option<UpdateSharedLinkOnWebLinkSharedLink>,
}

/// The settings for the shared link to update.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateSharedLinkOnWebLinkSharedLink {
    /// The level of access for the shared link. This can be
    /// restricted to anyone with the link (`open`), only people
    /// within the company (`company`) and only those who
    /// have been invited to the folder (`collaborators`).
    ///
    /// If not set, this field defaults to the access level specified
    /// by the enterprise admin. To create a shared link with this
    /// default setting pass the `shared_link` object with
    /// no `access` field, for example `{ "shared_link": {} }`.
    ///
    /// The `company` access level is only available to paid
    /// accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<UpdateSharedLinkOnWebLinkSharedLinkAccessField>,
    /// The password required to access the shared link. Set the
    /// password to `null` to remove it.
    /// Passwords must now be at least eight characters
    /// long and include a number, upper case letter, or
    /// a non-numeric or non-alphabetic character.
    /// A password can only be set when `access` is set to `open`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub password: Option<Option<String>>,
    /// Defines a custom vanity name to use in the shared link URL,
    /// for example `https://app.box.com/v/my-shared-link`.
    ///
    /// Custom URLs should not be used when sharing sensitive content
    /// as vanity URLs are a lot easier to guess than regular shared
    /// links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts. The value must be greater than the
    /// current date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `permissions` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<UpdateSharedLinkOnWebLinkSharedLinkPermissionsField>,
}

/// The level of access for the shared link. This can be
/// restricted to anyone with the link (`open`), only people
/// within the company (`company`) and only those who
/// have been invited to the folder (`collaborators`).
///
/// If not set, this field defaults to the access level specified
/// by the enterprise admin. To create a shared link with this
/// default setting pass the `shared_link` object with
/// no `access` field, for example `{ "shared_link": {} }`.
///
/// The `company` access level is only available to paid
/// accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateSharedLinkOnWebLinkSharedLinkAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateSharedLinkOnWebLinkSharedLinkAccessField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Company => "company",
            Self::Collaborators => "collaborators",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateSharedLinkOnWebLinkSharedLinkAccessField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "company" => Self::Company,
            "collaborators" => Self::Collaborators,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateSharedLinkOnWebLinkSharedLinkAccessField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateSharedLinkOnWebLinkSharedLinkAccessField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateSharedLinkOnWebLinkSharedLinkAccessField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateSharedLinkOnWebLinkSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_preview: Option<bool>,
    /// This value can only be `true` is `type` is `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#remove_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RemoveSharedLinkFromWebLinkRequestBody {
    /// By setting this value to `null`, the shared link
    /// is removed from the web link.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub shared_link: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}
