// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `web_links` operations: [`WebLinksManager`] and one request builder per operation.

use crate::models::{ClientError, WebLink};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::web_links`](crate::Client::web_links) or [`WebLinksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct WebLinksManager<'a> {
    client: &'a Client,
}

impl<'a> WebLinksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create web link
    ///
    /// Creates a web link object within a folder.
    ///
    /// `POST /web_links`
    #[inline]
    pub fn create_web_link(&self, url: impl Into<String>, parent: CreateWebLinkParent) -> CreateWebLink<'a> {
        CreateWebLink::new(self.client, url, parent)
    }

    /// Get web link
    ///
    /// Retrieve information about a web link.
    ///
    /// `GET /web_links/{web_link_id}`
    #[inline]
    pub fn get_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> GetWebLinkById<'a> {
        GetWebLinkById::new(self.client, web_link_id)
    }

    /// Update web link
    ///
    /// Updates a web link object.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn update_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> UpdateWebLinkById<'a> {
        UpdateWebLinkById::new(self.client, web_link_id)
    }

    /// Remove web link
    ///
    /// Deletes a web link.
    ///
    /// `DELETE /web_links/{web_link_id}`
    #[inline]
    pub fn delete_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> DeleteWebLinkById<'a> {
        DeleteWebLinkById::new(self.client, web_link_id)
    }
}

/// Request builder for [`WebLinksManager::create_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateWebLink<'a> {
    call: Call<'a>,
    body: CreateWebLinkRequestBody,
}

impl<'a> CreateWebLink<'a> {
    #[inline]
    fn new(client: &'a Client, url: impl Into<String>, parent: CreateWebLinkParent) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_web_links",
            method: reqwest::Method::POST,
            path: "/web_links",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateWebLinkRequestBody { url: url.into(), parent, name: None, description: None } }
    }

    /// Name of the web link. Defaults to the URL if not set.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// Description of the web link.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
}

request_builder!(runtime, CreateWebLink(body) => json WebLink);

/// Request builder for [`WebLinksManager::get_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetWebLinkById<'a> {
    call: Call<'a>,
}

impl<'a> GetWebLinkById<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_web_links_id",
            method: reqwest::Method::GET,
            path: "/web_links/{web_link_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        Self { call }
    }

    /// The URL, and optional password, for the shared link of this item.
    ///
    /// This header can be used to access items that have not been
    /// explicitly shared with a user.
    ///
    /// Use the format `shared_link=[link]` or if a password is required then
    /// use `shared_link=[link]&shared_link_password=[password]`.
    ///
    /// This header can be used on the file or folder shared, as well as on any files
    /// or folders nested within the item.
    #[inline]
    pub fn boxapi(mut self, boxapi: impl AsRef<str>) -> Self {
        self.call.header("boxapi", boxapi.as_ref());
        self
    }
}

request_builder!(runtime, GetWebLinkById => json WebLink);

/// Request builder for [`WebLinksManager::update_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateWebLinkById<'a> {
    call: Call<'a>,
    body: UpdateWebLinkByIdRequestBody,
}

impl<'a> UpdateWebLinkById<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_web_links_id",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        Self {
            call,
            body: UpdateWebLinkByIdRequestBody {
                url: None,
                parent: None,
                name: None,
                description: None,
                shared_link: None,
            },
        }
    }

    /// The new URL that the web link links to. Must start with
    /// `"http://"` or `"https://"`.
    #[inline]
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.body.url = Some(url.into());
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/put/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: UpdateWebLinkByIdParent) -> Self {
        self.body.parent = Some(parent);
        self
    }

    /// A new name for the web link. Defaults to the URL if not set.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// A new description of the web link.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// The settings for the shared link to update.
    #[inline]
    pub fn shared_link(mut self, shared_link: UpdateWebLinkByIdSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, UpdateWebLinkById(body) => json WebLink);

/// Request builder for [`WebLinksManager::delete_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteWebLinkById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteWebLinkById<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_web_links_id",
            method: reqwest::Method::DELETE,
            path: "/web_links/{web_link_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteWebLinkById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateWebLinkRequestBody {
    /// The URL that this web link links to. Must start with
    /// `"http://"` or `"https://"`.
    pub url: String,
    /// The parent folder to create the web link within.
    pub parent: CreateWebLinkParent,
    /// Name of the web link. Defaults to the URL if not set.
    pub name: Option<String>,
    /// Description of the web link.
    pub description: Option<String>,
}

serialize_struct!(
    runtime,
    CreateWebLinkRequestBody {
        url: required("url"),
        parent: required("parent"),
        name: optional("name"),
        description: optional("description")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateWebLinkRequestBody {
        url: required::<String>("url"),
        parent: required::<CreateWebLinkParent>("parent"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description")
    }
);

/// The parent folder to create the web link within.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateWebLinkParent {
    /// The ID of parent folder.
    pub id: String,
}

serialize_struct!(runtime, CreateWebLinkParent { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CreateWebLinkParent { id: required::<String>("id") });

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateWebLinkByIdRequestBody {
    /// The new URL that the web link links to. Must start with
    /// `"http://"` or `"https://"`.
    pub url: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/put/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<UpdateWebLinkByIdParent>,
    /// A new name for the web link. Defaults to the URL if not set.
    pub name: Option<String>,
    /// A new description of the web link.
    pub description: Option<String>,
    /// The settings for the shared link to update.
    pub shared_link: Option<UpdateWebLinkByIdSharedLink>,
}

serialize_struct!(
    runtime,
    UpdateWebLinkByIdRequestBody {
        url: optional("url"),
        parent: optional("parent"),
        name: optional("name"),
        description: optional("description"),
        shared_link: optional("shared_link")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateWebLinkByIdRequestBody {
        url: optional::<Option<String>>("url"),
        parent: optional::<Option<UpdateWebLinkByIdParent>>("parent"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        shared_link: optional::<Option<UpdateWebLinkByIdSharedLink>>("shared_link")
    }
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateWebLinkByIdParent {
    /// The ID of parent item.
    pub id: Option<String>,
    /// The input for `user_id` is optional. Moving to non-root folder is not allowed when `user_id` is present. Parent folder id should be zero when `user_id` is provided.
    pub user_id: Option<String>,
}

serialize_struct!(runtime, UpdateWebLinkByIdParent { id: optional("id"), user_id: optional("user_id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateWebLinkByIdParent { id: optional::<Option<String>>("id"), user_id: optional::<Option<String>>("user_id") }
);

/// The settings for the shared link to update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateWebLinkByIdSharedLink {
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
    pub access: Option<UpdateWebLinkByIdSharedLinkAccessField>,
    /// The password required to access the shared link. Set the
    /// password to `null` to remove it.
    /// Passwords must now be at least eight characters
    /// long and include a number, upper case letter, or
    /// a non-numeric or non-alphabetic character.
    /// A password can only be set when `access` is set to `open`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub password: Option<Option<String>>,
    /// Defines a custom vanity name to use in the shared link URL,
    /// for example `https://app.box.com/v/my-shared-link`.
    ///
    /// Custom URLs should not be used when sharing sensitive content
    /// as vanity URLs are a lot easier to guess than regular shared
    /// links.
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts. The value must be greater than the
    /// current date and time.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(
    runtime,
    UpdateWebLinkByIdSharedLink {
        access: optional("access"),
        password: nullable("password"),
        vanity_name: optional("vanity_name"),
        unshared_at: optional("unshared_at")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateWebLinkByIdSharedLink {
        access: optional::<Option<UpdateWebLinkByIdSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at")
    }
);

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
pub enum UpdateWebLinkByIdSharedLinkAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateWebLinkByIdSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);
