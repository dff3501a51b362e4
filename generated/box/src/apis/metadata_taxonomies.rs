// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `metadata_taxonomies` operations: [`MetadataTaxonomiesManager`] and one request builder per operation.

use crate::models::{
    ClientError, MetadataTaxonomies, MetadataTaxonomy, MetadataTaxonomyLevel, MetadataTaxonomyLevels,
    MetadataTaxonomyNode, MetadataTaxonomyNodes,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct,
};

/// Reach it with [`Client::metadata_taxonomies`](crate::Client::metadata_taxonomies) or [`MetadataTaxonomiesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct MetadataTaxonomiesManager<'a> {
    client: &'a Client,
}

impl<'a> MetadataTaxonomiesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create metadata taxonomy
    ///
    /// Creates a new metadata taxonomy that can be used in
    /// metadata templates.
    ///
    /// `POST /metadata_taxonomies`
    #[inline]
    pub fn create_metadata_taxonomy(
        &self,
        display_name: impl Into<String>,
        namespace: impl Into<String>,
    ) -> CreateMetadataTaxonomy<'a> {
        CreateMetadataTaxonomy::new(self.client, display_name, namespace)
    }

    /// Get metadata taxonomies for namespace
    ///
    /// Used to retrieve all metadata taxonomies in a namespace.
    ///
    /// `GET /metadata_taxonomies/{namespace}`
    #[inline]
    pub fn get_metadata_taxonomies(&self, namespace: impl AsRef<str>) -> GetMetadataTaxonomies<'a> {
        GetMetadataTaxonomies::new(self.client, namespace)
    }

    /// Get metadata taxonomy by taxonomy key
    ///
    /// Used to retrieve a metadata taxonomy by taxonomy key.
    ///
    /// `GET /metadata_taxonomies/{namespace}/{taxonomy_key}`
    #[inline]
    pub fn get_metadata_taxonomy_by_key(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
    ) -> GetMetadataTaxonomyByKey<'a> {
        GetMetadataTaxonomyByKey::new(self.client, namespace, taxonomy_key)
    }

    /// Remove metadata taxonomy
    ///
    /// Delete a metadata taxonomy.
    /// This deletion is permanent and cannot be reverted.
    ///
    /// `DELETE /metadata_taxonomies/{namespace}/{taxonomy_key}`
    #[inline]
    pub fn delete_metadata_taxonomy(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
    ) -> DeleteMetadataTaxonomy<'a> {
        DeleteMetadataTaxonomy::new(self.client, namespace, taxonomy_key)
    }

    /// Update metadata taxonomy
    ///
    /// Updates an existing metadata taxonomy.
    ///
    /// `PATCH /metadata_taxonomies/{namespace}/{taxonomy_key}`
    #[inline]
    pub fn update_metadata_taxonomy(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        display_name: impl Into<String>,
    ) -> UpdateMetadataTaxonomy<'a> {
        UpdateMetadataTaxonomy::new(self.client, namespace, taxonomy_key, display_name)
    }

    /// Create metadata taxonomy levels
    ///
    /// Creates new metadata taxonomy levels.
    ///
    /// `POST /metadata_taxonomies/{namespace}/{taxonomy_key}/levels`
    #[inline]
    pub fn create_metadata_taxonomy_level(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
    ) -> CreateMetadataTaxonomyLevel<'a> {
        CreateMetadataTaxonomyLevel::new(self.client, namespace, taxonomy_key)
    }

    /// Update metadata taxonomy level
    ///
    /// Updates an existing metadata taxonomy level.
    ///
    /// `PATCH /metadata_taxonomies/{namespace}/{taxonomy_key}/levels/{level_index}`
    #[inline]
    pub fn update_metadata_taxonomy_level_by_id(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        level_index: i64,
        display_name: impl Into<String>,
    ) -> UpdateMetadataTaxonomyLevelById<'a> {
        UpdateMetadataTaxonomyLevelById::new(self.client, namespace, taxonomy_key, level_index, display_name)
    }

    /// Add metadata taxonomy level
    ///
    /// Creates a new metadata taxonomy level and appends it to the existing levels.
    /// If there are no levels defined yet, this will create the first level.
    ///
    /// `POST /metadata_taxonomies/{namespace}/{taxonomy_key}/levels:append`
    #[inline]
    pub fn add_metadata_taxonomy_level(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        display_name: impl Into<String>,
    ) -> AddMetadataTaxonomyLevel<'a> {
        AddMetadataTaxonomyLevel::new(self.client, namespace, taxonomy_key, display_name)
    }

    /// Delete metadata taxonomy level
    ///
    /// Deletes the last level of the metadata taxonomy.
    ///
    /// `POST /metadata_taxonomies/{namespace}/{taxonomy_key}/levels:trim`
    #[inline]
    pub fn delete_metadata_taxonomy_level(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
    ) -> DeleteMetadataTaxonomyLevel<'a> {
        DeleteMetadataTaxonomyLevel::new(self.client, namespace, taxonomy_key)
    }

    /// List metadata taxonomy nodes
    ///
    /// Used to retrieve metadata taxonomy nodes based on the parameters specified.
    /// Results are sorted in lexicographic order unless a `query` parameter is passed.
    /// With a `query` parameter specified, results are sorted in order of relevance.
    ///
    /// `GET /metadata_taxonomies/{namespace}/{taxonomy_key}/nodes`
    #[inline]
    pub fn get_metadata_taxonomy_nodes(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
    ) -> GetMetadataTaxonomyNodes<'a> {
        GetMetadataTaxonomyNodes::new(self.client, namespace, taxonomy_key)
    }

    /// Create metadata taxonomy node
    ///
    /// Creates a new metadata taxonomy node.
    ///
    /// `POST /metadata_taxonomies/{namespace}/{taxonomy_key}/nodes`
    #[inline]
    pub fn create_metadata_taxonomy_node(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        display_name: impl Into<String>,
        level: i64,
    ) -> CreateMetadataTaxonomyNode<'a> {
        CreateMetadataTaxonomyNode::new(self.client, namespace, taxonomy_key, display_name, level)
    }

    /// Get metadata taxonomy node by ID
    ///
    /// Retrieves a metadata taxonomy node by its identifier.
    ///
    /// `GET /metadata_taxonomies/{namespace}/{taxonomy_key}/nodes/{node_id}`
    #[inline]
    pub fn get_metadata_taxonomy_node_by_id(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        node_id: impl AsRef<str>,
    ) -> GetMetadataTaxonomyNodeById<'a> {
        GetMetadataTaxonomyNodeById::new(self.client, namespace, taxonomy_key, node_id)
    }

    /// Remove metadata taxonomy node
    ///
    /// Delete a metadata taxonomy node.
    /// This deletion is permanent and cannot be reverted.
    /// Only metadata taxonomy nodes without any children can be deleted.
    ///
    /// `DELETE /metadata_taxonomies/{namespace}/{taxonomy_key}/nodes/{node_id}`
    #[inline]
    pub fn delete_metadata_taxonomy_node_by_id(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        node_id: impl AsRef<str>,
    ) -> DeleteMetadataTaxonomyNodeById<'a> {
        DeleteMetadataTaxonomyNodeById::new(self.client, namespace, taxonomy_key, node_id)
    }

    /// Update metadata taxonomy node
    ///
    /// Updates an existing metadata taxonomy node.
    ///
    /// `PATCH /metadata_taxonomies/{namespace}/{taxonomy_key}/nodes/{node_id}`
    #[inline]
    pub fn update_metadata_taxonomy_node_by_id(
        &self,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        node_id: impl AsRef<str>,
    ) -> UpdateMetadataTaxonomyNodeById<'a> {
        UpdateMetadataTaxonomyNodeById::new(self.client, namespace, taxonomy_key, node_id)
    }

    /// List metadata template's options for taxonomy field
    ///
    /// Used to retrieve metadata taxonomy nodes which are available for the taxonomy field based
    /// on its configuration and the parameters specified.
    /// Results are sorted in lexicographic order unless a `query` parameter is passed.
    /// With a `query` parameter specified, results are sorted in order of relevance.
    ///
    /// `GET /metadata_templates/{namespace}/{template_key}/fields/{field_key}/options`
    #[inline]
    pub fn get_metadata_template_field_options(
        &self,
        namespace: impl AsRef<str>,
        template_key: impl AsRef<str>,
        field_key: impl AsRef<str>,
    ) -> GetMetadataTemplateFieldOptions<'a> {
        GetMetadataTemplateFieldOptions::new(self.client, namespace, template_key, field_key)
    }
}

