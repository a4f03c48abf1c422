### English of “The Leicestershire County Compact”, from content/leicestershire-county-compact.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/leicestershire-county-compact.ftl
### and translate the text after each "=".


## Title page

# context: title page, the label above the title
leicestershire-county-compact--label = Compact
# context: title page, title
leicestershire-county-compact--title = The Leicestershire County Compact
# context: title page, subtitle
leicestershire-county-compact--subtitle = A guide on the relationship between Leicestershire County Council and the Voluntary and Community Sector in Leicestershire
# context: title page, strapline
leicestershire-county-compact--strapline = It's all about better relations
# context: summary, also shown on the home page
leicestershire-county-compact--summary = The Leicestershire County Compact provides an essential guide for anyone who needs to know about the way that Leicestershire County Council and the Voluntary and Community Sector work together in Leicestershire.
# context: title page, area
leicestershire-county-compact--area = Leicestershire
# context: title page, party 1
leicestershire-county-compact--party-1 = Leicestershire County Council (the Council)
# context: title page, party 2
leicestershire-county-compact--party-2 = The Voluntary and Community Sector (VCS) in Leicestershire
# context: partners, heading
leicestershire-county-compact--partners = Partners involved in the development of the Draft Leicestershire County Compact
# context: partners, heading of group 1
leicestershire-county-compact--partners-1 = On behalf of the Voluntary and Community Sector
# context: partners, heading of group 2
leicestershire-county-compact--partners-2 = On behalf of Leicestershire County Council

## The Leicestershire County Compact

# context: The Leicestershire County Compact › section heading
leicestershire-county-compact--intro--title = The Leicestershire County Compact
# context: The Leicestershire County Compact › paragraph
leicestershire-county-compact--intro--b1 = The Leicestershire County Compact provides an essential guide for anyone who needs to know about the way that Leicestershire County Council (the Council) and the Voluntary and Community Sector (VCS) work together in Leicestershire.

## 1. The Status of the Compact

# context: 1. The Status of the Compact › section heading
leicestershire-county-compact--s1--title = The Status of the Compact
# context: 1. The Status of the Compact › bulleted list, item 1
leicestershire-county-compact--s1--b1-i1 = This Compact is a **written agreement** that provides a **framework** for the way in which voluntary and community organisations in Leicestershire and Leicestershire County Council work together. It will promote effective working relationships which provide efficient and effective services and involve the VCS in policy development and the delivery of services.
# context: 1. The Status of the Compact › bulleted list, item 2
leicestershire-county-compact--s1--b1-i2 = The Leicestershire County Compact is drawn up between voluntary organisations and community groups in Leicestershire and Leicestershire County Council.
# context: 1. The Status of the Compact › bulleted list, item 3
leicestershire-county-compact--s1--b1-i3 = The Compact is a **voluntary** commitment by these organisations to work together to mutually agreed standards. It is not legally binding. However, **all** organisations that sign up to the Compact are committed to making it work in practice.

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
leicestershire-county-compact--s2--title = Why have a Compact?
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b1 = The VCS is by nature, large and diverse. Most organisations and groups have developed in response to the needs of a geographical area or a community of interest or need. Voluntary organisations therefore have their own distinct ethos and way of working. **Before a better understanding has been achieved, differences in approach between the voluntary and statutory sectors can initially make working together challenging.**
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b2 = However it is because voluntary and community organisations have **distinctive strengths** that **government is encouraging increased partnership working between the voluntary and statutory sectors**. Many voluntary organisations can, for example:
# context: 2. Why have a Compact? › bulleted list, item 1
leicestershire-county-compact--s2--b3-i1 = **Provide a channel for the views of communities of interest and communities of place** – they have a greater capacity to reach excluded groups than statutory services;
# context: 2. Why have a Compact? › bulleted list, item 2
leicestershire-county-compact--s2--b3-i2 = **Identify new needs and innovative ways to meet them** – approaches developed by the sector have in many instances in the past been adopted by statutory services;
# context: 2. Why have a Compact? › bulleted list, item 3
leicestershire-county-compact--s2--b3-i3 = **Address poverty and social exclusion** – VCS groups that are generated by communities or operating close to communities are skilled at developing appropriate responses;
# context: 2. Why have a Compact? › bulleted list, item 4
leicestershire-county-compact--s2--b3-i4 = **Encourage and support individuals to become active in their communities** – volunteering, acting as trustees or management committee members, or forming self-help groups.
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b4 = The **Compact** is an effective way to engage with the VCS in these times of partnership working. It is a **partnership agreement and a process** that is endorsed by Central Government in the ***National Compact; Getting it Right Together (1998)***. Local Compacts are now being encouraged, as it is at the local level where most voluntary and community groups have a relationship with their county, district or unitary Council.

