//! English plural to singular for resource nouns in paths (`policies` -> `policy`).

/// Words whose singular is not made by a suffix rule, or that are not plurals at all.
const IRREGULAR: &[(&str, &str)] = &[
    ("metadata", "metadata"),
    ("data", "data"),
    ("status", "status"),
    ("statuses", "status"),
    ("series", "series"),
    ("news", "news"),
    ("access", "access"),
    ("aliases", "alias"),
    ("addresses", "address"),
    ("analyses", "analysis"),
    ("children", "child"),
    ("people", "person"),
    ("indices", "index"),
];

/// The singular of the last word of a snake_case noun phrase (`whitelist_entries` ->
/// `whitelist_entry`).
pub fn singularize(phrase: &str) -> String {
    let (head, last) = match phrase.rsplit_once('_') {
        Some((head, last)) => (Some(head), last),
        None => (None, phrase),
    };
    let single = singular_word(last);
    match head {
        Some(head) => format!("{head}_{single}"),
        None => single,
    }
}

fn singular_word(word: &str) -> String {
    if let Some((_, single)) = IRREGULAR.iter().find(|(plural, _)| *plural == word) {
        return (*single).to_owned();
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() > 1) {
        return format!("{stem}y");
    }
    for suffix in ["sses", "xes", "ches", "shes", "zes"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_owned();
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => word.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::singularize;

    #[test]
    fn singulars() {
        let cases = [
            ("users", "user"),
            ("policies", "policy"),
            ("group_memberships", "group_membership"),
            ("collaboration_whitelist_entries", "collaboration_whitelist_entry"),
            ("terms_of_service_user_statuses", "terms_of_service_user_status"),
            ("metadata", "metadata"),
            ("boxes", "box"),
            ("branches", "branch"),
            ("access", "access"),
            ("status", "status"),
            ("email_aliases", "email_alias"),
            ("s", "s"),
        ];
        for (plural, single) in cases {
            assert_eq!(singularize(plural), single, "{plural}");
        }
    }
}