/// Request builder for [`MetadataTaxonomiesManager::create_metadata_taxonomy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMetadataTaxonomy<'a> {
    call: Call<'a>,
    body: CreateMetadataTaxonomyRequestBody,
}

impl<'a> CreateMetadataTaxonomy<'a> {
    #[inline]
    fn new(client: &'a Client, display_name: impl Into<String>, namespace: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_taxonomies",
            method: reqwest::Method::POST,
            path: "/metadata_taxonomies",
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
            body: CreateMetadataTaxonomyRequestBody {
                key: None,
                display_name: display_name.into(),
                namespace: namespace.into(),
            },
        }
    }

    /// The taxonomy key. If it is not provided in the request body, it will be
    /// generated from the `displayName`. The `displayName` would be converted
    /// to lower case, and all spaces and non-alphanumeric characters replaced
    /// with underscores.
    #[inline]
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.body.key = Some(key.into());
        self
    }
}

request_builder!(runtime, CreateMetadataTaxonomy(body) => json MetadataTaxonomy);

/// Request builder for [`MetadataTaxonomiesManager::get_metadata_taxonomies`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTaxonomies<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTaxonomies<'a> {
    #[inline]
    fn new(client: &'a Client, namespace: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_taxonomies_id",
            method: reqwest::Method::GET,
            path: "/metadata_taxonomies/{namespace}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
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
    pub fn into_stream(self) -> Paginator<'a, MetadataTaxonomy> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataTaxonomies>)
    }
}