## The Development of the Leicestershire County Compact

# context: The Development of the Leicestershire County… › section heading
leicestershire-county-compact--s2--development--title = The Development of the Leicestershire County Compact
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b1 = During 2000 and early 2001 colleagues in the VCS and Council officers informally discussed how best to develop a local Compact. In August 2001, the VCS formed its Compact Steering Group and in February 2002 the Council's Cabinet agreed to engage with the Group to investigate the development of a Local Compact. A working document was drawn up by the VCS Steering Group through a series of consultation workshops within the sector in 2002. A Joint Workshop with all partners in July highlighted shared principles but also a number of barriers that, at this time, prevent us from working together as best we could.
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b2 = Representatives from the VCS Compact Steering Group and Council officers formed a Working Group to develop the Draft County Compact. The recommendations from the workshop and the comments received on the draft document have influenced this approved Compact. The next steps will be the development of an Action Plan.

## 3. What defines the voluntary and community sector?

# context: 3. What defines the voluntary and community… › section heading
leicestershire-county-compact--s3--title = What defines the voluntary and community sector?
# context: 3. What defines the voluntary and community… › paragraph
leicestershire-county-compact--s3--b1 = The following are not hard and fast definitions of the VCS but are meant to give a flavour of the types of structures and activity that fall under the VCS banner:
# context: 3. What defines the voluntary and community… › definition 1, the term
leicestershire-county-compact--s3--b2-i1-term = Voluntary organisations
# context: 3. What defines the voluntary and community… › definition 1, its meaning
leicestershire-county-compact--s3--b2-i1-meaning = are formally structured, not-for-profit; independent and not part of government; managed by unpaid, voluntary management committees or boards of trustees; have paid employees and volunteers; may be registered charities and/or companies limited by guarantee and/or Friendly Societies.
# context: 3. What defines the voluntary and community… › definition 2, the term
leicestershire-county-compact--s3--b2-i2-term = Community organisations
# context: 3. What defines the voluntary and community… › definition 2, its meaning
leicestershire-county-compact--s3--b2-i2-meaning = are local community and self-help groups; more informal; often made up entirely of volunteers; any staff are likely to be part-time; independent; without regular income or funding. Community groups are often at the hub of community action and are formed in response to a local need.
# context: 3. What defines the voluntary and community… › definition 3, the term
leicestershire-county-compact--s3--b2-i3-term = Volunteering
# context: 3. What defines the voluntary and community… › definition 3, its meaning
leicestershire-county-compact--s3--b2-i3-meaning = is an important expression of citizenship and essential to democracy. It is the commitment of time and energy for the benefit of society and the community, and can take many forms. It is undertaken freely and by choice, without concern for financial gain.
# context: 3. What defines the voluntary and community… › definition 4, the term
leicestershire-county-compact--s3--b2-i4-term = Social Enterprises
# context: 3. What defines the voluntary and community… › definition 4, its meaning
leicestershire-county-compact--s3--b2-i4-meaning = are businesses that trade in the market in order to fulfil social aims. They bring people and communities together for economic development and social gain.
# context: 3. What defines the voluntary and community… › definition 5, the term
leicestershire-county-compact--s3--b2-i5-term = Umbrella organisations
# context: 3. What defines the voluntary and community… › definition 5, its meaning
leicestershire-county-compact--s3--b2-i5-meaning = also sometimes referred to as infrastructure organisations – are an important force in the VCS. The VCS has developed organically; it has not been centrally planned. Umbrella organisations attempt to link the different levels and type of voluntary sector activity. They fulfill four main functions; development, services to other organisations, liaison and representation. However it is also acknowledged that not all Umbrella organisations perform all of these functions (Deakin Commission 1996). Examples of Umbrella organisations in Leicestershire are CVS Community Partnership (CCP), Councils for Voluntary Services (CVS), Council for Voluntary Youth Services (CVYS), Rural Community Council (RCC), Racial Equality Council (REC) and Volunteer Bureaux (VBx).
# context: 3. What defines the voluntary and community… › definition 6, the term
leicestershire-county-compact--s3--b2-i6-term = Trustees and Management Committees
# context: 3. What defines the voluntary and community… › definition 6, its meaning
leicestershire-county-compact--s3--b2-i6-meaning = are the group of people legally responsible for the control and management of a charity, which includes members of a charitable associations management committee and directors of charitable companies. Certain specific statutory responsibilities arise from being a trustee.

