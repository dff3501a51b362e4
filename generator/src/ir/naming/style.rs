//! The three naming styles: which group an operation belongs to, and what its method is called.
//! Returns wanted names as words; [`super::Namer`] makes identifiers of them.

use std::collections::BTreeMap;

use super::ident::{Case, convert};
use super::inflect::singularize;

/// A naming style, chosen per target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Naming {
    /// Classic openapi-generator: `UsersApi::users_list`, method = operationId.
    Legacy,
    /// CVAT's current SDK: `users_api().list()`, the `{tag}_` prefix stripped.
    Tagged,
    /// Box's SDK: `memberships().get_user_memberships(..)`, names from method and path.
    Box,
}

impl Naming {
    /// Every style, for listings and tests.
    pub const ALL: [Naming; 3] = [Naming::Legacy, Naming::Tagged, Naming::Box];

    /// The style's name as the manifest and CLI spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Naming::Legacy => "legacy",
            Naming::Tagged => "tagged",
            Naming::Box => "box",
        }
    }
}

impl std::fmt::Display for Naming {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Naming {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Naming::ALL
            .into_iter()
            .find(|style| style.as_str() == s)
            .ok_or_else(|| format!("unknown naming style `{s}` (expected legacy, tagged or box)"))
    }
}

/// What a style needs to know about an operation to name it.
#[derive(Clone, Copy, Debug)]
pub struct OperationFacts<'a> {
    /// The lower-case HTTP method.
    pub method: &'a str,
    /// The path key as written, possibly with a `#fragment`.
    pub path: &'a str,
    /// The operationId, if any.
    pub operation_id: Option<&'a str>,
    /// The first tag, if any.
    pub first_tag: Option<&'a str>,
    /// `x-box-tag`, if any.
    pub box_tag: Option<&'a str>,
    /// The summary, if any.
    pub summary: Option<&'a str>,
    /// Leading path segments every operation of the spec shares (such as `/api`), which say
    /// nothing about the resource.
    pub common_prefix: &'a str,
}

/// The leading static path segments shared by every path (`/api` for CVAT), never the whole of
/// any path.
pub fn common_path_prefix<'p>(paths: impl IntoIterator<Item = &'p str>) -> String {
    let mut common: Option<Vec<&str>> = None;
    for path in paths {
        let segments: Vec<&str> = path.split('#').next().unwrap_or(path).split('/').filter(|s| !s.is_empty()).collect();
        // Keep at least one segment of every path for the noun.
        let statics: Vec<&str> =
            segments[..segments.len().saturating_sub(1)].iter().take_while(|s| !s.contains('{')).copied().collect();
        common = Some(match common {
            None => statics,
            Some(c) => c.iter().zip(&statics).take_while(|(a, b)| a == b).map(|(a, _)| *a).collect(),
        });
    }
    common.unwrap_or_default().iter().map(|s| format!("/{s}")).collect()
}

/// The group key of an operation: `x-box-tag` (then the first tag) for `box`, the first tag
/// otherwise; `default` when there is none.
pub fn group_key(style: Naming, op: &OperationFacts<'_>) -> String {
    let key = match style {
        Naming::Box => op.box_tag.or(op.first_tag),
        Naming::Legacy | Naming::Tagged => op.first_tag,
    };
    key.unwrap_or("default").to_owned()
}

/// The API type's wanted name: `{Tag}Api`, or `{Group}Manager` for `box`.
pub fn api_type(style: Naming, group_key: &str) -> String {
    let base = convert(group_key, Case::Pascal);
    match style {
        Naming::Box => format!("{base}Manager"),
        Naming::Legacy | Naming::Tagged => format!("{base}Api"),
    }
}

/// The accessor on the client: `{tag}_api` or, for `box`, the group itself.
pub fn accessor(style: Naming, group_key: &str) -> String {
    let base = convert(group_key, Case::Snake);
    match style {
        Naming::Box => base,
        Naming::Legacy | Naming::Tagged => format!("{base}_api"),
    }
}