request_builder!(runtime, GetMetadataTaxonomies => json MetadataTaxonomies);

/// Request builder for [`MetadataTaxonomiesManager::get_metadata_taxonomy_by_key`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTaxonomyByKey<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTaxonomyByKey<'a> {
    #[inline]
    fn new(client: &'a Client, namespace: impl AsRef<str>, taxonomy_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_taxonomies_id_id",
            method: reqwest::Method::GET,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}",
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
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetMetadataTaxonomyByKey => json MetadataTaxonomy);

/// Request builder for [`MetadataTaxonomiesManager::delete_metadata_taxonomy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteMetadataTaxonomy<'a> {
    call: Call<'a>,
}

impl<'a> DeleteMetadataTaxonomy<'a> {
    #[inline]
    fn new(client: &'a Client, namespace: impl AsRef<str>, taxonomy_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_metadata_taxonomies_id_id",
            method: reqwest::Method::DELETE,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}",
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
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteMetadataTaxonomy => empty);

/// Request builder for [`MetadataTaxonomiesManager::update_metadata_taxonomy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateMetadataTaxonomy<'a> {
    call: Call<'a>,
    body: UpdateMetadataTaxonomyRequestBody,
}

impl<'a> UpdateMetadataTaxonomy<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        display_name: impl Into<String>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "patch_metadata_taxonomies_id_id",
            method: reqwest::Method::PATCH,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self { call, body: UpdateMetadataTaxonomyRequestBody { display_name: display_name.into() } }
    }
}

request_builder!(runtime, UpdateMetadataTaxonomy(body) => json MetadataTaxonomy);

/// Request builder for [`MetadataTaxonomiesManager::create_metadata_taxonomy_level`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMetadataTaxonomyLevel<'a> {
    call: Call<'a>,
}

impl<'a> CreateMetadataTaxonomyLevel<'a> {
    #[inline]
    fn new(client: &'a Client, namespace: impl AsRef<str>, taxonomy_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_taxonomies_id_id_levels",
            method: reqwest::Method::POST,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/levels",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1metadata_taxonomies~1{namespace}~1{taxonomy_key}~1levels/post/requestBody`).
    #[inline]
    pub fn body(mut self, body: Vec<MetadataTaxonomyLevel>) -> Self {
        self.call.body(&body);
        self
    }
}

request_builder!(runtime, CreateMetadataTaxonomyLevel => json MetadataTaxonomyLevels);

/// Request builder for [`MetadataTaxonomiesManager::update_metadata_taxonomy_level_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateMetadataTaxonomyLevelById<'a> {
    call: Call<'a>,
    body: UpdateMetadataTaxonomyLevelByIdRequestBody,
}