## 4. What defines the County Council?

# context: 4. What defines the County Council? › section heading
leicestershire-county-compact--s4--title = What defines the County Council?
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b1 = Leicestershire County Council is the largest local authority in the County and provides a wide range of services to local people either directly or through other organisations acting on its behalf. These services include education, social care, waste disposal, road maintenance, libraries, museums and consumer protection. They involve direct employment of 18,500 people to deliver them and the expenditure of over £500 million.
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b2 = The County Council is composed of 54 County Councillors who are each elected every four years to represent the people living in their electoral division. They meet as a Council every two months and elect a leader and a Cabinet every year. The Cabinet is responsible for providing direction and leadership for the Council and for the majority of decisions.

## 5. What type of relationship can the VCS have with the Council?

# context: 5. What type of relationship can the VCS have… › section heading
leicestershire-county-compact--s5--title = What type of relationship can the VCS have with the Council?
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b1 = Voluntary and community organisations can have a direct relationship with the Council in the following ways:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b2-i1 = Service delivery and funding – Grants/Service Level Agreements/ Contracts/ Commissioning Agreements
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b2-i2 = Consultation – Groups/volunteers/Users
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b2-i3 = Lobbying/Campaigning – influencing the formation of the Council's agenda, policies and practices
# context: 5. What type of relationship can the VCS have… › bulleted list, item 4
leicestershire-county-compact--s5--b2-i4 = Contributing to partnerships/forums/working groups such as the Local Strategic Partnership
# context: 5. What type of relationship can the VCS have… › bulleted list, item 5
leicestershire-county-compact--s5--b2-i5 = Volunteers within Council funded provision such as Youth and Community Education or similar type of service
# context: 5. What type of relationship can the VCS have… › bulleted list, item 6
leicestershire-county-compact--s5--b2-i6 = Providing specialist input to Council policy development where that is appropriate, or where the voluntary organisation delivers a statutory service on behalf of the Council
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b3 = Where voluntary and community groups feel that they do not have a relationship with the Council and therefore do not see the relevance of a Compact, they may in fact have an indirect relationship in one or more of the following ways:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b4-i1 = As an affiliated member of a Council for Voluntary Service that has a Commissioning Agreement with the Council
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b4-i2 = As a user of a community centre or other services provided by the Council
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b4-i3 = As a member of a forum that is recognised as a means of communication within a particular geographical area or for a community of interest or need.
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b5 = Moreover, there may be occasions where a VCS group may need to form a relationship with the Council and they should be able to do this based on sufficient knowledge of the Council and its practices.

## 6. The 8 Shared Principles in the Leicestershire County Compact

