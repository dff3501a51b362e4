// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `search` operations: [`SearchManager`] and one request builder per operation.

use crate::models::{ClientError, MetadataFilter, MetadataQuery, MetadataQueryResults, SearchResultsResponse};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, params, request_builder, string_enum,
};

/// Reach it with [`Client::search`](crate::Client::search) or [`SearchManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SearchManager<'a> {
    client: &'a Client,
}

impl<'a> SearchManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Query files/folders by metadata
    ///
    /// Create a search using SQL-like syntax to return items that match specific
    /// metadata.
    ///
    /// By default, this endpoint returns only the most basic info about the items for
    /// which the query matches. To get additional fields for each item, including any
    /// of the metadata, use the `fields` attribute in the query.
    ///
    /// `POST /metadata_queries/execute_read`
    #[inline]
    pub fn search_by_metadata_query(&self) -> SearchByMetadataQuery<'a> {
        SearchByMetadataQuery::new(self.client)
    }

    /// Search for content
    ///
    /// Searches for files, folders, web links, and shared files across the
    /// users content or across the entire enterprise.
    ///
    /// `GET /search`
    #[inline]
    pub fn search_for_content(&self) -> SearchForContent<'a> {
        SearchForContent::new(self.client)
    }
}

/// Request builder for [`SearchManager::search_by_metadata_query`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct SearchByMetadataQuery<'a> {
    call: Call<'a>,
}

impl<'a> SearchByMetadataQuery<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_queries_execute_read",
            method: reqwest::Method::POST,
            path: "/metadata_queries/execute_read",
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

    /// The request body, which the spec does not describe (`#/paths/~1metadata_queries~1execute_read/post/requestBody`).
    #[inline]
    pub fn metadata_query(mut self, metadata_query: MetadataQuery) -> Self {
        self.call.body(&metadata_query);
        self
    }
}

request_builder!(runtime, SearchByMetadataQuery => json MetadataQueryResults);

/// Request builder for [`SearchManager::search_for_content`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct SearchForContent<'a> {
    call: Call<'a>,
}

