//! What a schema asks of a value beyond its type ([`Constraints`]): its own keywords, after those of
//! the schema it only wraps (`allOf` with one substantive part, the first alternative of a `oneOf`
//! or `anyOf` that is not `null`), so that a place typed by the wrapped schema gets its constraints.
//! Reading only: nothing here lowers a type or reports a problem (lowering the same schemas does).

use super::Lowerer;
use super::view::{SchemaRef, View};
use crate::ir::Constraints;
use crate::pointer::JsonPointer;

/// How many wrappers and array levels are followed; deeper ones (or cycles) get no constraints.
const MAX_DEPTH: usize = 16;

impl<'s> Lowerer<'s> {
    /// The constraints of the schema `v`, which stands at `at` (its `$ref` already followed).
    pub(super) fn constraints<'v>(&self, v: &View<'v>, at: &JsonPointer) -> Constraints
    where
        's: 'v,
    {
        self.constraints_at(v, at, 0)
    }

    fn constraints_of<'v>(&self, schema: SchemaRef<'v>, at: &JsonPointer, depth: usize) -> Constraints
    where
        's: 'v,
    {
        match self.peek(schema, at) {
            Some((schema, target)) if depth < MAX_DEPTH => self.constraints_at(&View::of(&schema), &target, depth),
            _ => Constraints::default(),
        }
    }

    fn constraints_at<'v>(&self, v: &View<'v>, at: &JsonPointer, depth: usize) -> Constraints
    where
        's: 'v,
    {
        let mut out = match self.wrapped(v, at) {
            Some((wrapped_at, wrapped)) => self.constraints_of(wrapped, &wrapped_at, depth + 1),
            None => Constraints::default(),
        };
        // The schema's own keywords say more than those of what it wraps.
        let own = |value: Option<&str>| value.map(str::to_owned);
        out.format = own(v.format).or(out.format);
        out.pattern = own(v.pattern).or(out.pattern);
        out.min_length = v.min_length.or(out.min_length);
        out.max_length = v.max_length.or(out.max_length);
        out.minimum = v.minimum.or(out.minimum);
        out.maximum = v.maximum.or(out.maximum);
        out.multiple_of = v.multiple_of.or(out.multiple_of);
        out.min_items = v.min_items.or(out.min_items);
        out.max_items = v.max_items.or(out.max_items);
        out.example = v.data.example.clone().or(out.example);
        out.default = v.data.default.clone().or(out.default);
        if let Some(items) = v.items {
            out.items = Some(Box::new(self.constraints_of(items.into(), &at.join("items"), depth + 1)));
        }
        out
    }

    /// The schema that `v` only passes on: the one `allOf` part that says more than annotations,
    /// or the first `oneOf`/`anyOf` alternative that is not `null`.
    fn wrapped<'v>(&self, v: &View<'v>, at: &JsonPointer) -> Option<(JsonPointer, SchemaRef<'v>)>
    where
        's: 'v,
    {
        let mut substantive = v.all_of.iter().enumerate().filter_map(|(i, part)| {
            let part_at = at.join("allOf").join(i.to_string());
            let (schema, _) = self.peek(part.into(), &part_at)?;
            (!View::of(&schema).is_annotation_only()).then(|| (part_at, SchemaRef::from(part)))
        });
        if let Some(only) = substantive.next() {
            return substantive.next().is_none().then_some(only);
        }
        v.alternatives(at).into_iter().find(|(branch_at, branch)| {
            !self.peek(*branch, branch_at).is_some_and(|(s, _)| View::of(&s).is_null_only())
        })
    }
}
