### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.


## Title page

# context: title page, the label above the title
hcvs-compact-action-report-2005--label = ਕਾਰਵਾਈ ਰਿਪੋਰਟ
# context: title page, title
hcvs-compact-action-report-2005--title = HCVS ਰਣਨੀਤਕ ਅਗਵਾਈ: { -compact } ਕਾਰਵਾਈ ਰਿਪੋਰਟ
# context: summary, also shown on the home page
hcvs-compact-action-report-2005--summary = { -compact } ਬਾਰੇ ਜਾਣਕਾਰੀ ਫੈਲਾਉਣ ਅਤੇ ਇਸ ਦੇ ਅਭਿਆਸ ਕੋਡਾਂ ਦਾ ਸਮਰਥਨ ਕਰਨ ਵਿੱਚ ਹਰਟਫੋਰਡਸ਼ਾਇਰ ਦੇ ਹਰੇਕ ਜ਼ਿਲ੍ਹੇ ਦੀ ਪ੍ਰਗਤੀ, ਜਿਵੇਂ 8 ਸਤੰਬਰ 2005 ਨੂੰ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ।
# context: title page, area
hcvs-compact-action-report-2005--area = ਹਰਟਫੋਰਡਸ਼ਾਇਰ

## A part without a heading (report)

# context: A part without a heading (report) › table caption
hcvs-compact-action-report-2005--report--b1-caption = HCVS ਰਣਨੀਤਕ ਅਗਵਾਈ: { -compact } ਕਾਰਵਾਈ ਰਿਪੋਰਟ ਸਾਲ 8.9.05
# context: A part without a heading (report) › table header, column 1
hcvs-compact-action-report-2005--report--b1-h1 = ਉਦੇਸ਼
# context: A part without a heading (report) › table header, column 2
hcvs-compact-action-report-2005--report--b1-h2 = ਕਾਰਵਾਈ
# context: A part without a heading (report) › table header, column 3
hcvs-compact-action-report-2005--report--b1-h3 = ਕਿਵੇਂ
# context: A part without a heading (report) › table header, column 4
hcvs-compact-action-report-2005--report--b1-h4 = ਹੁਣ ਤੱਕ ਦੀ ਕਾਰਵਾਈ
# context: A part without a heading (report) › table row 1, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c1p1 = { -compact } ਨੂੰ ਕੰਮਕਾਜ ਦੇ ਇੱਕ ਢੰਗ ਵਜੋਂ ਲੋਕਾਂ ਤੱਕ ਪਹੁੰਚਾਉਣਾ
# context: A part without a heading (report) › table row 1, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c2p1 = ਸਥਾਨਕ ਪੱਧਰ 'ਤੇ { -compact } ਬਾਰੇ ਜਾਗਰੂਕਤਾ ਵਧਾਉਣਾ
# context: A part without a heading (report) › table row 1, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c3p1 = ਸਰਕਾਰੀ ਸੰਸਥਾਵਾਂ ਦੇ ਅਧਿਕਾਰੀਆਂ ਲਈ ਸਿਖਲਾਈ ਸੈਸ਼ਨ, ਅਤੇ ਜਿੱਥੇ { -compact } ਅਜੇ ਤਿਆਰ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ ਉੱਥੇ ਸਥਾਨਕ { -compact } ਸਮਾਗਮ।
# context: A part without a heading (report) › table row 1, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c4p1 = **ਹਰਟਸਮੀਅਰ:**
# context: A part without a heading (report) › table row 1, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r1c4p2 = LSP ਨੇ ਸਥਾਨਕ { -compact } ਗਰੁੱਪ ਨੂੰ ਕਿਹਾ ਹੈ ਕਿ ਉਹ ਕਮਿਊਨਿਟੀ ਸਟ੍ਰੈਟਜੀ ਦੀ ਉਸ ਸੋਧ 'ਤੇ ਕੰਮ ਕਰੇ ਜਿਸ ਦੀ ਗੱਲ LSP ਦੀ ਦਫ਼ਤਰ ਤੋਂ ਬਾਹਰ ਹੋਈ ਇੱਕ ਵਿਸ਼ੇਸ਼ ਦਿਨ ਦੀ ਬੈਠਕ ਵਿੱਚ ਉੱਠੀ ਸੀ।
# context: A part without a heading (report) › table row 1, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r1c4p3 = ਇਸ ਨਾਲ ਕਮਿਊਨਿਟੀ ਸਟ੍ਰੈਟਜੀ ਅਧੀਨ ਕੀਤੇ ਵਾਅਦਿਆਂ ਦੇ ਨਾਲ-ਨਾਲ ਸਾਧਨਾਂ ਦੇ ਸਵਾਲ ਨੂੰ ਵੀ ਹੱਲ ਕੀਤਾ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ, ਭਾਵ ਕੌਣ ਕੀ ਕਰੇਗਾ ਅਤੇ ਉਸ ਦਾ ਖ਼ਰਚਾ ਕੌਣ ਦੇਵੇਗਾ। ਇਹ ਉਨ੍ਹਾਂ { -vcs-short } ਗਰੁੱਪਾਂ ਲਈ ਬਹੁਤ ਮਦਦਗਾਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਨੇ ਕਮਿਊਨਿਟੀ ਸਟ੍ਰੈਟਜੀ ਅਧੀਨ ਵਾਅਦੇ ਕੀਤੇ ਹਨ।
# context: A part without a heading (report) › table row 1, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r1c4p4 = ਬ੍ਰੌਕਸਬੋਰਨ ਇਸ ਸਾਲ ਨਵੰਬਰ ਵਿੱਚ ਆਪਣਾ { -compact } ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਵਾਲੇ ਹਨ। ਇਸ ਸਮੇਂ ਕਿਸੇ ਸਮਾਗਮ ਦੀ ਯੋਜਨਾ ਨਹੀਂ ਹੈ, ਪਰ ਇਹ ਬਦਲ ਸਕਦਾ ਹੈ ਕਿਉਂਕਿ ਅਗਲੇ ਸਾਲ ਫੰਡਿੰਗ ਬਾਰੇ ਪਹਿਲਾ ਕੋਡ ਤਿਆਰ ਕਰਨ ਦੀ ਯੋਜਨਾ ਹੈ, ਇਸ ਲਈ ਉਹ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀ ਪ੍ਰਕਿਰਿਆ ਵੱਲ ਵਧਣ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਹੇ ਹਨ। ਵਿਸਥਾਰਪੂਰਵਕ ਯੋਜਨਾ ਨਾਲ ਨੱਥੀ ਹੈ।
# context: A part without a heading (report) › table row 1, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r1c4p5 = Stevenage LSP ਨੇ ਦੇਸ਼ ਦੇ ਹੋਰ ਹਿੱਸਿਆਂ ਵਿੱਚ ਸਿੰਗਲ ਕਮਿਊਨਿਟੀਜ਼ ਫੰਡਿੰਗ ਅਚਾਨਕ ਵਾਪਸ ਲੈਣ ਦੇ ਮਾਮਲੇ ਵਿੱਚ { -compact } ਨੂੰ ਅਣਡਿੱਠਾ ਕਰਨ ਲਈ ODPM ਨੂੰ ਨਿੰਦਾ ਦਾ ਪੱਤਰ ਭੇਜਿਆ। LSP ਇਸ ਗੱਲ ਲਈ ਵੀ ਸਹਿਮਤ ਹੋਈ ਕਿ ਉਹ ਆਪਣੇ ਸਰਕਾਰੀ ਅਤੇ { -vcs-short } ਮੈਂਬਰਾਂ ਦਾ ਇੱਕ { -compact } ਸਰਵੇਖਣ ਕਰੇਗੀ, ਤਾਂ ਜੋ { -compact } ਬਾਰੇ ਜਾਗਰੂਕਤਾ/ਸਮਝ ਦਾ ਮੁਲਾਂਕਣ ਕੀਤਾ ਜਾ ਸਕੇ ਅਤੇ ਮੁੱਖ { -compact } ਭਾਈਵਾਲਾਂ, SBC ਅਤੇ PCT, ਵਿੱਚ { -compact } ਜਾਗਰੂਕਤਾ ਸਿਖਲਾਈ ਦੇ ਭਵਿੱਖੀ ਪ੍ਰੋਗਰਾਮ ਲਈ ਜਾਣਕਾਰੀ ਮਿਲ ਸਕੇ। ਪ੍ਰਸ਼ਨਾਵਲੀ ਸਤੰਬਰ ਵਿੱਚ ਤਿਆਰ ਕੀਤੀ ਜਾਵੇਗੀ।
# context: A part without a heading (report) › table row 1, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r1c4p6 = ਸੇਂਟ ਐਲਬਨਜ਼ { -compact } ਨੂੰ ਖਰੜੇ ਦੇ ਰੂਪ ਵਿੱਚ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਲਈ ਜਾਰੀ ਕੀਤਾ ਗਿਆ, ਅਤੇ 21 ਜੂਨ ਨੂੰ ਇਸ ਦੀ ਇੱਕ ਸਫਲ ਪੇਸ਼ਕਾਰੀ ਅਤੇ ਸ਼ੁਰੂਆਤ ਹੋਈ ਜਿਸ ਵਿੱਚ ਬਹੁਤ ਲੋਕ ਸ਼ਾਮਲ ਹੋਏ। ਸੰਚਾਲਨ ਸਮੂਹ ਦੀ ਸਤੰਬਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ ਦੁਬਾਰਾ ਮੀਟਿੰਗ ਹੋਣੀ ਤੈਅ ਹੈ, ਜਿਸ ਵਿੱਚ ਜਵਾਬਾਂ 'ਤੇ ਵਿਚਾਰ ਕੀਤਾ ਜਾਵੇਗਾ ਅਤੇ ਅਕਤੂਬਰ ਦੇ ਅੰਤ ਤੋਂ ਪਹਿਲਾਂ ਅੰਤਿਮ ਪ੍ਰਵਾਨਗੀ ਅਤੇ ਪ੍ਰਕਾਸ਼ਨ ਦੀ ਯੋਜਨਾ ਬਣਾਈ ਜਾਵੇਗੀ। ਲੋੜ ਅਨੁਸਾਰ { -vcs-short } ਗਰੁੱਪਾਂ ਲਈ ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ ਜਾਣਕਾਰੀ ਸੈਸ਼ਨ ਕਰਵਾਏ ਜਾਣਗੇ।
# context: A part without a heading (report) › table row 1, column 4, paragraph 7
hcvs-compact-action-report-2005--report--b1-r1c4p7 = ਈਸਟ ਹਰਟਸ ਵਿੱਚ { -compact } ਸੰਬੰਧੀ ਸਰਗਰਮੀ ਹੌਲੀ ਹੋ ਗਈ ਹੈ, ਪਰ ਹਾਲ ਹੀ ਵਿੱਚ ਸਥਾਪਿਤ VOCAL ਪ੍ਰੋਜੈਕਟ ਦੇ ਪਿੱਛੇ ਮੁੱਖ ਪ੍ਰੇਰਕ ਸ਼ਕਤੀ ਈਸਟ ਹਰਟਸ { -compact } ਗਰੁੱਪ ਹੀ ਸੀ
# context: A part without a heading (report) › table row 2, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c1p1 = ਕੋਡਾਂ ਦਾ ਸਮਰਥਨ:
# context: A part without a heading (report) › table row 2, column 1, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c1p2 = ਸਲਾਹ-ਮਸ਼ਵਰਾ ਅਤੇ ਨੀਤੀ ਮੁਲਾਂਕਣ, ਸਵੈ-ਸੇਵਾ ਅਤੇ ਫੰਡਿੰਗ
# context: A part without a heading (report) › table row 2, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c2p1 = ਕੋਡਾਂ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਸਮੀਖਿਆ ਤੇ ਮੁਲਾਂਕਣ ਬਾਰੇ ਜਾਣਕਾਰੀ ਫੈਲਾਉਣਾ
# context: A part without a heading (report) › table row 2, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c3p1 = ਨਿਊਜ਼ਲੈਟਰਾਂ ਵਿੱਚ ਅਤੇ ਵੈੱਬਸਾਈਟ 'ਤੇ ਜਾਣਕਾਰੀ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ
# context: A part without a heading (report) › table row 2, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c4p1 = ਸਟੀਵਨੇਜ ਦੇ ਅਭਿਆਸ ਕੋਡ ਮਾਰਚ ਕਾਨਫ਼ਰੰਸ ਵਿੱਚ ਜਾਰੀ ਕੀਤੇ ਗਏ ਅਤੇ ਮਈ 05 ਵਿੱਚ ਖੇਤਰ ਨੂੰ ਡਾਕ ਰਾਹੀਂ ਭੇਜੇ ਗਏ। ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ (BME) ਭਾਈਚਾਰਿਆਂ ਬਾਰੇ ਕੋਡ 'ਤੇ ਮਈ ਵਿੱਚ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਕੀਤਾ ਗਿਆ ਪਰ ਲਿਖਤੀ ਜਵਾਬ ਥੋੜ੍ਹੇ ਆਏ। Stevenage World Forum ਸਤੰਬਰ/ਅਕਤੂਬਰ ਵਿੱਚ ਵਧੇਰੇ ਚੋਣਵੇਂ ਅਤੇ ਨਿਸ਼ਾਨੇ ਵਾਲੇ ਢੰਗ ਨਾਲ ਕੋਡ ਨੂੰ ਆਪਣੇ ਮੈਂਬਰ ਗਰੁੱਪਾਂ ਤੱਕ ਲੈ ਕੇ ਜਾਵੇਗਾ। { -compact } ਕਾਰਜਕਾਰੀ ਗਰੁੱਪ ਅਗਲੇ ਕਦਮਾਂ 'ਤੇ ਸਹਿਮਤੀ ਲਈ ਅਕਤੂਬਰ ਵਿੱਚ ਮਿਲੇਗਾ।
# context: A part without a heading (report) › table row 2, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c4p2 = ਬ੍ਰੌਕਸਬੋਰਨ ਅਗਲੇ ਸਾਲ ਫੰਡਿੰਗ ਬਾਰੇ ਇੱਕ ਕੋਡ ਤਿਆਰ ਕਰਨ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਹੇ ਹਨ।
# context: A part without a heading (report) › table row 2, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r2c4p3 = Dacorum CVS ਅਤੇ Dacorum Borough Council ਨੇ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਬਾਰੇ ਅਭਿਆਸ ਕੋਡ 'ਤੇ ਇੱਕ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀ ਅਗਵਾਈ ਕੀਤੀ ਹੈ, ਜੋ ਮਾਰਚ ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਇਆ ਅਤੇ ਜੂਨ ਤੱਕ ਚੱਲਿਆ। ਜਵਾਬਾਂ ਦਾ ਵਿਸ਼ਲੇਸ਼ਣ ਕਰ ਲਿਆ ਗਿਆ ਹੈ ਅਤੇ ਦਸਤਾਵੇਜ਼ ਵਿੱਚ ਸੋਧ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਸੋਧਾਂ ਨੇ ਲਿਖਤ ਦੇ ਅਰਥ ਨੂੰ ਬਦਲਣ ਦੀ ਬਜਾਏ ਸ਼ਬਦਾਵਲੀ ਨੂੰ ਸਰਲ ਬਣਾਇਆ ਹੈ; ਇਹ ਲਿਖਤ ਰਾਸ਼ਟਰੀ ਨਮੂਨੇ 'ਤੇ ਅਧਾਰਿਤ ਹੈ। ਸਲਾਹ-ਮਸ਼ਵਰੇ ਬਾਰੇ ਕੋਡ 28 ਸਤੰਬਰ 2005 ਨੂੰ ਜਾਰੀ ਕੀਤਾ ਜਾਵੇਗਾ।
# context: A part without a heading (report) › table row 2, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r2c4p4 = ਵਾਟਫੋਰਡ ਨੇ ਮਈ 2005 ਵਿੱਚ ਇੱਕ ਯੋਜਨਾ ਸੈਮੀਨਾਰ ਕਰਵਾਇਆ। ਇਸ ਸਮਾਗਮ ਨੇ ਸਰਕਾਰੀ ਖੇਤਰ ਅਤੇ { -vcs } ਦੋਵਾਂ ਨੂੰ ਸਰਗਰਮ ਹਿੱਸੇਦਾਰੀ ਦਾ ਮੌਕਾ ਦਿੱਤਾ, ਤਾਂ ਜੋ ਉਹ ਫੰਡਿੰਗ, ਸਲਾਹ-ਮਸ਼ਵਰਾ ਤੇ ਨੀਤੀ ਮੁਲਾਂਕਣ, ਅਤੇ ਸਵੈ-ਸੇਵਾ ਬਾਰੇ 3 ਅਭਿਆਸ ਕੋਡਾਂ ਨੂੰ ਪ੍ਰਵਾਨ ਕਰਨ ਲਈ ਮਿਲ ਕੇ ਕੰਮ ਕਰ ਸਕਣ।
# context: A part without a heading (report) › table row 2, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r2c4p5 = ਅਭਿਆਸ ਕੋਡ ਛਾਪੇ ਅਤੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤੇ ਜਾਣਗੇ।
# context: A part without a heading (report) › table row 2, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r2c4p6 = ਸੈਮੀਨਾਰ ਵਿੱਚ ਉਠਾਏ ਗਏ ਕੁਝ ਨੁਕਤਿਆਂ ਵਿੱਚ ਇਹ ਮੰਨਣਾ ਸ਼ਾਮਲ ਸੀ ਕਿ ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਫ਼ੈਸਲੇ ਲੈਣ ਵਿੱਚ ਭਾਈਚਾਰੇ ਦੀ ਅਸਰਦਾਰ ਸ਼ਮੂਲੀਅਤ ਯਕੀਨੀ ਬਣਾਉਣ ਵਿੱਚ { -vcs } ਦੀ ਅਹਿਮੀਅਤ ਹੈ। ਸੰਚਾਲਨ ਸਮੂਹ ਵੰਡਣ ਲਈ ਇੱਕ ਸਾਲਾਨਾ ਯੋਜਨਾ ਤਿਆਰ ਕਰਨ ਲਈ ਮਿਲ ਕੇ ਕੰਮ ਕਰੇਗਾ। ਸੈਮੀਨਾਰ ਨੇ ਇਹ ਵੀ ਉਜਾਗਰ ਕੀਤਾ ਕਿ ਸਾਰੇ ਚਾਹੁੰਦੇ ਸਨ ਕਿ ਇਸ ਕੰਮ ਵਿੱਚ { -cvs } ਅਗਵਾਈ ਕਰੇ।
