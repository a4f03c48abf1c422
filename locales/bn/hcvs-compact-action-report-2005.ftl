### review-status: machine-assisted
### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.

hcvs-compact-action-report-2005--label = কর্ম প্রতিবেদন
hcvs-compact-action-report-2005--title = HCVS কৌশলগত নেতৃত্ব: কমপ্যাক্ট কর্ম প্রতিবেদন
hcvs-compact-action-report-2005--summary = কমপ্যাক্ট প্রচার এবং এর আচরণবিধিগুলিকে সহায়তার ক্ষেত্রে হার্টফোর্ডশায়ারের প্রতিটি জেলার অগ্রগতি, ৮ সেপ্টেম্বর ২০০৫ তারিখের প্রতিবেদন অনুযায়ী।
