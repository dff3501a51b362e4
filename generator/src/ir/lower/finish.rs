//! Whole-API passes after every schema and operation is lowered: which way each type travels,
//! what that means for optional and nullable fields, boxing of recursive types, and the tag of
//! each union (its discriminator, or a one-value property every variant has), with a catch-all
//! variant for tags it does not know.

use std::collections::BTreeSet;

use super::Lowerer;
use crate::ir::naming::{Candidate, Case, Scope, places};
use crate::ir::{Home, Presence, Tag, TypeKind, TypeRef, Union, Usage};

impl Lowerer<'_> {
    pub(super) fn finish(&mut self) {
        self.mark_usage();
        self.decide_presence();
        self.box_cycles();
        self.infer_tags();
        for ty in &self.types {
            if let Home::Group(g) = ty.home {
                self.namer.link(Scope::Builders(g), ty.name);
            }
        }
        for (g, group) in self.groups.iter().enumerate() {
            self.namer.link(Scope::Builders(g), group.api_type);
        }
    }

    fn mark_usage(&mut self) {
        let requests = std::mem::take(&mut self.request_roots);
        let responses = std::mem::take(&mut self.response_roots);
        self.mark(&requests, true);
        self.mark(&responses, false);
        // A type no operation uses is made to go both ways, and so is everything it contains.
        let unused: Vec<TypeRef> = (0..self.types.len())
            .filter(|&i| self.types[i].usage == Usage::default())
            .map(|i| TypeRef::Named(crate::ir::TypeId(i)))
            .collect();
        self.mark(&unused, true);
        self.mark(&unused, false);
    }

    /// Marks the types reachable from `roots` as sent (`request`) or received.
    fn mark(&mut self, roots: &[TypeRef], request: bool) {
        let mut stack = Vec::new();
        for root in roots {
            root.for_each_named(&mut |id| stack.push(id.0));
        }
        let mut seen = BTreeSet::new();
        while let Some(i) = stack.pop() {
            if !seen.insert(i) {
                continue;
            }
            if request {
                self.types[i].usage.request = true;
            } else {
                self.types[i].usage.response = true;
            }
            self.types[i].for_each_named(&mut |id| stack.push(id.0));
        }
    }

    fn decide_presence(&mut self) {
        for (index, ty) in self.types.iter_mut().enumerate() {
            let usage = ty.usage;
            let TypeKind::Struct(st) = &mut ty.kind else { continue };
            for (f, field) in st.fields.iter_mut().enumerate() {
                let Some(facts) = self.field_facts.get(&(index, f)) else { continue };
                // readOnly properties are never required when sending, writeOnly ones never when
                // receiving.
                let required =
                    facts.required && !(facts.read_only && usage.request) && !(facts.write_only && usage.response);
                field.presence = match (required, facts.nullable) {
                    (true, false) => Presence::Required,
                    (true, true) => Presence::RequiredNullable,
                    (false, true) if usage.request => Presence::OptionalNullable,
                    (false, _) => Presence::Optional,
                };
            }
        }
    }

    /// Boxes every field and variant that closes a cycle of direct containment (not through a
    /// `Vec` or map, which already allocate).
    fn box_cycles(&mut self) {
        let n = self.types.len();
        let direct = |kind: &TypeKind| -> Vec<usize> {
            let pick = |ty: &TypeRef| match ty {
                TypeRef::Named(id) => Some(id.0),
                _ => None,
            };
            match kind {
                TypeKind::Struct(st) => st.fields.iter().filter_map(|f| pick(&f.ty)).collect(),
                TypeKind::Union(u) => u.variants.iter().filter_map(|v| pick(&v.ty)).collect(),
                TypeKind::Alias(ty) => pick(ty).into_iter().collect(),
                TypeKind::Enum(_) | TypeKind::Outcomes(_) => Vec::new(),
            }
        };
        let edges: Vec<Vec<usize>> = self.types.iter().map(|t| direct(&t.kind)).collect();
        let component = strongly_connected(n, &edges);
        let same = |a: usize, b: usize| component[a] == component[b];
        for index in 0..n {
            match &mut self.types[index].kind {
                TypeKind::Struct(st) => {
                    for f in &mut st.fields {
                        if let TypeRef::Named(id) = f.ty {
                            f.boxed = same(index, id.0);
                        }
                    }
                }
                TypeKind::Union(u) => {
                    for v in &mut u.variants {
                        if let TypeRef::Named(id) = v.ty {
                            v.boxed = same(index, id.0);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The struct behind a type expression, through aliases.
    fn struct_of(&self, ty: &TypeRef) -> Option<usize> {
        match ty {
            TypeRef::Named(id) => match &self.types[id.0].kind {
                TypeKind::Struct(_) => Some(id.0),
                TypeKind::Alias(inner) => self.struct_of(inner),
                _ => None,
            },
            _ => None,
        }
    }

    /// The one value of a single-value string enum.
    fn single_value(&self, ty: &TypeRef) -> Option<String> {
        match ty {
            TypeRef::Named(id) => match &self.types[id.0].kind {
                TypeKind::Enum(e) if e.variants.len() == 1 => Some(e.variants[0].wire.clone()),
                TypeKind::Alias(inner) => self.single_value(inner),
                _ => None,
            },
            _ => None,
        }
    }

    /// Settles the tag of every union: its discriminator when that names a value for every
    /// variant, else a property that every variant has as a one-value string enum with distinct
    /// values (Box's `type: file | folder | web_link`), else none. A tagged union gets its
    /// catch-all variant for tags it does not know.
    fn infer_tags(&mut self) {
        for index in 0..self.types.len() {
            let TypeKind::Union(u) = &self.types[index].kind else { continue };
            let explicit =
                self.discriminators.get(&index).filter(|_| u.variants.iter().all(|v| !v.tag_values.is_empty()));
            let (property, values) = match explicit {
                Some(property) => (Some(property.clone()), None),
                None => match self.common_tag(u) {
                    Some((property, values)) => (Some(property), Some(values)),
                    // An explicit discriminator that does not cover every variant cannot dispatch.
                    None => (None, None),
                },
            };
            let unknown = property.as_ref().map(|_| {
                self.namer.add(Candidate {
                    scope: Scope::Variants(index),
                    at: self.types[index].at.clone(),
                    wanted: places::UNKNOWN_VARIANT.to_owned(),
                    case: Case::Pascal,
                    pinned: false,
                    rank: 9,
                    suffixes: places::collision::owned(places::collision::UNKNOWN_VARIANT),
                })
            });
            let TypeKind::Union(u) = &mut self.types[index].kind else { continue };
            if let Some(values) = values {
                for (variant, value) in u.variants.iter_mut().zip(values) {
                    variant.tag_values = vec![value];
                }
            }
            u.tag = property.zip(unknown).map(|(property, unknown)| Tag { property, unknown });
        }
    }

    /// The property every variant of `u` has, required, as a one-value string enum with a value
    /// of its own, and those values in variant order.
    fn common_tag(&self, u: &Union) -> Option<(String, Vec<String>)> {
        let structs: Vec<usize> = u.variants.iter().map(|v| self.struct_of(&v.ty)).collect::<Option<_>>()?;
        let TypeKind::Struct(first) = &self.types[*structs.first()?].kind else { return None };
        first.fields.iter().find_map(|candidate| {
            let values: Option<Vec<String>> = structs
                .iter()
                .map(|&s| match &self.types[s].kind {
                    TypeKind::Struct(st) => st
                        .fields
                        .iter()
                        .find(|f| f.wire == candidate.wire && f.presence == Presence::Required)
                        .and_then(|f| self.single_value(&f.ty)),
                    _ => None,
                })
                .collect();
            let values = values?;
            let distinct: BTreeSet<&String> = values.iter().collect();
            (distinct.len() == values.len()).then(|| (candidate.wire.clone(), values))
        })
    }
}

/// Tarjan's algorithm, iteratively: the component index of every node.
fn strongly_connected(n: usize, edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for start in 0..n {
        if index[start] != UNSEEN {
            continue;
        }
        let mut work = vec![(start, 0usize)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[v] == UNSEEN {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*edge) {
                *edge += 1;
                if index[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::strongly_connected;

    #[test]
    fn components() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 alone.
        let edges = vec![vec![1], vec![2], vec![0], vec![3], vec![]];
        let c = strongly_connected(5, &edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[3]);
        assert_ne!(c[3], c[4]);
    }
}
