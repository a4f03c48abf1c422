//! `.htaccess` for Apache, the server most councils' hosting runs: it names
//! UTF-8 for every text type, so that Bengali or Urdu is never shown as
//! mojibake. Other servers get the same safety from the byte order mark at
//! the start of each text edition and the `<meta charset>` of every page.

pub const HTACCESS: &str = "\
# Written by compact-press. Every file in this site is UTF-8.
AddDefaultCharset utf-8
AddCharset utf-8 .html .txt .css .xml .pef
AddType text/plain .txt
AddType text/html .html
AddType text/css .css
AddType application/xml .xml
AddType application/pdf .pdf
AddType application/x-pef+xml .pef
AddType application/x-brf .brf
AddType font/woff2 .woff2
";