impl<'a> UpdateMetadataTaxonomyLevelById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        level_index: i64,
        display_name: impl Into<String>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "patch_metadata_taxonomies_id_id_levels_id",
            method: reqwest::Method::PATCH,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/levels/{level_index}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        call.path("level_index", &level_index);
        Self {
            call,
            body: UpdateMetadataTaxonomyLevelByIdRequestBody { display_name: display_name.into(), description: None },
        }
    }

    /// The description of the taxonomy level.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
}

request_builder!(
    runtime, UpdateMetadataTaxonomyLevelById(body) => json MetadataTaxonomyLevel
);

/// Request builder for [`MetadataTaxonomiesManager::add_metadata_taxonomy_level`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddMetadataTaxonomyLevel<'a> {
    call: Call<'a>,
    body: AddMetadataTaxonomyLevelRequestBody,
}

impl<'a> AddMetadataTaxonomyLevel<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        display_name: impl Into<String>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_taxonomies_id_id_levels:append",
            method: reqwest::Method::POST,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/levels:append",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self {
            call,
            body: AddMetadataTaxonomyLevelRequestBody { display_name: display_name.into(), description: None },
        }
    }

    /// The description of the taxonomy level.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }
}

request_builder!(runtime, AddMetadataTaxonomyLevel(body) => json MetadataTaxonomyLevels);

/// Request builder for [`MetadataTaxonomiesManager::delete_metadata_taxonomy_level`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteMetadataTaxonomyLevel<'a> {
    call: Call<'a>,
}

impl<'a> DeleteMetadataTaxonomyLevel<'a> {
    #[inline]
    fn new(client: &'a Client, namespace: impl AsRef<str>, taxonomy_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_taxonomies_id_id_levels:trim",
            method: reqwest::Method::POST,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/levels:trim",
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
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteMetadataTaxonomyLevel => json MetadataTaxonomyLevels);

/// Request builder for [`MetadataTaxonomiesManager::get_metadata_taxonomy_nodes`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTaxonomyNodes<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTaxonomyNodes<'a> {
    #[inline]
    fn new(client: &'a Client, namespace: impl AsRef<str>, taxonomy_key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_taxonomies_id_id_nodes",
            method: reqwest::Method::GET,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/nodes",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self { call }
    }

    /// Filters results by taxonomy level. Multiple values can be provided.
    /// Results include nodes that match any of the specified values.
    #[inline]
    pub fn level(mut self, level: impl IntoIterator<Item = i64>) -> Self {
        self.call.query_list("level", &level.into_iter().collect::<Vec<i64>>(), true);
        self
    }

    /// Node identifier of a direct parent node. Multiple values can be provided.
    /// Results include nodes that match any of the specified values.
    #[inline]
    pub fn parent(mut self, parent: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("parent", &parent.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// Node identifier of any ancestor node. Multiple values can be provided.
    /// Results include nodes that match any of the specified values.
    #[inline]
    pub fn ancestor(mut self, ancestor: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("ancestor", &ancestor.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// Query text to search for the taxonomy nodes.
    #[inline]
    pub fn query(mut self, query: impl AsRef<str>) -> Self {
        self.call.query("query", query.as_ref());
        self
    }

    /// When set to `true` this provides the total number of nodes that matched the query.
    /// The response will compute counts of up to 10,000 elements. Defaults to `false`.
    #[inline]
    pub fn include_total_result_count(mut self, include_total_result_count: bool) -> Self {
        self.call.query("include-total-result-count", &include_total_result_count);
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
    pub fn into_stream(self) -> Paginator<'a, MetadataTaxonomyNode> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataTaxonomyNodes>)
    }
}

request_builder!(runtime, GetMetadataTaxonomyNodes => json MetadataTaxonomyNodes);

/// Request builder for [`MetadataTaxonomiesManager::create_metadata_taxonomy_node`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMetadataTaxonomyNode<'a> {
    call: Call<'a>,
    body: CreateMetadataTaxonomyNodeRequestBody,
}

impl<'a> CreateMetadataTaxonomyNode<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        display_name: impl Into<String>,
        level: i64,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_metadata_taxonomies_id_id_nodes",
            method: reqwest::Method::POST,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/nodes",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        Self {
            call,
            body: CreateMetadataTaxonomyNodeRequestBody { display_name: display_name.into(), level, parent_id: None },
        }
    }