/// FastAPI's default operationId is the route function's name, then the path with every character
/// that is not a letter, digit or `_` turned into `_`, then `_` and the method: `def list_pets` at
/// `GET /pets` is `list_pets_pets_get`, `read_pet` at `/pets/{pet_id}` is
/// `read_pet_pets__pet_id__get`. Returns the suffix after the function's name (`_pets_get`) when
/// `id` has that form.
pub fn fastapi_suffix(id: &str, method: &str, path: &str) -> Option<String> {
    let path = path.split('#').next().unwrap_or(path);
    let mut suffix: String = path.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
    suffix.push('_');
    suffix.push_str(method);
    id.strip_suffix(&suffix).is_some_and(|function| !function.is_empty() && !function.ends_with('_')).then_some(suffix)
}

/// The part of an operationId that names the operation in the `tagged` and `legacy` styles: the
/// whole id, or the route function's name of a FastAPI default id. `None` without an id.
pub fn operation_stem<'a>(op: &OperationFacts<'a>) -> Option<&'a str> {
    let id = op.operation_id?;
    let suffix = fastapi_suffix(id, op.method, op.path);
    Some(suffix.and_then(|suffix| id.strip_suffix(&suffix)).unwrap_or(id))
}

/// FastAPI names the schema of a form body `Body_{operationId}`; when that operationId is one of
/// FastAPI's defaults, the component is named after the function instead, as the method is:
/// `Body_upload_photo_pets__pet_id__photo_post` is `Body_upload_photo`. `stems` maps such
/// operationIds to their functions' names.
pub fn component_name<'a>(name: &'a str, stems: &BTreeMap<String, String>) -> &'a str {
    match name.strip_prefix("Body_").and_then(|id| stems.get(id)) {
        // The function's name is the start of its operationId.
        Some(stem) => name.get(.."Body_".len() + stem.len()).unwrap_or(name),
        None => name,
    }
}

/// The wanted name of the type of a webhook's inline payload: `PetAdoptedPayload` for the webhook
/// `petAdopted`, `PetAdoptedPostPayload` when the webhook has several methods.
pub fn webhook_payload(webhook: &str, method: Option<&str>) -> String {
    let method = method.map(|m| convert(m, Case::Pascal)).unwrap_or_default();
    format!("{}{method}Payload", convert(webhook, Case::Pascal))
}

/// The wanted method name of an operation in `style`.
pub fn method_name(style: Naming, op: &OperationFacts<'_>) -> String {
    let fallback = || format!("{} {}", op.method, op.path.split('#').next().unwrap_or(op.path));
    let stem = || operation_stem(op).map(str::to_owned).unwrap_or_else(fallback);
    match style {
        Naming::Legacy => convert(&stem(), Case::Snake),
        Naming::Tagged => {
            let id = convert(&stem(), Case::Snake);
            let prefix = op.first_tag.map(|tag| format!("{}_", convert(tag, Case::Snake)));
            match prefix.as_deref().and_then(|p| id.strip_prefix(p)) {
                Some(rest) if !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit()) => rest.to_owned(),
                _ => id,
            }
        }
        Naming::Box => {
            let path = op.path.strip_prefix(op.common_prefix).unwrap_or(op.path);
            box_method(op.method, path, op.summary.unwrap_or(""))
        }
    }
}

/// A path segment, split into its literal part and its parameter.
#[derive(Debug, PartialEq)]
enum Segment {
    Static(String),
    Param,
}

