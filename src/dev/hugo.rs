//! The same site as a Hugo site, to time Hugo on the same pages
//! (`benches/compare-hugo.sh`). Every publication in every language becomes
//! a Markdown page with front matter (`content/<lang>/<slug>.md`, the
//! translation Hugo would be given: the text compact-press shows, English
//! where a translation is missing), in a multilingual Hugo site with Urdu
//! right to left and templates comparable to the default theme's: `lang` and
//! `dir`, a skip link, landmarks, a language switcher in each language's
//! script, the home page showing the newest six and linking each kind's
//! section, each section paginated by Hugo's own paginator (20 a page,
//! newest first), an RSS feed per language (the newest 20) and a sitemap;
//! and, like compact-press,
//! three outputs per page: the page, a large-print page and a plain-text
//! edition. It is a fair race only if Hugo makes what compact-press makes.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::language::Language;
use crate::render::inline::Run;
use crate::render::view::{BlockView, ItemView, PublicationView, Text};
use crate::site::Site;
use std::fmt::Write as _;
use std::path::Path;

/// Writes the site at `root` as a Hugo site into `out`.
pub fn write(root: &Path, out: &Path) -> Result<(), Diagnostics> {
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            out,
            format!("cannot write the Hugo site: {e}"),
            "choose a writable folder with --out",
        ))
    };
    let (site, _) = Site::load(root)?;
    let editions = crate::render::pass::editions(&site);
    let languages: Vec<&'static Language> = site
        .content
        .config
        .languages
        .iter()
        .filter_map(|c| Language::find(c))
        .collect();
    std::fs::create_dir_all(out.join("layouts/_default")).map_err(io)?;
    std::fs::write(out.join("hugo.toml"), config(&site, &languages)).map_err(io)?;
    for (name, text) in LAYOUTS {
        std::fs::write(out.join("layouts/_default").join(name), text).map_err(io)?;
    }
    for lang in &languages {
        let dir = out.join("content").join(lang.code);
        std::fs::create_dir_all(&dir).map_err(io)?;
        let home = format!(
            "---\ntitle: {}\n---\n",
            yaml_string(
                &site
                    .catalog
                    .translator(lang, None)
                    .text(&site.content.config.title)
                    .text
            )
        );
        std::fs::write(dir.join("_index.md"), home).map_err(io)?;
        // A section per kind, as compact-press lists each kind.
        let tr = site.catalog.translator(lang, None);
        for kind in crate::content::listing::KINDS {
            let section = dir.join(kind.folder());
            std::fs::create_dir_all(&section).map_err(io)?;
            let title = tr.ui(&format!("listing-{}", kind.key())).text;
            std::fs::write(
                section.join("_index.md"),
                format!("---\ntitle: {}\n---\n", yaml_string(&title)),
            )
            .map_err(io)?;
        }
        let prepared = editions.prepare(|_, code| code == lang.code);
        for p in prepared {
            let page = markdown(&p.slug, &p.view);
            let kind = site
                .content
                .publications
                .iter()
                .find(|q| q.slug == p.slug)
                .map_or(crate::content::model::Kind::Compact, |q| q.kind);
            let path = dir.join(kind.folder()).join(format!("{}.md", p.slug));
            std::fs::write(path, page).map_err(io)?;
        }
    }
    Ok(())
}