impl<'a> SearchForContent<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_search",
            method: reqwest::Method::GET,
            path: "/search",
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
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The string to search for. This query is matched against item names,
    /// descriptions, text content of files, and various other fields of
    /// the different item types.
    ///
    /// This parameter supports a variety of operators to further refine
    /// the results returns.
    ///
    /// * `""` - by wrapping a query in double quotes only exact matches are
    ///   returned by the API. Exact searches do not return search matches
    ///   based on specific character sequences. Instead, they return
    ///   matches based on phrases, that is, word sequences. For example:
    ///   A search for `"Blue-Box"` may return search results including
    ///   the sequence `"blue.box"`, `"Blue Box"`, and `"Blue-Box"`;
    ///   any item containing the words `Blue` and `Box` consecutively, in
    ///   the order specified.
    /// * `AND` - returns items that contain both the search terms. For
    ///   example, a search for `marketing AND BoxWorks` returns items
    ///   that have both `marketing` and `BoxWorks` within its text in any order.
    ///   It does not return a result that only has `BoxWorks` in its text.
    /// * `OR` - returns items that contain either of the search terms. For
    ///   example, a search for `marketing OR BoxWorks` returns a result that
    ///   has either `marketing` or `BoxWorks` within its text. Using this
    ///   operator is not necessary as we implicitly interpret multi-word
    ///   queries as `OR` unless another supported boolean term is used.
    /// * `NOT` - returns items that do not contain the search term provided.
    ///   For example, a search for `marketing AND NOT BoxWorks` returns a result
    ///   that has only `marketing` within its text. Results containing
    ///   `BoxWorks` are omitted.
    ///
    /// We do not support lower case (that is,
    /// `and`, `or`, and `not`) or mixed case (that is, `And`, `Or`, and `Not`)
    /// operators.
    ///
    /// This field is required unless the `mdfilters` parameter is defined.
    #[inline]
    pub fn query(mut self, query: impl AsRef<str>) -> Self {
        self.call.query("query", query.as_ref());
        self
    }

    /// Limits the search results to either the files that the user has
    /// access to, or to files available to the entire enterprise.
    ///
    /// The scope defaults to `user_content`, which limits the search
    /// results to content that is available to the currently authenticated
    /// user.
    ///
    /// The `enterprise_content` can be requested by an admin through our
    /// support channels. Once this scope has been enabled for a user, it
    /// will allow that use to query for content across the entire
    /// enterprise and not only the content that they have access to.
    #[inline]
    pub fn scope(mut self, scope: SearchForContentScope) -> Self {
        self.call.query("scope", &scope);
        self
    }

    /// Limits the search results to any files that match any of the provided
    /// file extensions. This list is a comma-separated list of file extensions
    /// without the dots.
    #[inline]
    pub fn file_extensions(mut self, file_extensions: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "file_extensions",
            &file_extensions.into_iter().map(Into::into).collect::<Vec<String>>(),
            false,
        );
        self
    }

    /// Limits the search results to any items created within
    /// a given date range.
    ///
    /// Date ranges are defined as comma separated RFC3339
    /// timestamps.
    ///
    /// If the start date is omitted (`,2014-05-17T13:35:01-07:00`)
    /// anything created before the end date will be returned.
    ///
    /// If the end date is omitted (`2014-05-15T13:35:01-07:00,`) the
    /// current date will be used as the end date instead.
    #[inline]
    pub fn created_at_range(mut self, created_at_range: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "created_at_range",
            &created_at_range.into_iter().map(Into::into).collect::<Vec<String>>(),
            false,
        );
        self
    }

    /// Limits the search results to any items updated within
    /// a given date range.
    ///
    /// Date ranges are defined as comma separated RFC3339
    /// timestamps.
    ///
    /// If the start date is omitted (`,2014-05-17T13:35:01-07:00`)
    /// anything updated before the end date will be returned.
    ///
    /// If the end date is omitted (`2014-05-15T13:35:01-07:00,`) the
    /// current date will be used as the end date instead.
    #[inline]
    pub fn updated_at_range(mut self, updated_at_range: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "updated_at_range",
            &updated_at_range.into_iter().map(Into::into).collect::<Vec<String>>(),
            false,
        );
        self
    }

    /// Limits the search results to any items with a size within
    /// a given file size range. This applied to files and folders.
    ///
    /// Size ranges are defined as comma separated list of a lower
    /// and upper byte size limit (inclusive).
    ///
    /// The upper and lower bound can be omitted to create open ranges.
    #[inline]
    pub fn size_range(mut self, size_range: impl IntoIterator<Item = i64>) -> Self {
        self.call.query_list("size_range", &size_range.into_iter().collect::<Vec<i64>>(), false);
        self
    }

    /// Limits the search results to any items that are owned
    /// by the given list of owners, defined as a list of comma separated
    /// user IDs.
    ///
    /// The items still need to be owned or shared with
    /// the currently authenticated user for them to show up in the search
    /// results. If the user does not have access to any files owned by any of
    /// the users an empty result set will be returned.
    ///
    /// To search across an entire enterprise, we recommend using the
    /// `enterprise_content` scope parameter which can be requested with our
    /// support team.
    #[inline]
    pub fn owner_user_ids(mut self, owner_user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "owner_user_ids",
            &owner_user_ids.into_iter().map(Into::into).collect::<Vec<String>>(),
            false,
        );
        self
    }

    /// Limits the search results to any items that have been updated
    /// by the given list of users, defined as a list of comma separated
    /// user IDs.
    ///
    /// The items still need to be owned or shared with
    /// the currently authenticated user for them to show up in the search
    /// results. If the user does not have access to any files owned by any of
    /// the users an empty result set will be returned.
    ///
    /// This feature only searches back to the last 10 versions of an item.
    #[inline]
    pub fn recent_updater_user_ids(
        mut self,
        recent_updater_user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call.query_list(
            "recent_updater_user_ids",
            &recent_updater_user_ids.into_iter().map(Into::into).collect::<Vec<String>>(),
            false,
        );
        self
    }

    /// Limits the search results to items within the given
    /// list of folders, defined as a comma separated lists
    /// of folder IDs.
    ///
    /// Search results will also include items within any subfolders
    /// of those ancestor folders.
    ///
    /// The folders still need to be owned or shared with
    /// the currently authenticated user. If the folder is not accessible by this
    /// user, or it does not exist, a `HTTP 404` error code will be returned
    /// instead.
    ///
    /// To search across an entire enterprise, we recommend using the
    /// `enterprise_content` scope parameter which can be requested with our
    /// support team.
    #[inline]
    pub fn ancestor_folder_ids(mut self, ancestor_folder_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "ancestor_folder_ids",
            &ancestor_folder_ids.into_iter().map(Into::into).collect::<Vec<String>>(),
            false,
        );
        self
    }

    /// Limits the search results to any items that match the search query
    /// for a specific part of the file, for example the file description.
    ///
    /// Content types are defined as a comma separated lists
    /// of Box recognized content types. The allowed content types are as follows.
    ///
    /// * `name` - The name of the item, as defined by its `name` field.
    /// * `description` - The description of the item, as defined by its
    ///   `description` field.
    /// * `file_content` - The actual content of the file.
    /// * `comments` - The content of any of the comments on a file or
    ///    folder.
    /// * `tags` - Any tags that are applied to an item, as defined by its
    ///    `tags` field.
    #[inline]
    pub fn content_types(mut self, content_types: impl IntoIterator<Item = SearchForContentContentTypes>) -> Self {
        self.call.query_list(
            "content_types",
            &content_types.into_iter().collect::<Vec<SearchForContentContentTypes>>(),
            false,
        );
        self
    }

    /// Limits the search results to any items of this type. This
    /// parameter only takes one value. By default the API returns
    /// items that match any of these types.
    ///
    /// * `file` - Limits the search results to files,
    /// * `folder` - Limits the search results to folders,
    /// * `web_link` - Limits the search results to web links, also known
    ///    as bookmarks.
    #[inline]
    pub fn r#type(mut self, r#type: SearchForContentType) -> Self {
        self.call.query("type", &r#type);
        self
    }

    /// Determines if the search should look in the trash for items.
    ///
    /// By default, this API only returns search results for items
    /// not currently in the trash (`non_trashed_only`).
    ///
    /// * `trashed_only` - Only searches for items currently in the trash
    /// * `non_trashed_only` - Only searches for items currently not in
    ///   the trash
    /// * `all_items` - Searches for both trashed and non-trashed items.
    #[inline]
    pub fn trash_content(mut self, trash_content: SearchForContentTrashContent) -> Self {
        self.call.query("trash_content", &trash_content);
        self
    }

    /// Limits the search results to any items for which the metadata matches the provided filter.
    /// This parameter is a list that specifies exactly **one** metadata template used to filter the search results.
    /// The parameter is required unless the `query` parameter is provided.
    #[inline]
    pub fn mdfilters(mut self, mdfilters: Vec<MetadataFilter>) -> Self {
        self.call.json_param(params::ParamIn::Query, "mdfilters", &mdfilters);
        self
    }

    /// Defines the order in which search results are returned. This API
    /// defaults to returning items by relevance unless this parameter is
    /// explicitly specified.
    ///
    /// * `relevance` (default) returns the results sorted by relevance to the
    /// query search term. The relevance is based on the occurrence of the search
    /// term in the items name, description, content, and additional properties.
    /// * `modified_at` returns the results ordered in descending order by date
    /// at which the item was last modified.
    #[inline]
    pub fn sort(mut self, sort: SearchForContentSort) -> Self {
        self.call.query("sort", &sort);
        self
    }

    /// Defines the direction in which search results are ordered. This API
    /// defaults to returning items in descending (`DESC`) order unless this
    /// parameter is explicitly specified.
    ///
    /// When results are sorted by `relevance` the ordering is locked to returning
    /// items in descending order of relevance, and this parameter is ignored.
    #[inline]
    pub fn direction(mut self, direction: SearchForContentDirection) -> Self {
        self.call.query("direction", &direction);
        self
    }

    /// Defines the maximum number of items to return as part of a page of
    /// results.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Defines whether the search results should include any items
    /// that the user recently accessed through a shared link.
    ///
    /// When this parameter has been set to true,
    /// the format of the response of this API changes to return
    /// a list of [Search Results with
    /// Shared Links](https://developer.box.com/reference/resources/search-results-with-shared-links).
    #[inline]
    pub fn include_recent_shared_links(mut self, include_recent_shared_links: bool) -> Self {
        self.call.query("include_recent_shared_links", &include_recent_shared_links);
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

    /// Limits the search results to items that were deleted by the given
    /// list of users, defined as a list of comma separated user IDs.
    ///
    /// The `trash_content` parameter needs to be set to `trashed_only`.
    ///
    /// If searching in trash is not performed, an empty result set
    /// is returned. The items need to be owned or shared with
    /// the currently authenticated user for them to show up in the search
    /// results.
    ///
    /// If the user does not have access to any files owned by
    /// any of the users, an empty result set is returned.
    ///
    /// Data available from 2023-02-01 onwards.
    #[inline]
    pub fn deleted_user_ids(mut self, deleted_user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "deleted_user_ids",
            &deleted_user_ids.into_iter().map(Into::into).collect::<Vec<String>>(),
            true,
        );
        self
    }

    /// Limits the search results to any items deleted within a given
    /// date range.
    ///
    /// Date ranges are defined as comma separated RFC3339 timestamps.
    ///
    /// If the start date is omitted (`2014-05-17T13:35:01-07:00`),
    /// anything deleted before the end date will be returned.
    ///
    /// If the end date is omitted (`2014-05-15T13:35:01-07:00`),
    /// the current date will be used as the end date instead.
    ///
    /// The `trash_content` parameter needs to be set to `trashed_only`.
    ///
    /// If searching in trash is not performed, then an empty result
    /// is returned.
    ///
    /// Data available from 2023-02-01 onwards.
    #[inline]
    pub fn deleted_at_range(mut self, deleted_at_range: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list(
            "deleted_at_range",
            &deleted_at_range.into_iter().map(Into::into).collect::<Vec<String>>(),
            true,
        );
        self
    }
}

