### English of “The Charnwood and North West Leicestershire Compact”, from content/charnwood-nw-leicestershire-compact.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/charnwood-nw-leicestershire-compact.ftl
### and translate the text after each "=".


## Title page

# context: title page, the label above the title
charnwood-nw-leicestershire-compact--label = Compact
# context: title page, title
charnwood-nw-leicestershire-compact--title = The Charnwood and North West Leicestershire Compact
# context: summary, also shown on the home page
charnwood-nw-leicestershire-compact--summary = This Compact sets out a formal framework for working relationships between voluntary and community sector organisations, local authorities and the Primary Care Trust (PCT) in Charnwood and North West Leicestershire.
# context: title page, area
charnwood-nw-leicestershire-compact--area = Charnwood and North West Leicestershire
# context: title page, party 1
charnwood-nw-leicestershire-compact--party-1 = Charnwood Borough Council
# context: title page, party 2
charnwood-nw-leicestershire-compact--party-2 = North West Leicestershire District Council
# context: title page, party 3
charnwood-nw-leicestershire-compact--party-3 = Charnwood & North West Leicestershire Primary Care Trust
# context: title page, party 4
charnwood-nw-leicestershire-compact--party-4 = The Voluntary and Community Sector (VCS) in Charnwood and North West Leicestershire

## 1. What is a Compact and what is its status?

# context: 1. What is a Compact and what is its status? › section heading
charnwood-nw-leicestershire-compact--s1--title = What is a Compact and what is its status?
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b1 = This Compact sets out a formal framework for working relationships between voluntary and community sector organisations, local authorities and the Primary Care Trust (PCT). The partners are committed to work together to achieve common aims and aspirations for the ultimate benefit of local people.
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b2 = Compacts are not legally binding documents and not exhaustive. They are an enabling mechanism to enhance the relationship between sectors. Their authority comes from the fact that they are developed, consulted upon and formally adopted by local stakeholders themselves.
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b3 = The success of a Compact is dependent upon the statutory and voluntary sectors making an equal commitment to maintaining principles of mutual respect, recognition, best practice and co-operation. The Compact document will not be static, but will be monitored, developed and amended over time in order to reflect the changing needs and priorities of the local community.

## 1.1. National Context

# context: 1.1. National Context › section heading
charnwood-nw-leicestershire-compact--s1--s1-1--title = National Context
# context: 1.1. National Context › paragraph
charnwood-nw-leicestershire-compact--s1--s1-1--b1 = The National Compact on Relations between Government and the Voluntary and Community sector in England (1998) set a national framework for improved relationships and partnership working. In November 2002, the Department of Health clarified its determination to see all NHS organisations in England signed up to a geographically relevant Local Compact by 31st March 2004.

## 1.2. The Development of the Charnwood and North West Leicestershire Compact