# context: 6. The 8 Shared Principles in the Leicestershire… › section heading
leicestershire-county-compact--principles--title = The 8 Shared Principles in the Leicestershire County Compact
# context: 6. The 8 Shared Principles in the Leicestershire… › paragraph
leicestershire-county-compact--principles--b1 = All partners in the County Compact agree with the following principles:
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)
leicestershire-county-compact--principles--b2-i1 = **Voluntary and community action** is essential to a democratic society.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (b)
leicestershire-county-compact--principles--b2-i2 = An **independent and diverse voluntary and community sector** is fundamental to the well-being of society.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (c)
leicestershire-county-compact--principles--b2-i3 = Both the Council and the VCS acknowledge the importance of promoting **equality of opportunity** for all people, regardless of race, age, disability, gender, sexuality, religion, ethnic or national origin, marital status or medical condition.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (d)
leicestershire-county-compact--principles--b2-i4 = In the development and delivery of public policy and services, the Council and the VCS have distinct but **complementary roles**.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (e)
leicestershire-county-compact--principles--b2-i5 = There is **added value in working together** towards common aims and objectives. **Proper** communication builds relationships, improves policy development and enhances the design and delivery of services and programmes.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (f)
leicestershire-county-compact--principles--b2-i6 = The Council and the VCS have **different forms of accountability and can be answerable to a different range of people and organisations**. But common to both is the need for selflessness, integrity, objectivity, accountability, openness, honesty and leadership.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (g)
leicestershire-county-compact--principles--b2-i7 = Voluntary and community organisations are **entitled to campaign** within the law in order to advance their aims.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (h)
leicestershire-county-compact--principles--b2-i8 = The Council and the VCS recognise the need for the Council to allocate resources to voluntary and community organisations. These resources include **funding, advice and other support** and they are important elements of the relationship.

## 7. Undertakings by partners of the Leicestershire County Compact

# context: 7. Undertakings by partners of the… › section heading
leicestershire-county-compact--undertakings--title = Undertakings by partners of the Leicestershire County Compact
# context: 7. Undertakings by partners of the… › paragraph
leicestershire-county-compact--undertakings--b1 = All partners of the Leicestershire County Compact agree to work in line with the relevant undertakings below
# context: 7. Undertakings by partners of the… › undertakings, name of the party `council`
leicestershire-county-compact--undertakings--b2-party-council = Leicestershire County Council
# context: 7. Undertakings by partners of the… › undertakings, name of the party `vcs`
leicestershire-county-compact--undertakings--b2-party-vcs = Voluntary and Community Organisations
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 1
leicestershire-county-compact--undertakings--b2-t1-title = Our complementary roles
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 1
leicestershire-county-compact--undertakings--b2-t1-c1-i1 = To develop the County Council's role as Community Leader to provide a strategic framework to improve the quality of life of Leicestershire people.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 2
leicestershire-county-compact--undertakings--b2-t1-c1-i2 = To work with the VCS to make information and services to the community more accessible.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 3
leicestershire-county-compact--undertakings--b2-t1-c1-i3 = To recognise and support the VCS's ability to access external resources that meet shared objectives.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 4
leicestershire-county-compact--undertakings--b2-t1-c1-i4 = To support the VCS in developing its resource base to enable it to effectively engage in policy development and partnership activity.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t1-c2-i1 = To recognise the value of working together and the different strengths that the Council and the VCS bring to the relationship.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t1-c2-i2 = To acknowledge that the Council complements the work of the VCS by providing resources, structures, accountability, access to information and expertise and support.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t1-c2-i3 = Through umbrella organisations to support local groups, policy development and partnership working.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 2
leicestershire-county-compact--undertakings--b2-t2-title = Recognition
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 1
leicestershire-county-compact--undertakings--b2-t2-c1-i1 = To recognise the VCS's ability to identify and articulate a diverse range of individual and community needs and its value in encouraging people to be involved in community life.
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 2
leicestershire-county-compact--undertakings--b2-t2-c1-i2 = To recognise the added value brought by volunteers to the quality of services to the community.
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t2-c2-i1 = To recognise the commitments made by the Council to involve, consult, resource and support voluntary and community organisations.
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t2-c2-i2 = To acknowledge that the Council's primary role is to provide community leadership in Leicestershire.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 3
leicestershire-county-compact--undertakings--b2-t3-title = Funding and accountability
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 1
leicestershire-county-compact--undertakings--b2-t3-c1-i1 = To develop funding measures to ensure resources meet agreed priorities and secure continuous improvement.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 2
leicestershire-county-compact--undertakings--b2-t3-c1-i2 = To develop within the Council, and with external funders, co-ordinated approaches to funding voluntary and community organisations to ensure the most effective and efficient use of public money.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 3
leicestershire-county-compact--undertakings--b2-t3-c1-i3 = To provide a framework to ensure openness in funding and to apply monitoring and accountability systems in proportion to the amount and purpose of funding.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t3-c2-i1 = To ensure the most effective and efficient use of funding for the benefit of service users.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t3-c2-i2 = In relation to funding received from the Council, to demonstrate accountability to them and to service users.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t3-c2-i3 = To comply with the law and, where necessary, appropriate guidance from the Charity Commission.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 4
leicestershire-county-compact--undertakings--b2-t4-title = Policy development and consultation
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 1
leicestershire-county-compact--undertakings--b2-t4-c1-i1 = To involve actively and consistently the VCS in timely and efficient ways in the planning and development of policies and services.
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 2
leicestershire-county-compact--undertakings--b2-t4-c1-i2 = To work with voluntary and community organisations to enable them to engage more effectively with, and represent the interests of, excluded groups.
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t4-c2-i1 = To work together with the Council to ensure effective consultation takes place.
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t4-c2-i2 = To provide a voice for communities in Leicestershire to influence policy for the provision and delivery of services.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 5
leicestershire-county-compact--undertakings--b2-t5-title = Good practice when working together
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 1
leicestershire-county-compact--undertakings--b2-t5-c1-i1 = To communicate with the VCS on how we can work better together.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 2
leicestershire-county-compact--undertakings--b2-t5-c1-i2 = To respond appropriately to issues raised by the VCS through this dialogue.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 3
leicestershire-county-compact--undertakings--b2-t5-c1-i3 = To develop with the VCS local codes of practice on funding, consultation, black and minority ethnic and other excluded groups, volunteering and community groups.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t5-c2-i1 = To develop and promote beneficial working relationships with the Council, within the VCS and particularly to marginalized Black and minority ethnic organisations in the County.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t5-c2-i2 = To involve service users in the development and management of activities and services.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t5-c2-i3 = To be open and transparent in all dealings with the Council and other voluntary and community organisations.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 4
leicestershire-county-compact--undertakings--b2-t5-c2-i4 = To give a clear idea of the VCS capacity for involvement when working together with the Council.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 6
leicestershire-county-compact--undertakings--b2-t6-title = How we demonstrate commitment to the Compact
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 1
leicestershire-county-compact--undertakings--b2-t6-c1-i1 = To set up new working arrangements and allocate appropriate resources to put into practice the commitments in the Compact.
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 2
leicestershire-county-compact--undertakings--b2-t6-c1-i2 = To promote understanding throughout the Council of the commitments in the Compact and how they are to be put into practice.
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t6-c2-i1 = To support and where possible, commit time and resources to implementing actions and taking part in planned reviews of the Compact.
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t6-c2-i2 = To promote the adoption of the Compact to voluntary and community organisations working in Leicestershire.