    /// The identifier of the parent taxonomy node.
    /// Omit this field for root-level nodes.
    #[inline]
    pub fn parent_id(mut self, parent_id: impl Into<String>) -> Self {
        self.body.parent_id = Some(parent_id.into());
        self
    }
}

request_builder!(runtime, CreateMetadataTaxonomyNode(body) => json MetadataTaxonomyNode);

/// Request builder for [`MetadataTaxonomiesManager::get_metadata_taxonomy_node_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTaxonomyNodeById<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTaxonomyNodeById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        node_id: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_taxonomies_id_id_nodes_id",
            method: reqwest::Method::GET,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/nodes/{node_id}",
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
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        call.path("node_id", node_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetMetadataTaxonomyNodeById => json MetadataTaxonomyNode);

/// Request builder for [`MetadataTaxonomiesManager::delete_metadata_taxonomy_node_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteMetadataTaxonomyNodeById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteMetadataTaxonomyNodeById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        node_id: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_metadata_taxonomies_id_id_nodes_id",
            method: reqwest::Method::DELETE,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/nodes/{node_id}",
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
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        call.path("node_id", node_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteMetadataTaxonomyNodeById => empty);

/// Request builder for [`MetadataTaxonomiesManager::update_metadata_taxonomy_node_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateMetadataTaxonomyNodeById<'a> {
    call: Call<'a>,
    body: UpdateMetadataTaxonomyNodeByIdRequestBody,
}

impl<'a> UpdateMetadataTaxonomyNodeById<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        taxonomy_key: impl AsRef<str>,
        node_id: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "patch_metadata_taxonomies_id_id_nodes_id",
            method: reqwest::Method::PATCH,
            path: "/metadata_taxonomies/{namespace}/{taxonomy_key}/nodes/{node_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("taxonomy_key", taxonomy_key.as_ref());
        call.path("node_id", node_id.as_ref());
        Self { call, body: UpdateMetadataTaxonomyNodeByIdRequestBody { display_name: None } }
    }

    /// The display name of the taxonomy node.
    #[inline]
    pub fn display_name(mut self, display_name: impl Into<String>) -> Self {
        self.body.display_name = Some(display_name.into());
        self
    }
}

request_builder!(
    runtime, UpdateMetadataTaxonomyNodeById(body) => json MetadataTaxonomyNode
);

/// Request builder for [`MetadataTaxonomiesManager::get_metadata_template_field_options`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetMetadataTemplateFieldOptions<'a> {
    call: Call<'a>,
}