request_builder!(runtime, SearchForContent => json SearchResultsResponse);

/// An inline schema, which the spec does not describe (`#/paths/~1search/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchForContentScope {
    /// `user_content`
    UserContent,
    /// `enterprise_content`
    EnterpriseContent,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SearchForContentScope,
    Unknown,
    UserContent = "user_content",
    EnterpriseContent = "enterprise_content"
);

/// An inline schema, which the spec does not describe (`#/paths/~1search/get/parameters/9/schema/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchForContentContentTypes {
    /// `name`
    Name,
    /// `description`
    Description,
    /// `file_content`
    FileContent,
    /// `comments`
    Comments,
    /// `tags`
    Tags,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SearchForContentContentTypes,
    Unknown,
    Name = "name",
    Description = "description",
    FileContent = "file_content",
    Comments = "comments",
    Tags = "tags"
);

/// An inline schema, which the spec does not describe (`#/paths/~1search/get/parameters/10/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchForContentType {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// `web_link`
    WebLink,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SearchForContentType, Unknown, File = "file", Folder = "folder", WebLink = "web_link");

/// An inline schema, which the spec does not describe (`#/paths/~1search/get/parameters/11/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchForContentTrashContent {
    /// `non_trashed_only`
    NonTrashedOnly,
    /// `trashed_only`
    TrashedOnly,
    /// `all_items`
    AllItems,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SearchForContentTrashContent,
    Unknown,
    NonTrashedOnly = "non_trashed_only",
    TrashedOnly = "trashed_only",
    AllItems = "all_items"
);

/// An inline schema, which the spec does not describe (`#/paths/~1search/get/parameters/13/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchForContentSort {
    /// `modified_at`
    ModifiedAt,
    /// `relevance`
    Relevance,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SearchForContentSort, Unknown, ModifiedAt = "modified_at", Relevance = "relevance");

/// An inline schema, which the spec does not describe (`#/paths/~1search/get/parameters/14/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchForContentDirection {
    /// `DESC`
    Desc,
    /// `ASC`
    Asc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SearchForContentDirection, Unknown, Desc = "DESC", Asc = "ASC");