## 8. How will we know if the Compact is working?

# context: 8. How will we know if the Compact is working? › section heading
leicestershire-county-compact--s8--title = How will we know if the Compact is working?
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b1 = All partners in the development of this Compact want to see the following outcomes between the VCS and the Council:
# context: 8. How will we know if the Compact is working? › outcomes, item 1
leicestershire-county-compact--s8--b2-i1 = Increased **understanding**
# context: 8. How will we know if the Compact is working? › outcomes, item 2
leicestershire-county-compact--s8--b2-i2 = Better **communication**;
# context: 8. How will we know if the Compact is working? › outcomes, item 3
leicestershire-county-compact--s8--b2-i3 = Better **consultation** processes and procedures;
# context: 8. How will we know if the Compact is working? › outcomes, item 4
leicestershire-county-compact--s8--b2-i4 = Increased joint **planning and policy** initiatives;
# context: 8. How will we know if the Compact is working? › outcomes, item 5
leicestershire-county-compact--s8--b2-i5 = Review of **funding** arrangements and procedures
# context: 8. How will we know if the Compact is working? › outcomes, item 6
leicestershire-county-compact--s8--b2-i6 = Efficient **information** flow
# context: 8. How will we know if the Compact is working? › outcomes, item 7
leicestershire-county-compact--s8--b2-i7 = Better **service delivery**
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b3 = In order to achieve these outcomes, an Action Plan will be prepared. This will:
# context: 8. How will we know if the Compact is working? › lettered list, item (a)
leicestershire-county-compact--s8--b4-i1 = adapt the National Code of Practice on funding, consultation, black and minority ethnic groups, volunteering and community groups to fit local circumstances;
# context: 8. How will we know if the Compact is working? › lettered list, item (b)
leicestershire-county-compact--s8--b4-i2 = establish mechanisms to review and monitor the impact of the Compact;
# context: 8. How will we know if the Compact is working? › lettered list, item (c)
leicestershire-county-compact--s8--b4-i3 = set out a mediation and conciliation process.
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b5 = The Action Plan will be subject to annual review.
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b6 = The Action Plan will include a list of all participating groups and organisations who sign up to the County Compact and who are therefore committed to working with Compact partners in a fair and equitable manner.

