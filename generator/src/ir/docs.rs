//! Spec prose turned into rustdoc that builds cleanly under `-D warnings`: brackets escaped so they
//! are not intra-doc links, bare URLs wrapped, stray `<` escaped, and code blocks marked `text` so
//! that rustdoc never compiles spec examples as doctests.

/// Documentation lines, ready for one `#[doc = " ..."]` each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Docs {
    lines: Vec<String>,
}

impl Docs {
    /// Docs from optional summary and description paragraphs.
    pub fn from_parts<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> Self {
        let mut seen: Vec<&str> = Vec::new();
        let mut lines = Vec::new();
        for part in parts.into_iter().flatten() {
            let part = part.trim();
            if part.is_empty() || seen.contains(&part) {
                continue;
            }
            seen.push(part);
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(sanitize(part));
        }
        Docs { lines }
    }

    /// Docs from one text.
    pub fn from_text(text: Option<&str>) -> Self {
        Self::from_parts([text])
    }

    /// These docs, or, when the spec says nothing, the generator's own line on what the item is
    /// and where it comes from (`origin`, a JSON pointer into the spec).
    pub fn or_undocumented(mut self, what: &str, origin: &str) -> Self {
        if self.lines.is_empty() {
            self.push_paragraph(format!("{what}, which the spec does not describe (`{}`).", origin.replace('`', "'")));
        }
        self
    }

    /// These docs, or `text` (already valid rustdoc) when the spec says nothing.
    pub fn or_else(mut self, text: String) -> Self {
        if self.lines.is_empty() {
            self.push_paragraph(text);
        }
        self
    }

    /// Appends a paragraph the generator writes itself (already valid rustdoc).
    pub fn push_paragraph(&mut self, text: impl Into<String>) {
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.lines.extend(text.into().lines().map(str::to_owned));
    }

    /// Appends one line, already valid rustdoc, to the current paragraph.
    pub fn push_line(&mut self, line: String) {
        self.lines.push(line);
    }

    /// The lines.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// Whether there is nothing to say.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The first line, for one-line summaries (tables, listings).
    pub fn first_line(&self) -> &str {
        self.lines.first().map(String::as_str).unwrap_or("")
    }
}

fn sanitize(text: &str) -> Vec<String> {
    // A lone CR is a line break in some specs and not allowed in a doc comment; other control
    // characters are dropped.
    let text: String = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let raw: Vec<&str> = text.lines().map(str::trim_end).collect();
    let indent = raw.iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut indented_code = false;
    let mut previous_blank = true;
    let mut in_list = false;
    // Prose lines are escaped a paragraph at a time, so that links and code spans may span lines.
    let mut prose: Vec<&str> = Vec::new();
    for line in raw.iter().map(|l| l.get(indent..).unwrap_or_else(|| l.trim_start())) {
        let trimmed = line.trim_start();
        if fence.is_some() || ["```", "~~~"].iter().any(|m| trimmed.starts_with(m)) {
            flush_prose(&mut out, &mut prose);
        }
        if let Some(marker) = fence {
            out.push(line.to_owned());
            if trimmed.starts_with(marker)
                && trimmed.trim_start_matches(marker.chars().next().unwrap_or('`')).trim().is_empty()
            {
                fence = None;
            }
            continue;
        }
        if let Some(marker) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
            close_indented(&mut out, &mut indented_code);
            let info = trimmed.trim_start_matches(marker.chars().next().unwrap_or('`')).trim();
            let info = if is_rust_info(info) { "text" } else { info };
            out.push(format!("{}{marker}{info}", &line[..line.len() - trimmed.len()]));
            fence = Some(marker);
            previous_blank = false;
            continue;
        }
        let is_blank = trimmed.is_empty();
        let code_indent = line.starts_with("    ") || line.starts_with('\t');
        if indented_code || (code_indent && previous_blank && !in_list) {
            flush_prose(&mut out, &mut prose);
        }
        if indented_code {
            if is_blank || code_indent {
                out.push(line.strip_prefix("    ").or_else(|| line.strip_prefix('\t')).unwrap_or(line).to_owned());
                continue;
            }
            close_indented(&mut out, &mut indented_code);
        } else if code_indent && previous_blank && !in_list {
            out.push("```text".to_owned());
            out.push(line.strip_prefix("    ").or_else(|| line.strip_prefix('\t')).unwrap_or(line).to_owned());
            indented_code = true;
            continue;
        }
        if !is_blank {
            in_list = is_list_item(trimmed) || (in_list && code_indent);
        } else if !in_list {
            in_list = false;
        }
        previous_blank = is_blank;
        prose.push(line);
        if is_blank {
            flush_prose(&mut out, &mut prose);
        }
    }
    flush_prose(&mut out, &mut prose);
    close_indented(&mut out, &mut indented_code);
    if fence.is_some() {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

fn flush_prose(out: &mut Vec<String>, prose: &mut Vec<&str>) {
    if !prose.is_empty() {
        out.extend(escape_inline(&prose.join("\n")).split('\n').map(str::to_owned));
        prose.clear();
    }
}

fn close_indented(out: &mut Vec<String>, open: &mut bool) {
    if *open {
        while out.last().is_some_and(|l| l.is_empty()) {
            out.pop();
        }
        out.push("```".to_owned());
        out.push(String::new());
        *open = false;
    }
}

fn is_list_item(line: &str) -> bool {
    let bullet = ["- ", "* ", "+ "].iter().any(|b| line.starts_with(b));
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    bullet || (digits > 0 && line[digits..].starts_with(". "))
}

/// Fences rustdoc would compile as a doctest.
fn is_rust_info(info: &str) -> bool {
    info.is_empty()
        || info.split([',', ' ']).any(|w| {
            matches!(
                w,
                "rust"
                    | "ignore"
                    | "no_run"
                    | "should_panic"
                    | "compile_fail"
                    | "edition2015"
                    | "edition2018"
                    | "edition2021"
                    | "edition2024"
            )
        })
}

/// Escapes one line of prose outside code spans.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while !rest.is_empty() {
        // A code span: copy verbatim up to the matching run of backticks.
        if rest.starts_with('`') {
            let run = rest.chars().take_while(|&c| c == '`').count();
            if let Some(end) = rest[run..].find(&"`".repeat(run)) {
                let span = run + end + run;
                out.push_str(&rest[..span]);
                rest = &rest[span..];
                continue;
            }
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        // A Markdown link to a URL stays a link.
        if rest.starts_with('[')
            && let Some(len) = markdown_link_len(rest)
        {
            let (label, target) = rest[..len].split_once("](").unwrap_or(("", ""));
            out.push('[');
            out.push_str(&escape_inline(&label[1..]));
            out.push_str("](");
            out.push_str(target);
            rest = &rest[len..];
            continue;
        }
        // An autolink stays an autolink.
        if rest.starts_with('<')
            && let Some(end) = rest.find('>')
            && is_url_start(&rest[1..])
            && !rest[1..end].contains(char::is_whitespace)
        {
            out.push_str(&rest[..=end]);
            rest = &rest[end + 1..];
            continue;
        }
        // A URL right after `](` is a link target already; anything else gets wrapped.
        let link_target = out.ends_with("](") && !out.ends_with("\\](");
        if is_url_start(rest) && !link_target {
            let len = url_len(rest);
            out.push('<');
            out.push_str(&rest[..len]);
            out.push('>');
            rest = &rest[len..];
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '[' | ']' | '<' | '>' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn is_url_start(text: &str) -> bool {
    text.starts_with("https://") || text.starts_with("http://")
}

/// The length of a URL at the start of `text`, without trailing punctuation.
fn url_len(text: &str) -> usize {
    let end = text.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '\'')).unwrap_or(text.len());
    let mut url = &text[..end];
    while let Some(last) = url.chars().last() {
        let unbalanced_paren = last == ')' && url.matches('(').count() < url.matches(')').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | ']') || unbalanced_paren {
            url = &url[..url.len() - 1];
        } else {
            break;
        }
    }
    url.len()
}

