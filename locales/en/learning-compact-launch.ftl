### English of “Learning and skills Compact”, from content/learning-compact-launch.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/learning-compact-launch.ftl
### and translate the text after each "=".


## Title page

# context: title page, the label above the title
learning-compact-launch--label = News
# context: title page, title
learning-compact-launch--title = Learning and skills Compact
# context: summary, also shown on the home page
learning-compact-launch--summary = Leicestershire now has a Compact between the local voluntary and community sector and local learning and skills council. Mick O'Hara has the details.
# context: title page, area
learning-compact-launch--area = Leicester and Leicestershire

## A part without a heading (story)

# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b1 = The voluntary and community sector (VCS) in Leicester city and Leicestershire is the first in the country to draw up an agreement, or Compact, with their local Leicestershire Learning and Skills Council (LLSC).
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b2 = The Compact will enable the VCS and the LLSC to support each other in seeking to realise their joint vision of a learning society in Leicestershire: "a society in which everyone has the opportunity to go as far as their talents and efforts will take them, taking advantage of learning opportunities and participating fully".
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b3 = Launched on 27 July, the Compact was formally signed by Neil Lambert, Chair of the Leicestershire VCS Learning & Skills Consortium, and by David Nelson, Executive Director of the Leicestershire LSC, and witnessed by voluntary sector representatives and LLSC members.

## Shared aims

# context: Shared aims › section heading
learning-compact-launch--shared-aims--title = Shared aims
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b1 = Drawn up between VCS organisations and groups in Leicestershire and the LLSC, the Compact provides a framework that enables organisations to work together to mutually agreed standards. Whilst it is not legally binding, all member organisations agree to jointly pursue strategic aims that promote:
# context: Shared aims › bulleted list, item 1
learning-compact-launch--shared-aims--b2-i1 = widening participation
# context: Shared aims › bulleted list, item 2
learning-compact-launch--shared-aims--b2-i2 = developing the workforce of voluntary sector organisations
# context: Shared aims › bulleted list, item 3
learning-compact-launch--shared-aims--b2-i3 = improving the quality and responsiveness of provision.
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b3 = The development and progress of the Compact has been delegated to a Compact Development and Evaluation Group comprising representatives of the local voluntary and community sector and the Leicestershire LSC. Their first action was to draw up an initial action plan, to enable the progress and development of the Compact to be kept under review during its first six months and annually thereafter.
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b4 = A brief report will be produced each year, setting out progress and, where necessary, updating the action plan.

## Looking for success

# context: Looking for success › section heading
learning-compact-launch--looking-for-success--title = Looking for success
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b1 = The success of the Compact will be measured to a considerable degree by the extent to which it is able to facilitate:
# context: Looking for success › bulleted list, item 1
learning-compact-launch--looking-for-success--b2-i1 = greater participation by voluntary and community organisations (VCOs) in shaping learning and skills provision and raising demand for learning in communities and in VCOs themselves (through local partnerships, Strategic Area Reviews, Learning Consortium, etc.)
# context: Looking for success › bulleted list, item 2
learning-compact-launch--looking-for-success--b2-i2 = the number of additional LLSC funded providers agreeing to sign up to the Compact. Currently 24 providers have signed up. The aim is to ensure that all voluntary and community sector learning and skills providers are signed up by the Compact’s first anniversary in July 2006.
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b3 = The Compact can be viewed (and local organisations can sign up to the Compact) at [http://digbig.com/4erqp](http://digbig.com/4erqp) or [www.ccp.org.uk](http://www.ccp.org.uk).
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b4 = For further information about the Compact, contact:
# context: Looking for success › contact card, the contact's role
learning-compact-launch--looking-for-success--b5-role = SOL Learning & Skills Co-ordinator