# context: 1.2. The Development of the Charnwood and North… › section heading
charnwood-nw-leicestershire-compact--s1--s1-2--title = The Development of the Charnwood and North West Leicestershire Compact
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.1.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i1 = This Compact compliments existing compact arrangements between the Voluntary Sector and the District Council in North West Leicestershire as well as the Leicestershire County Compact.
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.2.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2 = Partners involved in the development of the draft Charnwood and North West Leicestershire Compact are:
# context: 1.2. The Development of the Charnwood and North… › sub-item 1 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i1 = Charnwood Council for Voluntary Service (CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 2 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i2 = North West Leicestershire Council for Voluntary Service (CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 3 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i3 = Charnwood Borough Council
# context: 1.2. The Development of the Charnwood and North… › sub-item 4 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i4 = North West Leicestershire District Council
# context: 1.2. The Development of the Charnwood and North… › sub-item 5 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i5 = Charnwood & North West Leicestershire Primary Care Trust
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.3.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i3 = The Compact applies to all parts of the Charnwood and North West Leicestershire area* and to the wide variety of organisations, which are defined as the Voluntary and Community Sector.
# context: 1.2. The Development of the Charnwood and North… › paragraph
boundary-note = (\* Note. Boundary lines for the partner organisations are not co-terminus. Syston comes within the Charnwood Borough Council boundary but is part of the Melton, Rutland and Harborough PCT. Markfield is part the Charnwood & North West Leicestershire PCT area but does not come within the District Council boundary of North West Leicestershire. For the purposes of this Compact, partner organisations have agreed that both areas should be included in the Agreement and note that similar steps will need to be taken by neighboring organisations. Further details are included in Appendix 1)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.4.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i1 = The Compact will be sensitive to the interest of Black and Minority Ethnic Groups and people with a range of special and additional needs.
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.5.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i2 = The Compact includes a section for groups and organisations to sign declaring their commitment to working in the spirit of the Compact. Material will be produced to raise awareness of the Compact to staff, councillors, volunteers, service users and other groups and organisations.
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.6.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i3 = A forum comprising of member representatives from the partner organisations, referred to as a Compact Steering Group, has developed the Compact. After the publication of the Compact, this group will provide an ongoing forum for the Compact Action Plan; its implementation and review.

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
charnwood-nw-leicestershire-compact--s2--title = Why have a Compact?
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b1 = Whilst informal working relationships already exist between the statutory and voluntary sectors in this area, these arrangements tend to be rooted in specific professional relationships, which have built up between organisations and individuals over the course of time. The Compact will offer a systematic approach to partnership working between the sectors, which guarantees equality of status, and access to all stakeholders regardless of prior professional involvement.
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b2 = The objectives are:
# context: 2. Why have a Compact? › numbered list, item 2.1.
charnwood-nw-leicestershire-compact--s2--b3-i1 = Improve communication and ensure efficient information flow
# context: 2. Why have a Compact? › numbered list, item 2.2.
charnwood-nw-leicestershire-compact--s2--b3-i2 = To develop an agreed code of practice for effective and agreed principles for joint working across the sectors, including Joint Planning and policy initiatives
# context: 2. Why have a Compact? › numbered list, item 2.3.
charnwood-nw-leicestershire-compact--s2--b3-i3 = To improve public service delivery across all sectors
# context: 2. Why have a Compact? › numbered list, item 2.4.
charnwood-nw-leicestershire-compact--s2--b3-i4 = Better understanding of each sector’s needs, aims and objectives
# context: 2. Why have a Compact? › numbered list, item 2.5.
charnwood-nw-leicestershire-compact--s2--b3-i5 = Increased partnership working between voluntary and statutory sectors.
# context: 2. Why have a Compact? › numbered list, item 2.6.
charnwood-nw-leicestershire-compact--s2--b3-i6 = Provide a channel for the views of communities of interest and communities of place
# context: 2. Why have a Compact? › numbered list, item 2.7.
charnwood-nw-leicestershire-compact--s2--b3-i7 = Identify new needs and innovative ways to meet them
# context: 2. Why have a Compact? › numbered list, item 2.8.
charnwood-nw-leicestershire-compact--s2--b3-i8 = Address poverty, social exclusion and health inequalities
# context: 2. Why have a Compact? › numbered list, item 2.9.
charnwood-nw-leicestershire-compact--s2--b3-i9 = Encourage and support individuals to become active in their communities
# context: 2. Why have a Compact? › numbered list, item 2.10.
charnwood-nw-leicestershire-compact--s2--b3-i10 = Set a framework for effective involvement, consultation and representation
# context: 2. Why have a Compact? › numbered list, item 2.11.
charnwood-nw-leicestershire-compact--s2--b3-i11 = Involving and engaging the community
# context: 2. Why have a Compact? › numbered list, item 2.12.
charnwood-nw-leicestershire-compact--s2--b3-i12 = Review funding arrangements

## 3. How will we know if the Compact is working?