/// `[label](https://...)` at the start of `text`: its length.
fn markdown_link_len(text: &str) -> Option<usize> {
    let close = text.find("](")?;
    if text[1..close].contains(['[', ']']) {
        return None;
    }
    let target = &text[close + 2..];
    if !is_url_start(target) && !target.starts_with('#') {
        return None;
    }
    let end = target.find(')')?;
    if target[..end].contains(char::is_whitespace) {
        return None;
    }
    Some(close + 2 + end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Vec<String> {
        Docs::from_text(Some(text)).lines().to_vec()
    }

    #[test]
    fn brackets_and_angles_are_escaped() {
        assert_eq!(doc("fields: ['id', 'name'] <user>"), [r"fields: \['id', 'name'\] \<user\>"]);
    }

    #[test]
    fn code_spans_are_left_alone() {
        assert_eq!(doc("use `a[0] <b>` here"), ["use `a[0] <b>` here"]);
    }

    #[test]
    fn urls_are_wrapped_and_links_kept() {
        assert_eq!(doc("see https://jsonlogic.com/."), ["see <https://jsonlogic.com/>."]);
        assert_eq!(
            doc("see [the docs](https://x.io/a) or <https://y.io>"),
            ["see [the docs](https://x.io/a) or <https://y.io>"]
        );
    }

    #[test]
    fn indented_code_becomes_a_text_fence() {
        let text = "For example:\n\n    - {\"and\":[{\"var\":\"owner\"}]}\n\nDetails.";
        assert_eq!(
            doc(text),
            ["For example:", "", "```text", "- {\"and\":[{\"var\":\"owner\"}]}", "```", "", "Details."]
        );
    }

    #[test]
    fn rust_fences_become_text() {
        assert_eq!(doc("```\nlet x;\n```"), ["```text", "let x;", "```"]);
        assert_eq!(doc("```json\n{}\n```"), ["```json", "{}", "```"]);
    }

    #[test]
    fn summary_and_description_are_paragraphs_without_repeats() {
        let docs = Docs::from_parts([Some("List users"), Some("List users"), Some("Paged.")]);
        assert_eq!(docs.lines(), ["List users", "", "Paged."]);
    }

    #[test]
    fn urls_in_parentheses_and_links_across_lines() {
        assert_eq!(doc("the TUS protocol (https://tus.io/)."), ["the TUS protocol (<https://tus.io/>)."]);
        assert_eq!(doc("see [Search\nResults](https://x.io/s)."), ["see [Search", "Results](https://x.io/s)."]);
    }

    #[test]
    fn carriage_returns_and_controls_do_not_reach_rustdoc() {
        assert_eq!(doc("one\rtwo\r\nthree\u{7}"), ["one", "two", "three"]);
    }

    #[test]
    fn list_continuations_are_not_code() {
        assert_eq!(doc("- item\n\n    more"), ["- item", "", "    more"]);
    }
}