/// The `box` rule (DESIGN.md section 6): verb from the HTTP method, noun from the path.
pub fn box_method(method: &str, path: &str, summary: &str) -> String {
    if path.contains('#') {
        return convert(summary, Case::Snake);
    }
    let mut verb = match method {
        "get" => "get",
        "post" => "create",
        "put" | "patch" => "update",
        "delete" => "delete",
        other => other,
    }
    .to_owned();
    let mut segments = Vec::new();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        // A version prefix such as `/2.0` belongs to the server, not to the resource.
        if segments.is_empty() && raw.chars().all(|c| c.is_ascii_digit() || c == '.') {
            continue;
        }
        match raw.find('{') {
            Some(0) => segments.push(Segment::Param),
            // `thumbnail.{extension}`: a literal followed by a parameter.
            Some(open) => {
                segments.push(Segment::Static(convert(raw[..open].trim_end_matches('.'), Case::Snake)));
                segments.push(Segment::Param);
            }
            None => segments.push(Segment::Static(convert(raw, Case::Snake))),
        }
    }
    let trashed = segments.contains(&Segment::Static("trash".to_owned()));
    segments.retain(|s| *s != Segment::Static("trash".to_owned()));

    // `POST /files/{file_id}/copy` whose summary starts with "Copy": the action is the verb.
    let mut action = false;
    if let [.., Segment::Param, Segment::Static(last)] = segments.as_slice() {
        let first_word = summary.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        let action_word = last.split('_').next().unwrap_or(last);
        if !action_word.is_empty() && first_word.starts_with(action_word) {
            verb = last.clone();
            segments.pop();
            action = true;
        }
    }

    let statics: Vec<usize> = (0..segments.len()).filter(|&i| matches!(segments[i], Segment::Static(_))).collect();
    let mut words = Vec::new();
    for (n, &i) in statics.iter().enumerate() {
        let Segment::Static(word) = &segments[i] else { continue };
        let last = n + 1 == statics.len();
        let item = matches!(segments.get(i + 1), Some(Segment::Param));
        words.push(if !last || item || verb == "create" { singularize(word) } else { word.clone() });
    }
    let mut noun = words.join("_");
    if trashed {
        noun = format!("trashed_{noun}");
    }
    let mut name = if noun.is_empty() { verb } else { format!("{verb}_{noun}") };
    if !action && matches!(segments.last(), Some(Segment::Param)) {
        name.push_str("_by_id");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn box_rule_table() {
        let cases = [
            ("get", "/users/{user_id}/memberships", "List user's groups", "get_user_memberships"),
            ("get", "/groups/{group_id}/memberships", "List members of group", "get_group_memberships"),
            ("post", "/group_memberships", "Add user to group", "create_group_membership"),
            ("get", "/group_memberships/{group_membership_id}", "Get group membership", "get_group_membership_by_id"),
            (
                "put",
                "/group_memberships/{group_membership_id}",
                "Update group membership",
                "update_group_membership_by_id",
            ),
            ("delete", "/group_memberships/{group_membership_id}", "Remove user", "delete_group_membership_by_id"),
            ("post", "/files/{file_id}/copy", "Copy file", "copy_file"),
            ("get", "/files/{file_id}/trash", "Get trashed file", "get_trashed_file_by_id"),
            ("delete", "/files/{file_id}/trash", "Permanently remove file", "delete_trashed_file_by_id"),
            ("get", "/files/{file_id}/thumbnail.{extension}", "Get file thumbnail", "get_file_thumbnail_by_id"),
            ("put", "/files/{file_id}#add_shared_link", "Add shared link to file", "add_shared_link_to_file"),
            ("get", "/2.0/legal_hold_policies", "List policies", "get_legal_hold_policies"),
            ("post", "/legal_hold_policies", "Create policy", "create_legal_hold_policy"),
            ("get", "/files/{file_id}/versions/{file_version_id}", "Get file version", "get_file_version_by_id"),
            ("post", "/sign_requests/{sign_request_id}/cancel", "Cancel Box Sign request", "cancel_sign_request"),
            ("post", "/workflows/{workflow_id}/start", "Starts workflow", "start_workflow"),
            ("get", "/collaboration_whitelist_entries", "List", "get_collaboration_whitelist_entries"),
        ];
        for (method, path, summary, want) in cases {
            assert_eq!(box_method(method, path, summary), want, "{method} {path}");
        }
    }

    #[test]
    fn common_prefixes() {
        assert_eq!(common_path_prefix(["/api/users", "/api/users/{id}", "/api/invitations"]), "/api");
        assert_eq!(common_path_prefix(["/users/{id}", "/groups"]), "");
        assert_eq!(common_path_prefix(["/api/users"]), "/api");
        assert_eq!(common_path_prefix(["/api", "/api/users"]), "");
    }

    #[test]
    fn tagged_strips_the_tag_prefix() {
        let op = |id, tag| OperationFacts {
            method: "get",
            path: "/x",
            operation_id: Some(id),
            first_tag: Some(tag),
            box_tag: None,
            summary: None,
            common_prefix: "",
        };
        assert_eq!(method_name(Naming::Tagged, &op("users_retrieve_self", "users")), "retrieve_self");
        assert_eq!(method_name(Naming::Tagged, &op("list_all", "users")), "list_all");
        assert_eq!(method_name(Naming::Tagged, &op("users_", "users")), "users");
        assert_eq!(method_name(Naming::Legacy, &op("users_retrieve_self", "users")), "users_retrieve_self");
        assert_eq!(method_name(Naming::Tagged, &op("lambda_retrieve_functions", "lambda")), "retrieve_functions");
    }

    #[test]
    fn fastapi_form_bodies_are_named_after_the_function() {
        let stems = BTreeMap::from([("upload_photo_pets__pet_id__photo_post".to_owned(), "upload_photo".to_owned())]);
        assert_eq!(component_name("Body_upload_photo_pets__pet_id__photo_post", &stems), "Body_upload_photo");
        assert_eq!(component_name("Body_other_pets_get", &stems), "Body_other_pets_get");
        assert_eq!(component_name("Pet", &stems), "Pet");
    }

    #[test]
    fn webhook_payload_names() {
        assert_eq!(webhook_payload("petAdopted", None), "PetAdoptedPayload");
        assert_eq!(webhook_payload("pet_adopted", Some("put")), "PetAdoptedPutPayload");
        assert_eq!(webhook_payload("new-order", None), "NewOrderPayload");
    }

    #[test]
    fn fastapi_default_ids_keep_the_function_name() {
        let cases = [
            // (operationId, method, path, suffix dropped)
            ("list_pets_pets_get", "get", "/pets", Some("_pets_get")),
            ("read_pet_pets__pet_id__get", "get", "/pets/{pet_id}", Some("_pets__pet_id__get")),
            (
                "upload_photo_pets__pet_id__photo_post",
                "post",
                "/pets/{pet_id}/photo",
                Some("_pets__pet_id__photo_post"),
            ),
            ("read_root__get", "get", "/", Some("__get")),
            (
                "get_item_api_v1_items_by_name__name__get",
                "get",
                "/api/v1/items-by-name/{name}",
                Some("_api_v1_items_by_name__name__get"),
            ),
            // Not FastAPI's form: another method, another path, nothing before the suffix.
            ("list_pets_pets_get", "post", "/pets", None),
            ("list_pets_pets_get", "get", "/pet", None),
            ("_pets_get", "get", "/pets", None),
            ("users_list", "get", "/users", None),
        ];
        for (id, method, path, suffix) in cases {
            assert_eq!(fastapi_suffix(id, method, path).as_deref(), suffix, "{id}");
        }
        let op = |id, method, path, tag| OperationFacts {
            method,
            path,
            operation_id: Some(id),
            first_tag: tag,
            box_tag: None,
            summary: None,
            common_prefix: "",
        };
        assert_eq!(method_name(Naming::Tagged, &op("list_pets_pets_get", "get", "/pets", Some("pets"))), "list_pets");
        assert_eq!(method_name(Naming::Legacy, &op("list_pets_pets_get", "get", "/pets", Some("pets"))), "list_pets");
        assert_eq!(method_name(Naming::Tagged, &op("pets_list_pets_get", "get", "/pets", Some("pets"))), "list");
        assert_eq!(method_name(Naming::Box, &op("list_pets_pets_get", "get", "/pets", None)), "get_pets");
    }
}