fn config(site: &Site, languages: &[&'static Language]) -> String {
    let c = &site.content.config;
    let mut out = format!(
        "baseURL = {}\ntitle = {}\ndefaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\ndisableKinds = [\"taxonomy\", \"term\"]\npaginate = 20\nrssLimit = 20\n\n[outputFormats.largeprint]\nmediaType = \"text/html\"\nbaseName = \"large-print\"\nisHTML = true\npath = \"\"\n\n[outputFormats.plaintext]\nmediaType = \"text/plain\"\nbaseName = \"index\"\nisPlainText = true\n\n[outputs]\npage = [\"html\", \"largeprint\", \"plaintext\"]\nhome = [\"html\", \"rss\"]\nsection = [\"html\"]\n\n",
        toml_string(&c.base_url),
        toml_string(&c.title.en)
    );
    for (i, l) in languages.iter().enumerate() {
        let _ = write!(
            out,
            "[languages.{code}]\nlanguageName = {name}\nweight = {weight}\ncontentDir = \"content/{code}\"\nlanguageDirection = \"{dir}\"\n\n",
            code = l.code,
            name = toml_string(l.autonym),
            weight = i + 1,
            dir = l.dir()
        );
    }
    out
}

fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn yaml_string(s: &str) -> String {
    toml_string(s)
}

/// Inline runs as Markdown.
fn md(h: &Text) -> String {
    let mut out = String::new();
    for Run {
        text,
        bold,
        em,
        link,
    } in &h.runs
    {
        let mut t = escape(text);
        if *em {
            t = format!("*{t}*");
        }
        if *bold {
            t = format!("**{t}**");
        }
        if let Some(url) = link {
            t = format!("[{t}]({url})");
        }
        out.push_str(&t);
    }
    out
}

/// Escapes the characters Markdown would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One publication in one language as a Markdown page with front matter.
fn markdown(slug: &str, v: &PublicationView) -> String {
    let mut out = format!(
        "---\ntitle: {}\nsummary: {}\ntranslationKey: {slug}\n",
        yaml_string(&v.title.text),
        yaml_string(&v.summary.text)
    );
    if let Some(d) = &v.date {
        let _ = writeln!(out, "date: {}", d.iso);
    }
    out.push_str("---\n\n");
    for s in [&v.subtitle, &v.strapline, &v.area].into_iter().flatten() {
        let _ = writeln!(out, "{}\n", md(s));
    }
    for p in &v.parties {
        let _ = writeln!(out, "- {}", md(p));
    }
    out.push('\n');
    if let Some(partners) = &v.partners {
        let _ = writeln!(out, "## {}\n", md(&partners.title));
        for g in &partners.groups {
            let _ = writeln!(out, "### {}\n", md(&g.title));
            for m in &g.members {
                let _ = writeln!(out, "- {}", escape(m));
            }
            out.push('\n');
        }
    }
    for s in &v.sections {
        if let Some(t) = &s.title {
            let number = s
                .number
                .as_deref()
                .map(|n| format!("{n} "))
                .unwrap_or_default();
            let _ = writeln!(out, "{} {number}{}\n", "#".repeat(s.level), md(t));
        }
        for b in &s.blocks {
            block(&mut out, b, s.level + 1);
        }
    }
    out
}

/// A Markdown list, sub-lists indented under their items.
fn list(out: &mut String, ordered: bool, items: &[ItemView], depth: usize) {
    for (i, item) in items.iter().enumerate() {
        let marker = if ordered {
            format!("{}.", i + 1)
        } else {
            "-".into()
        };
        let _ = writeln!(out, "{}{marker} {}", "   ".repeat(depth), md(&item.text));
        if let Some(sub) = &item.sub {
            list(out, sub.ordered, &sub.items, depth + 1);
        }
    }
}

fn block(out: &mut String, b: &BlockView, level: usize) {
    match b {
        BlockView::Paragraph { number, text } => {
            let number = number
                .as_deref()
                .map(|n| format!("**{n}** "))
                .unwrap_or_default();
            let _ = writeln!(out, "{number}{}\n", md(text));
        }
        BlockView::List { ordered, items, .. } => {
            list(out, *ordered, items, 0);
            out.push('\n');
        }
        BlockView::Message {
            paragraphs, author, ..
        } => {
            for p in paragraphs {
                let _ = writeln!(out, "> {}\n>", md(p));
            }
            let _ = writeln!(out, "> — {}\n", escape(author));
        }
        BlockView::Definitions { items } => {
            for d in items {
                let _ = writeln!(out, "**{}** {}\n", md(&d.term), md(&d.meaning));
            }
        }
        BlockView::Undertakings(u) => {
            for theme in &u.themes {
                let _ = writeln!(out, "{} {}\n", "#".repeat(level.min(6)), md(&theme.title));
                for group in theme.by_party.iter().filter(|g| !g.list.items.is_empty()) {
                    let _ = writeln!(out, "**{}**\n", md(&group.party));
                    list(out, group.list.ordered, &group.list.items, 0);
                    out.push('\n');
                }
            }
            for own in &u.own {
                let _ = writeln!(out, "{} {}\n", "#".repeat(level.min(6)), md(&own.heading));
                for theme in &own.themes {
                    let _ = writeln!(out, "**{}**\n", md(&theme.title));
                    list(out, theme.list.ordered, &theme.list.items, 0);
                    out.push('\n');
                }
            }
        }
        BlockView::Contact(c) => contact(out, c),
        BlockView::AlternativeFormats {
            text,
            contact: c,
            languages,
        } => {
            let _ = writeln!(out, "{}\n", md(text));
            contact(out, c);
            for l in languages {
                let _ = writeln!(out, "{}\n", escape(&l.text));
            }
        }
        BlockView::SignupForm(f) => {
            let _ = writeln!(out, "**{}**\n", md(&f.pledge));
            for field in &f.fields {
                let _ = writeln!(out, "- {} ____________", md(&field.label));
            }
            let _ = writeln!(out, "\n{}\n", md(&f.return_text));
            contact(out, &f.contact);
        }
        BlockView::Signatories { items, .. } => {
            for s in items {
                let _ = writeln!(
                    out,
                    "- {} ({}, {})",
                    md(&s.statement),
                    escape(&s.name),
                    escape(&s.organisation)
                );
            }
            out.push('\n');
        }
        BlockView::Table(t) => {
            let _ = writeln!(out, "**{}**\n", md(&t.caption));
            let header: Vec<String> = t.header.iter().map(md).collect();
            let _ = writeln!(out, "| {} |", header.join(" | "));
            let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
            for row in &t.rows {
                let cells: Vec<String> = row
                    .iter()
                    .map(|c| c.iter().map(md).collect::<Vec<_>>().join("<br>"))
                    .collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
            out.push('\n');
        }
        BlockView::Related { items } => {
            for r in items {
                let _ = writeln!(out, "- {}", md(&r.title));
            }
            out.push('\n');
        }
    }
}

fn contact(out: &mut String, c: &crate::render::view::ContactView) {
    let mut lines = Vec::new();
    lines.extend(c.label.iter().map(md));
    lines.extend(c.role.iter().map(md));
    lines.extend(
        c.person
            .iter()
            .chain(&c.organisation)
            .chain(&c.address)
            .map(|s| escape(s)),
    );
    lines.extend(c.phone.iter().map(|p| format!("Tel: {}", p.text)));
    lines.extend(c.email.iter().map(|e| format!("Email: {}", e.text)));
    let _ = writeln!(out, "{}\n", lines.join("  \n"));
}

/// Templates like the default theme's, in Go templates.
const LAYOUTS: &[(&str, &str)] = &[
    (
        "baseof.html",
        r##"<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<p class="site-title"><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>
<nav class="languages" aria-label="Languages">
<ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul>
</nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ site.Title }}</p></footer>
</body>
</html>
"##,
    ),
    (
        "single.html",
        r##"{{ define "main" }}<article class="publication">
<h1>{{ .Title }}</h1>
{{ with .Date }}<p class="meta"><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></p>{{ end }}
<ul class="downloads"><li><a href="large-print.html">Large print</a></li><li><a href="index.txt">Plain text</a></li></ul>
{{ .TableOfContents }}
{{ .Content }}
</article>{{ end }}
"##,
    ),
    (
        "single.largeprint.html",
        r##"{{ define "main" }}<article class="publication large-print">
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>{{ end }}
"##,
    ),
    (
        "single.plaintext.txt",
        "{{ .Title }}\n{{ strings.Repeat (len .Title) \"=\" }}\n\n{{ .Plain }}\n",
    ),
    (
        "index.html",
        r##"{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul class="cards">
{{ range first 6 site.RegularPages.ByDate.Reverse }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
{{ with .Date }}<p class="meta"><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></p>{{ end }}
<p>{{ .Summary }}</p></li>
{{ end }}</ul>
<ul class="listings">
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ len .RegularPages }}</li>
{{ end }}</ul>{{ end }}
"##,
    ),
    (
        "list.html",
        r##"{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages.ByDate.Reverse }}<p>{{ len .Pages }} publications. Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}</p>
<ul class="cards">
{{ range $pager.Pages }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
{{ with .Date }}<p class="meta"><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></p>{{ end }}
<p>{{ .Summary }}</p></li>
{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
"##,
    ),
];