# context: 3. How will we know if the Compact is working? › section heading
charnwood-nw-leicestershire-compact--s3--title = How will we know if the Compact is working?
# context: 3. How will we know if the Compact is working? › paragraph
charnwood-nw-leicestershire-compact--s3--b1 = All partners in the development of this Compact want to see the following outcomes:
# context: 3. How will we know if the Compact is working? › outcomes, item 1
charnwood-nw-leicestershire-compact--s3--b2-i1 = Increased understanding
# context: 3. How will we know if the Compact is working? › outcomes, item 2
charnwood-nw-leicestershire-compact--s3--b2-i2 = Better communication
# context: 3. How will we know if the Compact is working? › outcomes, item 3
charnwood-nw-leicestershire-compact--s3--b2-i3 = Better involvement and consultation processes and procedures
# context: 3. How will we know if the Compact is working? › outcomes, item 4
charnwood-nw-leicestershire-compact--s3--b2-i4 = Increased joint planning and policy initiatives
# context: 3. How will we know if the Compact is working? › outcomes, item 5
charnwood-nw-leicestershire-compact--s3--b2-i5 = Review of funding arrangements and procedures
# context: 3. How will we know if the Compact is working? › outcomes, item 6
charnwood-nw-leicestershire-compact--s3--b2-i6 = Efficient information flow
# context: 3. How will we know if the Compact is working? › outcomes, item 7
charnwood-nw-leicestershire-compact--s3--b2-i7 = Better service delivery
# context: 3. How will we know if the Compact is working? › paragraph 3.1.
charnwood-nw-leicestershire-compact--s3--b3 = In order to achieve these outcomes, the Compact Steering Group will provide a forum for the Compact Action Plan, which will also include its implementation and review. The Action Plan will:
# context: 3. How will we know if the Compact is working? › lettered list, item (a)
charnwood-nw-leicestershire-compact--s3--b4-i1 = Consider the outcome of the adjustments undertaken by the County Compact Group.
# context: 3. How will we know if the Compact is working? › lettered list, item (b)
charnwood-nw-leicestershire-compact--s3--b4-i2 = Adapt the National Codes of Practice on funding, consultation, black and minority ethnic groups, volunteering and community groups to fit local circumstances
# context: 3. How will we know if the Compact is working? › lettered list, item (c)
charnwood-nw-leicestershire-compact--s3--b4-i3 = Develop best practice for effective working with people who have special and additional needs.
# context: 3. How will we know if the Compact is working? › lettered list, item (d)
charnwood-nw-leicestershire-compact--s3--b4-i4 = Establish mechanisms to review and monitor the impact of the Compact including Annual Review. This will involve setting a baseline and establishing measures and indicators of progress. The review will lead on to improving the following year’s plans.
# context: 3. How will we know if the Compact is working? › lettered list, item (e)
charnwood-nw-leicestershire-compact--s3--b4-i5 = Set out a mediation and conciliation process. By the end of 2004 the Leicestershire County Compact plans to set up a Mediation process that should be available to all the Leicestershire Local Compacts.
# context: 3. How will we know if the Compact is working? › paragraph 3.2.
charnwood-nw-leicestershire-compact--s3--b5 = The Action Plan will be subject to annual review. The Action Plan will include a list of all participating groups and organisations who sign up to this Compact and who are therefore committed to working with Compact partners in a fair and equitable manner.

## 4. What defines the Voluntary and Community Sector?

# context: 4. What defines the Voluntary and Community… › section heading
charnwood-nw-leicestershire-compact--s4--title = What defines the Voluntary and Community Sector?
# context: 4. What defines the Voluntary and Community… › paragraph 4.1.
charnwood-nw-leicestershire-compact--s4--b1 = The voluntary and community sector is diverse in nature. Hundreds of organisations and groups have developed in response to the needs of geographical areas or communities of interest or need. The voluntary sector is ‘not for profit’ (it’s not about making money) and is independent. The types of groups operating include:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b2-i1 = Self-help groups interested in a range of health related issues
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b2-i2 = Village groups organising playgroups, parent & toddler groups, lunch clubs, friendship activities, etc
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b2-i3 = Local groups set up by communities to tackle local issues, these may provide direct service to specific groups of people
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b2-i4 = Local groups providing recreational, sporting and social activities
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b2-i5 = Local branches of national organisations providing information, advice, support and/or services to people on a range of issues
# context: 4. What defines the Voluntary and Community… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s4--b2-i6 = Local development agencies that support voluntary & community groups and local development agencies that support volunteering
# context: 4. What defines the Voluntary and Community… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s4--b2-i7 = County-wide organisations offering services to specific groups of people e.g. carers, disabled people, elderly people
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b3 = Examples of the kind of structures and activities that fall under the voluntary & community sector banner are included in Appendix 2.
# context: 4. What defines the Voluntary and Community… › paragraph 4.2.
charnwood-nw-leicestershire-compact--s4--b4 = Voluntary & community groups can:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b5-i1 = Provide quality services to meet existing needs and to promote real change for people’s lives, offering genuine improvement in the quality of life for people
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b5-i2 = Provide a channel for the views of communities (geographical & interest based) – they have a greater capacity and flexibility to reach excluded groups than statutory services
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b5-i3 = Identify needs and innovative ways to meet them – approaches developed by the sector have in many instances in the past been adopted by statutory services
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b5-i4 = Address poverty, social exclusion and health inequalities – groups that are set up by communities or work closely with communities are skilled at developing appropriate responses
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b5-i5 = Encourage & support individuals to become active in their communities – examples include: volunteering, taking on the responsibilities of being management committee members or trustees, or forming self-help groups
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b6 = (See Appendix 2 for Voluntary and Community Sector Definitions)

## 5. What defines the Borough Council?