## 9. Accessibility of the Compact document

# context: 9. Accessibility of the Compact document › section heading
leicestershire-county-compact--s9--title = Accessibility of the Compact document
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b1 = The County Compact is available in a variety of community languages and in a variety of formats upon request.
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b2 = You will find a poster as an insert that outlines the shared principles of the Compact and includes a section for groups and organisations to sign that declares their commitment to working in the spirit of the Compact. The purpose of the poster is to raise awareness of the County Compact to staff, volunteers, service users and other groups and organisations that may visit your premises.
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b3 = The County Compact also includes a sign up pro-forma that groups and organisations complete and return if they wish to sign up to the County Compact. "Signing up" means that groups and organisations agree to work with the Council and VCS partners in the spirit of the Compact agreement.

## 10. Joining up the tiers

# context: 10. Joining up the tiers › section heading
leicestershire-county-compact--s10--title = Joining up the tiers
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b1 = In Leicestershire we have the challenge of developing linked local compacts. Each CVS in Leicestershire is currently developing or is planning to develop local compacts for their locality, with the relevant District Council and Primary Care Trust. There are also plans to develop a Learning Compact between the VCS in the County and City and Leicestershire Learning and Skills Council. The Leicestershire Local Strategic Partnership has agreed that the Leicestershire County Compact provides a model for Local Compact development in Leicestershire generally. Although the shared principles and sector undertakings would therefore largely remain the same in the other local compacts; the resulting action plans will reflect the local needs and priorities in the relationship between the VCS and the local agencies.
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b2 = Local Compacts being developed in Leicestershire:
# context: 10. Joining up the tiers › bulleted list, item 1
leicestershire-county-compact--s10--b3-i1 = **Blaby District Compact**
# context: 10. Joining up the tiers › bulleted list, item 2
leicestershire-county-compact--s10--b3-i2 = **Hinckley and Bosworth Area Compact**
# context: 10. Joining up the tiers › bulleted list, item 3
leicestershire-county-compact--s10--b3-i3 = **Melton Borough Compact**
# context: 10. Joining up the tiers › bulleted list, item 4
leicestershire-county-compact--s10--b3-i4 = **Charnwood Compact**
# context: 10. Joining up the tiers › bulleted list, item 5
leicestershire-county-compact--s10--b3-i5 = **Oadby and Wigston Compact**
# context: 10. Joining up the tiers › bulleted list, item 6
leicestershire-county-compact--s10--b3-i6 = **North West Leicestershire Compact**
# context: 10. Joining up the tiers › bulleted list, item 7
leicestershire-county-compact--s10--b3-i7 = **South Leicestershire Compact**
# context: 10. Joining up the tiers › bulleted list, item 8
leicestershire-county-compact--s10--b3-i8 = **The Learning Compact with Leicestershire Learning and Skills Council (County and City)**
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b5 = For further information, contact the Partnership Officer at CVS Community Partnership.
# context: 10. Joining up the tiers › contact card, the contact's role
leicestershire-county-compact--s10--b6-role = Partnership Officer

## Other formats and languages

# context: Other formats and languages › section heading
leicestershire-county-compact--alternative-formats--title = Other formats and languages
# context: Other formats and languages › how to ask for other formats
leicestershire-county-compact--alternative-formats--b1-text = If you require information contained in this booklet in another version, e.g. large print, Braille, tape or an alternative language, please:
