### review-status: machine-assisted
### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.

hcvs-compact-action-report-2005--label = کارروائی رپورٹ
hcvs-compact-action-report-2005--title = HCVS اسٹریٹجک قیادت: کمپیکٹ کارروائی رپورٹ
hcvs-compact-action-report-2005--summary = کمپیکٹ کے بارے میں آگاہی پھیلانے اور اس کے ضابطہ ہائے عمل کی حمایت میں ہرٹفورڈشائر کے ہر ضلع کی پیش رفت، جیسا کہ 8 ستمبر 2005 کو بتایا گیا۔
