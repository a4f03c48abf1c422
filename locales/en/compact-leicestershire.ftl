### English of “Compact Leicestershire”, from content/compact-leicestershire.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/compact-leicestershire.ftl
### and translate the text after each "=".


## Title page

# context: title page, the label above the title
compact-leicestershire--label = Appendix 2
# context: title page, title
compact-leicestershire--title = Compact Leicestershire
# context: title page, subtitle
compact-leicestershire--subtitle = Compact Leicestershire is a guide on the relationship between Leicestershire Together Public Sector Partners and the Voluntary and Community Sector in Leicestershire
# context: summary, also shown on the home page
compact-leicestershire--summary = The shared principles of Compact Leicestershire, and a form for organisations to sign up to them.
# context: title page, area
compact-leicestershire--area = Leicestershire
# context: title page, party 1
compact-leicestershire--party-1 = Leicestershire Together Public Sector Partners (LTPS)
# context: title page, party 2
compact-leicestershire--party-2 = The Voluntary and Community Sector (VCS) in Leicestershire

## Shared principles

# context: Shared principles › section heading
compact-leicestershire--principles--title = Shared principles
# context: Shared principles › paragraph
compact-leicestershire--principles--b1 = We have identified the following shared principles:
# context: Shared principles › shared principles, item 1
compact-leicestershire--principles--b2-i1 = Voluntary and community action is essential to a democratic society
# context: Shared principles › shared principles, item 2
compact-leicestershire--principles--b2-i2 = An independent and diverse voluntary and community sector (VCS) is fundamental to the well-being of society.
# context: Shared principles › shared principles, item 3
compact-leicestershire--principles--b2-i3 = Both the Leicestershire Together Public Sector partners (LTPS) and the VCS acknowledge the importance of promoting equality of opportunity for all people, regardless of race, age, disability, gender, sexuality, religion, ethnic or national origin, marital status or medical condition.
# context: Shared principles › shared principles, item 4
compact-leicestershire--principles--b2-i4 = In the development and delivery of public policy and services, LTPS partners and the VCS have distinct but complementary roles.
# context: Shared principles › shared principles, item 5
compact-leicestershire--principles--b2-i5 = There is added value in working together towards common aims and objectives. Proper communication builds relationships, improves policy development and enhances the design and delivery of services and programmes.
# context: Shared principles › shared principles, item 6
compact-leicestershire--principles--b2-i6 = LTPS partners and the VCS have different forms of accountability and can be answerable to a different range of people and organisations. But common to both is the need for selflessness, integrity, objectivity, accountability, transparency, honesty, value for money and leadership.
# context: Shared principles › shared principles, item 7
compact-leicestershire--principles--b2-i7 = That the principles detailed in the Funding, Commissioning and Procurement Code of Good Practice and the current and subsequent agreed Compact Leicestershire codes and guidance are adhered to by both VCS and the Public Sector signatories to such codes and guidance.
# context: Shared principles › shared principles, item 8
compact-leicestershire--principles--b2-i8 = Voluntary and community organisations are entitled to campaign within the law in order to advance their aims.
# context: Shared principles › shared principles, item 9
compact-leicestershire--principles--b2-i9 = LTPS partners and the VCS recognise the need for the Public Sector partners to allocate resources to voluntary and community organisations where services are to be commissioned or grant funded. These resources include funding, advice and other support areas, including volunteering, and they are important elements of the relationship
# context: Shared principles › shared principles, item 10
compact-leicestershire--principles--b2-i10 = There is recognition (and support) that the VCS (and social enterprises) will follow Full Cost Recovery practice when tendering and contracting with the Public Sector.
# context: Shared principles › shared principles, item 11
compact-leicestershire--principles--b2-i11 = That an agreed period of a minimum of three months notice, in advance, is given by a Public Sector body to all VCS organisations that will be affected by any change, cessation, or review of existing, current or awarded contracts, grants, agreements or support, (including accommodation assets), this does not apply where there is a previously defined and agreed end date.
# context: Shared principles › shared principles, item 12
compact-leicestershire--principles--b2-i12 = That a vibrant, diverse, and independent VCS sector is a measure of the success of Compact Leicestershire through the National Survey of Charities and Social Enterprises. Local measures will also be developed.
# context: Shared principles › shared principles, item 13
compact-leicestershire--principles--b2-i13 = No Compact Leicestershire signatory should fear or be subject to sanctions should a failure of compliance (real or perceived) be challenged.
# context: Shared principles › shared principles, item 14
compact-leicestershire--principles--b2-i14 = To ensure clarity of the roles, responsibilities and obligations of all parties (Public Sector, VCS and Private Sector) when reaching agreements, contracts and grants.
# context: Shared principles › shared principles, item 15
compact-leicestershire--principles--b2-i15 = That the Compact Leicestershire principles detailed above are written into contracts with VCS.

## Your commitment:

# context: Your commitment: › section heading
compact-leicestershire--commitment--title = Your commitment:
# context: Your commitment: › sign-up form, the pledge
compact-leicestershire--commitment--b1-pledge = We agree with the principles of the Compact Leicestershire and will work with our partners in the spirit of the Compact:
# context: Your commitment: › sign-up form, label of box 1
compact-leicestershire--commitment--b1-field1 = Name:
# context: Your commitment: › sign-up form, label of box 2
compact-leicestershire--commitment--b1-field2 = Date:
# context: Your commitment: › sign-up form, label of box 3
compact-leicestershire--commitment--b1-field3 = On behalf of Organisation
# context: Your commitment: › sign-up form, label of box 4
compact-leicestershire--commitment--b1-field4 = Address:
# context: Your commitment: › sign-up form, label of box 5
compact-leicestershire--commitment--b1-field5 = Tel:
# context: Your commitment: › sign-up form, label of box 6
compact-leicestershire--commitment--b1-field6 = Email:
# context: Your commitment: › sign-up form, where to send it
compact-leicestershire--commitment--b1-return = Please return to:
# context: Your commitment: › sign-up form, before the e-mail address
compact-leicestershire--commitment--b1-return-email = or email to