impl<'a> GetMetadataTemplateFieldOptions<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        namespace: impl AsRef<str>,
        template_key: impl AsRef<str>,
        field_key: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_metadata_templates_id_id_fields_id_options",
            method: reqwest::Method::GET,
            path: "/metadata_templates/{namespace}/{template_key}/fields/{field_key}/options",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("namespace", namespace.as_ref());
        call.path("template_key", template_key.as_ref());
        call.path("field_key", field_key.as_ref());
        Self { call }
    }

    /// Filters results by taxonomy level. Multiple values can be provided.
    /// Results include nodes that match any of the specified values.
    #[inline]
    pub fn level(mut self, level: impl IntoIterator<Item = i64>) -> Self {
        self.call.query_list("level", &level.into_iter().collect::<Vec<i64>>(), true);
        self
    }

    /// Node identifier of a direct parent node. Multiple values can be provided.
    /// Results include nodes that match any of the specified values.
    #[inline]
    pub fn parent(mut self, parent: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("parent", &parent.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// Node identifier of any ancestor node. Multiple values can be provided.
    /// Results include nodes that match any of the specified values.
    #[inline]
    pub fn ancestor(mut self, ancestor: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("ancestor", &ancestor.into_iter().map(Into::into).collect::<Vec<String>>(), true);
        self
    }

    /// Query text to search for the taxonomy nodes.
    #[inline]
    pub fn query(mut self, query: impl AsRef<str>) -> Self {
        self.call.query("query", query.as_ref());
        self
    }

    /// When set to `true` this provides the total number of nodes that matched the query.
    /// The response will compute counts of up to 10,000 elements. Defaults to `false`.
    #[inline]
    pub fn include_total_result_count(mut self, include_total_result_count: bool) -> Self {
        self.call.query("include-total-result-count", &include_total_result_count);
        self
    }

    /// When set to `true`, this only returns valid selectable options for this template
    /// taxonomy field. Otherwise, it returns all taxonomy nodes, whether or not they are selectable.
    /// Defaults to `true`.
    #[inline]
    pub fn only_selectable_options(mut self, only_selectable_options: bool) -> Self {
        self.call.query("only-selectable-options", &only_selectable_options);
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
    pub fn into_stream(self) -> Paginator<'a, MetadataTaxonomyNode> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MetadataTaxonomyNodes>)
    }
}

request_builder!(runtime, GetMetadataTemplateFieldOptions => json MetadataTaxonomyNodes);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_taxonomies/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMetadataTaxonomyRequestBody {
    /// The taxonomy key. If it is not provided in the request body, it will be
    /// generated from the `displayName`. The `displayName` would be converted
    /// to lower case, and all spaces and non-alphanumeric characters replaced
    /// with underscores.
    pub key: Option<String>,
    /// The display name of the taxonomy.
    pub display_name: String,
    /// The namespace of the metadata taxonomy to create.
    pub namespace: String,
}

serialize_struct!(
    runtime,
    CreateMetadataTaxonomyRequestBody {
        key: optional("key"),
        display_name: required("displayName"),
        namespace: required("namespace")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataTaxonomyRequestBody {
        key: optional::<Option<String>>("key"),
        display_name: required::<String>("displayName"),
        namespace: required::<String>("namespace")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_taxonomies~1{namespace}~1{taxonomy_key}/patch/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateMetadataTaxonomyRequestBody {
    /// The display name of the taxonomy.
    pub display_name: String,
}

serialize_struct!(runtime, UpdateMetadataTaxonomyRequestBody { display_name: required("displayName") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateMetadataTaxonomyRequestBody { display_name: required::<String>("displayName") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_taxonomies~1{namespace}~1{taxonomy_key}~1levels~1{level_index}/patch/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateMetadataTaxonomyLevelByIdRequestBody {
    /// The display name of the taxonomy level.
    pub display_name: String,
    /// The description of the taxonomy level.
    pub description: Option<String>,
}

serialize_struct!(
    runtime,
    UpdateMetadataTaxonomyLevelByIdRequestBody {
        display_name: required("displayName"),
        description: optional("description")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateMetadataTaxonomyLevelByIdRequestBody {
        display_name: required::<String>("displayName"),
        description: optional::<Option<String>>("description")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_taxonomies~1{namespace}~1{taxonomy_key}~1levels:append/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct AddMetadataTaxonomyLevelRequestBody {
    /// The display name of the taxonomy level.
    pub display_name: String,
    /// The description of the taxonomy level.
    pub description: Option<String>,
}

serialize_struct!(
    runtime,
    AddMetadataTaxonomyLevelRequestBody { display_name: required("displayName"), description: optional("description") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddMetadataTaxonomyLevelRequestBody {
        display_name: required::<String>("displayName"),
        description: optional::<Option<String>>("description")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_taxonomies~1{namespace}~1{taxonomy_key}~1nodes/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMetadataTaxonomyNodeRequestBody {
    /// The display name of the taxonomy node.
    pub display_name: String,
    /// The level of the taxonomy node.
    pub level: i64,
    /// The identifier of the parent taxonomy node.
    /// Omit this field for root-level nodes.
    pub parent_id: Option<String>,
}

serialize_struct!(
    runtime,
    CreateMetadataTaxonomyNodeRequestBody {
        display_name: required("displayName"),
        level: required("level"),
        parent_id: optional("parentId")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateMetadataTaxonomyNodeRequestBody {
        display_name: required::<String>("displayName"),
        level: required::<i64>("level"),
        parent_id: optional::<Option<String>>("parentId")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1metadata_taxonomies~1{namespace}~1{taxonomy_key}~1nodes~1{node_id}/patch/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateMetadataTaxonomyNodeByIdRequestBody {
    /// The display name of the taxonomy node.
    pub display_name: Option<String>,
}

serialize_struct!(runtime, UpdateMetadataTaxonomyNodeByIdRequestBody { display_name: optional("displayName") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateMetadataTaxonomyNodeByIdRequestBody { display_name: optional::<Option<String>>("displayName") }
);
