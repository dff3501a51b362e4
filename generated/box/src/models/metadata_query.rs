// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataQuery`] and the types nested in it, from `#/components/schemas/MetadataQuery`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Metadata query search request
///
/// Create a search using SQL-like syntax to return items that match specific
/// metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataQuery {
    /// Specifies the template used in the query. Must be in the form
    /// `scope.templateKey`. Not all templates can be used in this field,
    /// most notably the built-in, Box-provided classification templates
    /// can not be used in a query.
    pub from: String,
    /// The query to perform. A query is a logical expression that is very similar
    /// to a SQL `SELECT` statement. Values in the search query can be turned into
    /// parameters specified in the `query_param` arguments list to prevent having
    /// to manually insert search values into the query string.
    ///
    /// For example, a value of `:amount` would represent the `amount` value in
    /// `query_params` object.
    pub query: Option<String>,
    /// Set of arguments corresponding to the parameters specified in the
    /// `query`. The type of each parameter used in the `query_params` must match
    /// the type of the corresponding metadata template field.
    pub query_params: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The ID of the folder that you are restricting the query to. A
    /// value of zero will return results from all folders you have access
    /// to. A non-zero value will only return results found in the folder
    /// corresponding to the ID or in any of its subfolders.
    pub ancestor_folder_id: String,
    /// A list of template fields and directions to sort the metadata query
    /// results by.
    ///
    /// The ordering `direction` must be the same for each item in the array.
    pub order_by: Option<Vec<super::MetadataQueryOrderByField>>,
    /// A value between 0 and 100 that indicates the maximum number of results
    /// to return for a single request. This only specifies a maximum
    /// boundary and will not guarantee the minimum number of results
    /// returned.
    pub limit: Option<i64>,
    /// Marker to use for requesting the next page.
    pub marker: Option<String>,
    /// By default, this endpoint returns only the most basic info about the items for
    /// which the query matches. This attribute can be used to specify a list of
    /// additional attributes to return for any item, including its metadata.
    ///
    /// This attribute takes a list of item fields, metadata template identifiers,
    /// or metadata template field identifiers.
    ///
    /// For example:
    ///
    /// * `created_by` will add the details of the user who created the item to
    /// the response.
    /// * `metadata.<scope>.<templateKey>` will return the mini-representation
    /// of the metadata instance identified by the `scope` and `templateKey`.
    /// * `metadata.<scope>.<templateKey>.<field>` will return all the mini-representation
    /// of the metadata instance identified by the `scope` and `templateKey` plus
    /// the field specified by the `field` name. Multiple fields for the same
    /// `scope` and `templateKey` can be defined.
    pub fields: Option<Vec<String>>,
}

serialize_struct!(
    runtime,
    MetadataQuery {
        from: required("from"),
        query: optional("query"),
        query_params: optional("query_params"),
        ancestor_folder_id: required("ancestor_folder_id"),
        order_by: optional("order_by"),
        limit: optional("limit"),
        marker: optional("marker"),
        fields: optional("fields")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataQuery {
        from: required::<String>("from"),
        query: optional::<Option<String>>("query"),
        query_params: optional::<Option<std::collections::BTreeMap<String, serde_json::Value>>>("query_params"),
        ancestor_folder_id: required::<String>("ancestor_folder_id"),
        order_by: optional::<Option<Vec<super::MetadataQueryOrderByField>>>("order_by"),
        limit: optional::<Option<i64>>("limit"),
        marker: optional::<Option<String>>("marker"),
        fields: optional::<Option<Vec<String>>>("fields")
    }
);

/// An object representing one of the metadata template fields to sort the
/// metadata query results by.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataQueryOrderByField {
    /// The metadata template field to order by.
    ///
    /// The `field_key` represents the `key` value of a field from the
    /// metadata template being searched for.
    pub field_key: Option<String>,
    /// The direction to order by, either ascending or descending.
    ///
    /// The `ordering` direction must be the same for each item in the
    /// array.
    pub direction: Option<super::MetadataQueryOrderByDirectionField>,
}

serialize_struct!(
    runtime,
    MetadataQueryOrderByField { field_key: optional("field_key"), direction: optional("direction") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataQueryOrderByField {
        field_key: optional::<Option<String>>("field_key"),
        direction: optional::<Option<super::MetadataQueryOrderByDirectionField>>("direction")
    }
);

/// The direction to order by, either ascending or descending.
///
/// The `ordering` direction must be the same for each item in the
/// array.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataQueryOrderByDirectionField {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// `asc`
    Asc2,
    /// `desc`
    Desc2,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    MetadataQueryOrderByDirectionField,
    Unknown,
    Asc = "ASC",
    Desc = "DESC",
    Asc2 = "asc",
    Desc2 = "desc"
);
