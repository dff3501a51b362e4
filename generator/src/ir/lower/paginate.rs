//! Which list operations page, and how: a response struct with a list of items (`results`,
//! `entries`) together with a `page`, `offset` or `marker` query parameter of the operation.

use std::collections::BTreeMap;

use crate::ir::{
    Field, Group, Output, PageShape, Pager, ParamLocation, ResponseBody, TypeDef, TypeId, TypeKind, TypeRef,
};

/// Sets `pager` on every list operation and returns the shapes of their page types.
pub(super) fn detect(types: &[TypeDef], groups: &mut [Group]) -> BTreeMap<TypeId, PageShape> {
    let mut pages = BTreeMap::new();
    for op in groups.iter_mut().flat_map(|g| g.operations.iter_mut()) {
        let Output::Single(ResponseBody::Json(ty)) = &op.output else { continue };
        let Some(page_type) = struct_behind(types, ty) else { continue };
        let TypeKind::Struct(st) = &types[page_type.0].kind else { continue };
        let query = |wire: &str| {
            op.params
                .iter()
                .find(|p| p.location == ParamLocation::Query && p.wire == wire && !matches!(p.ty, TypeRef::List(_)))
                .map(|p| p.wire.clone())
        };
        let field = |wire: &str| st.fields.iter().position(|f: &Field| f.wire == wire);
        let Some(items) = field("results").or_else(|| field("entries")) else { continue };
        let TypeRef::List(item) = &st.fields[items].ty else { continue };
        let pager = Pager { page_type, page: query("page"), offset: query("offset"), marker: query("marker") };
        let shape = PageShape {
            items,
            item: (**item).clone(),
            next_link: field("next").filter(|_| pager.page.is_some()),
            total: field("total_count").or_else(|| field("count")).filter(|_| pager.offset.is_some()),
            next_marker: field("next_marker").filter(|_| pager.marker.is_some()),
        };
        let pages_by = pager.page.is_some() && shape.next_link.is_some()
            || pager.offset.is_some()
            || pager.marker.is_some() && shape.next_marker.is_some();
        if !pages_by {
            continue;
        }
        // One shape per type: the first operation's (operations sharing a type share its fields).
        pages.entry(page_type).or_insert(shape);
        op.pager = Some(pager);
    }
    pages
}

/// The struct a response type is, through aliases.
fn struct_behind(types: &[TypeDef], ty: &TypeRef) -> Option<TypeId> {
    let TypeRef::Named(id) = ty else { return None };
    match &types[id.0].kind {
        TypeKind::Struct(_) => Some(*id),
        TypeKind::Alias(target) => struct_behind(types, target),
        _ => None,
    }
}