# context: 5. What defines the Borough Council? › section heading
charnwood-nw-leicestershire-compact--s5--title = What defines the Borough Council?
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b1 = Charnwood Borough Council’s Corporate Plan, “Charnwood Together”, sets out the authority’s clear priorities for the period to 2007. Integral to those is the need to build on the strong partnerships that exist between key agencies and sectors so as to deliver a good quality of life and meet the needs of our communities.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b2 = Charnwood Together states specifically that the Council will seek to develop a Compact with the Voluntary sector to guide how statutory and voluntary sectors will work together in areas of policy development and service delivery. This also reflects intentions in the Charnwood Community Strategy, which was adopted in 2003 by a range of key bodies.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b3 = The Council employs approximately 600 staff, organised into 13 service units, the majority of whom are based in Loughborough.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b4 = Every year the Council;
# context: 5. What defines the Borough Council? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s5--b5-i1 = Collects 47,000 tonnes of rubbish from peoples houses
# context: 5. What defines the Borough Council? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s5--b5-i2 = Plants in excess of 100,000 new plants.
# context: 5. What defines the Borough Council? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s5--b5-i3 = Handles 1,900 planning applications.
# context: 5. What defines the Borough Council? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s5--b5-i4 = Makes 13,776 rent collection house calls and 192,000 Resident Warden visits.
# context: 5. What defines the Borough Council? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s5--b5-i5 = Processes 20,000 claims for Council Tax and Housing benefits
# context: 5. What defines the Borough Council? › bulleted list, item 6
charnwood-nw-leicestershire-compact--s5--b5-i6 = Investigates 300 people a year for benefits fraud
# context: 5. What defines the Borough Council? › bulleted list, item 7
charnwood-nw-leicestershire-compact--s5--b5-i7 = Handles 36,000 calls to our Tourist Information line and 78,000 requests for information at the Council’s Service Shop; and
# context: 5. What defines the Borough Council? › bulleted list, item 8
charnwood-nw-leicestershire-compact--s5--b5-i8 = In election year, ensures that 123,000 registered electors, living in over 63,000 properties receive polling cards for one of the 28 Borough wards and 26 parishes.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b6 = General spending by the Council in 2003/4 is planned to be £21m. £5.11m of that is met from Council Tax with the remainder being met from Government grants and other sources of income. In addition the Council will spend approximately £23m on servicing its housing stock, £13.3m of which is met from Council house rents with the remainder from Government subsidy and other sources of housing related income.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b7 = Further information about Charnwood Borough Council, including full A to Z listing of our services, can be found at [www.charnwoodbc.gov.uk](http://www.charnwoodbc.gov.uk).

## 6. What defines the District Council?

# context: 6. What defines the District Council? › section heading
charnwood-nw-leicestershire-compact--s6--title = What defines the District Council?
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b1 = North West Leicestershire District Council has come a long way since it was first elected in 1973 to succeed the former urban and rural districts.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b2 = The subsequent years have seen major changes to the area including the closure of local pits resulting in major regeneration and job creation initiatives; sowing the seeds of the new National Forest; improved road links via the A.42/M.42 and the expansion of East Midlands Airport and its environs as a major passenger and freight terminal.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b3 = The District Council provides a range of local services directly, in partnership and through other organisations. These services include animal welfare, the arts, benefits, car parks, elections, environmental health, housing, leisure centres, licensing, planning and building control, refuse and recycling, social inclusion and tourism promotion.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b4 = The Council directly employs over 600 people and has a budget of over £8.5 million. It has 38 councillors representing 20 wards and operates on a "Leader with Cabinet" model. The Executive Board provides direction and leadership and is responsible for the majority of decisions. Individual Executive Board members hold portfolios for High Quality, Good Value Local services; Strong, Safe Communities; a Healthy, Fulfilled Population; a Fairer District; Local Prosperity and Employment; an Attractive, Sustainable Environment and Enough Decent, Affordable Homes.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b5 = The Council has agreed a Vision for the District to the year 2010 for the long term prosperity and well being of the area. Its focus for the next three years will be on being "clean, green, safe and healthy"; promoting strong communities and revitalising town centres.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b6 = Further information about North West Leicestershire District Council, including full A to Z listing of our services, can be found at [www.nwleicestershire.gov.uk](http://www.nwleicestershire.gov.uk).

## 7. What defines the Primary Care Trust?

# context: 7. What defines the Primary Care Trust? › section heading
charnwood-nw-leicestershire-compact--s7--title = What defines the Primary Care Trust?
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b1 = A Primary Care Trust is the NHS in the local community. In summary, the PCT exists to make local people healthier and to do so by giving them more choice about when and where they are treated locally.
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b2 = Charnwood and North West Leicestershire Primary Care Trust (PCT) was established on April 1st 2002 \*\*Its function is to ensure that everyone living within the PCT boundary, which is largely co-terminous with the Borough of Charnwood and the District of North West Leicestershire, has access to effective health services.
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b3 = Since boundary lines are not co-terminous with partner organisations, working relationships will be developed with neighbouring PCTs to ensure that action plans appropriately reflect the needs of all communities. (\*\*See notes regarding boundaries on page 2)
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b4 = There are many aspects to the work of the PCT. Outlined below are examples of things that underpin everything that the PCT does:
# context: 7. What defines the Primary Care Trust? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s7--b5-i1 = Improving the health and well being of its population.
# context: 7. What defines the Primary Care Trust? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s7--b5-i2 = Developing patient centred services.
# context: 7. What defines the Primary Care Trust? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s7--b5-i3 = Providing some community health services through staff employed by the PCT
# context: 7. What defines the Primary Care Trust? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s7--b5-i4 = Planning and purchasing all other health services for Charnwood and North West Leicestershire, either from NHS bodies or voluntary and private sector organisations
# context: 7. What defines the Primary Care Trust? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s7--b5-i5 = Co-ordinating the health services provided by local dentists, opticians, pharmacists and general practitioners
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b6 = Further information about Charnwood and North West Leicestershire Primary Care Trust, including full A to Z listing of our services, can be found at [www.cnwlpct.co.uk](http://www.cnwlpct.co.uk).

## 8. What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?

# context: 8. What type of relationship can the Voluntary… › section heading
charnwood-nw-leicestershire-compact--s8--title = What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?
# context: 8. What type of relationship can the Voluntary… › paragraph 8.1.
charnwood-nw-leicestershire-compact--s8--b1 = Voluntary and community organisations can have a direct relationship with its partners in this compact in the following ways:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b2-i1 = Service Delivery and Funding Grants/Service Level Agreements/ Contracts / Commissioning Agreements
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b2-i2 = Involvement in planning and commissioning
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b2-i3 = Involvement, participation and consultation mechanisms for groups, volunteers and users
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s8--b2-i4 = Lobbying/Campaigning - influencing the formation of the Councils’ agendas, policies and practices
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s8--b2-i5 = Contributing to partnerships/forums/working groups such as the Local Strategic Partnerships
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s8--b2-i6 = Volunteers within statutory funded provision
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s8--b2-i7 = Providing specialist input to policy development where that is appropriate, or where the voluntary organisation delivers a statutory service
# context: 8. What type of relationship can the Voluntary… › paragraph 8.2.
charnwood-nw-leicestershire-compact--s8--b3 = Where voluntary and community groups feel that they do not have a relationship with either the local authority or the PCT, and therefore do not see the relevance of a Compact, they may in fact have an indirect relationship in one or more of the following ways:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b4-i1 = As an affiliated member of a Council for Voluntary Service that has a Commissioning Agreement with the local authority or PCT
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b4-i2 = As a user of a community centre or other services provided by the local authority or PCT
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b4-i3 = As a member of a forum that is recognised as a means of communication within a particular geographical area or for a community of interest or need.
# context: 8. What type of relationship can the Voluntary… › paragraph
charnwood-nw-leicestershire-compact--s8--b5 = Moreover, there may be occasions where a VCS group may need to form a relationship with the local authority or PCT and they should be able to do this based on sufficient knowledge of the partner organisations and its practices.

## 9. The shared principles in the Charnwood and North West Leicestershire Compact

# context: 9. The shared principles in the Charnwood and… › section heading
charnwood-nw-leicestershire-compact--principles--title = The shared principles in the Charnwood and North West Leicestershire Compact
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.1.
charnwood-nw-leicestershire-compact--principles--b1-i1 = Voluntary action is an essential component of democratic society.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.2.
charnwood-nw-leicestershire-compact--principles--b1-i2 = An independent and diverse voluntary and community sector is fundamental to the well being of society.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.3.
charnwood-nw-leicestershire-compact--principles--b1-i3 = In the development and delivery of public policy and services, the PCT, Borough Council, District Council and the voluntary and community sector have distinct but complementary roles.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.4.
charnwood-nw-leicestershire-compact--principles--b1-i4 = There is added value in working in partnership towards common aims and objectives. Proper involvement and consultation builds relationships, improves policy development and enhances the design and delivery of services and programmes.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.5.
charnwood-nw-leicestershire-compact--principles--b1-i5 = The PCT, Borough Council, District Council and the voluntary and community sector have different forms of accountability and are answerable to a different range of stakeholders. But common to all is the need for integrity, objectivity, accountability, openness, honesty and leadership.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.6.
charnwood-nw-leicestershire-compact--principles--b1-i6 = Voluntary and community organisations are entitled to campaign within the law in order to advance their aims.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.7.
charnwood-nw-leicestershire-compact--principles--b1-i7 = The PCT, Borough Council and District Council play a significant role, among other things, as funders of some voluntary and community organisations. Some voluntary and community organisations raise significant funds for health and social care. Funding can be an important element of the relationship between the NHS and the voluntary and community sector.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.8.
charnwood-nw-leicestershire-compact--principles--b1-i8 = The PCT, Borough Council, District Council and the voluntary and community sector acknowledge the importance of promoting equality of opportunity for all people, regardless of race, age, disability, gender, sexual orientation or religion.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.9.
charnwood-nw-leicestershire-compact--principles--b1-i9 = This Compact directly supports the intentions of the Community Strategies and the Local Strategic Partnerships applying in Charnwood and North West Leicestershire.

## 10. Undertakings by partners of the Charnwood and North West Leicestershire Compact

# context: 10. Undertakings by partners of the Charnwood… › section heading
charnwood-nw-leicestershire-compact--undertakings--title = Undertakings by partners of the Charnwood and North West Leicestershire Compact
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `councils`
charnwood-nw-leicestershire-compact--undertakings--b1-party-councils = Councils
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `pct`
charnwood-nw-leicestershire-compact--undertakings--b1-party-pct = Primary Care Trust
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `vcs`
charnwood-nw-leicestershire-compact--undertakings--b1-party-vcs = Voluntary and Community Sector (VCS)
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-title = Our complementary roles
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c1-i1 = To recognise the value of working together and the different strengths that the Local Authorities, Primary Care Trust and the VCS bring to the relationship.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i1 = To recognise and support the independence of the voluntary and community sector, including its right within the law, to campaign, to lobby, to comment on NHS / Local Authority policy and operations, and to challenge policy and operations, irrespective of any funding relationship that might exist, and to determine and manage its own affairs.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i2 = To work with the VCS to make information and services to the community more accessible.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i3 = To support the VCS in developing its resource base to enable it to effectively engage in policy development and partnership activity
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i4 = To recognise and support the VCS’s ability to access external resources that meet shared objectives
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i5 = To provide a strategic framework to improve the quality of life of Charnwood and North West Leicestershire people
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i1 = To acknowledge that the Local Authority and Primary Care Trust complements the work of the VCS by providing resources, structures, accountability, access to information and expertise and support.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i2 = Through infrastructure organisations to support local groups, policy development and partnership working.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-title = Recognition
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i1 = To recognise the VCS’s ability to identify and articulate a diverse range of individual and community needs and its value in encouraging people to be involved in community life.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i2 = To recognise the added value brought by volunteers to the quality of services to the community.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i3 = To recognise the breadth of knowledge and ideas within the community and voluntary sector that has been directly gained by working with individuals and communities and to value this resource when developing policy, strategy and service delivery
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i4 = To acknowledge the distinct responsibilities and roles of each partner organisation in the development of local services. To give these differing perspectives equal weight.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i1 = To recognise the commitments made by the Local Authority to involve, consult, resource and support voluntary and community organisations
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i2 = To recognise the commitments made by the PCT to involve, consult, resource and support voluntary and community organisations
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-title = Funding and accountability
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i1 = To develop, in consultation with the voluntary and community sector, a code of good practice to address principles of good funding to guide the Local Authorities and PCT in Charnwood & North West Leicestershire.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i2 = To develop funding measures to ensure resources meet agreed priorities and secure continuous improvement.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i3 = To develop co-ordinated approaches to funding voluntary and community organisations to ensure the most effective and efficient use of public money.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i4 = To provide a framework to ensure openness in funding and to apply monitoring and accountability systems in proportion to the amount and purpose of funding.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i5 = To recognise the importance of infrastructure to the voluntary and community sector and volunteering and, where appropriate, to support its development at county and district and other levels where appropriate
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i1 = To ensure the most effective and efficient use of funding for the benefit of service users.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i2 = In relation to statutory issues, to demonstrate accountability to the funder and to service users.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i3 = To comply with the law and, where necessary, appropriate guidance from the Charity Commission.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 4
charnwood-nw-leicestershire-compact--undertakings--b1-t4-title = Policy development and consultation
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i1 = To involve actively and consistently the VCS in timely and efficient ways in the planning and development of policies and services.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i2 = To work with voluntary and community organisations to enable them to engage more effectively with, and represent the interests of, excluded groups.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i3 = To develop jointly with the voluntary and community sector a code of good practice covering consultation, policy appraisal and implementation.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i1 = To work together with the Local Authorities and the PCT to ensure effective involvement and consultation takes place.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i2 = To provide a voice for communities in Charnwood and North West Leicestershire to influence policy for the provision and delivery of services.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-title = Good practice and working together
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i1 = To take account of codes of practice which are established to complement this Compact.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i2 = To jointly review the operation of the Compact and associated codes of practice annually in conjunction with the voluntary and community sector.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i1 = To communicate with the VCS on how the Local Authority and the PCT can work better together.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i2 = To respond appropriately to issues raised by the VCS through this dialogue.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i3 = To develop with the VCS local codes of practice on funding, consultation, black and minority ethnic and other excluded groups, volunteering and community groups.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i4 = To promote effective working relationships, consistency of approach and good practice between the Local Authority / NHS and the voluntary and community sector in Charnwood and North West Leicestershire, particularly where cross-departmental and cross-agency issues are concerned.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i5 = To adhere to the principles of open government and good regulation and ensuring that, wherever possible, decisions and findings are made public and explained.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 6
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i6 = To promote the principles incorporated in this Compact to other public bodies in Charnwood & North West Leicestershire.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i1 = To develop and promote beneficial working relationships with the Council, the VCS and the PCT and particularly to marginalised black and minority ethnic organisations in the County.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i2 = To involve service users in the development and management of activities and services.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i3 = To be open and transparent in all dealings with the Council, the PCT and other voluntary and community organisations.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i4 = To give a clear idea of the VCS capacity for involvement when working together with the Compact Partners.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 6
charnwood-nw-leicestershire-compact--undertakings--b1-t6-title = How we demonstrate commitment to the Compact
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c1-i1 = To promote understanding throughout the Local Authority and the PCT of the commitments in the Compact and how they are to be put into practice.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i1 = To promote the adoption of the Compact to voluntary and community organisations working in Leicestershire.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i2 = To support, and where possible, commit time and resources to implementing actions and taking part in plan reviews of the Compact

## 11.

# context: 11. › bulleted list, item 1
charnwood-nw-leicestershire-compact--s11--b1-i1 = To work together to ensure the widespread recognition, understanding, application and development of the Compact
# context: 11. › bulleted list, item 2
charnwood-nw-leicestershire-compact--s11--b1-i2 = To develop and adhere to monitoring and evaluation mechanisms to ensure that the Compact makes a tangible and positive impact upon joint working in Charnwood & North West Leicestershire
# context: 11. › bulleted list, item 3
charnwood-nw-leicestershire-compact--s11--b1-i3 = To develop and undertake activities which facilitate and encourage improved understanding and co-operation and the sharing of best practice within the sectors.

## Other formats and languages

# context: Other formats and languages › section heading
charnwood-nw-leicestershire-compact--alternative-formats--title = Other formats and languages
# context: Other formats and languages › how to ask for other formats
charnwood-nw-leicestershire-compact--alternative-formats--b1-text = If you require information contained in this booklet in an alternative version e.g. large print, Braille, or an alternative language, please:
# context: Other formats and languages › other-formats contact, label
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-label = Write to:
# context: Other formats and languages › other-formats contact, the contact's role
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-role = The Chief Executive

## Appendix 1

# context: Appendix 1 › section heading
charnwood-nw-leicestershire-compact--appendix-1--title = Appendix 1

## 1. Boundary issues

# context: 1. Boundary issues › section heading
charnwood-nw-leicestershire-compact--appendix-1--s1--title = Boundary issues
# context: 1. Boundary issues › paragraph
charnwood-nw-leicestershire-compact--appendix-1--s1--b1 = (\* Note. Boundary lines for the partner organisations are not co-terminus. Syston comes within the Charnwood Borough Council boundary but is part of the Melton, Rutland and Harborough PCT. Markfield is part the Charnwood & North West Leicestershire PCT area but does not come within the District Council boundary of North West Leicestershire. For the purposes of this Compact, partner organisations have agreed that both areas should be included in the Agreement. Similar steps will need to be taken by neighboring organisations responsible for the Harborough Compact and the Hinckley & Bosworth Compact to ensure completeness.

## 2. Harborough District Compact

# context: 2. Harborough District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--harborough--title = Harborough District Compact
# context: 2. Harborough District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--harborough--b1 = For further information on the Harborough District Compact please contact:

## 3. Hinckley & Bosworth Compact

# context: 3. Hinckley & Bosworth Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--title = Hinckley & Bosworth Compact
# context: 3. Hinckley & Bosworth Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--b1 = For further information on the Hinckley & Bosworth Compact please contact:

## 4. Leicestershire County Compact

# context: 4. Leicestershire County Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--county-compact--title = Leicestershire County Compact
# context: 4. Leicestershire County Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--county-compact--b1 = For further information on the Leicestershire County Compact please contact:

## 5. North West Leicestershire District Compact

# context: 5. North West Leicestershire District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--title = North West Leicestershire District Compact
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b1 = For further information on the Compact between North West Leicestershire District Council and the Voluntary and Community Sector of North West Leicestershire contact:
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b3 = Or

## Appendix 2

# context: Appendix 2 › section heading
charnwood-nw-leicestershire-compact--appendix-2--title = Appendix 2

## Voluntary & Community Sector Definitions

# context: Voluntary & Community Sector Definitions › section heading
charnwood-nw-leicestershire-compact--appendix-2--definitions--title = Voluntary & Community Sector Definitions
# context: Voluntary & Community Sector Definitions › definition 1, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-term = Boards of Trustees and Management Committees
# context: Voluntary & Community Sector Definitions › definition 1, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-meaning = are the group of people legally responsible for the control and management of a charity. Certain specific statutory responsibilities arise from being a trustee.
# context: Voluntary & Community Sector Definitions › definition 2, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-term = Voluntary organisations
# context: Voluntary & Community Sector Definitions › definition 2, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-meaning = are formally structured, not-for-profit; independent and not part of government; managed by unpaid, voluntary management committees or boards of trustees; some have paid employees as well as volunteers; may be registered charities and/or companies limited by guarantee and/or Friendly Societies.
# context: Voluntary & Community Sector Definitions › definition 3, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-term = Community organisations
# context: Voluntary & Community Sector Definitions › definition 3, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-meaning = are local community and self-help groups; more informal; often made up entirely of volunteers; any staff are likely to be part-time; independent; without regular income or funding. Community groups are often at the hub of community action and are formed in response to a local need.
# context: Voluntary & Community Sector Definitions › definition 4, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-term = Volunteering
# context: Voluntary & Community Sector Definitions › definition 4, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-meaning = is an important expression of citizenship and essential to democracy. It is the commitment of time, skills and energy for the benefit of society and the community, and can take many forms. It is undertaken freely and by choice, without concern for financial gain.
# context: Voluntary & Community Sector Definitions › definition 5, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-term = Social enterprises
# context: Voluntary & Community Sector Definitions › definition 5, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-meaning = are businesses that trade in the market in order to fulfil social aims. They bring people and communities together for economic development and social gain. Charities can be socially enterprising, without forming separate businesses, thereby generating income (for example from sales), which is used to further the charitable objects.
# context: Voluntary & Community Sector Definitions › definition 6, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-term = Infrastructure organisations
# context: Voluntary & Community Sector Definitions › definition 6, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-meaning = also sometimes referred to, as umbrella organisations are an important force in the voluntary & community sector. The sector developed organically and was not centrally planned. Umbrella organisations attempt to link the different levels and types of voluntary sector activity. They fulfil five main functions: development, services to other organisations, liaison, representation and partnership working. Not all umbrella organisations perform all functions. Examples of local umbrella organisations are Charnwood CVS, North West Leicestershire CVS, Shepshed and Syston Volunteer Centres, Castle Donington Volunteer Bureau and Rural Community Council Leicestershire & Rutland.
# context: Voluntary & Community Sector Definitions › paragraph
charnwood-nw-leicestershire-compact--appendix-2--definitions--b2 = (Produced with thanks to South Leicestershire CVS)

## Signatories

# context: Signatories › section heading
charnwood-nw-leicestershire-compact--signatories--title = Signatories
# context: Signatories › signatories, the statement Andrew Clarke signed
charnwood-nw-leicestershire-compact--signatories--b1-i1 = I Andrew Clarke of CNWL PCT hereby agree to the Charnwood & North West Leicestershire Compact.
# context: Signatories › signatories, the statement Brian Hayes signed
charnwood-nw-leicestershire-compact--signatories--b1-i2 = I Brian Hayes of Charnwood Borough Council hereby agree to the Charnwood & North West Leicestershire Compact.
# context: Signatories › signatories, the statement Neil Lambert signed
charnwood-nw-leicestershire-compact--signatories--b1-i3 = I Neil Lambert of Charnwood CVS hereby agree to the Charnwood & North West Leicestershire Compact.
# context: Signatories › signatories, the statement Malcolm Diaper signed
charnwood-nw-leicestershire-compact--signatories--b1-i4 = I Malcolm Diaper of North West Leicestershire District Council hereby agree to the Charnwood & North West Leicestershire Compact.
# context: Signatories › signatories, the statement Martin Gage signed
charnwood-nw-leicestershire-compact--signatories--b1-i5 = I Martin Gage of North West Leicestershire CVS hereby agree to the Charnwood & North West Leicestershire Compact.
