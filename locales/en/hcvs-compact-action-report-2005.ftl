### English of “HCVS Strategic Leadership: Compact Action Report”, from content/hcvs-compact-action-report-2005.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/hcvs-compact-action-report-2005.ftl
### and translate the text after each "=".


## Title page

# context: title page, the label above the title
hcvs-compact-action-report-2005--label = Action report
# context: title page, title
hcvs-compact-action-report-2005--title = HCVS Strategic Leadership: Compact Action Report
# context: summary, also shown on the home page
hcvs-compact-action-report-2005--summary = Progress in each Hertfordshire district on communicating the Compact and supporting its Codes of Practice, as reported on 8 September 2005.
# context: title page, area
hcvs-compact-action-report-2005--area = Hertfordshire

## A part without a heading (report)

# context: A part without a heading (report) › table caption
hcvs-compact-action-report-2005--report--b1-caption = HCVS Strategic Leadership: Compact Action Report Year 8.9.05
# context: A part without a heading (report) › table header, column 1
hcvs-compact-action-report-2005--report--b1-h1 = Aim
# context: A part without a heading (report) › table header, column 2
hcvs-compact-action-report-2005--report--b1-h2 = Action
# context: A part without a heading (report) › table header, column 3
hcvs-compact-action-report-2005--report--b1-h3 = How
# context: A part without a heading (report) › table header, column 4
hcvs-compact-action-report-2005--report--b1-h4 = Action to date
# context: A part without a heading (report) › table row 1, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c1p1 = Communicating the Compact as a way of doing business
# context: A part without a heading (report) › table row 1, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c2p1 = Develop local Compact awareness
# context: A part without a heading (report) › table row 1, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c3p1 = Training sessions for statutory officers, and local Compact events where Compact is still being developed.
# context: A part without a heading (report) › table row 1, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c4p1 = **Hertsmere:**
# context: A part without a heading (report) › table row 1, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r1c4p2 = The local Compact Group has been asked by the LSP to do work on the revision of the Community Strategy arising from an LSP Away-day.
# context: A part without a heading (report) › table row 1, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r1c4p3 = This should result in the question of resourcing being addressed alongside Community Strategy commitments i.e. who is going to do what and who will pay for it. This should be very helpful to VCS groups with Community Strategy commitments.
# context: A part without a heading (report) › table row 1, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r1c4p4 = Broxbourne are due to publish their Compact in November this year. No plans for an event at this stage but this may change as it is planned to develop the first Code around funding next year, so they plan to move towards a consultation process. Detailed plan attached.
# context: A part without a heading (report) › table row 1, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r1c4p5 = The Stevenage LSP sent a letter of censure to the ODPM for ignoring Compact in the matter of the sudden withdrawal of Single Communities funding elsewhere in the country. The LSP also agreed to perform a Compact survey of its statutory and VCS members, to evaluate Compact awareness/understanding, to inform a future programme of Compact awareness training in SBC and PCT, key Compact partners. The questionnaire will be compiled in September.
# context: A part without a heading (report) › table row 1, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r1c4p6 = The St Albans Compact was put out for consultation in its draft format and a successful and well-attended presentation and launch on the 21st June. The steering group is scheduled to meet again in early September to look at responses and to plan sign off and publication before end October. Lunchtime information sessions for VCS groups will be run as required.
# context: A part without a heading (report) › table row 1, column 4, paragraph 7
hcvs-compact-action-report-2005--report--b1-r1c4p7 = East Herts Compact activity has slowed, but the East Herts Compact group was the driver for the recently-established VOCAL project
# context: A part without a heading (report) › table row 2, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c1p1 = Supporting the Codes:
# context: A part without a heading (report) › table row 2, column 1, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c1p2 = Consultation and Policy appraisal, Volunteering and Funding
# context: A part without a heading (report) › table row 2, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c2p1 = Disseminate information about the Codes and their review and evaluation
# context: A part without a heading (report) › table row 2, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c3p1 = Publish information in Newsletters and on website
# context: A part without a heading (report) › table row 2, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c4p1 = Stevenage Codes of Practice launched at March Conference and mailed to sector in May 05. BME Code was consulted in May but written responses were few. Stevenage World Forum will take the Code to its member groups in a more selective and targeted approach in September/October. The Compact Executive group meets in October to agree next steps.
# context: A part without a heading (report) › table row 2, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c4p2 = Broxbourne plan a Funding code next year.
# context: A part without a heading (report) › table row 2, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r2c4p3 = Dacorum CVS and Dacorum Borough Council have led a consultation on the Code of Practice on Consultation, which commenced in March and ran through to June. The responses have been analysed and the document amended. The amendments have simplified the wording rather than change the meaning of the text, which is based on the national model. The Code on Consultation will be launched on 28 September 2005.
# context: A part without a heading (report) › table row 2, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r2c4p4 = Watford held a Planning Seminar in May 2005. This event gave an opportunity for active participation for both the statutory and voluntary and community sector to work together to approve the 3 codes of practice on Funding, Consultation and Policy Appraisal and Volunteering.
# context: A part without a heading (report) › table row 2, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r2c4p5 = The Codes of Practice will be printed and published.
# context: A part without a heading (report) › table row 2, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r2c4p6 = Some of the points raised at the seminar included recognising the importance of the voluntary and community sector in ensuring effective community participation in planning and decision making. The steering group will work together to produce an annual plan for distribution. The seminar also highlighted that all wanted the CVS to take the lead on this.
